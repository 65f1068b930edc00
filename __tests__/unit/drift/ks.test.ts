import { describe, expect, it } from '@jest/globals';
import { ksStatistic, ksTwoSample } from '@aml-actions/drift';
import { reference } from './reference.js';

const sorted = (values: number[]): Float64Array => Float64Array.from(values).sort();

describe('ksTwoSample against scipy.stats.ks_2samp(method="auto")', () => {
  it.each(reference.ks2samp.map((c, i) => [i, c.a.length, c.b.length, c] as const))(
    'case %d (n1=%d, n2=%d): exact p-value',
    (_, _n1, _n2, c) => {
      const result = ksTwoSample(sorted(c.a), sorted(c.b));
      expect(result.method).toBe('exact');
      expect(result.statistic).toBeCloseTo(c.statistic, 12);
      expect(Math.abs(result.pValue - c.pvalue)).toBeLessThanOrEqual(1e-10 + 1e-9 * c.pvalue);
    },
  );

  it('counts ties on both sides at once', () => {
    expect(ksStatistic([1, 1, 2], [1, 2, 2])).toBeCloseTo(1 / 3, 15);
    expect(ksTwoSample([1, 2, 3], [1, 2, 3]).pValue).toBe(1);
  });
});
