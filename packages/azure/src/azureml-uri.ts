/**
 * Azure ML references as users write them in CLI v2 files and inputs:
 * `azureml://datastores/<datastore>/paths/<path>` (optionally prefixed by subscriptions/…/resourcegroups/…/workspaces/…),
 * `azureml://jobs/<job>/outputs/<output>[/paths/<path>]`, and assets `azureml:<name>:<version>` / `azureml:<name>@<label>`
 * or, for data assets, the long form `azureml://subscriptions/…/resourcegroups/…/workspaces/<ws>/data/<name>/versions/<v>`.
 */
import { UserError } from '@aml-actions/action-kit';

export type AzureMlUri =
  | {
      kind: 'datastore';
      datastore: string;
      /** Path inside the datastore's container, without leading '/'; '' is the container's root. */
      path: string;
      /** Present for the long form that names the workspace. */
      workspace?: { subscriptionId: string; resourceGroup: string; workspace: string };
    }
  | { kind: 'job-output'; job: string; output: string; path: string | undefined }
  | {
      kind: 'asset';
      name: string;
      version: string | undefined;
      label: string | undefined;
      /** Present for the long form of a data asset, which names its workspace. */
      workspace?: { subscriptionId: string; resourceGroup: string; workspace: string };
    };

const DATASTORE =
  /^azureml:\/\/(?:subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/workspaces\/([^/]+)\/)?datastores\/([^/]+)\/paths(?:\/(.*))?$/i;
const JOB_OUTPUT = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)(?:\/paths(?:\/(.*))?)?\/?$/i;
const DATA_ASSET =
  /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/workspaces\/([^/]+)\/data\/([^/]+)\/versions\/([^/]+)\/?$/i;
const ASSET = /^azureml:([a-zA-Z0-9][a-zA-Z0-9_.-]{0,254})(?::([^:@/]+)|@([a-zA-Z0-9_.-]+))?$/;

const FORMS =
  'azureml://datastores/<datastore>/paths/<path>, azureml://jobs/<job>/outputs/<output>, ' +
  'azureml:<name>:<version> or azureml:<name>@<label>';

/** Parse an Azure ML reference; `input` names where it came from for the error message. */
export function parseAzureMlUri(value: string, input = 'uri'): AzureMlUri {
  const text = value.trim();
  const datastore = DATASTORE.exec(text);
  if (datastore) {
    const [, subscriptionId, resourceGroup, workspace, name = '', path = ''] = datastore;
    return {
      kind: 'datastore',
      datastore: name,
      path: path.replace(/^\/+/, ''),
      ...(subscriptionId && resourceGroup && workspace
        ? { workspace: { subscriptionId, resourceGroup, workspace } }
        : {}),
    };
  }
  const job = JOB_OUTPUT.exec(text);
  if (job) {
    const [, jobName = '', output = '', path] = job;
    return {
      kind: 'job-output',
      job: jobName,
      output,
      path: path === undefined ? undefined : path.replace(/^\/+/, ''),
    };
  }
  const data = DATA_ASSET.exec(text);
  if (data) {
    const [, subscriptionId = '', resourceGroup = '', workspace = '', name = '', version = ''] = data;
    return {
      kind: 'asset',
      name,
      version,
      label: undefined,
      workspace: { subscriptionId, resourceGroup, workspace },
    };
  }
  const asset = ASSET.exec(text);
  if (asset) {
    const [, name = '', version, label] = asset;
    return { kind: 'asset', name, version, label };
  }
  const below = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)\/(?!paths(?:\/|$))(.+)$/i.exec(text);
  const hint = below
    ? ` A path below a job output is written azureml://jobs/${below[1] ?? ''}/outputs/${below[2] ?? ''}/paths/${below[3] ?? ''}.`
    : '';
  throw new UserError(
    `Input '${input}' has the value '${value}', which is not an Azure ML reference: expected ${FORMS}.${hint}`,
  );
}
