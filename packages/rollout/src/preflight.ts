/**
 * Before the first step: the endpoint exists and is Succeeded (no other operation running on it), the deployment to
 * promote exists and has provisioned, and the maps the endpoint has now are what a rollback restores. A deployment
 * that already has all live traffic means there is nothing to do (a re-run after a promotion).
 */
import { UserError } from '@aml-actions/action-kit';
import {
  getEndpoint,
  keyIn,
  listDeployments,
  requireReadyDeployment,
  shareOf,
  trafficOf,
  type ArmContext,
  type DeploymentResource,
  type EndpointResource,
  type EndpointTraffic,
} from '@aml-actions/endpoints';

export interface Preflight {
  endpoint: EndpointResource;
  /** The deployment's name as Azure spells it. */
  deployment: string;
  deployments: DeploymentResource[];
  /** The maps before the rollout, every deployment named (0 when the endpoint leaves it out): what a rollback restores. */
  previous: EndpointTraffic;
  /** The deployment already has 100 % of live traffic. */
  alreadyPromoted: boolean;
}

export async function preflight(
  ctx: ArmContext,
  endpointName: string,
  deploymentName: string,
): Promise<Preflight> {
  const { workspace } = ctx.workspace;
  const endpoint = await getEndpoint(ctx, endpointName);
  if (endpoint === undefined) {
    throw new UserError(
      `Input 'endpoint-name' is '${endpointName}', but workspace '${workspace}' has no online endpoint of that name. ` +
        'Check the endpoint and workspace inputs, or create it and the new deployment first (deploy-endpoint).',
      { kind: 'not-found' },
    );
  }
  const endpointState = endpoint.properties.provisioningState ?? 'Unknown';
  if (endpointState !== 'Succeeded') {
    throw new UserError(
      `Online endpoint '${endpointName}' is ${endpointState}, not Succeeded: its traffic cannot be shifted safely now. ` +
        'Wait until the operation running on it has finished (or fix the endpoint), then run again.',
      { kind: 'conflict' },
    );
  }
  const deployments = await listDeployments(ctx, endpointName);
  const found = requireReadyDeployment(deployments, { endpoint: endpointName, workspace }, deploymentName, {
    missing: 'Deploy it first at 0 % traffic (deploy-endpoint with traffic: none), then promote it.',
    purpose: 'only a deployment that provisioned can take traffic',
  });
  const shown = trafficOf(endpoint);
  // Every deployment named, with 0 where the endpoint's map leaves it out: the exact map to restore (also by hand).
  const traffic: Record<string, number> = {};
  for (const { name } of deployments) traffic[keyIn(shown.traffic, name)] = shareOf(shown.traffic, name);
  const previous = { traffic: { ...traffic, ...shown.traffic }, mirror: shown.mirror };
  return {
    endpoint,
    deployment: found.name,
    deployments,
    previous,
    alreadyPromoted: shareOf(previous.traffic, found.name) === 100,
  };
}
