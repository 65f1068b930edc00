/** The scipy reference values (scripts/drift-reference.py) and the data they were computed on. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nullLogger } from '@aml-actions/action-kit';
import { localDataFiles, readTable, type MetricName, type Table } from '@aml-actions/drift';
import { sharedPath } from '../../shared-dir.js';

export const FIXTURES = path.resolve('__tests__/unit/drift/fixtures');
export const DATASETS = sharedPath('fixtures/datasets');

export interface FeatureReference {
  type: 'numerical' | 'categorical';
  bins?: number;
  categories?: number;
  ks_statistic?: number;
  [metric: string]: unknown;
}

export interface Reference {
  comparisons: {
    name: string;
    baseline: string;
    production: string;
    rows: { baseline: number; production: number; baselineUsed: number; productionUsed: number };
    features: Record<string, FeatureReference>;
  }[];
  ks2samp: { a: number[]; b: number[]; statistic: number; pvalue: number }[];
  kstwo: { n: number; d: number; sf: number }[];
  chi2: { x: number; df: number; sf: number }[];
}

export const reference = JSON.parse(
  readFileSync(path.join(FIXTURES, 'scipy-reference.json'), 'utf8'),
) as Reference;

/** A dataset named in the reference: `fixtures:<file>` or a path under the shared datasets. */
export function datasetPath(name: string): string {
  return name.startsWith('fixtures:')
    ? path.join(FIXTURES, name.slice('fixtures:'.length))
    : path.join(DATASETS, name);
}

export async function readLocal(location: string, label = 'baseline'): Promise<Table> {
  return readTable(await localDataFiles(location, label), { label, input: label, log: nullLogger });
}

export const metricValue = (feature: FeatureReference, metric: MetricName): number =>
  feature[metric] as number;
