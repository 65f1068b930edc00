/**
 * Download a model's files (one blob, or every blob below a folder path) to a local folder, streamed blob by blob
 * straight to disk (memory stays flat whatever the model's size), several at a time, with progress lines.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContainerClient } from '@azure/storage-blob';
import { UserError, type Logger } from '@aml-actions/action-kit';
import { httpStatusOf, runBounded, startTransferProgress, type TransferFigures } from '@aml-actions/assets';

/** The part of a ContainerClient the download uses. */
export type DownloadContainer = Pick<
  ContainerClient,
  'accountName' | 'containerName' | 'listBlobsFlat' | 'getBlobClient'
>;

export interface DownloadOptions {
  /** Blobs downloaded at the same time (default 8). */
  concurrency?: number;
  progressIntervalMs?: number;
  abortSignal?: AbortSignal;
}

export interface DownloadedModel {
  /** The local file, or the folder holding the files (named like the model's last path segment). */
  root: string;
  kind: 'file' | 'folder';
  files: number;
  bytes: number;
  figures: TransferFigures;
}

interface RemoteFile {
  blob: string;
  /** POSIX path below the folder; the base name for a single file. */
  relative: string;
  size: number;
}

/** `model` names the version in errors; `blobPath` is the datastore-relative path of its file or folder. */
export async function downloadModelFiles(
  container: DownloadContainer,
  blobPath: string,
  workDir: string,
  model: string,
  logger: Logger,
  options: DownloadOptions = {},
): Promise<DownloadedModel> {
  const where = `container '${container.containerName}' of storage account '${container.accountName}'`;
  const listing = await readCall(container, where, () => listModel(container, blobPath));
  if (listing.files.length === 0) {
    throw new UserError(
      `The files of ${model} are missing: nothing at '${blobPath}' in the ${where}. The version's files were deleted or ` +
        'moved; register the model again from its files.',
      { kind: 'not-found' },
    );
  }
  const name = path.posix.basename(blobPath) || container.containerName;
  const root = path.join(workDir, name);
  const bytes = listing.files.reduce((sum, file) => sum + file.size, 0);
  logger.info(
    `Downloading ${model}: ${listing.files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) from ${where}, path '${blobPath}'`,
  );
  const progress = startTransferProgress(
    logger,
    { files: listing.files.length, bytes },
    { intervalMs: options.progressIntervalMs, verbs: { running: 'Downloading', done: 'Downloaded' } },
  );
  await runBounded(listing.files, options.concurrency ?? 8, async (file) => {
    const local = listing.kind === 'file' ? root : path.join(root, ...file.relative.split('/'));
    await mkdir(path.dirname(local), { recursive: true });
    await readCall(container, where, () =>
      container.getBlobClient(file.blob).downloadToFile(local, 0, undefined, {
        abortSignal: options.abortSignal,
        onProgress: (event) => {
          progress.fileBytes(file.blob, event.loadedBytes);
        },
      }),
    );
    progress.fileDone(file.blob, file.size);
  });
  return { root, kind: listing.kind, files: listing.files.length, bytes, figures: progress.finish() };
}

/**
 * The blob named `blobPath` (a single-file model), else every blob below `blobPath/` (a folder). Folder markers
 * (names ending in '/', hdi_isfolder blobs of hierarchical namespaces) are not files.
 */
async function listModel(
  container: DownloadContainer,
  blobPath: string,
): Promise<{ kind: 'file' | 'folder'; files: RemoteFile[] }> {
  const folderPrefix = blobPath === '' ? '' : `${blobPath}/`;
  let single: RemoteFile | undefined;
  const files: RemoteFile[] = [];
  for await (const blob of container.listBlobsFlat({ prefix: blobPath, includeMetadata: true })) {
    const size = blob.properties.contentLength ?? 0;
    if (blob.name === blobPath) {
      single = { blob: blob.name, relative: path.posix.basename(blob.name), size };
      continue;
    }
    if (!blob.name.startsWith(folderPrefix) || blob.name.endsWith('/')) continue;
    if (blob.metadata?.hdi_isfolder === 'true') continue;
    files.push({ blob: blob.name, relative: safeRelative(blob.name.slice(folderPrefix.length)), size });
  }
  if (files.length > 0) return { kind: 'folder', files };
  return { kind: 'file', files: single === undefined ? [] : [single] };
}

/** A relative path that stays inside the download folder. */
function safeRelative(relative: string): string {
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new UserError(
      `The model has a blob named '${relative}' whose path cannot be a file below the model folder (empty, '.' or '..' segments). ` +
        'Rename or remove that blob in the source storage.',
      { kind: 'input' },
    );
  }
  return relative;
}

/** Storage failures a user can fix (no data role, no container) become a UserError naming the storage. */
async function readCall<T>(container: DownloadContainer, where: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 401 || status === 403) {
      throw new UserError(
        `The identity may not read the model's files in the ${where} (HTTP ${status}${storageCode(error)}). ` +
          `Grant it the 'Storage Blob Data Reader' role on storage account '${container.accountName}', or 'AzureML Data Scientist' ` +
          "on the source workspace (which lets it use the datastore's account key).",
        { kind: 'permission', cause: error },
      );
    }
    if (status === 404) {
      throw new UserError(
        `The ${where} does not exist (HTTP 404): the model's datastore points at missing storage. Check the datastore in the source workspace.`,
        { kind: 'not-found', cause: error },
      );
    }
    throw error;
  }
}

function storageCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? ` ${code}` : '';
}
