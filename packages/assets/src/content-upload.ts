/**
 * Content-addressed upload to the workspace's default datastore, the way the Azure ML CLI v2 lays it out:
 * `LocalUpload/<content hash>/<file or folder name>[/<relative path>]`. Each blob carries the SHA-256 of its bytes,
 * so a re-run sends only what is missing or different; the first file in sorted order carries the completion marker
 * (`upload_status=completed`, as the CLI sets it), written only after every file is in place, so an interrupted
 * upload is detected and finished on the next run.
 */
import type { ContainerClient } from '@azure/storage-blob';
import { UserError, type Logger } from '@aml-actions/action-kit';
import { runBounded } from './bounded-pool.js';
import type { ContentFile, HashedContent } from './content-hash.js';
import { formatContentHash } from './content-hash.js';
import { httpStatusOf } from './http-status.js';
import { startTransferProgress, type TransferFigures } from './transfer-progress.js';

/** The part of a ContainerClient the upload uses. */
export type UploadContainer = Pick<ContainerClient, 'containerName' | 'listBlobsFlat' | 'getBlockBlobClient'>;

export const UPLOAD_ROOT = 'LocalUpload';
const SHA256_KEY = 'content_sha256';
const STATUS_KEY = 'upload_status';
const COMPLETED = 'completed';
const HASH_KEY = 'content_hash';

export interface UploadOptions {
  /** Files uploaded at the same time (default 8). */
  fileConcurrency?: number;
  /** Blocks of one large file uploaded at the same time (default 4). */
  blockConcurrency?: number;
  /** Block size in bytes; files up to this size go in one request (default 8 MiB). */
  blockSize?: number;
  progressIntervalMs?: number;
  abortSignal?: AbortSignal;
}

export interface UploadResult {
  /** Datastore-relative path of the content: the file itself or the folder. */
  path: string;
  uploadedFiles: number;
  uploadedBytes: number;
  /** Files already present with the same size and digest. */
  skippedFiles: number;
  /** True when a finished upload of this content was already there and nothing was sent. */
  alreadyComplete: boolean;
  figures: TransferFigures | undefined;
}

interface ExistingBlob {
  size: number | undefined;
  metadata: Record<string, string>;
}

export function contentPath(content: HashedContent): string {
  return `${UPLOAD_ROOT}/${content.hash}/${content.name}`;
}

function blobNameOf(content: HashedContent, file: ContentFile): string {
  return content.kind === 'file' ? contentPath(content) : `${contentPath(content)}/${file.relativePath}`;
}

export async function uploadContent(
  container: UploadContainer,
  content: HashedContent,
  logger: Logger,
  options: UploadOptions = {},
): Promise<UploadResult> {
  const target = contentPath(content);
  const blockSize = options.blockSize ?? 8 * 1024 * 1024;
  const existing = await storageCall(container, 'list', () =>
    listExisting(container, `${UPLOAD_ROOT}/${content.hash}/`),
  );
  const indicator = content.files[0];
  if (!indicator) throw new Error(`No files to upload for ${formatContentHash(content.hash)}`);
  const indicatorName = blobNameOf(content, indicator);
  const complete = existing.get(indicatorName)?.metadata[STATUS_KEY] === COMPLETED;
  const isPresent = (file: ContentFile): boolean => {
    const blob = existing.get(blobNameOf(content, file));
    return blob?.size === file.size && blob.metadata[SHA256_KEY] === file.sha256;
  };
  const todo = content.files.filter((file) => !isPresent(file));
  const skippedFiles = content.files.length - todo.length;
  const where = `${container.containerName}/${target}`;
  if (content.ignoreFile !== undefined) {
    logger.info(
      `${content.ignoreFile} of '${content.name}' leaves out ${content.excludedEntries} files or folders: they are neither hashed nor uploaded.`,
    );
  }

  if (complete && todo.length === 0) {
    logger.info(
      `Content ${formatContentHash(content.hash)} is already uploaded to ${where} (${content.files.length} files): nothing sent.`,
    );
    return {
      path: target,
      uploadedFiles: 0,
      uploadedBytes: 0,
      skippedFiles,
      alreadyComplete: true,
      figures: undefined,
    };
  }
  if (existing.size > 0) {
    logger.info(
      `Found an unfinished upload at ${where}: ${skippedFiles} of ${content.files.length} files already there; sending the other ${todo.length}.`,
    );
  }

  const todoBytes = todo.reduce((sum, file) => sum + file.size, 0);
  logger.info(`Uploading ${todo.length} files (${(todoBytes / 1024 / 1024).toFixed(1)} MB) to ${where}`);
  const progress = startTransferProgress(
    logger,
    { files: todo.length, bytes: todoBytes },
    { intervalMs: options.progressIntervalMs },
  );
  await runBounded(todo, options.fileConcurrency ?? 8, async (file) => {
    const name = blobNameOf(content, file);
    await storageCall(container, 'upload', () =>
      container.getBlockBlobClient(name).uploadFile(file.absolutePath, {
        blockSize,
        maxSingleShotSize: blockSize,
        concurrency: options.blockConcurrency ?? 4,
        metadata: { [SHA256_KEY]: file.sha256 },
        abortSignal: options.abortSignal,
        onProgress: (event) => {
          progress.fileBytes(name, event.loadedBytes);
        },
      }),
    );
    progress.fileDone(name, file.size);
  });
  const figures = progress.finish();

  await storageCall(container, 'mark', () =>
    container
      .getBlockBlobClient(indicatorName)
      .setMetadata(
        { [SHA256_KEY]: indicator.sha256, [STATUS_KEY]: COMPLETED, [HASH_KEY]: content.hash },
        { abortSignal: options.abortSignal },
      ),
  );
  return {
    path: target,
    uploadedFiles: todo.length,
    uploadedBytes: todoBytes,
    skippedFiles,
    alreadyComplete: false,
    figures,
  };
}

async function listExisting(container: UploadContainer, prefix: string): Promise<Map<string, ExistingBlob>> {
  const found = new Map<string, ExistingBlob>();
  for await (const blob of container.listBlobsFlat({ prefix, includeMetadata: true })) {
    found.set(blob.name, { size: blob.properties.contentLength, metadata: blob.metadata ?? {} });
  }
  return found;
}

/** Storage failures a user can fix (no access, no container) become a UserError naming the container. */
async function storageCall<T>(
  container: UploadContainer,
  what: 'list' | 'upload' | 'mark',
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403 || status === 401) {
      throw new UserError(
        `The identity may not ${what === 'list' ? 'read' : 'write'} the default datastore's container '${container.containerName}' (HTTP ${status}). ` +
          'Give it the Storage Blob Data Contributor role on the workspace storage account, or use a writer identity for this workspace.',
        { kind: 'permission', cause: error },
      );
    }
    if (status === 404) {
      throw new UserError(
        `The default datastore's container '${container.containerName}' does not exist in its storage account. Check the workspace's default datastore.`,
        { kind: 'not-found', cause: error },
      );
    }
    throw error;
  }
}
