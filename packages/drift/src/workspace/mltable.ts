/**
 * A simple MLTable file (an mltable data asset's definition): its `paths` (file, folder or pattern, relative to the
 * MLTable's folder or azureml:// URIs) and at most one reader transformation drift-check reads the same way
 * (read_delimited with commas, read_json_lines, read_parquet). Anything that changes the rows or columns (filter,
 * take, keep_columns, …) is refused: comparing other data than the model saw would be wrong without a word.
 */
import { parseDocument } from 'yaml';
import { UserError } from '@aml-actions/action-kit';
import type { DataFormat } from '../data/read-table.js';

export interface MlTablePath {
  kind: 'file' | 'folder' | 'pattern';
  value: string;
}

export interface MlTablePlan {
  paths: MlTablePath[];
  /** The reader the file names, when it names one. */
  format: DataFormat | undefined;
}

const TOP_LEVEL = new Set(['$schema', 'type', 'paths', 'transformations', 'traits']);

type OptionCheck = (value: unknown) => boolean;
const isFalse: OptionCheck = (value) => value === false;
const any: OptionCheck = () => true;
const utf8: OptionCheck = (value) => typeof value === 'string' && /^utf-?8$/i.test(value);

const READERS: Record<string, { format: DataFormat; options: Record<string, OptionCheck> }> = {
  read_delimited: {
    format: 'csv',
    options: {
      delimiter: (value) => value === ',',
      header: (value) => value === 'all_files_same_headers' || value === 'from_first_file',
      encoding: utf8,
      empty_as_string: any,
      support_multi_line: any,
      infer_column_types: any,
      include_path_column: isFalse,
    },
  },
  read_json_lines: {
    format: 'jsonl',
    options: { encoding: utf8, invalid_lines: (value) => value === 'error', include_path_column: isFalse },
  },
  read_parquet: { format: 'parquet', options: { include_path_column: isFalse } },
};

const FIX =
  'Register the files as a uri_file or uri_folder data asset, or give their azureml://datastores/… path, to compare them as they are.';

/** `where` names the MLTable file (its azureml:// URI) in messages, `input` the drift-check input. */
export function parseMlTable(text: string, where: string, input: string): MlTablePlan {
  const refuse = (why: string): UserError =>
    new UserError(`Input '${input}': the MLTable file ${where} ${why}. ${FIX}`);
  const document = parseDocument(text);
  if (document.errors.length > 0) throw refuse(`is not valid YAML (${document.errors[0]?.message ?? ''})`);
  const root: unknown = document.toJS();
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw refuse('is not a YAML mapping');
  const fields = root as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => !TOP_LEVEL.has(key));
  if (unknown.length > 0) throw refuse(`uses ${unknown.join(', ')}, which drift-check does not read`);
  return {
    paths: readPaths(fields.paths, refuse),
    format: readTransformations(fields.transformations, refuse),
  };
}

function readPaths(value: unknown, refuse: (why: string) => UserError): MlTablePath[] {
  if (!Array.isArray(value) || value.length === 0)
    throw refuse('has no paths (a list of file, folder or pattern)');
  return value.map((entry: unknown, index) => {
    const keys = typeof entry === 'object' && entry !== null ? Object.entries(entry) : [];
    const [key, path] = keys[0] ?? [];
    if (
      keys.length !== 1 ||
      (key !== 'file' && key !== 'folder' && key !== 'pattern') ||
      typeof path !== 'string'
    ) {
      throw refuse(
        `has paths[${index}] ${JSON.stringify(entry)}: each path must be one of file, folder or pattern`,
      );
    }
    if (key === 'pattern' && /[[\]{}]/.test(path)) {
      throw refuse(`has the pattern '${path}': only *, ** and ? wildcards are read`);
    }
    return { kind: key, value: path };
  });
}

function readTransformations(value: unknown, refuse: (why: string) => UserError): DataFormat | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw refuse('has transformations that are not a list');
  let format: DataFormat | undefined;
  for (const step of value as unknown[]) {
    const [name, options]: [string, unknown] =
      typeof step === 'string'
        ? [step, {}]
        : typeof step === 'object' && step !== null && Object.keys(step).length === 1
          ? (Object.entries(step as Record<string, unknown>)[0] ?? ['', {}])
          : ['', {}];
    const reader = READERS[name];
    if (reader === undefined) {
      throw refuse(
        `has the transformation ${name === '' ? JSON.stringify(step) : `'${name}'`}, which drift-check does not apply (it reads ${Object.keys(READERS).join(', ')} only)`,
      );
    }
    if (format !== undefined) throw refuse('has more than one reader transformation');
    for (const [option, setting] of Object.entries((options ?? {}) as Record<string, unknown>)) {
      if (reader.options[option]?.(setting) !== true) {
        throw refuse(
          `has ${name} ${option}: ${JSON.stringify(setting)}, which drift-check does not read that way`,
        );
      }
    }
    format = reader.format;
  }
  return format;
}

/** A pattern's literal folder (what to list) and a matcher for the blob names under it. */
export function globMatcher(pattern: string): { prefix: string; matches: (name: string) => boolean } {
  const wildcard = pattern.search(/[*?]/);
  const literal = wildcard < 0 ? pattern : pattern.slice(0, wildcard);
  const prefix = literal.slice(0, literal.lastIndexOf('/') + 1);
  const source = pattern
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) => {
      if (part === '**/' || part === '**') return '(?:.*/)?'.concat(part === '**' ? '[^/]*' : '');
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const regex = new RegExp(`^${source}$`);
  return { prefix, matches: (name) => regex.test(name) };
}
