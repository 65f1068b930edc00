/**
 * Which columns are compared, and as what: the features named by the user (or every column both datasets have,
 * timestamps left out), typed by Azure ML's rules on the baseline unless the user says otherwise.
 */
import { UserError, didYouMean } from '@aml-actions/action-kit';
import type { Column } from './data/column.js';
import { columnOf, type Table } from './data/table.js';
import type { FeatureType } from './metrics.js';

/** Azure ML: an integer column is categorical when distinct values / values < 0.05. */
export const INTEGER_CATEGORICAL_RATIO = 0.05;

export interface FeatureSelection {
  /** Compare exactly these columns (default: every column in both datasets, timestamps left out). */
  features?: readonly string[];
  categorical?: readonly string[];
  numerical?: readonly string[];
}

export interface SelectedFeature {
  name: string;
  type: FeatureType;
  /** How the type was chosen, for the report: `categorical-features`, `float values`, `integers, 3 distinct …`. */
  typeReason: string;
}

export interface Skipped {
  name: string;
  reason: string;
}

const filesOf = (table: Table): string => table.files.join(', ');

function distinctShare(column: Column): { distinct: number; share: number } {
  const seen = new Set<number>();
  for (const value of column.numbers) if (!Number.isNaN(value)) seen.add(value);
  return { distinct: seen.size, share: seen.size / Math.max(1, column.stats.number) };
}

/** The type of a baseline column by Azure ML's rules (df_utils.py). */
export function inferType(column: Column): { type: FeatureType; reason: string } {
  const { stats } = column;
  if (stats.text + stats.boolean + stats.timestamp > 0) {
    const kinds = [
      stats.text > 0 ? 'text' : '',
      stats.boolean > 0 ? 'booleans' : '',
      stats.timestamp > 0 ? 'timestamps' : '',
    ].filter((kind) => kind !== '');
    return { type: 'categorical', reason: kinds.join(' and ') };
  }
  if (stats.integers < stats.number) return { type: 'numerical', reason: 'decimal numbers' };
  const { distinct, share } = distinctShare(column);
  const ratio = `${distinct} distinct of ${stats.number} integers`;
  return share < INTEGER_CATEGORICAL_RATIO
    ? { type: 'categorical', reason: `${ratio} (< ${INTEGER_CATEGORICAL_RATIO * 100}%)` }
    : { type: 'numerical', reason: `${ratio} (≥ ${INTEGER_CATEGORICAL_RATIO * 100}%)` };
}

function missingFeature(input: string, name: string, table: Table): UserError {
  const columns = [...table.columns.keys()];
  const hint = didYouMean(name, columns);
  return new UserError(
    `Input '${input}' names feature '${name}', which ${table.label} (${filesOf(table)}) has no column for` +
      `${hint === '' ? '.' : `: ${hint}`} Its columns: ${columns.join(', ')}. Name only columns both datasets have.`,
  );
}

export function selectFeatures(
  baseline: Table,
  production: Table,
  selection: FeatureSelection,
): { features: SelectedFeature[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  let names: string[];
  if (selection.features !== undefined && selection.features.length > 0) {
    for (const name of selection.features) {
      for (const table of [baseline, production]) {
        if (!table.columns.has(name)) throw missingFeature('features', name, table);
      }
    }
    names = [...new Set(selection.features)];
  } else {
    names = [];
    for (const [name, column] of baseline.columns) {
      if (!production.columns.has(name)) skipped.push({ name, reason: `not in ${production.label}` });
      else if (column.stats.timestamp > 0)
        skipped.push({ name, reason: 'timestamps (name it in features to compare it)' });
      else names.push(name);
    }
    for (const name of production.columns.keys()) {
      if (!baseline.columns.has(name)) skipped.push({ name, reason: `not in ${baseline.label}` });
    }
    if (names.length === 0) {
      throw new UserError(
        `${baseline.label} (${filesOf(baseline)}) and ${production.label} (${filesOf(production)}) have no column ` +
          `in common: baseline has ${[...baseline.columns.keys()].join(', ')}; production has ` +
          `${[...production.columns.keys()].join(', ')}. Compare data with the same feature columns.`,
      );
    }
  }
  for (const [input, list] of [
    ['categorical-features', selection.categorical],
    ['numerical-features', selection.numerical],
  ] as const) {
    for (const name of list ?? []) {
      if (!names.includes(name)) {
        const hint = didYouMean(name, names);
        throw new UserError(
          `Input '${input}' names '${name}', which is not a compared feature${hint === '' ? '' : ` (${hint})`}. ` +
            `Compared features: ${names.join(', ')}.`,
        );
      }
    }
  }
  const both = (selection.categorical ?? []).find((name) => selection.numerical?.includes(name));
  if (both !== undefined) {
    throw new UserError(
      `Feature '${both}' is in both categorical-features and numerical-features; name it in one of them.`,
    );
  }
  const features = names.map((name): SelectedFeature => {
    const column = columnOf(baseline, name);
    if (column.stats.null === column.length) {
      throw new UserError(
        `Column '${name}' of ${baseline.label} (${filesOf(baseline)}) is empty (every value is null). ` +
          'Leave it out with the features input, or fix the data.',
      );
    }
    if (selection.categorical?.includes(name)) {
      return { name, type: 'categorical', typeReason: 'categorical-features' };
    }
    if (selection.numerical?.includes(name)) {
      if (column.stats.text + column.stats.boolean + column.stats.timestamp > 0) {
        throw new UserError(
          `Input 'numerical-features' names '${name}', but ${baseline.label} holds values in it that are not ` +
            `numbers (e.g. '${column.texts?.find((t) => t !== undefined) ?? ''}'). Treat it as categorical instead.`,
        );
      }
      return { name, type: 'numerical', typeReason: 'numerical-features' };
    }
    const inferred = inferType(column);
    return { name, type: inferred.type, typeReason: inferred.reason };
  });
  return { features, skipped };
}
