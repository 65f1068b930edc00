/** Per-feature drift between a baseline and a production table, with data quality, by Azure ML's conventions. */
import { UserError } from '@aml-actions/action-kit';
import type { Table } from './data/table.js';
import { extractFeatures, type FeatureValues } from './extract.js';
import { selectFeatures, type FeatureSelection, type Skipped } from './features.js';
import { DEFAULT_METRICS, METRICS, breaches, type FeatureType, type MetricName } from './metrics.js';
import { chiSquaredTest } from './stats/chi-squared.js';
import {
  jensenShannonDistance,
  normalizedWassersteinDistance,
  populationStabilityIndex,
} from './stats/distances.js';
import { equalWidthEdges, histogramCounts, sturgesBinCount } from './stats/histogram.js';
import { ksTwoSample } from './stats/ks.js';

export interface CompareOptions extends FeatureSelection {
  /** Metric per feature type (default: DEFAULT_METRICS) and per feature. */
  metrics?: {
    numerical?: MetricName;
    categorical?: MetricName;
    features?: Readonly<Record<string, MetricName>>;
  };
  /** Threshold per metric (default: the metric's) and per feature. */
  thresholds?: {
    metrics?: Partial<Readonly<Record<MetricName, number>>>;
    features?: Readonly<Record<string, number>>;
  };
}

export interface FeatureDrift {
  feature: string;
  type: FeatureType;
  typeReason: string;
  metric: MetricName;
  value: number;
  threshold: number;
  drifted: boolean;
  /** Numerical histograms (JSD, PSI): bin count by Sturges' rule on the smaller dataset. */
  bins?: number;
  /** Categorical features: categories in either dataset. */
  categories?: number;
  /** KS: scipy's exact or asymptotic p-value. */
  pValueMethod?: 'exact' | 'asymptotic';
  baseline: SideSummary;
  production: SideSummary & { outOfBoundsRate: number };
}

export interface SideSummary {
  nullRate: number;
  typeErrorRate: number;
  /** Numerical: mean, min and max of the kept values. */
  mean?: number;
  min?: number;
  max?: number;
  /** Categorical: the most frequent value and its share. */
  top?: { value: string; share: number };
}

export interface DriftResult {
  features: FeatureDrift[];
  drifted: string[];
  /** Drifted features / compared features. */
  driftShare: number;
  rows: { baseline: number; production: number; baselineUsed: number; productionUsed: number };
  skipped: Skipped[];
}

function range(values: Float64Array): { min: number; max: number; mean: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  return { min, max, mean: sum / values.length };
}

interface Measured {
  value: number;
  bins?: number;
  categories?: number;
  pValueMethod?: 'exact' | 'asymptotic';
  baseline: SideSummary;
  production: SideSummary & { outOfBoundsRate: number };
}

function numerical(metric: MetricName, base: FeatureValues, prod: FeatureValues): Measured {
  const b = base.numbers ?? new Float64Array();
  const p = prod.numbers ?? new Float64Array();
  const rb = range(b);
  const rp = range(p);
  let outside = 0;
  for (const v of p) if (v < rb.min || v > rb.max) outside++;
  const sides = {
    baseline: { nullRate: base.nullRate, typeErrorRate: base.typeErrorRate, ...rb },
    production: {
      nullRate: prod.nullRate,
      typeErrorRate: prod.typeErrorRate,
      ...rp,
      outOfBoundsRate: outside / p.length,
    },
  };
  if (metric === 'normalized_wasserstein_distance' || metric === 'two_sample_kolmogorov_smirnov_test') {
    // The extracted arrays belong to this comparison: sorted in place.
    const sb = b.sort();
    const sp = p.sort();
    if (metric === 'normalized_wasserstein_distance') {
      return { value: normalizedWassersteinDistance(sb, sp), ...sides };
    }
    const ks = ksTwoSample(sb, sp);
    return { value: ks.pValue, pValueMethod: ks.method, ...sides };
  }
  const bins = sturgesBinCount(b.length, p.length);
  const edges = equalWidthEdges(Math.min(rb.min, rp.min), Math.max(rb.max, rp.max), bins);
  const hb = histogramCounts(b, edges);
  const hp = histogramCounts(p, edges);
  const value =
    metric === 'population_stability_index'
      ? populationStabilityIndex(hb, hp)
      : jensenShannonDistance(hb, hp);
  return { value, bins: edges.length - 1, ...sides };
}

function top(counts: Map<string, number>, total: number): { value: string; share: number } | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best === undefined ? undefined : { value: best[0], share: best[1] / total };
}

function categorical(metric: MetricName, base: FeatureValues, prod: FeatureValues): Measured {
  const cb = base.counts ?? new Map<string, number>();
  const cp = prod.counts ?? new Map<string, number>();
  const categories = [...new Set([...cb.keys(), ...cp.keys()])];
  const hb = Float64Array.from(categories, (c) => cb.get(c) ?? 0);
  const hp = Float64Array.from(categories, (c) => cp.get(c) ?? 0);
  let nb = 0;
  let np = 0;
  let outside = 0;
  for (const count of cb.values()) nb += count;
  for (const [category, count] of cp) {
    np += count;
    if (!cb.has(category)) outside += count;
  }
  const sides = {
    baseline: { nullRate: base.nullRate, typeErrorRate: base.typeErrorRate, top: top(cb, nb) },
    production: {
      nullRate: prod.nullRate,
      typeErrorRate: prod.typeErrorRate,
      top: top(cp, np),
      outOfBoundsRate: outside / np,
    },
  };
  let value: number;
  if (metric === 'pearsons_chi_squared_test') {
    const expected = hb.map((count) => (count / nb) * np);
    value = chiSquaredTest(hp, expected).pValue;
  } else if (metric === 'population_stability_index') value = populationStabilityIndex(hb, hp);
  else value = jensenShannonDistance(hb, hp);
  return { value, categories: categories.length, ...sides };
}

function valuesOf(values: ReadonlyMap<string, FeatureValues>, name: string): FeatureValues {
  const found = values.get(name);
  if (found === undefined) throw new Error(`no values extracted for feature '${name}'`);
  return found;
}

export function compareTables(baseline: Table, production: Table, options: CompareOptions = {}): DriftResult {
  const { features, skipped } = selectFeatures(baseline, production, options);
  const base = extractFeatures(baseline, features);
  const prod = extractFeatures(production, features);
  const results = features.map((feature): FeatureDrift => {
    const metric =
      options.metrics?.features?.[feature.name] ??
      options.metrics?.[feature.type] ??
      DEFAULT_METRICS[feature.type];
    if (!METRICS[metric].types.includes(feature.type)) {
      throw new UserError(
        `Input 'metrics' asks for ${metric} on feature '${feature.name}', which is ${feature.type} ` +
          `(${feature.typeReason}); ${metric} applies to ${METRICS[metric].types.join(' and ')} features only. ` +
          `Choose another metric for it, or set its type with categorical-features or numerical-features.`,
      );
    }
    const threshold =
      options.thresholds?.features?.[feature.name] ??
      options.thresholds?.metrics?.[metric] ??
      METRICS[metric].defaultThreshold;
    const b = valuesOf(base.values, feature.name);
    const p = valuesOf(prod.values, feature.name);
    const measured = feature.type === 'numerical' ? numerical(metric, b, p) : categorical(metric, b, p);
    return {
      feature: feature.name,
      type: feature.type,
      typeReason: feature.typeReason,
      metric,
      threshold,
      drifted: breaches(metric, measured.value, threshold),
      ...measured,
    };
  });
  const drifted = results.filter((r) => r.drifted).map((r) => r.feature);
  return {
    features: results,
    drifted,
    driftShare: drifted.length / results.length,
    rows: {
      baseline: base.rowCount,
      production: prod.rowCount,
      baselineUsed: base.keptRows,
      productionUsed: prod.keptRows,
    },
    skipped,
  };
}
