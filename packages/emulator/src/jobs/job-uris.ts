/**
 * Where a job's inputs and outputs live, in Azure ML's URI forms: `azureml://datastores/<ds>/paths/<path>` (also with
 * the subscriptions/…/workspaces/… prefix), `azureml://jobs/<job>/outputs/<output>[/paths/<path>]`, and the default
 * output path `azureml://datastores/workspaceblobstore/paths/azureml/<job>/<output>/`.
 */
import { DEFAULT_DATASTORE } from '../arm/default-datastore.js';

export interface DatastorePath {
  datastore: string;
  /** Path in the datastore's container, without leading or trailing '/'. */
  path: string;
}

const DATASTORE_URI =
  /^azureml:\/\/(?:subscriptions\/[^/]+\/resourcegroups\/[^/]+\/workspaces\/[^/]+\/)?datastores\/([^/]+)\/paths\/?(.*)$/i;
const JOB_OUTPUT_URI = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)(?:\/paths\/?(.*))?$/i;

export function parseDatastoreUri(uri: string): DatastorePath | undefined {
  const match = DATASTORE_URI.exec(uri.trim());
  if (match === null) return undefined;
  return { datastore: match[1] ?? '', path: (match[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

export function parseJobOutputUri(uri: string): { job: string; output: string; path: string } | undefined {
  const match = JOB_OUTPUT_URI.exec(uri.trim());
  if (match === null) return undefined;
  return { job: match[1] ?? '', output: match[2] ?? '', path: (match[3] ?? '').replace(/^\/+|\/+$/g, '') };
}

/** Where an output goes: its own `uri` (with `${{name}}` / `{name}` replaced by the job name), else the default path. */
export function outputDatastorePath(
  jobName: string,
  outputName: string,
  uri: unknown,
): DatastorePath | undefined {
  if (typeof uri === 'string' && uri !== '') {
    return parseDatastoreUri(uri.replace(/\$\{\{\s*name\s*\}\}|\{name\}/g, jobName));
  }
  return { datastore: DEFAULT_DATASTORE, path: `azureml/${jobName}/${outputName}` };
}

/** The artifact folder of a job (Azure ML's ExperimentRun/dcid.<job>/), where user_logs/std_log.txt is written. */
export function runArtifactPath(jobName: string): string {
  return `ExperimentRun/dcid.${jobName}`;
}

export const USER_LOG = 'user_logs/std_log.txt';
