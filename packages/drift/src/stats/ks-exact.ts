/**
 * The exact two-sided p-value of the two-sample Kolmogorov-Smirnov statistic, ported from scipy
 * (`_compute_prob_outside_square` for equal sizes, `_compute_outer_prob_inside_method` otherwise: Hodges' lattice
 * path count with Viehmann's recursion for 1 − p).
 */

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Pr(D_{n,n} ≥ h/n): the share of paths that leave the band |x − y| < h. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/** The share of lattice paths from (0,0) to (m,n) that do not stay strictly inside |x/m − y/n| < h/lcm. */
function outerProbInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = ((a[jj + minj - lastminj] ?? 0) * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1] ?? Number.NaN;
}

export interface ExactKs {
  /** The statistic rounded to the lattice (h / lcm(n1, n2)), as scipy reports it. */
  statistic: number;
  /** undefined when the exact computation fails (scipy then falls back to the asymptotic distribution). */
  pValue: number | undefined;
}

/** scipy's `_attempt_exact_2kssamp` for the two-sided alternative. */
export function exactKsPValue(n1: number, n2: number, d: number): ExactKs {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { statistic, pValue: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
  return { statistic, pValue: Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined };
}
