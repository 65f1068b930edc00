/**
 * One online deployment brought to the desired body: compared with what Azure has (no PUT when they match and it
 * provisioned), created or updated otherwise (api-version 2024-04-01, so dataCollector is kept), and waited for
 * with its state and elapsed time. A failed provisioning returns Azure's error and both containers' logs.
 */
import type { OnlineDeploymentBody } from '@aml-actions/azureml-spec';
import { runLro } from '@aml-actions/azure';
import type { ArmContext } from './arm-context.js';
import { diffDesired, diffOwned, formatDifferences } from './desired-diff.js';
import { fetchContainerLogs, type ContainerLogs } from './deployment-logs.js';
import { deploymentPath, type DeploymentResource } from './endpoint-resources.js';

export interface DeploymentTarget {
  endpoint: string;
  name: string;
  body: OnlineDeploymentBody;
  /** The deployment as Azure has it, undefined when it does not exist. */
  existing: DeploymentResource | undefined;
  wait: boolean;
}

export type DeploymentOutcome =
  | { kind: 'unchanged'; deployment: DeploymentResource }
  | {
      kind: 'created' | 'updated';
      /** The deployment as the PUT left it, with the state it reached (Succeeded, or still running without wait). */
      deployment: DeploymentResource;
      changes: string[];
      elapsedMs: number;
    }
  | {
      kind: 'failed';
      /** Whether this run created the deployment (false: it updated an existing one). */
      created: boolean;
      deployment: DeploymentResource | undefined;
      code: string;
      message: string;
      logs: ContainerLogs;
      elapsedMs: number;
    };

/** Properties the deployment file owns: set in Azure but gone from the file means they must be removed. */
const OWNED = [
  'properties.environmentVariables',
  'properties.codeConfiguration',
  'properties.environmentId',
  'properties.dataCollector',
  'properties.description',
  'properties.modelMountPath',
  'properties.properties',
] as const;

/** `path: current → desired` lines; empty when the deployment already is as desired. */
export function deploymentChanges(body: OnlineDeploymentBody, existing: DeploymentResource): string[] {
  const desired = { sku: body.sku, tags: body.tags, properties: body.properties };
  return formatDifferences([...diffDesired(desired, existing), ...diffOwned(desired, existing, OWNED)]);
}

export async function deployDeployment(
  ctx: ArmContext,
  target: DeploymentTarget,
): Promise<DeploymentOutcome> {
  const { endpoint, name, existing } = target;
  const label = `deployment ${name}`;
  let changes: string[] = [];
  if (existing !== undefined) {
    changes = deploymentChanges(target.body, existing);
    const state = existing.properties.provisioningState ?? 'Unknown';
    if (changes.length === 0 && state === 'Succeeded') {
      ctx.logger.info(
        `Deployment '${name}' already matches the deployment file and provisioned: not changed.`,
      );
      return { kind: 'unchanged', deployment: existing };
    }
    ctx.logger.info(
      changes.length === 0
        ? `Deployment '${name}' matches the file but is ${state}: provisioning it again.`
        : `Updating deployment '${name}':\n  ${changes.join('\n  ')}`,
    );
  } else {
    ctx.logger.info(`Creating deployment '${name}' on endpoint '${endpoint}'.`);
  }
  const result = await runLro<DeploymentResource>(ctx, {
    method: 'PUT',
    path: deploymentPath(ctx, endpoint, name),
    body: target.body,
    label,
    runningState: existing === undefined ? 'Creating' : 'Updating',
    wait: target.wait,
  });
  if (result.status === 'Failed' || result.status === 'Canceled') {
    ctx.logger.info(`Deployment '${name}' failed to provision: fetching its container logs.`);
    return {
      kind: 'failed',
      created: existing === undefined,
      deployment: withState(result.accepted, 'Failed'),
      code: result.error?.code ?? result.status,
      message: result.error?.message ?? `The operation ended ${result.status} without an error message.`,
      logs: await fetchContainerLogs(ctx, endpoint, name),
      elapsedMs: result.elapsedMs,
    };
  }
  const deployment = withState(result.accepted, result.status === 'Running' ? undefined : 'Succeeded');
  if (deployment === undefined) throw new Error(`PUT of ${label} returned no body`);
  return {
    kind: existing === undefined ? 'created' : 'updated',
    deployment,
    changes,
    elapsedMs: result.elapsedMs,
  };
}

function withState(
  deployment: DeploymentResource | undefined,
  state: string | undefined,
): DeploymentResource | undefined {
  if (deployment === undefined || state === undefined) return deployment;
  return { ...deployment, properties: { ...deployment.properties, provisioningState: state } };
}
