/** copy-model: inputs → source and target workspaces → copyModel → outputs and job summary. */
import { tmpdir } from 'node:os';
import type { ActionContext } from '@aml-actions/action-kit';
import { githubContextFromEnv } from '@aml-actions/assets';
import {
  DEFAULT_DATASTORE,
  blobUrlContainer,
  connectAzure,
  createMlClient,
  getDatastoreContainer,
  nonEmpty,
  parseBlobUrl,
  readAzureInputs,
  resolveWorkspaceRef,
  type AzureSession,
  type Env,
  type MlClient,
} from '@aml-actions/azure';
import { getJob } from '@aml-actions/jobs';
import { copyModel, type CopyClients, type CopyResult } from '@aml-actions/promotion';
import type { Inputs } from './inputs.js';
import { writeSummary } from './summary.js';

export type CopyModelOutputs = {
  'model-name': string;
  'model-version': string;
  'model-id': string;
  'model-uri': string;
  reused: boolean;
  'source-model-version': string;
  'content-hash': string;
};

export interface RunDeps {
  env: Env;
  /** GitHub OIDC for the credential chain (githubIdToken). */
  getIdToken: (audience: string) => Promise<string>;
}

export async function runCopyModel(
  context: ActionContext<CopyModelOutputs>,
  inputs: Inputs,
  deps: RunDeps,
): Promise<void> {
  const { log, outputs, summary } = context;
  const azure = readAzureInputs(inputs, deps.env, log);
  const sourceWorkspace = resolveWorkspaceRef(
    {
      subscriptionId: inputs.sourceSubscriptionId,
      resourceGroup: inputs.sourceResourceGroup,
      workspace: inputs.sourceWorkspace,
      workspaceId: inputs.sourceWorkspaceId,
    },
    { AZURE_SUBSCRIPTION_ID: azure.workspace.subscriptionId },
    'source-',
  );
  log.info(
    `Source workspace ${sourceWorkspace.workspace} (resource group ${sourceWorkspace.resourceGroup}, subscription ${sourceWorkspace.subscriptionId})`,
  );
  const session = connectAzure(azure, {
    env: deps.env,
    logger: log,
    getIdToken: deps.getIdToken,
    actionName: 'copy-model',
  });
  const result = await copyModel(
    {
      sourceName: inputs.modelName,
      sourceVersion: inputs.modelVersion,
      targetName: inputs.targetModelName ?? inputs.modelName,
      tags: inputs.tags ?? {},
      description: inputs.description,
      github: githubContextFromEnv(deps.env),
      tempDir: nonEmpty(deps.env.RUNNER_TEMP) ?? tmpdir(),
      download: { concurrency: inputs.concurrency, abortSignal: context.signal },
      upload: { fileConcurrency: inputs.concurrency, abortSignal: context.signal },
    },
    copyClients(session, sourceWorkspace, context),
  );
  setOutputs(outputs, result);
  writeSummary(summary, result, session.workspace.workspace, sourceWorkspace.workspace);
}

function copyClients(
  session: AzureSession,
  sourceWorkspace: AzureSession['workspace'],
  context: ActionContext<CopyModelOutputs>,
): CopyClients {
  const { cloud, credential, workspace } = session;
  const clients = new Map<string, MlClient>([[workspace.subscriptionId.toLowerCase(), session.mlClient]]);
  const clientFor = (subscriptionId: string): MlClient => {
    const key = subscriptionId.toLowerCase();
    const client =
      clients.get(key) ?? createMlClient(cloud, credential, subscriptionId, { actionName: 'copy-model' });
    clients.set(key, client);
    return client;
  };
  const sourceClient = clientFor(sourceWorkspace.subscriptionId);
  return {
    source: { registry: { client: sourceClient, ...sourceWorkspace }, workspace: sourceWorkspace },
    target: {
      registry: { client: session.mlClient, ...workspace },
      openDatastore: async () => ({
        name: DEFAULT_DATASTORE,
        container: await getDatastoreContainer(session.mlClient, workspace, cloud, context.log, {
          credential,
        }),
      }),
    },
    getJob: (name) => getJob(sourceClient, sourceWorkspace, name, context.signal),
    openSourceFiles: async (location) => {
      if (location.kind === 'blob-url') {
        const blob = parseBlobUrl(location.url, cloud, 'The source model version');
        return { container: blobUrlContainer(blob, cloud, credential), path: blob.path };
      }
      const container = await getDatastoreContainer(
        clientFor(location.workspace.subscriptionId),
        location.workspace,
        cloud,
        context.log,
        { datastoreName: location.datastore, credential, fallbackToIdentity: true },
      );
      return { container, path: location.path };
    },
    identity:
      session.credentialChoice.clientId === undefined
        ? `the ${session.credentialChoice.kind} sign-in`
        : `client ${session.credentialChoice.clientId}`,
    logger: context.log,
  };
}

function setOutputs(outputs: ActionContext<CopyModelOutputs>['outputs'], result: CopyResult): void {
  outputs.set('model-name', result.targetName);
  outputs.set('model-version', result.targetVersion);
  outputs.set('model-id', result.targetId ?? '');
  outputs.set('model-uri', `azureml:${result.targetName}:${result.targetVersion}`);
  outputs.set('reused', result.reused);
  outputs.set('source-model-version', result.source.version);
  outputs.set('content-hash', result.contentHash ?? '');
}
