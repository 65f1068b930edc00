/**
 * The data files an Azure ML reference names, followed to the datastore: azureml://datastores/… paths (short form,
 * or the long form of this workspace), data assets (pinned to a version; uri_file, uri_folder, or mltable read through
 * its MLTable file's paths) and job outputs (`azureml://jobs/<job>/outputs/<output>[/paths/<path>]`, through the
 * job's output URI). The log says what each reference resolved to.
 */
import type { JobBase } from '@azure/arm-machinelearning';
import { UserError, type Logger } from '@aml-actions/action-kit';
import { jobOutputTarget, parseAzureMlUri, type AzureMlUri, type WorkspaceRef } from '@aml-actions/azure';
import type { DataFile } from '../data/read-table.js';
import { jobOutputUris } from '@aml-actions/jobs';
import { resolveDataAsset, type DataAssetReader } from './data-asset.js';
import { globMatcher, parseMlTable } from './mltable.js';

export interface ReferenceDeps {
  workspace: WorkspaceRef;
  dataAssets: DataAssetReader;
  /** The job, undefined when it does not exist. */
  getJob(name: string): Promise<JobBase | undefined>;
  /** The data files of a datastore file or folder (a UserError when there are none). */
  datastoreFiles(datastore: string, path: string, input: string): Promise<DataFile[]>;
  /** The data files under `prefix` whose blob names match. */
  matchingFiles(datastore: string, prefix: string, matches: (name: string) => boolean): Promise<DataFile[]>;
  /** A blob's text, undefined when it does not exist. */
  readText(datastore: string, path: string): Promise<string | undefined>;
  log: Logger;
}

export interface ReferenceFiles {
  files: DataFile[];
  /** What the reference resolved to, step by step (pinned asset version, job output, datastore path). */
  resolved: string[];
}

/** asset → job output → datastore is the longest sensible chain. */
const MAX_STEPS = 4;

type Workspace = NonNullable<Extract<AzureMlUri, { kind: 'datastore' }>['workspace']>;

function checkWorkspace(named: Workspace | undefined, value: string, input: string, own: WorkspaceRef): void {
  if (named === undefined) return;
  const same =
    named.subscriptionId.toLowerCase() === own.subscriptionId.toLowerCase() &&
    named.resourceGroup.toLowerCase() === own.resourceGroup.toLowerCase() &&
    named.workspace.toLowerCase() === own.workspace.toLowerCase();
  if (same) return;
  throw new UserError(
    `Input '${input}' is '${value}', in workspace '${named.workspace}' (resource group '${named.resourceGroup}'), ` +
      `but drift-check is signed in to workspace '${own.workspace}' (resource group '${own.resourceGroup}'): ` +
      'set workspace-id (or workspace and resource-group) to the workspace that holds the data.',
  );
}

export async function referenceFiles(
  value: string,
  input: string,
  deps: ReferenceDeps,
): Promise<ReferenceFiles> {
  const resolved: string[] = [];
  const files = await follow(value, value, input, deps, resolved);
  return { files, resolved };
}

async function follow(
  value: string,
  original: string,
  input: string,
  deps: ReferenceDeps,
  resolved: string[],
): Promise<DataFile[]> {
  if (resolved.length >= MAX_STEPS) {
    throw new UserError(
      `Input '${input}' is '${original}', which leads to ${resolved.join(' → ')} and on: give the data's azureml://datastores/… path.`,
    );
  }
  const uri = parseAzureMlUri(value, input);
  switch (uri.kind) {
    case 'datastore':
      checkWorkspace(uri.workspace, value, input, deps.workspace);
      return deps.datastoreFiles(uri.datastore, uri.path, input);
    case 'asset': {
      checkWorkspace(uri.workspace, value, input, deps.workspace);
      const asset = await resolveDataAsset(uri, original, input, deps.dataAssets);
      const pinned = `azureml:${asset.name}:${asset.version}`;
      resolved.push(...(pinned === value.trim() ? [] : [pinned]), asset.dataUri);
      deps.log.info(
        `${input}: data asset ${pinned}${asset.pinned === 'latest' ? ' (the latest version)' : ''} is ${asset.dataType} ${asset.dataUri}`,
      );
      if (!/^azureml:\/\//i.test(asset.dataUri)) {
        throw new UserError(
          `Input '${input}' is '${original}': data asset ${pinned} is at '${asset.dataUri}', which is not in a datastore ` +
            'of the workspace. Register the data from an azureml://datastores/… path (az ml data create uploads local files there), or give that path.',
        );
      }
      if (asset.dataType === 'mltable') return mlTableFiles(asset.dataUri, original, input, deps, resolved);
      return follow(asset.dataUri, original, input, deps, resolved);
    }
    case 'job-output': {
      const job = await deps.getJob(uri.job);
      const target = jobOutputTarget(uri, job === undefined ? undefined : jobOutputUris(uri.job, job));
      if (!target.found) {
        throw new UserError(
          `Input '${input}' is '${original}', but ` +
            (target.reason === 'no-job'
              ? `workspace '${deps.workspace.workspace}' has no job '${uri.job}': check the job name (run-job prints each output's URI).`
              : `job '${uri.job}' has no output '${uri.output}' (its outputs: ${target.outputs.join(', ') || 'none'}).`),
          { kind: 'not-found' },
        );
      }
      const status = job?.properties.status;
      resolved.push(target.uri);
      deps.log.info(
        `${input}: output '${uri.output}' of job '${uri.job}' (${status ?? 'status unknown'}) is ${target.uri}`,
      );
      if (status !== 'Completed') {
        deps.log.warning(
          `${input}: job '${uri.job}' is ${status ?? 'in an unknown state'}, not Completed: its output '${uri.output}' may be missing or incomplete.`,
        );
      }
      return follow(target.uri, original, input, deps, resolved);
    }
  }
}

/** An mltable asset's files: the MLTable file in its folder, then each of its paths. */
async function mlTableFiles(
  dataUri: string,
  original: string,
  input: string,
  deps: ReferenceDeps,
  resolved: string[],
): Promise<DataFile[]> {
  const uri = parseAzureMlUri(dataUri, input);
  if (uri.kind !== 'datastore') return follow(dataUri, original, input, deps, resolved);
  checkWorkspace(uri.workspace, dataUri, input, deps.workspace);
  const folder = uri.path.replace(/\/?MLTable$/, '').replace(/\/+$/, '');
  const base = `azureml://datastores/${uri.datastore}/paths/`;
  const mlTablePath = folder === '' ? 'MLTable' : `${folder}/MLTable`;
  const text = await deps.readText(uri.datastore, mlTablePath);
  if (text === undefined) {
    throw new UserError(
      `Input '${input}' is '${original}', an mltable data asset, but ${base}${mlTablePath} does not exist: ` +
        'an mltable asset is a folder with an MLTable file. Register the data again, or give its files as a uri_folder asset.',
      { kind: 'not-found' },
    );
  }
  const plan = parseMlTable(text, `${base}${mlTablePath}`, input);
  const files: DataFile[] = [];
  for (const path of plan.paths) {
    const target = /^azureml:\/\//i.test(path.value)
      ? parseAzureMlUri(path.value, input)
      : { kind: 'datastore' as const, datastore: uri.datastore, path: joinPath(folder, path.value) };
    if (target.kind !== 'datastore' || /^[a-z][a-z0-9+.-]*:/i.test(target.path)) {
      throw new UserError(
        `Input '${input}': the MLTable file ${base}${mlTablePath} has the ${path.kind} '${path.value}', which is not in a datastore of the workspace: ` +
          'give the data as an azureml://datastores/… path, or register it from one.',
      );
    }
    checkWorkspace(target.workspace, path.value, input, deps.workspace);
    resolved.push(`azureml://datastores/${target.datastore}/paths/${target.path}`);
    if (path.kind === 'pattern') {
      const glob = globMatcher(target.path);
      files.push(...(await deps.matchingFiles(target.datastore, glob.prefix, glob.matches)));
    } else {
      files.push(...(await deps.datastoreFiles(target.datastore, target.path, input)));
    }
  }
  const mismatch = plan.format === undefined ? undefined : files.find((file) => file.format !== plan.format);
  if (mismatch !== undefined) {
    throw new UserError(
      `Input '${input}': the MLTable file ${base}${mlTablePath} reads its paths as ${plan.format ?? ''}, but ${mismatch.name} is ${mismatch.format} by its extension. ` +
        'Fix the MLTable file or its paths.',
    );
  }
  if (files.length === 0) {
    throw new UserError(
      `Input '${input}': the paths of the MLTable file ${base}${mlTablePath} match no data file. Fix its paths, or upload the data.`,
      { kind: 'not-found' },
    );
  }
  deps.log.info(`${input}: MLTable ${base}${mlTablePath} lists ${files.length} file(s).`);
  return files;
}

/** `relative` (./a, ../b, a/b) against a datastore folder, without leading or trailing slashes. */
function joinPath(folder: string, relative: string): string {
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
