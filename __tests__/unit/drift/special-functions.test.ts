import { describe, expect, it } from '@jest/globals';
import { chiSquaredSf, chiSquaredTest, kolmogorovSf, logGamma } from '@aml-actions/drift';
import { reference } from './reference.js';

/** |actual − expected| within a relative tolerance, or an absolute one for values near 0. */
function expectClose(actual: number, expected: number, relative: number, absolute = 1e-300): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(absolute, relative * Math.abs(expected)));
}

describe('chiSquaredSf (regularized upper gamma) against scipy.stats.chi2.sf', () => {
  it.each(reference.chi2.map((c) => [c.x, c.df, c.sf]))('x=%d df=%d', (x, df, sf) => {
    expectClose(chiSquaredSf(x, df), sf, 1e-9);
  });

  it('logGamma matches factorials', () => {
    expectClose(logGamma(11), Math.log(3628800), 1e-14);
    expectClose(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-14);
  });
});

describe('chiSquaredTest', () => {
  it('gives p = 0 for a category the expectation has none of, and p = 1 for one category', () => {
    expect(chiSquaredTest([5, 5], [10, 0]).pValue).toBe(0);
    expect(chiSquaredTest([7], [7]).pValue).toBe(1);
  });
});

describe('kolmogorovSf against scipy.stats.kstwo.sf', () => {
  // Exact where scipy is exact (Ruben-Gambino, 2 × Smirnov for n·d² ≥ 2.2); Pelz-Good elsewhere, where scipy uses
  // the Durbin matrix for small n·d^1.5 or Pomeranz for n ≤ 140: agreement within 1e-4 in p there.
  it.each(reference.kstwo.map((c) => [c.n, c.d, c.sf]))('n=%d d=%d', (n, d, sf) => {
    const exactBranch = n * d * d >= 4 || (n > 140 && n * d * d >= 2.2);
    if (exactBranch) expectClose(kolmogorovSf(n, d), sf, 1e-8, 1e-300);
    else expect(Math.abs(kolmogorovSf(n, d) - sf)).toBeLessThan(1e-4);
  });
});
