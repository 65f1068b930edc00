/**
 * The drift metrics, named as Azure ML's monitoring SDK names them, with their defaults and alert directions:
 * distances alert when the value is above the threshold, p-values when it is below (both strict).
 */

export type FeatureType = 'numerical' | 'categorical';

export const METRIC_NAMES = [
  'jensen_shannon_distance',
  'normalized_wasserstein_distance',
  'population_stability_index',
  'two_sample_kolmogorov_smirnov_test',
  'pearsons_chi_squared_test',
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];

export interface MetricInfo {
  name: MetricName;
  /** Short alias accepted in inputs. */
  alias: string;
  label: string;
  kind: 'distance' | 'p-value';
  types: readonly FeatureType[];
  defaultThreshold: number;
}

export const METRICS: Readonly<Record<MetricName, MetricInfo>> = {
  jensen_shannon_distance: {
    name: 'jensen_shannon_distance',
    alias: 'jsd',
    label: 'Jensen-Shannon distance',
    kind: 'distance',
    types: ['numerical', 'categorical'],
    defaultThreshold: 0.1,
  },
  normalized_wasserstein_distance: {
    name: 'normalized_wasserstein_distance',
    alias: 'nwd',
    label: 'normalized Wasserstein distance',
    kind: 'distance',
    types: ['numerical'],
    defaultThreshold: 0.1,
  },
  population_stability_index: {
    name: 'population_stability_index',
    alias: 'psi',
    label: 'population stability index',
    kind: 'distance',
    types: ['numerical', 'categorical'],
    defaultThreshold: 0.1,
  },
  two_sample_kolmogorov_smirnov_test: {
    name: 'two_sample_kolmogorov_smirnov_test',
    alias: 'ks',
    label: 'Kolmogorov-Smirnov p-value',
    kind: 'p-value',
    types: ['numerical'],
    defaultThreshold: 0.05,
  },
  pearsons_chi_squared_test: {
    name: 'pearsons_chi_squared_test',
    alias: 'chi2',
    label: "Pearson's chi-squared p-value",
    kind: 'p-value',
    types: ['categorical'],
    defaultThreshold: 0.05,
  },
};

/** Azure ML's defaults: normalized Wasserstein for numbers, Jensen-Shannon for categories. */
export const DEFAULT_METRICS: Readonly<Record<FeatureType, MetricName>> = {
  numerical: 'normalized_wasserstein_distance',
  categorical: 'jensen_shannon_distance',
};

/** A metric by its name or alias (case, dashes and underscores ignored), or undefined. */
export function metricNamed(text: string): MetricName | undefined {
  const key = text.trim().toLowerCase().replace(/-/g, '_');
  return METRIC_NAMES.find((name) => name === key || METRICS[name].alias === key);
}

/** Whether the value breaches the threshold: p-values below it, distances above it. */
export function breaches(metric: MetricName, value: number, threshold: number): boolean {
  return METRICS[metric].kind === 'p-value' ? value < threshold : value > threshold;
}
