/** Distances between two distributions: Jensen-Shannon (base 2), PSI (Laplace-smoothed), Wasserstein-1. */

/** Arrays and typed arrays of numbers. */
export type Numbers = ArrayLike<number> & Iterable<number>;

/** scipy.spatial.distance.jensenshannon(p, q, base=2) of two count (or weight) vectors: in [0, 1]. */
export function jensenShannonDistance(p: Numbers, q: Numbers): number {
  let sp = 0;
  let sq = 0;
  for (const v of p) sp += v;
  for (const v of q) sq += v;
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = (p[i] ?? 0) / sp;
    const qi = (q[i] ?? 0) / sq;
    const m = (pi + qi) / 2;
    if (pi > 0) divergence += pi * Math.log(pi / m);
    if (qi > 0) divergence += qi * Math.log(qi / m);
  }
  return Math.sqrt(Math.max(0, divergence / 2 / Math.LN2));
}

/**
 * Population stability index with Laplace smoothing (Azure ML): each side's share of bin i is
 * (count_i + 1) / (n + k); PSI = Σ (prod_i − base_i) · ln(prod_i / base_i).
 */
export function populationStabilityIndex(baseline: ArrayLike<number>, production: ArrayLike<number>): number {
  const k = baseline.length;
  let nb = 0;
  let np = 0;
  for (let i = 0; i < k; i++) {
    nb += baseline[i] ?? 0;
    np += production[i] ?? 0;
  }
  let psi = 0;
  for (let i = 0; i < k; i++) {
    const b = ((baseline[i] ?? 0) + 1) / (nb + k);
    const p = ((production[i] ?? 0) + 1) / (np + k);
    psi += (p - b) * Math.log(p / b);
  }
  return psi;
}

/** scipy.stats.wasserstein_distance(a, b) of two ascending arrays: ∫ |U(x) − V(x)| dx. */
export function wassersteinDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let previous = Math.min(a[0] ?? 0, b[0] ?? 0);
  let total = 0;
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && (a[i] ?? 0) <= (b[j] ?? 0)) ? (a[i] ?? 0) : (b[j] ?? 0);
    total += Math.abs(i / n1 - j / n2) * (x - previous);
    previous = x;
    while (i < n1 && a[i] === x) i++;
    while (j < n2 && b[j] === x) j++;
  }
  return total;
}

/** Sample standard deviation (ddof = 1), as Spark's stddev; 0 for fewer than two values. */
export function sampleStd(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] ?? 0;
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] ?? 0) - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / (n - 1));
}

/** Azure ML's normalized Wasserstein distance: W₁(baseline, production) / max(std(baseline, ddof=1), 0.001). */
export function normalizedWassersteinDistance(
  baseline: ArrayLike<number>,
  production: ArrayLike<number>,
): number {
  return wassersteinDistance(baseline, production) / Math.max(sampleStd(baseline), 0.001);
}
