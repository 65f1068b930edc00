/** compareTables on real datasets, every metric against the scipy reference (scripts/drift-reference.py). */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { compareTables, type DriftResult, type MetricName, type Table } from '@aml-actions/drift';
import { datasetPath, metricValue, readLocal, reference } from './reference.js';

const RUNS: [MetricName, MetricName][] = [
  ['jensen_shannon_distance', 'jensen_shannon_distance'],
  ['normalized_wasserstein_distance', 'population_stability_index'],
  ['population_stability_index', 'pearsons_chi_squared_test'],
  ['two_sample_kolmogorov_smirnov_test', 'jensen_shannon_distance'],
];

describe.each(reference.comparisons.map((c) => [c.name, c] as const))('%s', (_, comparison) => {
  const tables: { baseline?: Table; production?: Table } = {};
  const results: DriftResult[] = [];
  beforeAll(async () => {
    tables.baseline = await readLocal(datasetPath(comparison.baseline), 'baseline');
    tables.production = await readLocal(datasetPath(comparison.production), 'production');
    for (const [numerical, categorical] of RUNS) {
      results.push(
        compareTables(tables.baseline, tables.production, { metrics: { numerical, categorical } }),
      );
    }
  });

  it('infers the same types and drops the same rows as the reference', () => {
    const [first] = results;
    expect(first?.rows).toEqual(comparison.rows);
    expect(Object.fromEntries(first?.features.map((f) => [f.feature, f.type]) ?? [])).toEqual(
      Object.fromEntries(Object.entries(comparison.features).map(([name, f]) => [name, f.type])),
    );
  });

  it('computes every metric as scipy does', () => {
    let checked = 0;
    for (const result of results) {
      for (const feature of result.features) {
        const expected = comparison.features[feature.feature];
        if (expected === undefined) throw new Error(`no reference for ${feature.feature}`);
        const want = metricValue(expected, feature.metric);
        // KS beyond 10,000 rows: Pelz-Good where scipy uses the Durbin matrix (see kolmogorov.ts).
        const tolerance = feature.pValueMethod === 'asymptotic' ? 1e-6 : 1e-9 + 1e-9 * Math.abs(want);
        expect({ feature: feature.feature, metric: feature.metric, value: feature.value }).toEqual({
          feature: feature.feature,
          metric: feature.metric,
          value: Math.abs(feature.value - want) <= tolerance ? feature.value : want,
        });
        if (feature.bins !== undefined) expect(feature.bins).toBe(expected.bins);
        if (feature.categories !== undefined) expect(feature.categories).toBe(expected.categories);
        checked++;
      }
    }
    expect(checked).toBe(RUNS.length * Object.keys(comparison.features).length);
  });
});
