/**
 * The model repository's bank-marketing data as the demo uses it: rows of its CSV files (numbers as numbers, as a
 * client sends them), and the same clientele after a change in the market, for the monitoring stages: older clients,
 * interest rates up, every call on a mobile phone. The shifted rows are what production traffic looks like after the
 * change, and, with their labels, the latest labelled data the model is retrained on.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type Row = Record<string, string | number>;

/** What changed in the market, feature by feature (the features drift-check should find). */
export const MARKET_SHIFT = {
  age: 'clients 12 years older',
  euribor3m: 'the 3-month Euribor 1.5 points higher',
  contact: 'every call on a mobile phone',
} as const;

function shift(row: Row): Row {
  return {
    ...row,
    age: Number(row.age) + 12,
    euribor3m: Math.round((Number(row.euribor3m) + 1.5) * 1000) / 1000,
    contact: 'cellular',
  };
}

function dataFile(modelRepo: string, name: 'train' | 'validation'): string {
  return path.join(modelRepo, 'data', 'bank-marketing', `${name}.csv`);
}

/** The rows of data/bank-marketing/<name>.csv, with their label `y`. */
export async function readRows(modelRepo: string, name: 'train' | 'validation'): Promise<Row[]> {
  const text = await readFile(dataFile(modelRepo, name), 'utf8');
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) =>
    Object.fromEntries(
      line
        .split(',')
        .map((value, i) => [
          names[i] ?? '',
          value !== '' && !Number.isNaN(Number(value)) ? Number(value) : value,
        ]),
    ),
  );
}

/** A row without its label: what a client sends to the endpoint. */
export function features(row: Row): Row {
  const { y: _label, ...rest } = row;
  return rest;
}

/** The first `count` training rows after the market change, without labels. */
export async function shiftedTraffic(modelRepo: string, count: number): Promise<Row[]> {
  return (await readRows(modelRepo, 'train')).slice(0, count).map((row) => features(shift(row)));
}

/**
 * The latest labelled data: train.csv and validation.csv after the market change, written to `folder` in the layout
 * the training job reads (its `training_data` input).
 */
export async function writeShiftedTrainingData(modelRepo: string, folder: string): Promise<number> {
  await mkdir(folder, { recursive: true });
  let count = 0;
  for (const name of ['train', 'validation'] as const) {
    const [header = ''] = (await readFile(dataFile(modelRepo, name), 'utf8')).split(/\r?\n/, 1);
    const columns = header.split(',');
    const rows = (await readRows(modelRepo, name)).map(shift);
    const lines = rows.map((row) => columns.map((column) => String(row[column] ?? '')).join(','));
    await writeFile(path.join(folder, `${name}.csv`), `${[header, ...lines].join('\n')}\n`);
    count += rows.length;
  }
  return count;
}
