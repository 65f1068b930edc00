/**
 * The storage initializer of a deployment: the code_configuration folder and the model downloaded from the
 * workspace's datastores (Azurite) into `<dir>/code` and `<dir>/azureml-models/<model>/<version>/`, as Azure ML
 * lays them out under /var/azureml-app, with what it did written to the StorageInitializer log.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { JsonObject } from '../arm/arm-state.js';
import { isObject } from '../arm/request-checks.js';
import { workspaceId } from '../arm/resource-ids.js';
import type { WorkspaceConfig } from '../config.js';
import type { EmulatorContext } from '../http-types.js';
import { datastoreContainer, downloadPath, JobSetupError } from '../jobs/job-blobs.js';
import { shortId } from '../jobs/job-inputs.js';
import {
  outputDatastorePath,
  parseDatastoreUri,
  parseJobOutputUri,
  type DatastorePath,
} from '../jobs/job-uris.js';
import { text } from '../jobs/json-text.js';
import type { ContainerLog } from './container-log.js';

/** A problem with what the deployment references; the deployment fails with this message. */
export class AssetError extends Error {
  override name = 'AssetError';
}

export interface AssetDeps {
  ctx: EmulatorContext;
  workspace: WorkspaceConfig;
  ca: string;
  log: ContainerLog;
  signal: AbortSignal;
}

export interface DeploymentFiles {
  /** The code folder (AML_APP_ROOT); undefined without code_configuration. */
  appRoot: string | undefined;
  /** AZUREML_MODEL_DIR; undefined without a model. */
  modelDir: string | undefined;
  /** The model's type (custom_model, mlflow_model, ...). */
  modelType: string | undefined;
}

export async function downloadDeploymentFiles(
  properties: JsonObject,
  dir: string,
  deps: AssetDeps,
): Promise<DeploymentFiles> {
  deps.log.note('INFO Storage initializer started');
  const files: DeploymentFiles = { appRoot: undefined, modelDir: undefined, modelType: undefined };
  const code = isObject(properties.codeConfiguration) ? properties.codeConfiguration : undefined;
  if (code !== undefined && typeof code.codeId === 'string') {
    const codeUri = text(assetProperties(deps, code.codeId, 'codeVersion', 'code').codeUri);
    files.appRoot = path.join(dir, 'code');
    const count = await fetch(codeUri, files.appRoot, deps, true);
    deps.log.note(`INFO Downloaded code ${shortId(code.codeId)} (${count} files) from ${codeUri}`);
  }
  if (typeof properties.model === 'string' && properties.model !== '') {
    const model = assetProperties(deps, properties.model, 'modelVersion', 'model');
    const [name, version] = nameAndVersion(properties.model);
    files.modelDir = path.join(dir, 'azureml-models', name, version);
    files.modelType = text(model.modelType) || undefined;
    const modelUri = text(model.modelUri);
    const count = await fetch(modelUri, files.modelDir, deps, false);
    deps.log.note(`INFO Downloaded model ${name}:${version} (${count} files) from ${modelUri}`);
  }
  deps.log.note('INFO Storage initializer completed');
  return files;
}

/**
 * Downloads a file or folder. `flat` puts a folder's content straight into `target` (code); otherwise the folder
 * keeps its own name below `target`, as the model's folder does below AZUREML_MODEL_DIR.
 */
async function fetch(uri: string, target: string, deps: AssetDeps, flat: boolean): Promise<number> {
  const location = locate(uri, deps);
  const container = (() => {
    try {
      return datastoreContainer(deps.ctx, deps.workspace, location.datastore, deps.ca);
    } catch (error) {
      throw error instanceof JobSetupError ? new AssetError(error.message) : error;
    }
  })();
  const isFile = location.path !== '' && (await container.getBlobClient(location.path).exists());
  const folder = flat || isFile ? target : path.join(target, path.posix.basename(location.path));
  await mkdir(folder, { recursive: true });
  try {
    return (await downloadPath(container, location.path, folder, deps.signal)).files;
  } catch (error) {
    throw error instanceof JobSetupError ? new AssetError(`${uri}: ${error.message}`) : error;
  }
}

/** The datastore path of a code or model URI: azureml://datastores/…, azureml://jobs/…/outputs/…, or a blob URL. */
function locate(uri: string, deps: AssetDeps): DatastorePath {
  const datastore = parseDatastoreUri(uri);
  if (datastore !== undefined) return datastore;
  const output = parseJobOutputUri(uri);
  if (output !== undefined) {
    const job = deps.ctx.state.arm.resources[`${workspacePrefix(deps)}/jobs/${output.job}`.toLowerCase()];
    const outputs = isObject(job?.body.properties) ? job.body.properties.outputs : undefined;
    const spec = isObject(outputs) ? outputs[output.output] : undefined;
    const base = isObject(spec) ? outputDatastorePath(output.job, output.output, spec.uri) : undefined;
    if (base === undefined)
      throw new AssetError(`${uri}: job '${output.job}' has no output '${output.output}'.`);
    return { datastore: base.datastore, path: [base.path, output.path].filter((p) => p !== '').join('/') };
  }
  const blob = blobUrlPath(uri, deps);
  if (blob !== undefined) return blob;
  throw new AssetError(
    `${uri} cannot be downloaded: the emulator reads only its workspaces' datastores ` +
      '(azureml://datastores/<datastore>/paths/<path>, azureml://jobs/<job>/outputs/<output>, or their blob URLs).',
  );
}

/** A blob URL on Azurite (https://127.0.0.1:PORT/account/container/path) or Azure's form, for a known datastore. */
function blobUrlPath(uri: string, deps: AssetDeps): DatastorePath | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  const segments = url.pathname
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
  const azure = /^([a-z0-9]+)\.blob\.core\./i.exec(url.hostname);
  const [account, container, ...rest] = azure === null ? segments : [azure[1] ?? '', ...segments];
  const datastores = Object.values(deps.ctx.state.arm.resources).filter(
    (r) => r.kind === 'datastore' && r.parentId === workspacePrefix(deps).toLowerCase(),
  );
  const match = datastores.find((d) => {
    const p = isObject(d.body.properties) ? d.body.properties : {};
    return text(p.accountName) === account && text(p.containerName) === container;
  });
  return match === undefined ? undefined : { datastore: String(match.body.name), path: rest.join('/') };
}

function workspacePrefix(deps: AssetDeps): string {
  return workspaceId(deps.ctx.state.config, deps.workspace.name);
}

function assetProperties(
  deps: AssetDeps,
  id: string,
  kind: 'codeVersion' | 'modelVersion',
  noun: string,
): JsonObject {
  const resource = deps.ctx.state.arm.resources[id.toLowerCase()];
  if (resource?.kind !== kind || !isObject(resource.body.properties)) {
    throw new AssetError(`The ${noun} version ${id} does not exist (it may have been deleted).`);
  }
  return resource.body.properties;
}

function nameAndVersion(id: string): [string, string] {
  const match = /\/([^/]+)\/versions\/([^/]+)$/.exec(id);
  return [match?.[1] ?? 'model', match?.[2] ?? '1'];
}
