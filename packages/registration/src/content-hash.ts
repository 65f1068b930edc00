/**
 * Content hash of a model file or folder: SHA-256 over the files in sorted relative POSIX path order, each
 * contributing its path, its size and its bytes. The order the file system lists entries in never matters, and the
 * bytes are read through one reused buffer, so memory stays flat whatever the model's size.
 */
import { createHash, type Hash } from 'node:crypto';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '@aml-actions/action-kit';

/** One file of the content: where it is on disk, where it goes below the upload root, and its own digest. */
export interface ContentFile {
  absolutePath: string;
  /** Relative POSIX path below the model folder; for a single file, its base name. */
  relativePath: string;
  size: number;
  /** Hex SHA-256 of this file's bytes alone (stored as blob metadata so a re-run can trust what is there). */
  sha256: string;
}

export interface HashedContent {
  kind: 'file' | 'folder';
  /** Base name of the file or folder: the last segment under the content-addressed upload path. */
  name: string;
  /** Hex SHA-256 of the whole content. */
  hash: string;
  /** Files in sorted relative-path order. */
  files: ContentFile[];
  totalBytes: number;
}

/** Format version mixed into every hash, so a future change of the scheme never collides with old uploads. */
const SCHEME = 'aml-actions-content-v1';

/** One read buffer, reused for every file: memory stays the same whatever the model's size. */
const READ_SIZE = 1024 * 1024;

/** How a hash is shown in tags and outputs. */
export function formatContentHash(hash: string): string {
  return `sha256:${hash}`;
}

/** Hash a model file or folder. `inputName` names the input the path came from in errors. */
export async function hashContent(modelPath: string, inputName = 'model-path'): Promise<HashedContent> {
  const root = path.resolve(modelPath);
  const info = await stat(root).catch((error: unknown) => {
    throw new UserError(
      `${inputName}: '${modelPath}' does not exist (resolved to ${root}). Give the path of the model file or folder, relative to the workspace checkout.`,
      { kind: 'input', cause: error },
    );
  });
  const name = path.basename(root);
  let entries: { absolutePath: string; relativePath: string; size: number }[];
  if (info.isFile()) {
    entries = [{ absolutePath: root, relativePath: name, size: info.size }];
  } else if (info.isDirectory()) {
    entries = await listFolder(root);
    if (entries.length === 0) {
      throw new UserError(
        `${inputName}: the folder '${modelPath}' is empty (no files in it or its subfolders). Point it at the folder that holds the trained model files.`,
      );
    }
  } else {
    throw new UserError(
      `${inputName}: '${modelPath}' is neither a file nor a folder. Give a model file or folder.`,
    );
  }

  const whole = createHash('sha256').update(`${SCHEME}\0${info.isFile() ? 'file' : 'folder'}\0`);
  const files: ContentFile[] = [];
  let totalBytes = 0;
  const buffer = Buffer.allocUnsafe(READ_SIZE);
  for (const entry of entries) {
    whole.update(`${entry.relativePath}\0${entry.size}\0`);
    const sha256 = await streamInto(entry.absolutePath, entry.size, whole, buffer);
    files.push({ ...entry, sha256 });
    totalBytes += entry.size;
  }
  return { kind: info.isFile() ? 'file' : 'folder', name, hash: whole.digest('hex'), files, totalBytes };
}

/**
 * All regular files below root, sorted by relative POSIX path compared as code units. Symbolic links are followed;
 * a folder reached twice (a link cycle) is read once.
 */
async function listFolder(
  root: string,
): Promise<{ absolutePath: string; relativePath: string; size: number }[]> {
  const found: { absolutePath: string; relativePath: string; size: number }[] = [];
  const visited = new Set<string>();
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const real = await realpath(dir);
    if (visited.has(real)) continue;
    visited.add(real);
    for (const entryName of await readdir(dir)) {
      const absolutePath = path.join(dir, entryName);
      const info = await stat(absolutePath);
      if (info.isDirectory()) pending.push(absolutePath);
      else if (info.isFile()) {
        found.push({
          absolutePath,
          relativePath: path.relative(root, absolutePath).split(path.sep).join('/'),
          size: info.size,
        });
      }
    }
  }
  return found.sort((a, b) =>
    a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0,
  );
}

/** Read a file through the running content hash and its own digest; the file must still have the size listed. */
async function streamInto(file: string, expectedSize: number, whole: Hash, buffer: Buffer): Promise<string> {
  const own = createHash('sha256');
  let read = 0;
  const handle = await open(file, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      whole.update(chunk);
      own.update(chunk);
      read += bytesRead;
    }
  } finally {
    await handle.close();
  }
  if (read !== expectedSize) {
    throw new UserError(
      `The file '${file}' changed size while it was being hashed (${expectedSize} then ${read} bytes). Register the model after the step that writes it has finished.`,
    );
  }
  return own.digest('hex');
}
