/**
 * The Azure side of the data sources, loaded only when a source needs it: sign-in to the inputs' workspace (once),
 * azureml://datastores/… URIs and an endpoint's data collector output in the default datastore.
 */
import { UserError } from '@aml-actions/action-kit';
import {
  DEFAULT_DATASTORE,
  connectAzure,
  getDatastoreContainer,
  parseAzureMlUri,
  readAzureInputs,
} from '@aml-actions/azure';
import type { ContainerClient } from '@azure/storage-blob';
import { datastoreFiles } from './blob-files.js';
import { collectorFiles, type CollectorSource } from './collector.js';
import type { Inputs } from './inputs.js';
import type { ResolvedSource, SourceDeps } from './sources.js';

export interface AzureData {
  datastoreSource(value: string, input: string): Promise<ResolvedSource>;
  collectorSource(source: CollectorSource): Promise<ResolvedSource>;
}

export function connectAzureData(inputs: Inputs, deps: SourceDeps): AzureData {
  const azure = readAzureInputs(inputs, deps.env, deps.log);
  const session = connectAzure(azure, {
    env: deps.env,
    logger: deps.log,
    getIdToken: deps.getIdToken,
    actionName: 'drift-check',
  });
  const containers = new Map<string, Promise<ContainerClient>>();
  const open = (datastoreName: string): Promise<ContainerClient> => {
    let container = containers.get(datastoreName);
    if (container === undefined) {
      container = getDatastoreContainer(session.mlClient, session.workspace, session.cloud, deps.log, {
        credential: session.credential,
        datastoreName,
      });
      containers.set(datastoreName, container);
    }
    return container;
  };
  return {
    async datastoreSource(value, input) {
      const uri = parseAzureMlUri(value, input);
      if (uri.kind !== 'datastore') {
        throw new UserError(
          `Input '${input}' is '${value}', an Azure ML ${uri.kind === 'asset' ? 'asset reference' : 'job output'}: ` +
            'give the data as azureml://datastores/<datastore>/paths/<file or folder> (run-job prints that URI for ' +
            'each output), or as a local path.',
        );
      }
      if (uri.workspace !== undefined) {
        throw new UserError(
          `Input '${input}' is '${value}', which names a workspace in the URI: use the short form ` +
            `azureml://datastores/${uri.datastore}/paths/${uri.path} and give the workspace with workspace or workspace-id.`,
        );
      }
      const container = await open(uri.datastore);
      return {
        description: value,
        files: await datastoreFiles(container, uri.datastore, uri.path, input, deps.signal),
        read: {},
      };
    },
    async collectorSource(source) {
      const container = await open(DEFAULT_DATASTORE);
      const collected = await collectorFiles(container, DEFAULT_DATASTORE, source, deps.log, deps.signal);
      return {
        description:
          `endpoint ${source.endpoint}` +
          `${source.deployment === undefined ? '' : ` deployment ${source.deployment}`}, collection ${source.collection}`,
        files: collected.files,
        read: {
          window: { start: source.start, end: source.end },
          fetchReferenced: collected.fetchReferenced,
        },
        window: {
          start: source.start.toISOString(),
          end: source.end.toISOString(),
          hours: collected.hours,
          deployments: collected.deployments,
        },
      };
    },
  };
}
