/**
 * The whole deploy: endpoint (created or updated as declared), deployment (named, or blue/green `auto`), its
 * assets, provisioning, and the traffic change, in that order. A failed provisioning stops before traffic is
 * touched; with on-failure `delete`, what this run created or changed is removed again, never a deployment that
 * serves traffic.
 */
import { resolveAssets, type AssetResolver, type MappedDeployment } from '@aml-actions/azureml-spec';
import type { AssetReport } from '@aml-actions/assets';
import { runLro } from '@aml-actions/azure';
import type { ArmContext } from './arm-context.js';
import { chooseBlueGreen, type BlueGreenChoice } from './blue-green.js';
import { deployDeployment, type DeploymentOutcome } from './deploy-deployment.js';
import { ensureEndpoint, type EndpointSpec, type EnsuredEndpoint } from './ensure-endpoint.js';
import {
  deploymentPath,
  endpointPath,
  listDeployments,
  type DeploymentResource,
  type EndpointResource,
} from './endpoint-resources.js';
import { servingDeployment, shareOf, type EndpointTraffic } from './traffic-math.js';
import { trafficOf, updateTraffic, type TrafficChange, type TrafficResult } from './traffic.js';

export const AUTO_DEPLOYMENT = 'auto';

export interface DeployRequest {
  endpoint: EndpointSpec;
  /** The deployment's name, or `auto` for blue/green. */
  deploymentName: string;
  /** The mapped deployment file (its own name and endpoint name are replaced by the ones above). */
  deployment: MappedDeployment;
  traffic: Omit<TrafficChange, 'deployed'>;
  wait: boolean;
  onFailure: 'keep' | 'delete';
}

export interface DeployClients extends ArmContext {
  resolver: AssetResolver;
  /** The workspace's region, read only when an endpoint must be created. */
  workspaceLocation: () => Promise<string>;
}

export interface DeployReport {
  endpoint: EndpointResource;
  endpointAction: EnsuredEndpoint['action'];
  endpointChanges: string[];
  deploymentName: string;
  choice: BlueGreenChoice | undefined;
  /** Deployments before this run changed anything. */
  deploymentsBefore: DeploymentResource[];
  outcome: DeploymentOutcome;
  /** The deployment with the most live traffic before the run. */
  previousDeployment: string | undefined;
  trafficBefore: EndpointTraffic;
  trafficAfter: EndpointTraffic;
  trafficChanged: boolean;
  notes: string[];
  assets: AssetReport[];
  /** What on-failure delete removed. */
  removed: string[];
}

export async function deployOnlineEndpoint(
  request: DeployRequest,
  clients: DeployClients,
  assets: AssetReport[],
): Promise<DeployReport> {
  const ensured = await ensureEndpoint(clients, request.endpoint, clients.workspaceLocation);
  const endpointName = ensured.endpoint.name;
  const deploymentsBefore = ensured.action === 'created' ? [] : await listDeployments(clients, endpointName);
  const trafficBefore = trafficOf(ensured.endpoint);
  const choice =
    request.deploymentName === AUTO_DEPLOYMENT
      ? chooseBlueGreen(endpointName, trafficBefore.traffic, deploymentsBefore.map(lastChange))
      : undefined;
  if (choice !== undefined)
    clients.logger.info(`deployment-name auto: deploying '${choice.name}' (${choice.reason}).`);
  const name = choice?.name ?? request.deploymentName;
  const existing = deploymentsBefore.find((d) => d.name.toLowerCase() === name.toLowerCase());
  const resolved = await resolveAssets(request.deployment.pending, clients.resolver);
  const body = { ...request.deployment.finalize(resolved), location: ensured.endpoint.location };
  const outcome = await deployDeployment(clients, {
    endpoint: endpointName,
    name,
    body,
    existing,
    wait: request.wait,
  });
  const report: DeployReport = {
    endpoint: ensured.endpoint,
    endpointAction: ensured.action,
    endpointChanges: ensured.changes,
    deploymentName: existing?.name ?? name,
    choice,
    deploymentsBefore,
    outcome,
    previousDeployment: servingDeployment(trafficBefore.traffic),
    trafficBefore,
    trafficAfter: trafficBefore,
    trafficChanged: false,
    notes: [],
    assets,
    removed: [],
  };
  if (outcome.kind === 'failed') {
    if (request.onFailure === 'delete')
      report.removed = await cleanUp(clients, ensured, report.deploymentName);
    return report;
  }
  if (outcome.kind !== 'unchanged' && !request.wait) return report;
  const traffic = await changeTraffic(clients, request, report, outcome.kind === 'unchanged');
  return { ...report, ...traffic };
}

function lastChange(deployment: DeploymentResource): { name: string; lastModifiedAt: string | undefined } {
  return { name: deployment.name, lastModifiedAt: deployment.systemData?.lastModifiedAt };
}

async function changeTraffic(
  clients: DeployClients,
  request: DeployRequest,
  report: DeployReport,
  endpointIsFresh: boolean,
): Promise<Partial<DeployReport>> {
  const { live, mirror } = request.traffic;
  if (live.kind === 'none' && mirror.kind === 'keep') {
    clients.logger.info(`traffic is none: the traffic of '${report.endpoint.name}' is left as it is.`);
    return {};
  }
  // A deployment that provisioned for minutes leaves the endpoint read before it stale: read it again then.
  const result: TrafficResult = await updateTraffic(
    clients,
    report.endpoint.name,
    { live, mirror, deployed: report.deploymentName },
    endpointIsFresh ? report.endpoint : undefined,
  );
  return {
    endpoint: result.endpoint,
    trafficBefore: result.before,
    trafficAfter: result.after,
    trafficChanged: result.changed,
    notes: result.notes,
    previousDeployment: servingDeployment(result.before.traffic),
  };
}

/** on-failure delete: the failed deployment unless it serves traffic, then the endpoint if this run created it. */
async function cleanUp(
  clients: DeployClients,
  ensured: EnsuredEndpoint,
  deployment: string,
): Promise<string[]> {
  const endpoint = ensured.endpoint.name;
  const { traffic, mirror } = trafficOf(ensured.endpoint);
  if (shareOf(traffic, deployment) > 0 || shareOf(mirror, deployment) > 0) {
    clients.logger.warning(
      `on-failure is delete, but deployment '${deployment}' receives traffic on '${endpoint}': it is kept.`,
    );
    return [];
  }
  const removed: string[] = [];
  const steps = [
    { what: `deployment ${deployment}`, path: deploymentPath(clients, endpoint, deployment) },
    ...(ensured.action === 'created'
      ? [{ what: `online endpoint ${endpoint}`, path: endpointPath(clients, endpoint) }]
      : []),
  ];
  for (const step of steps) {
    clients.logger.info(`on-failure is delete: deleting ${step.what}, which this run created or changed.`);
    const result = await runLro(clients, {
      method: 'DELETE',
      path: step.path,
      label: step.what,
      runningState: 'Deleting',
      wait: true,
    });
    if (result.status !== 'Succeeded') {
      clients.logger.warning(`Deleting ${step.what} ended ${result.status}: ${result.error?.message ?? ''}`);
      break;
    }
    removed.push(step.what);
  }
  return removed;
}
