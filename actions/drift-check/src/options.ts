/** The metrics and thresholds inputs as comparison options, every key and value checked. */
import { UserError, didYouMean } from '@aml-actions/action-kit';
import {
  METRICS,
  METRIC_NAMES,
  metricNamed,
  type CompareOptions,
  type FeatureType,
  type MetricName,
  type Table,
} from '@aml-actions/drift';
import type { Inputs } from './inputs.js';

const TYPES: readonly FeatureType[] = ['numerical', 'categorical'];
const METRIC_LIST = METRIC_NAMES.map((name) => `${name} (${METRICS[name].alias})`).join(', ');

function checkFeature(input: string, key: string, baseline: Table): void {
  if (baseline.columns.has(key)) return;
  const candidates = [...baseline.columns.keys()];
  const hint = didYouMean(key, [...candidates, ...TYPES, ...METRIC_NAMES.map((m) => METRICS[m].alias)]);
  throw new UserError(
    `Input '${input}' has the key '${key}', which is no feature of the baseline${hint === '' ? '' : ` (${hint})`}. ` +
      `Keys are ${input === 'metrics' ? 'numerical, categorical' : 'metric names'} or feature names (${candidates.join(', ')}).`,
  );
}

function metricOf(key: string, value: string): MetricName {
  const metric = metricNamed(value);
  if (metric === undefined) {
    const hint = didYouMean(value, [...METRIC_NAMES, ...METRIC_NAMES.map((m) => METRICS[m].alias)]);
    throw new UserError(
      `Input 'metrics' has ${key}=${value}, which is no metric${hint === '' ? '' : ` (${hint})`}. Metrics: ${METRIC_LIST}.`,
    );
  }
  return metric;
}

export function compareOptions(inputs: Inputs, baseline: Table): CompareOptions {
  const metrics: NonNullable<CompareOptions['metrics']> = {};
  const byFeature: Record<string, MetricName> = {};
  for (const [key, value] of Object.entries(inputs.metrics ?? {})) {
    const metric = metricOf(key, value);
    const type = TYPES.find((t) => t === key);
    if (type === undefined) {
      checkFeature('metrics', key, baseline);
      byFeature[key] = metric;
    } else if (!METRICS[metric].types.includes(type)) {
      throw new UserError(
        `Input 'metrics' has ${key}=${value}, but ${metric} applies to ${METRICS[metric].types.join(' and ')} ` +
          `features only. For ${type} features use one of ${METRIC_NAMES.filter((m) => METRICS[m].types.includes(type)).join(', ')}.`,
      );
    } else metrics[type] = metric;
  }
  const thresholds: NonNullable<CompareOptions['thresholds']> = { metrics: {}, features: {} };
  for (const [key, text] of Object.entries(inputs.thresholds ?? {})) {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      throw new UserError(
        `Input 'thresholds' has ${key}=${text}, which is not a number. Write e.g. nwd=0.2.`,
      );
    }
    const metric = metricNamed(key);
    if (metric !== undefined && METRICS[metric].kind === 'p-value' && !(value > 0 && value < 1)) {
      throw new UserError(
        `Input 'thresholds' has ${key}=${text}: ${metric} is a p-value, so its threshold must be between 0 and 1 ` +
          '(drift when the p-value is below it; 0.05 is usual).',
      );
    }
    if (value < 0) throw new UserError(`Input 'thresholds' has ${key}=${text}: thresholds are not negative.`);
    if (metric !== undefined) (thresholds.metrics as Record<string, number>)[metric] = value;
    else {
      checkFeature('thresholds', key, baseline);
      (thresholds.features as Record<string, number>)[key] = value;
    }
  }
  return {
    ...(inputs.features === undefined ? {} : { features: inputs.features }),
    ...(inputs.categoricalFeatures === undefined ? {} : { categorical: inputs.categoricalFeatures }),
    ...(inputs.numericalFeatures === undefined ? {} : { numerical: inputs.numericalFeatures }),
    metrics: { ...metrics, features: byFeature },
    thresholds,
  };
}
