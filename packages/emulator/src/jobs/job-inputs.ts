/**
 * A job's code, inputs and outputs on the local machine: the code snapshot and each input downloaded from the
 * workspace's datastores into the job's folder (mode `direct` passes the URI as it is), an empty local folder per
 * output, and where each output is uploaded when the command succeeds.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { JsonObject } from '../arm/arm-state.js';
import { isObject } from '../arm/request-checks.js';
import { workspaceId } from '../arm/resource-ids.js';
import type { WorkspaceConfig } from '../config.js';
import type { EmulatorContext } from '../http-types.js';
import { JobSetupError, datastoreContainer, downloadPath } from './job-blobs.js';
import type { JobLog } from './job-log.js';
import { outputDatastorePath, parseDatastoreUri, parseJobOutputUri, type DatastorePath } from './job-uris.js';
import { text } from './json-text.js';

export interface IoDeps {
  ctx: EmulatorContext;
  workspace: WorkspaceConfig;
  jobName: string;
  /** Azurite's certificate. */
  ca: string;
  /** The job's folder: code goes to `wd/`, inputs to `inputs/<name>/`, outputs to `outputs/<name>/`. */
  runDir: string;
  log: JobLog;
  signal: AbortSignal;
}

export interface PlannedOutput {
  name: string;
  /** The local folder, or for uri_file outputs the local file. */
  local: string;
  isFile: boolean;
  target: DatastorePath;
}

/** Downloads the code snapshot into `<runDir>/wd` and returns that folder (empty when the job has no code). */
export async function prepareCode(properties: JsonObject, deps: IoDeps): Promise<string> {
  const wd = path.join(deps.runDir, 'wd');
  await mkdir(wd, { recursive: true });
  const codeId = properties.codeId;
  if (typeof codeId !== 'string' || codeId === '') return wd;
  const code = assetProperties(deps.ctx, codeId, 'codeVersion', 'code');
  const codeUri = text(code.codeUri);
  const { files } = await fetch(codeUri, wd, deps);
  deps.log.note(`Code ${shortId(codeId)}: ${files} files from ${codeUri} in ${wd}`);
  return wd;
}

/** Each input's value for the command: the literal, the local path of the downloaded data, or the URI (direct). */
export async function prepareInputs(inputs: unknown, deps: IoDeps): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(isObject(inputs) ? inputs : {})) {
    if (!isObject(input)) continue;
    if (input.jobInputType === 'literal') {
      values[name] = text(input.value);
      continue;
    }
    const uri = text(input.uri);
    if (input.mode === 'Direct') {
      values[name] = uri;
      deps.log.note(`Input ${name}: ${uri} (direct: the URI is passed as it is)`);
      continue;
    }
    const { local, files } = await fetch(uri, path.join(deps.runDir, 'inputs', name), deps).catch(
      (error: unknown) => {
        throw error instanceof JobSetupError ? new JobSetupError(`Input '${name}': ${error.message}`) : error;
      },
    );
    values[name] = local;
    deps.log.note(`Input ${name}: ${uri} → ${local} (${files} files)`);
  }
  return values;
}

/** A local place per output and where it goes (its uri, or azureml/<job>/<output>/ on workspaceblobstore). */
export async function planOutputs(outputs: unknown, deps: IoDeps): Promise<PlannedOutput[]> {
  const planned: PlannedOutput[] = [];
  for (const [name, output] of Object.entries(isObject(outputs) ? outputs : {})) {
    const spec = isObject(output) ? output : {};
    const target = outputDatastorePath(deps.jobName, name, spec.uri);
    if (target === undefined) {
      throw new JobSetupError(
        `Output '${name}': '${String(spec.uri)}' is not a datastore URI (azureml://datastores/<datastore>/paths/<path>).`,
      );
    }
    const folder = path.join(deps.runDir, 'outputs', name);
    await mkdir(folder, { recursive: true });
    const isFile = spec.jobOutputType === 'uri_file';
    const local = isFile ? path.join(folder, path.posix.basename(target.path) || name) : folder;
    planned.push({ name, local, isFile, target });
  }
  return planned;
}

async function fetch(uri: string, target: string, deps: IoDeps): Promise<{ local: string; files: number }> {
  const location = locate(uri, deps, 0);
  const container = datastoreContainer(deps.ctx, deps.workspace, location.datastore, deps.ca);
  return downloadPath(container, location.path, target, deps.signal);
}

/** The datastore path a reference points at: datastore URIs, job outputs, model versions. */
function locate(uri: string, deps: IoDeps, depth: number): DatastorePath {
  const datastore = parseDatastoreUri(uri);
  if (datastore !== undefined) return datastore;
  const jobOutput = parseJobOutputUri(uri);
  if (jobOutput !== undefined) return jobOutputPath(jobOutput, deps);
  if (/\/models\/[^/]+\/versions\/[^/]+$/i.test(uri) && depth === 0) {
    const model = assetProperties(deps.ctx, uri, 'modelVersion', 'model');
    return locate(text(model.modelUri), deps, depth + 1);
  }
  if (/\/data\/[^/]+\/versions\/[^/]+$/i.test(uri)) {
    throw new JobSetupError(
      `${uri} is a data asset; this emulator keeps no data assets: give the data as a local path in the job YAML ` +
        '(run-job uploads it) or as azureml://datastores/<datastore>/paths/<path>.',
    );
  }
  if (/^azureml:\/\/registries\//i.test(uri)) {
    throw new JobSetupError(`${uri} is in an Azure ML registry, which this emulator does not have.`);
  }
  throw new JobSetupError(
    `${uri} cannot be read: the emulator has no network access and reads only the workspace's datastores. ` +
      'Use a local path in the job YAML (run-job uploads it) or azureml://datastores/<datastore>/paths/<path>.',
  );
}

function jobOutputPath(
  reference: { job: string; output: string; path: string },
  deps: IoDeps,
): DatastorePath {
  const id = `${workspaceId(deps.ctx.state.config, deps.workspace.name)}/jobs/${reference.job}`.toLowerCase();
  const job = deps.ctx.state.arm.resources[id];
  const outputs =
    job?.kind === 'job' && isObject(job.body.properties) ? job.body.properties.outputs : undefined;
  const output = isObject(outputs) ? outputs[reference.output] : undefined;
  if (!isObject(output)) {
    throw new JobSetupError(`Job '${reference.job}' has no output '${reference.output}' in this workspace.`);
  }
  const base = outputDatastorePath(reference.job, reference.output, output.uri);
  if (base === undefined)
    throw new JobSetupError(
      `The output '${reference.output}' of job '${reference.job}' has no datastore path.`,
    );
  return {
    datastore: base.datastore,
    path: [base.path, reference.path].filter((part) => part !== '').join('/'),
  };
}

function assetProperties(
  ctx: EmulatorContext,
  id: string,
  kind: 'codeVersion' | 'modelVersion',
  noun: string,
): JsonObject {
  if (/^azureml:\/\/registries\//i.test(id)) {
    throw new JobSetupError(
      `The ${noun} ${id} is in an Azure ML registry, which this emulator does not have.`,
    );
  }
  const resource = ctx.state.arm.resources[id.toLowerCase()];
  if (resource?.kind !== kind || !isObject(resource.body.properties)) {
    throw new JobSetupError(`The ${noun} version ${id} does not exist.`);
  }
  return resource.body.properties;
}

/** `name:version` of an asset version id, for log lines. */
export function shortId(id: string): string {
  const match = /\/([^/]+)\/versions\/([^/]+)$/.exec(id);
  return match === null ? id : `${match[1] ?? ''}:${match[2] ?? ''}`;
}
