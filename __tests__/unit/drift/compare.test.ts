/** Feature selection, type inference, the row-wise null drop, data quality, binning and alert directions. */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import {
  TableBuilder,
  breaches,
  compareTables,
  equalWidthEdges,
  histogramCounts,
  inferType,
  metricNamed,
  sturgesBinCount,
  type Table,
} from '@aml-actions/drift';

function table(label: string, rows: Record<string, unknown>[]): Table {
  const builder = new TableBuilder(label);
  builder.startFile(`${label}.jsonl`);
  for (const row of rows) builder.addRecord(row);
  return builder.build();
}

const range = (n: number, f: (i: number) => Record<string, unknown>): Record<string, unknown>[] =>
  Array.from({ length: n }, (_, i) => f(i));

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('inferType (Azure ML rules)', () => {
  it.each([
    ['text', [{ x: 'a' }, { x: 'b' }], 'categorical', 'text'],
    ['booleans', [{ x: true }, { x: false }], 'categorical', 'booleans'],
    ['decimals', [{ x: 1.5 }, { x: 2 }], 'numerical', 'decimal numbers'],
    [
      'many distinct integers',
      range(40, (i) => ({ x: i })),
      'numerical',
      '40 distinct of 40 integers (≥ 5%)',
    ],
    [
      'few distinct integers',
      range(100, (i) => ({ x: i % 4 })),
      'categorical',
      '4 distinct of 100 integers (< 5%)',
    ],
  ])('%s', (_, rows, type, reason) => {
    const column = table('baseline', rows).columns.get('x');
    if (column === undefined) throw new Error('no column');
    expect(inferType(column)).toEqual({ type, reason });
  });
});

describe('histograms', () => {
  it("uses Sturges' rule on the smaller dataset and closes the last bin", () => {
    expect(sturgesBinCount(1000, 100)).toBe(Math.ceil(Math.log2(100) + 1));
    const edges = equalWidthEdges(0, 10, 4);
    expect(Array.from(edges)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(Array.from(histogramCounts([0, 2.5, 2.4, 9.99, 10], edges))).toEqual([2, 1, 0, 2]);
    expect(Array.from(histogramCounts([3, 3], equalWidthEdges(3, 3, 5)))).toEqual([2]);
  });
});

describe('metrics', () => {
  it('reads names and aliases, and alerts in the direction of the metric', () => {
    expect(metricNamed('NWD')).toBe('normalized_wasserstein_distance');
    expect(metricNamed('pearsons-chi-squared-test')).toBe('pearsons_chi_squared_test');
    expect(metricNamed('kl')).toBeUndefined();
    expect(breaches('jensen_shannon_distance', 0.1, 0.1)).toBe(false);
    expect(breaches('jensen_shannon_distance', 0.11, 0.1)).toBe(true);
    expect(breaches('two_sample_kolmogorov_smirnov_test', 0.05, 0.05)).toBe(false);
    expect(breaches('two_sample_kolmogorov_smirnov_test', 0.01, 0.05)).toBe(true);
  });
});

describe('compareTables', () => {
  const baseline = table(
    'baseline',
    range(200, (i) => ({
      num: i / 10,
      cat: ['a', 'b', 'c'][i % 3],
      target: i % 2,
      when: new Date(i * 1000),
    })),
  );

  it('compares the common columns, drops rows with a null, and reports data quality', () => {
    const production = table('production', [
      ...range(100, (i) => ({ num: i / 10 + 30, cat: ['a', 'b', 'd'][i % 3], when: new Date(i) })),
      { num: null, cat: 'a' },
      { num: 'oops', cat: 'b' },
      { num: '5.5', cat: null },
    ]);
    const result = compareTables(baseline, production);
    expect(result.skipped).toEqual([
      { name: 'target', reason: 'not in production' },
      { name: 'when', reason: 'timestamps (name it in features to compare it)' },
    ]);
    expect(result.rows).toEqual({ baseline: 200, production: 103, baselineUsed: 200, productionUsed: 100 });
    const [num, cat] = result.features;
    expect(num).toMatchObject({
      feature: 'num',
      type: 'numerical',
      metric: 'normalized_wasserstein_distance',
      drifted: true,
    });
    expect(num?.production).toMatchObject({ nullRate: 1 / 103, typeErrorRate: 1 / 103 });
    // Values above the baseline's maximum (19.9): 30 … 39.9 are all out of bounds.
    expect(num?.production.outOfBoundsRate).toBe(1);
    expect(cat).toMatchObject({
      feature: 'cat',
      type: 'categorical',
      metric: 'jensen_shannon_distance',
      categories: 4,
    });
    expect(cat?.production.outOfBoundsRate).toBeCloseTo(33 / 100, 12);
    expect(result.drifted).toEqual(['num', 'cat']);
    expect(result.driftShare).toBe(1);
  });

  it('takes metrics and thresholds per type, metric and feature', () => {
    const production = table(
      'production',
      range(200, (i) => ({ num: i / 10 + 0.5, cat: ['a', 'b', 'c'][i % 3] })),
    );
    const result = compareTables(baseline, production, {
      metrics: {
        numerical: 'two_sample_kolmogorov_smirnov_test',
        features: { cat: 'pearsons_chi_squared_test' },
      },
      thresholds: { metrics: { two_sample_kolmogorov_smirnov_test: 0.01 }, features: { cat: 0.5 } },
    });
    expect(result.features.map((f) => [f.feature, f.metric, f.threshold, f.pValueMethod])).toEqual([
      ['num', 'two_sample_kolmogorov_smirnov_test', 0.01, 'exact'],
      ['cat', 'pearsons_chi_squared_test', 0.5, undefined],
    ]);
    expect(result.features[1]?.value).toBe(1);
    expect(result.drifted).toEqual([]);
  });

  it('refuses a metric that does not fit the feature type, naming the input', () => {
    const error = thrown(() =>
      compareTables(baseline, baseline, {
        metrics: { features: { cat: 'normalized_wasserstein_distance' } },
      }),
    );
    expect(error.message).toContain(
      "Input 'metrics' asks for normalized_wasserstein_distance on feature 'cat'",
    );
  });

  it('names a feature missing from one dataset, with a suggestion', () => {
    const production = table('production', [{ num: 1, cat: 'a' }]);
    const error = thrown(() => compareTables(baseline, production, { features: ['num', 'targt'] }));
    expect(error.message).toBe(
      "Input 'features' names feature 'targt', which baseline (baseline.jsonl) has no column for: did you mean " +
        "'target'? Its columns: num, cat, target, when. Name only columns both datasets have.",
    );
  });

  it('explains a dataset left empty by the null drop, and datasets without common columns', () => {
    const production = table('production', [{ num: null, cat: 'a' }]);
    expect(thrown(() => compareTables(baseline, production)).message).toMatch(
      /^production \(production\.jsonl\) has no row left after dropping the rows with a null .+ num \(1 nulls, 0 wrong types\)/,
    );
    expect(thrown(() => compareTables(baseline, table('production', [{ other: 1 }]))).message).toContain(
      'have no column in common',
    );
  });

  it('applies categorical-features and numerical-features', () => {
    const result = compareTables(baseline, baseline, {
      categorical: ['num'],
      numerical: ['target'],
      features: ['num', 'target'],
    });
    expect(result.features.map((f) => [f.feature, f.type, f.typeReason, f.value])).toEqual([
      ['num', 'categorical', 'categorical-features', 0],
      ['target', 'numerical', 'numerical-features', 0],
    ]);
    expect(thrown(() => compareTables(baseline, baseline, { numerical: ['cat'] })).message).toContain(
      "Input 'numerical-features' names 'cat', but baseline holds values in it that are not numbers (e.g. 'a')",
    );
  });
});
