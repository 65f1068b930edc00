/** Pearson's chi-squared goodness-of-fit test, as scipy.stats.chisquare (ddof 0). */
import { gammaQ } from './special.js';

/** The chi-squared distribution's survival function, scipy.stats.chi2.sf(x, df). */
export function chiSquaredSf(x: number, df: number): number {
  if (df <= 0 || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}

export interface ChiSquaredResult {
  statistic: number;
  df: number;
  pValue: number;
}

/**
 * Σ (O − E)² / E over the categories, df = k − 1, p = chi2.sf(statistic, df). The expected counts must sum to the
 * observed total (as scipy requires). An expected count of 0 with observations gives an infinite statistic and
 * p = 0, as scipy does; a single category is no evidence of a difference (p = 1).
 */
export function chiSquaredTest(observed: ArrayLike<number>, expected: ArrayLike<number>): ChiSquaredResult {
  const k = observed.length;
  let statistic = 0;
  for (let i = 0; i < k; i++) {
    const o = observed[i] ?? 0;
    const e = expected[i] ?? 0;
    if (e === 0) statistic += o === 0 ? 0 : Number.POSITIVE_INFINITY;
    else statistic += ((o - e) * (o - e)) / e;
  }
  const df = k - 1;
  if (df < 1) return { statistic, df, pValue: 1 };
  return { statistic, df, pValue: statistic === Number.POSITIVE_INFINITY ? 0 : chiSquaredSf(statistic, df) };
}
