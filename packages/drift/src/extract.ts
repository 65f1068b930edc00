/**
 * The values compared, after Azure ML's row-wise null drop: a row with a null (or a value of the wrong type) in
 * any compared feature is left out of every feature. Also counts each feature's nulls and type errors.
 */
import { UserError } from '@aml-actions/action-kit';
import type { Column } from './data/column.js';
import { columnOf, type Table } from './data/table.js';
import type { SelectedFeature } from './features.js';

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

export interface FeatureValues {
  /** Numerical features: the kept values. */
  numbers?: Float64Array;
  /** Categorical features: the count of each value (as text) in the kept rows. */
  counts?: Map<string, number>;
  /** Share of all rows that are null in this feature. */
  nullRate: number;
  /** Share of all rows whose value has the wrong type (text in a numerical feature). */
  typeErrorRate: number;
}

export interface ExtractedTable {
  rowCount: number;
  /** Rows left after the null drop. */
  keptRows: number;
  values: Map<string, FeatureValues>;
}

/** Marks the rows where the feature is null or mistyped (keep[row] = 0); returns how many of each. */
function markMissing(
  column: Column,
  type: SelectedFeature['type'],
  keep: Uint8Array,
): { nulls: number; typeErrors: number } {
  const { numbers, texts } = column;
  let nulls = 0;
  let typeErrors = 0;
  for (let row = 0; row < keep.length; row++) {
    if (!Number.isNaN(numbers[row] ?? Number.NaN)) continue;
    const text = texts?.[row];
    if (text === undefined) nulls++;
    else if (type === 'categorical' || NUMBER.test(text)) continue;
    else typeErrors++;
    keep[row] = 0;
  }
  return { nulls, typeErrors };
}

function keptNumbers(column: Column, keep: Uint8Array, kept: number): Float64Array {
  const out = new Float64Array(kept);
  let i = 0;
  for (let row = 0; row < keep.length; row++) {
    if (keep[row] === 0) continue;
    const n = column.numbers[row] ?? Number.NaN;
    out[i++] = Number.isNaN(n) ? Number(column.texts?.[row]) : n;
  }
  return out;
}

/** Counts by value; numbers are counted by value first and named by their shortest text at the end. */
function keptCounts(column: Column, keep: Uint8Array): Map<string, number> {
  const counts = new Map<string, number>();
  const numberCounts = new Map<number, number>();
  for (let row = 0; row < keep.length; row++) {
    if (keep[row] === 0) continue;
    const text = column.texts?.[row];
    if (text === undefined) {
      const n = column.numbers[row] ?? 0;
      numberCounts.set(n, (numberCounts.get(n) ?? 0) + 1);
    } else counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  for (const [n, count] of numberCounts) {
    const key = String(n);
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

export function extractFeatures(table: Table, features: readonly SelectedFeature[]): ExtractedTable {
  const n = table.rowCount;
  const keep = new Uint8Array(n).fill(1);
  const quality = new Map(
    features.map((feature) => [feature.name, markMissing(columnOf(table, feature.name), feature.type, keep)]),
  );
  let kept = 0;
  for (let row = 0; row < n; row++) kept += keep[row] ?? 0;
  if (kept === 0) {
    const worst = [...quality.entries()]
      .sort(([, a], [, b]) => b.nulls + b.typeErrors - (a.nulls + a.typeErrors))
      .slice(0, 3)
      .map(([name, q]) => `${name} (${q.nulls} nulls, ${q.typeErrors} wrong types)`);
    throw new UserError(
      `${table.label} (${table.files.join(', ')}) has no row left after dropping the rows with a null or a value ` +
        `of the wrong type in a compared feature (${n} rows read; most affected: ${worst.join(', ')}). ` +
        'Leave those features out with the features input, or fix the data.',
    );
  }
  const values = new Map<string, FeatureValues>();
  for (const feature of features) {
    const column = columnOf(table, feature.name);
    const q = quality.get(feature.name) ?? { nulls: 0, typeErrors: 0 };
    const base = { nullRate: q.nulls / n, typeErrorRate: q.typeErrors / n };
    values.set(
      feature.name,
      feature.type === 'numerical'
        ? { ...base, numbers: keptNumbers(column, keep, kept) }
        : { ...base, counts: keptCounts(column, keep) },
    );
  }
  return { rowCount: n, keptRows: kept, values };
}
