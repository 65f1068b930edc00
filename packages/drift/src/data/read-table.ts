/**
 * Reads data files (CSV with a header, JSON Lines, JSON, Parquet) into one table, with progress for large reads
 * and one clear error per malformed input, annotated on its file and line.
 */
import { UserError, formatElapsed, type Logger } from '@aml-actions/action-kit';
import { findJsonProblem } from '@aml-actions/action-kit';
import { CsvParser } from './csv.js';
import { readParquet } from './parquet.js';
import { SHAPES, rowsOf } from './payload.js';
import { TableBuilder, type Table } from './table.js';

export type DataFormat = 'csv' | 'jsonl' | 'json' | 'parquet';

const EXTENSIONS: Record<string, DataFormat> = {
  csv: 'csv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  parquet: 'parquet',
  pq: 'parquet',
};

/** The format of a file by its extension, or undefined. */
export function formatOf(name: string): DataFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

export const SUPPORTED_FORMATS =
  'CSV with a header (.csv), JSON Lines (.jsonl), JSON (.json) or Parquet (.parquet)';

export interface DataFile {
  /** A local path or an azureml:// URI: named in messages and annotations. */
  name: string;
  format: DataFormat;
  size?: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export interface ReadOptions {
  /** What is read (`baseline`, `production`), for messages. */
  label: string;
  /** The input naming the data, for error messages. */
  input: string;
  log: Logger;
  signal?: AbortSignal;
  /** JSON Lines records carrying a `time` (data collector lines) outside [start, end) are skipped. */
  window?: { start: Date; end: Date };
  /** The rows of a data collector line stored by reference (`datainblob`: its `data` is a blob URL). */
  fetchReferenced?: (url: string) => Promise<unknown>;
  /** Progress lines at most this often (default 5 s). */
  progressEveryMs?: number;
  now?: () => number;
}

const MB = 1024 * 1024;
const formatMb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
const count = (n: number): string => n.toLocaleString('en-US');

/** Throws a data error pointing at a file, line and column. */
function dataError(file: string, line: number | undefined, message: string, column?: number): never {
  throw new UserError(`${file}${line === undefined ? '' : ` line ${line}`}: ${message}`, {
    annotation: {
      file,
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
    },
  });
}

/** JSON text that JSON.parse refused: its reason and position (line offset by `firstLine` − 1). */
function jsonError(file: string, text: string, firstLine: number, fix: string): never {
  const problem = findJsonProblem(text);
  const line = firstLine + (problem?.line ?? 1) - 1;
  dataError(file, line, `not valid JSON (${problem?.message ?? 'unreadable'}). ${fix}`, problem?.column);
}

/** A data error of `file`, with the input that named it in front: `Input 'production': data.csv line 3: …`. */
function inInput(error: unknown, input: string, file: string): unknown {
  if (!(error instanceof UserError) || error.annotation?.file !== file) return error;
  return new UserError(`Input '${input}': ${error.message}`, {
    kind: error.kind,
    annotation: error.annotation,
    cause: error.cause,
  });
}

export async function readTable(files: readonly DataFile[], options: ReadOptions): Promise<Table> {
  const { label, log } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const table = new TableBuilder(label);
  const total = files.reduce((sum, file) => sum + (file.size ?? 0), 0);
  let done = 0;
  let lastReport = started;
  let skipped = 0;
  const progress = (bytes: number): void => {
    done += bytes;
    if (now() - lastReport < (options.progressEveryMs ?? 5000)) return;
    lastReport = now();
    const share = total > 0 ? ` of ${formatMb(total)} (${Math.round((100 * done) / total)}%)` : '';
    log.info(
      `[${formatElapsed(now() - started)}] Reading ${label}: ${formatMb(done)}${share}, ${count(table.rowCount)} rows`,
    );
  };
  for (const file of files) {
    options.signal?.throwIfAborted();
    table.startFile(file.name);
    try {
      if (file.format === 'parquet') {
        await readParquet(file, table, progress);
        continue;
      }
      const decoder = new TextDecoder('utf-8');
      if (file.format === 'csv') {
        let header: string[] | undefined;
        let addRow: ((cells: readonly string[]) => void) | undefined;
        const parser = new CsvParser(file.name, (cells, line) => {
          if (header === undefined) {
            header = csvHeader(file.name, cells, line);
            addRow = table.csvRows(header);
            return;
          }
          if (cells.length !== header.length) {
            dataError(
              file.name,
              line,
              `${cells.length} fields where the header has ${header.length}. Fix or remove the row; quote fields ` +
                'that contain commas ("a, b").',
            );
          }
          addRow?.(cells);
        });
        for await (const chunk of file.chunks()) {
          parser.push(decoder.decode(chunk, { stream: true }));
          progress(chunk.byteLength);
          options.signal?.throwIfAborted();
        }
        parser.push(decoder.decode());
        parser.end();
        if (header === undefined)
          dataError(file.name, undefined, 'the file is empty: a CSV file needs a header row.');
        continue;
      }
      if (file.format === 'json') {
        let text = '';
        for await (const chunk of file.chunks()) {
          text += decoder.decode(chunk, { stream: true });
          progress(chunk.byteLength);
        }
        text += decoder.decode();
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          jsonError(file.name, text, 1, `Fix the file: ${SHAPES}.`);
        }
        addRows(table, file.name, undefined, value);
        continue;
      }
      let pending = '';
      let line = 0;
      const handleLine = async (text: string): Promise<void> => {
        line++;
        if (text.trim() === '') return;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          jsonError(
            file.name,
            text,
            line,
            'Each line of a JSON Lines file is one JSON value; fix or remove the line.',
          );
        }
        if (isOutside(value, options.window)) {
          skipped++;
          return;
        }
        addRows(table, file.name, line, await dereference(value, options, file.name, line));
      };
      for await (const chunk of file.chunks()) {
        pending += decoder.decode(chunk, { stream: true });
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const text of lines) await handleLine(text);
        progress(chunk.byteLength);
        options.signal?.throwIfAborted();
      }
      pending += decoder.decode();
      if (pending !== '') await handleLine(pending);
    } catch (error) {
      throw inInput(error, options.input, file.name);
    }
  }
  const built = table.build();
  if (skipped > 0) log.info(`${label}: ${count(skipped)} collected lines outside the window were left out.`);
  log.info(
    `Read ${label}: ${count(built.rowCount)} rows, ${built.columns.size} columns from ${files.length} ` +
      `file${files.length === 1 ? '' : 's'}${total > 0 ? ` (${formatMb(total)})` : ''} in ${formatElapsed(now() - started)}.`,
  );
  return built;
}

function csvHeader(file: string, cells: string[], line: number): string[] {
  const header = cells.map((cell, i) => (cell.trim() === '' ? `Unnamed: ${i}` : cell.trim()));
  const duplicate = header.find((name, i) => header.indexOf(name) !== i);
  if (duplicate !== undefined) {
    dataError(file, line, `the header names column '${duplicate}' twice. Give every column its own name.`);
  }
  return header;
}

function isOutside(value: unknown, window: ReadOptions['window']): boolean {
  if (window === undefined || typeof value !== 'object' || value === null || !('time' in value)) return false;
  const time = Date.parse(String(value.time));
  return !Number.isNaN(time) && (time < window.start.getTime() || time >= window.end.getTime());
}

/** A data collector line stored by reference: its rows, fetched. */
async function dereference(
  value: unknown,
  options: ReadOptions,
  file: string,
  line: number,
): Promise<unknown> {
  if (typeof value !== 'object' || value === null || !('datainblob' in value) || !('data' in value))
    return value;
  if (String(value.datainblob) !== 'true' || typeof value.data !== 'string') return value;
  if (options.fetchReferenced === undefined) {
    dataError(
      file,
      line,
      `the line's data is stored in another blob (${value.data}), which cannot be read here.`,
    );
  }
  return { ...value, data: await options.fetchReferenced(value.data) };
}

function addRows(table: TableBuilder, file: string, line: number | undefined, value: unknown): void {
  const result = rowsOf(value);
  if ('problem' in result)
    dataError(file, line, `expected tabular data, found ${result.problem}. Use ${SHAPES}.`);
  for (const row of result.rows) table.addRecord(row);
}
