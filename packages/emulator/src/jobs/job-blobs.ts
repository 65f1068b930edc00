/**
 * The blob side of a job: the workspace's datastores as @azure/storage-blob ContainerClients on Azurite (account key
 * from the emulator's config), and folder-sized downloads and uploads.
 */
import { mkdir } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  ContainerClient,
  StorageSharedKeyCredential,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import type { EmulatorContext } from '../http-types.js';
import { isObject } from '../arm/request-checks.js';
import { workspaceId } from '../arm/resource-ids.js';
import type { WorkspaceConfig } from '../config.js';
import { text } from './json-text.js';

/** A problem the job's user can fix; its message goes to the job's log. */
export class JobSetupError extends Error {
  override name = 'JobSetupError';
}

/**
 * The container behind a datastore of the workspace. `ca` is Azurite's certificate: StoragePipelineOptions does not
 * declare tlsOptions, but the options reach core-client's pipeline factory, which adds its TLS policy for them.
 */
export function datastoreContainer(
  ctx: EmulatorContext,
  workspace: WorkspaceConfig,
  datastore: string,
  ca: string,
): ContainerClient {
  const id = `${workspaceId(ctx.state.config, workspace.name)}/datastores/${datastore}`;
  const resource = ctx.state.arm.resources[id.toLowerCase()];
  const properties = isObject(resource?.body.properties) ? resource.body.properties : undefined;
  if (resource?.kind !== 'datastore' || properties === undefined) {
    throw new JobSetupError(`Datastore '${datastore}' does not exist in workspace '${workspace.name}'.`);
  }
  const account = text(properties.accountName);
  const owner = ctx.state.config.workspaces.find((ws) => ws.storageAccount === account);
  if (ctx.blobEndpoint === undefined || owner === undefined) {
    throw new JobSetupError(
      `Datastore '${datastore}' uses the storage account '${account}', which this emulator does not host: only the ` +
        'storage accounts of its workspaces can be read by jobs.',
    );
  }
  const options = { tlsOptions: { ca } } as StoragePipelineOptions;
  return new ContainerClient(
    `${ctx.blobEndpoint}/${account}/${encodeURIComponent(text(properties.containerName))}`,
    new StorageSharedKeyCredential(account, owner.storageAccountKey),
    options,
  );
}

/**
 * Downloads the blob `blobPath`, or every blob below `blobPath/`, into `target` (a file path for one blob, a folder
 * otherwise). Returns the local path of what was downloaded: the file, or the folder.
 */
export async function downloadPath(
  container: ContainerClient,
  blobPath: string,
  target: string,
  signal: AbortSignal,
): Promise<{ local: string; files: number }> {
  const clean = blobPath.replace(/^\/+|\/+$/g, '');
  const exact = clean === '' ? false : await container.getBlobClient(clean).exists({ abortSignal: signal });
  if (exact) {
    const file = path.join(target, path.posix.basename(clean));
    await mkdir(target, { recursive: true });
    await container.getBlobClient(clean).downloadToFile(file, 0, undefined, { abortSignal: signal });
    return { local: file, files: 1 };
  }
  const prefix = clean === '' ? '' : `${clean}/`;
  let files = 0;
  for await (const blob of container.listBlobsFlat({ prefix, abortSignal: signal })) {
    const file = path.join(target, ...blob.name.slice(prefix.length).split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await container.getBlobClient(blob.name).downloadToFile(file, 0, undefined, { abortSignal: signal });
    files += 1;
  }
  if (files === 0) {
    throw new JobSetupError(`Nothing found at '${clean}' in container '${container.containerName}'.`);
  }
  return { local: target, files };
}

/** Uploads every file below `folder` to `prefix/<relative path>`; returns the number of files. */
export async function uploadFolder(
  container: ContainerClient,
  folder: string,
  prefix: string,
  signal: AbortSignal,
): Promise<number> {
  const base = prefix.replace(/^\/+|\/+$/g, '');
  let count = 0;
  for (const relative of await listFiles(folder)) {
    const name = [base, ...relative.split(path.sep)].filter((part) => part !== '').join('/');
    await container.getBlockBlobClient(name).uploadFile(path.join(folder, relative), { abortSignal: signal });
    count += 1;
  }
  return count;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}
