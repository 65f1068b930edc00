/** The two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp(a, b, method='auto'). */
import { exactKsPValue } from './ks-exact.js';
import { kolmogorovSf } from './kolmogorov.js';

/** scipy's 'auto': exact when the larger sample has at most this many values. */
export const KS_EXACT_MAX_N = 10_000;

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** max |F₁(x) − F₂(x)| over the pooled values, for two ascending arrays. */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n1 && j < n2) {
    const x = Math.min(a[i] ?? 0, b[j] ?? 0);
    while (i < n1 && a[i] === x) i++;
    while (j < n2 && b[j] === x) j++;
    const diff = Math.abs(i / n1 - j / n2);
    if (diff > d) d = diff;
  }
  return d;
}

/** Both arrays ascending and non-empty. */
export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>): KsResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new Error('ksTwoSample: both samples need values');
  const d = ksStatistic(a, b);
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const exact = exactKsPValue(n1, n2, d);
    if (exact.pValue !== undefined) {
      return { statistic: exact.statistic, pValue: exact.pValue, method: 'exact' };
    }
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  return { statistic: d, pValue: kolmogorovSf(Math.round((m * n) / (m + n)), d), method: 'asymptotic' };
}
