/**
 * The Azure side of the data sources, loaded only when a source needs it: sign-in to the inputs' workspace (once),
 * azureml:// references (datastore paths, data assets, job outputs) and an endpoint's data collector output in the
 * default datastore.
 */
import { DEFAULT_DATASTORE, connectAzure, getDatastoreContainer, readAzureInputs } from '@aml-actions/azure';
import { getJob } from '@aml-actions/jobs';
import {
  collectorFiles,
  dataAssetReader,
  datastoreFiles,
  matchingBlobFiles,
  readBlobText,
  referenceFiles,
  type CollectorSource,
} from '@aml-actions/drift';
import type { ContainerClient } from '@azure/storage-blob';
import type { Inputs } from './inputs.js';
import type { ResolvedSource, SourceDeps } from './sources.js';

export interface AzureData {
  /** azureml://datastores/… paths, data assets and job outputs. */
  referenceSource(value: string, input: string): Promise<ResolvedSource>;
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
    async referenceSource(value, input) {
      const reference = await referenceFiles(value, input, {
        workspace: session.workspace,
        dataAssets: dataAssetReader(session.mlClient, session.workspace, deps.signal),
        getJob: (name) => getJob(session.mlClient, session.workspace, name, deps.signal),
        datastoreFiles: async (datastore, path, forInput) =>
          datastoreFiles(await open(datastore), datastore, path, forInput, deps.signal),
        matchingFiles: async (datastore, prefix, matches) =>
          matchingBlobFiles(await open(datastore), datastore, prefix, matches, deps.signal),
        readText: async (datastore, path) => readBlobText(await open(datastore), path, deps.signal),
        log: deps.log,
      });
      return {
        description: reference.resolved.length === 0 ? value : `${value} (${reference.resolved.join(' → ')})`,
        files: reference.files,
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
