/**
 * Where the baseline and production data come from: local files, azureml:// references (datastore paths, data assets,
 * job outputs) or an endpoint's data collector. The workspace inputs, the sign-in and the Azure SDK (./azure-data.js)
 * are needed only for the last two.
 */
import { UserError, type Logger } from '@aml-actions/action-kit';
import type { Env } from '@aml-actions/azure';
import { localDataFiles, type DataFile, type ReadOptions } from '@aml-actions/drift';
import type { AzureData } from './azure-data.js';
import type { Inputs } from './inputs.js';

export interface SourceDeps {
  env: Env;
  getIdToken: (audience: string) => Promise<string>;
  log: Logger;
  signal: AbortSignal;
  now?: () => Date;
}

export interface ResolvedSource {
  /** Shown in the report and summary: the path, URI or endpoint. */
  description: string;
  files: DataFile[];
  read: Pick<ReadOptions, 'window' | 'fetchReferenced'>;
  /** Data collector sources: the window read. */
  window?: { start: string; end: string; hours: number; deployments: string[] };
}

export interface Sources {
  baseline: ResolvedSource;
  production: ResolvedSource;
}

function checkCombination(inputs: Inputs): void {
  if (inputs.production !== undefined && inputs.endpointName !== undefined) {
    throw new UserError(
      "Inputs 'production' and 'endpoint-name' are both set: give production data either as files (production) " +
        "or as what an endpoint's data collector gathered (endpoint-name), not both.",
    );
  }
  if (inputs.endpointName === undefined && inputs.deploymentName !== undefined) {
    throw new UserError(
      `Input 'deployment-name' is '${inputs.deploymentName}' but endpoint-name is empty: name the endpoint whose ` +
        'collected data to read.',
    );
  }
  if (inputs.production === undefined && inputs.endpointName === undefined) {
    throw new UserError(
      "No production data: set 'production' (a file, folder or azureml:// URI) or 'endpoint-name' (read the " +
        "endpoint's data collector output for the last lookback hours).",
    );
  }
}

export async function resolveSources(inputs: Inputs, deps: SourceDeps): Promise<Sources> {
  checkCombination(inputs);
  let azure: Promise<AzureData> | undefined;
  const azureData = (): Promise<AzureData> =>
    (azure ??= import('./azure-data.js').then((module) => module.connectAzureData(inputs, deps)));
  const pathSource = async (value: string, input: string): Promise<ResolvedSource> =>
    value.trim().toLowerCase().startsWith('azureml:')
      ? (await azureData()).referenceSource(value, input)
      : { description: value, files: await localDataFiles(value, input), read: {} };

  const baseline = await pathSource(inputs.baseline, 'baseline');
  if (inputs.production !== undefined) {
    return { baseline, production: await pathSource(inputs.production, 'production') };
  }
  const end = deps.now?.() ?? new Date();
  return {
    baseline,
    production: await (
      await azureData()
    ).collectorSource({
      endpoint: inputs.endpointName ?? '',
      deployment: inputs.deploymentName,
      collection: inputs.collection,
      start: new Date(end.getTime() - inputs.lookback),
      end,
    }),
  };
}
