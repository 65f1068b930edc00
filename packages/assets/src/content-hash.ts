/**
 * Content hash of a file or folder (a model, a code folder, ...): SHA-256 over the files in sorted relative POSIX
 * path order, each contributing its path, its size and its bytes. The order the file system lists entries in never
 * matters, and the bytes are read through one reused buffer, so memory stays flat whatever the content's size.
 * Files the folder's `.amlignore` (else `.gitignore`) excludes are neither hashed nor uploaded, as with the CLI.
 */
import { createHash, type Hash } from 'node:crypto';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '@aml-actions/action-kit';
import { NO_IGNORE_RULES, loadIgnoreRules, type IgnoreRules } from './ignore-rules.js';

/** One file of the content: where it is on disk, where it goes below the upload root, and its own digest. */
export interface ContentFile {
  absolutePath: string;
  /** Relative POSIX path below the folder; for a single file, its base name. */
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
  /** The ignore file that applied (`.amlignore` or `.gitignore`), if any. */
  ignoreFile: IgnoreRules['source'];
  /** Files left out because the ignore file excludes them (folders left out count as one each). */
  excludedEntries: number;
}

/** Where the path came from, for errors: the input (or spec field) that named it and what it should hold. */
export interface ContentSource {
  /** The input or spec field, e.g. `model-path` or `job.yml: code`. */
  input: string;
  /** What the content is, e.g. `model` or `code`: errors say "the model file or folder". */
  noun: string;
}

export interface HashOptions {
  /**
   * Apply the folder's `.amlignore`/`.gitignore` (default true). False hashes every file, for content that was
   * already filtered when it was first uploaded (a copy of a registered model must keep all of its files).
   */
  ignoreFiles?: boolean;
}

/** Format version mixed into every hash, so a future change of the scheme never collides with old uploads. */
const SCHEME = 'aml-actions-content-v1';

/** One read buffer, reused for every file: memory stays the same whatever the content's size. */
const READ_SIZE = 1024 * 1024;

/** How a hash is shown in tags and outputs. */
export function formatContentHash(hash: string): string {
  return `sha256:${hash}`;
}

/** Hash a file or folder; `source` names where the path came from and what it holds, in errors. */
export async function hashContent(
  contentPath: string,
  source: ContentSource = { input: 'path', noun: 'content' },
  options: HashOptions = {},
): Promise<HashedContent> {
  const { input, noun } = source;
  const root = path.resolve(contentPath);
  const info = await stat(root).catch((error: unknown) => {
    throw new UserError(
      `${input}: '${contentPath}' does not exist (resolved to ${root}). Give the path of the ${noun} file or folder, relative to the workspace checkout.`,
      { kind: 'input', cause: error },
    );
  });
  const name = path.basename(root);
  let listing: FolderListing;
  if (info.isFile()) {
    listing = {
      entries: [{ absolutePath: root, relativePath: name, size: info.size }],
      rules: undefined,
      excluded: 0,
    };
  } else if (info.isDirectory()) {
    listing = await listFolder(root, options.ignoreFiles ?? true);
    if (listing.entries.length === 0) {
      const why =
        listing.excluded > 0
          ? `every file in it is excluded by its ${listing.rules?.source ?? 'ignore file'}`
          : 'no files in it or its subfolders';
      throw new UserError(
        `${input}: the folder '${contentPath}' has nothing to upload (${why}). Point it at the folder that holds the ${noun} files${listing.excluded > 0 ? ', or loosen the ignore file' : ''}.`,
        { kind: 'input' },
      );
    }
  } else {
    throw new UserError(
      `${input}: '${contentPath}' is neither a file nor a folder. Give a ${noun} file or folder.`,
      {
        kind: 'input',
      },
    );
  }
  const { entries } = listing;

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
  return {
    kind: info.isFile() ? 'file' : 'folder',
    name,
    hash: whole.digest('hex'),
    files,
    totalBytes,
    ignoreFile: listing.rules?.source,
    excludedEntries: listing.excluded,
  };
}

interface FolderListing {
  entries: { absolutePath: string; relativePath: string; size: number }[];
  rules: IgnoreRules | undefined;
  /** Files and folders left out by the ignore rules. */
  excluded: number;
}

/**
 * All regular files below root that the ignore rules keep, sorted by relative POSIX path compared as code units.
 * Symbolic links are followed; a folder reached twice (a link cycle) is read once; an excluded folder is not read.
 */
async function listFolder(root: string, useIgnoreFiles: boolean): Promise<FolderListing> {
  const rules = useIgnoreFiles ? await loadIgnoreRules(root) : NO_IGNORE_RULES;
  const entries: FolderListing['entries'] = [];
  let excluded = 0;
  const visited = new Set<string>();
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const real = await realpath(dir);
    if (visited.has(real)) continue;
    visited.add(real);
    for (const entryName of await readdir(dir)) {
      const absolutePath = path.join(dir, entryName);
      const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
      const info = await stat(absolutePath);
      if (info.isDirectory()) {
        if (rules.excludes(`${relativePath}/`)) excluded += 1;
        else pending.push(absolutePath);
      } else if (info.isFile()) {
        if (rules.excludes(relativePath)) excluded += 1;
        else entries.push({ absolutePath, relativePath, size: info.size });
      }
    }
  }
  entries.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  return { entries, rules: rules.source === undefined ? undefined : rules, excluded };
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
      `The file '${file}' changed size while it was being hashed (${expectedSize} then ${read} bytes). Run this step after the step that writes it has finished.`,
    );
  }
  return own.digest('hex');
}
