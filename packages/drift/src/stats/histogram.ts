/** Azure ML's binning of numerical features: Sturges on the smaller dataset, equal width over the combined range. */

/** ⌈log₂(min(n_baseline, n_production)) + 1⌉. */
export function sturgesBinCount(baselineCount: number, productionCount: number): number {
  return Math.ceil(Math.log2(Math.min(baselineCount, productionCount)) + 1);
}

/** k equal-width bins over [min, max] (k + 1 edges); one bin when the range is empty. */
export function equalWidthEdges(min: number, max: number, k: number): Float64Array {
  if (min === max) return Float64Array.of(min, max);
  const width = (max - min) / k;
  const edges = new Float64Array(k + 1);
  for (let b = 0; b <= k; b++) edges[b] = min + b * width;
  edges[k] = max;
  return edges;
}

/** Counts per bin: [e_i, e_{i+1}), the last bin closed (numpy.histogram, Spark's rdd.histogram). */
export function histogramCounts(values: Iterable<number>, edges: Float64Array): Float64Array {
  const k = Math.max(1, edges.length - 1);
  const counts = new Float64Array(k);
  for (const x of values) {
    let lo = 0;
    let hi = k;
    // The bin is the last edge ≤ x, kept within 0 … k − 1 (x = max falls in the last bin).
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((edges[mid] ?? 0) <= x) lo = mid;
      else hi = mid;
    }
    counts[lo] = (counts[lo] ?? 0) + 1;
  }
  return counts;
}
