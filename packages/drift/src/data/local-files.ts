/** Local data: one file, or every data file under a folder (recursively, in name order). */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '@aml-actions/action-kit';
import { SUPPORTED_FORMATS, formatOf, type DataFile } from './read-table.js';

function localFile(file: string, size: number): DataFile | undefined {
  const format = formatOf(file);
  if (format === undefined) return undefined;
  return { name: file, format, size, chunks: () => createReadStream(file, { highWaterMark: 1024 * 1024 }) };
}

/** The data files at `location` (a file or a folder); `input` names the input for errors. */
export async function localDataFiles(location: string, input: string): Promise<DataFile[]> {
  const info = await stat(location).catch(() => undefined);
  if (info === undefined) {
    throw new UserError(
      `Input '${input}' is '${location}', which does not exist (relative paths start at the workspace: ` +
        `${process.cwd()}). Give a file or folder of data, or an azureml:// URI.`,
    );
  }
  if (info.isFile()) {
    const file = localFile(location, info.size);
    if (file === undefined) {
      throw new UserError(
        `Input '${input}' is '${location}', whose format is not known by its extension: use ${SUPPORTED_FORMATS}.`,
      );
    }
    return [file];
  }
  const entries = await readdir(location, { recursive: true, withFileTypes: true });
  const files: DataFile[] = [];
  for (const entry of entries
    .filter((e) => e.isFile())
    .sort((a, b) => a.parentPath.localeCompare(b.parentPath) || a.name.localeCompare(b.name))) {
    const full = path.join(entry.parentPath, entry.name);
    const file = localFile(full, (await stat(full)).size);
    if (file !== undefined) files.push(file);
  }
  if (files.length === 0) {
    throw new UserError(
      `Input '${input}' is the folder '${location}', which holds no data files: expected ${SUPPORTED_FORMATS}.`,
    );
  }
  return files;
}
