/**
 * The seam between the ARM online-deployments API and whatever runs deployments (the scoring issue). The ARM module
 * records deployments; a runner is told when a deployment's create/update (or scaling) starts, brings its instances
 * up, and reports the outcome with reportProvisioning. The create/update LRO stays InProgress until the runner has
 * reported (and at least the configured provisioning delay has passed), then ends Succeeded or Failed with the
 * runner's container logs. Without a runner, provisioning takes the configured delay and always succeeds.
 */
import type { EmulatorContext } from '../http-types.js';
import type { ArmState, ContainerLogs, StoredResource } from './arm-state.js';

export type ProvisioningOutcome =
  { ok: true; logs: ContainerLogs } | { ok: false; code: string; message: string; logs: ContainerLogs };

export interface DeploymentRunner {
  /** A deployment's create/update/scale operation started (its resource holds the new properties and sku). */
  provision(deploymentId: string, ctx: EmulatorContext): void;
  /** The deployment, or every deployment under this endpoint id, is being deleted: stop its instances. */
  stop(resourceId: string): void;
  /** Live container logs of a deployment the runner runs; undefined when it runs none (stored logs are used). */
  logs(deploymentId: string): ContainerLogs | undefined;
}

/** Makes the deployment's running create/update operation wait for the runner's report. */
export function awaitProvisioning(state: ArmState, deployment: StoredResource): void {
  const operation =
    deployment.activeOperation === undefined ? undefined : state.operations[deployment.activeOperation];
  if (operation?.status === 'InProgress') operation.awaitsRunner = true;
}

/** Records the runner's outcome on the deployment's waiting operation; false when no operation waits for one. */
export function reportProvisioning(
  state: ArmState,
  deploymentId: string,
  outcome: ProvisioningOutcome,
): boolean {
  const deployment = state.resources[deploymentId.toLowerCase()];
  const operationId = deployment?.activeOperation;
  const operation = operationId === undefined ? undefined : state.operations[operationId];
  if (operation?.status !== 'InProgress' || operation.awaitsRunner !== true) return false;
  operation.provisioned = outcome;
  return true;
}
