/** deploy-endpoint: inputs → YAML specs → endpoint, deployment and traffic → outputs and job summary. */
import { UserError, type ActionContext, type Logger } from '@aml-actions/action-kit';
import {
  DEFAULT_DATASTORE,
  connectAzure,
  getDatastoreContainer,
  readAzureInputs,
  translateArmError,
  type AzureSession,
  type Env,
} from '@aml-actions/azure';
import {
  deployOnlineEndpoint,
  deploymentAssetResolver,
  type DeployClients,
  type DeployReport,
  type ContainerLogs,
} from '@aml-actions/endpoints';
import type { AssetReport } from '@aml-actions/assets';
import { readTrafficInputs, type Inputs } from './inputs.js';
import { loadSpecs } from './specs.js';
import { writeSummary } from './summary.js';

export type DeployEndpointOutputs = {
  'endpoint-name': string;
  'deployment-name': string;
  'scoring-uri': string;
  'swagger-uri': string;
  'previous-deployment': string;
  traffic: Record<string, number>;
  'deployment-id': string;
};

export interface RunDeps {
  env: Env;
  /** core.getIDToken: GitHub OIDC for the credential chain. */
  getIdToken: (audience: string) => Promise<string>;
}

export async function runDeployEndpoint(
  context: ActionContext<DeployEndpointOutputs>,
  inputs: Inputs,
  deps: RunDeps,
): Promise<void> {
  const { log, outputs, summary, signal } = context;
  const started = Date.now();
  const traffic = readTrafficInputs(inputs);
  const azure = readAzureInputs(inputs, deps.env, log);
  const specs = loadSpecs(inputs, traffic, azure.workspace, log);
  const session = connectAzure(azure, {
    env: deps.env,
    logger: log,
    getIdToken: deps.getIdToken,
    actionName: 'deploy-endpoint',
  });
  const assets: AssetReport[] = [];
  const clients = deployClients(session, log, signal, { started, timeoutMs: inputs.timeout }, assets);
  const report = await deployOnlineEndpoint(
    {
      endpoint: specs.endpoint,
      deploymentName: specs.deploymentName,
      deployment: specs.deployment,
      traffic: specs.traffic,
      wait: inputs.wait,
      onFailure: inputs.onFailure,
    },
    clients,
    assets,
  );
  setOutputs(outputs, report);
  writeSummary(summary, report);
  const { outcome } = report;
  if (outcome.kind === 'failed') {
    await printLogs(log, report.deploymentName, outcome.logs);
    throw new UserError(
      `Deployment '${report.deploymentName}' of endpoint '${report.endpoint.name}' failed to provision: ` +
        `${outcome.code}: ${outcome.message}\nThe container logs are in the group 'Container logs of ` +
        `${report.deploymentName}' above and in the job summary. Traffic was not changed` +
        `${report.removed.length > 0 ? `; deleted (on-failure delete): ${report.removed.join(', ')}` : ''}.`,
      { kind: 'service' },
    );
  }
  if (report.endpointAction === 'unchanged' && outcome.kind === 'unchanged' && !report.trafficChanged) {
    log.info(
      `Nothing to change: endpoint '${report.endpoint.name}', deployment '${report.deploymentName}' and the ` +
        'traffic already match the inputs.',
    );
  }
}

function deployClients(
  session: AzureSession,
  log: Logger,
  signal: AbortSignal,
  time: { started: number; timeoutMs: number },
  assets: AssetReport[],
): DeployClients {
  const { mlClient: client, workspace } = session;
  return {
    client,
    workspace,
    logger: log,
    signal,
    deadline: time.started + time.timeoutMs,
    timeoutMs: time.timeoutMs,
    resolver: deploymentAssetResolver(
      {
        client,
        workspace,
        logger: log,
        signal,
        openDatastore: () =>
          getDatastoreContainer(client, workspace, session.cloud, log, {
            credential: session.credential,
            datastoreName: DEFAULT_DATASTORE,
          }),
      },
      assets,
    ),
    workspaceLocation: async () => {
      const found = await client.workspaces
        .get(workspace.resourceGroup, workspace.workspace, { abortSignal: signal })
        .catch((error: unknown) => {
          throw translateArmError(error, { action: `Reading workspace '${workspace.workspace}'` });
        });
      return found.location ?? '';
    },
  };
}

function setOutputs(outputs: ActionContext<DeployEndpointOutputs>['outputs'], report: DeployReport): void {
  const deployment = report.outcome.deployment;
  outputs.set('endpoint-name', report.endpoint.name);
  outputs.set('deployment-name', report.deploymentName);
  outputs.set('scoring-uri', report.endpoint.properties.scoringUri ?? '');
  outputs.set('swagger-uri', report.endpoint.properties.swaggerUri ?? '');
  outputs.set('previous-deployment', report.previousDeployment ?? '');
  outputs.set('traffic', report.trafficAfter.traffic);
  outputs.set('deployment-id', deployment?.id ?? '');
}

async function printLogs(log: Logger, deployment: string, logs: ContainerLogs): Promise<void> {
  await log.group(`Container logs of ${deployment}`, () => {
    for (const [container, content] of Object.entries(logs)) {
      log.info(`----- ${container} -----\n${content.trimEnd() || '(empty)'}`);
    }
    return Promise.resolve();
  });
}
