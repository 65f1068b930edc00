/** The Microsoft.MachineLearningServices management API (ARM) of the emulator. */
import type { Route } from '../http-types.js';
import { assetRoutes } from './asset-routes.js';
import { datastoreRoutes } from './datastore-routes.js';
import { deploymentRoutes } from './deployment-routes.js';
import { endpointAuthRoutes } from './endpoint-auth-routes.js';
import { endpointRoutes } from './endpoint-routes.js';
import { jobRoutes } from './job-routes.js';
import type { DeploymentRunner } from './deployment-runner.js';
import type { JobRunner } from './job-runner.js';
import { operationRoutes } from './operation-routes.js';
import { scheduleRoutes } from './schedule-routes.js';
import { workspaceRoutes } from './workspace-routes.js';

export { createArmState, type ArmState } from './arm-state.js';
export { API_VERSIONS } from './api-versions.js';
export { AML_TOKEN_ISSUER } from './endpoint-auth-routes.js';
export { setJobStatus, type JobRunner, type JobStatus } from './job-runner.js';
export { reportProvisioning, type DeploymentRunner, type ProvisioningOutcome } from './deployment-runner.js';

export interface ArmRouteOptions {
  /** Executes jobs (the jobs issue); without one, jobs stay NotStarted. */
  jobRunner?: JobRunner;
  /** Runs online deployments (the scoring issue); without one, provisioning always succeeds after the delay. */
  deploymentRunner?: DeploymentRunner;
}

export function armRoutes(options: ArmRouteOptions = {}): Route[] {
  return [
    ...workspaceRoutes(),
    ...datastoreRoutes(),
    ...assetRoutes(),
    ...endpointRoutes(options.deploymentRunner),
    ...endpointAuthRoutes(),
    ...deploymentRoutes(options.deploymentRunner),
    ...jobRoutes(options.jobRunner),
    ...scheduleRoutes(),
    ...operationRoutes(),
  ];
}
