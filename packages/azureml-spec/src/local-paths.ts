/** Local paths in a spec resolve from the YAML file's folder, as in the CLI; they must exist. */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { UploadAsset } from './pending.js';
import type { Field, SpecReader } from './spec-reader.js';

export type PathKind = 'file' | 'folder' | 'file or folder';

export interface LocalPath {
  readonly path: string;
  readonly isDirectory: boolean;
}

/** The absolute path of `text` (relative to the spec's folder), checked to exist and be of the expected kind. */
export function localPath(
  reader: SpecReader,
  field: Field,
  text: string,
  expected: PathKind,
): LocalPath | undefined {
  const absolute = path.resolve(reader.doc.dir, text);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    reader.report(
      field,
      `the ${expected} '${text}' does not exist (looked for ${absolute}; relative paths start at the folder of ` +
        `${reader.doc.file}): fix the path or add the ${expected}`,
      'not-found',
    );
    return;
  }
  if (expected === 'file' && isDirectory) {
    reader.report(field, `'${text}' is a folder, but a file is expected here (${absolute})`);
    return;
  }
  if (expected === 'folder' && !isDirectory) {
    reader.report(field, `'${text}' is a file, but a folder is expected here (${absolute})`);
    return;
  }
  return { path: absolute, isDirectory };
}

/** A pending upload of a checked local path. */
export function uploadAsset(
  reader: SpecReader,
  field: Field,
  local: LocalPath,
  purpose: UploadAsset['purpose'],
): UploadAsset {
  return { kind: 'upload', id: field.path, annotation: reader.at(field), purpose, ...local };
}
