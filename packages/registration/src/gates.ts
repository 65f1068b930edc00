/**
 * Quality gates: absolute thresholds (`min-metrics: accuracy>=0.9, rmse<=3.2`) and the champion/challenger rule
 * (the challenger must beat the champion's primary metric by at least `min-improvement`). Every gate gives one row
 * of the table the job summary shows: metric, challenger, champion, threshold, verdict.
 */
import { UserError } from '@aml-actions/action-kit';
import type { Metrics } from './metrics.js';

export const OPERATORS = ['>=', '<=', '==', '>', '<'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Threshold {
  metric: string;
  operator: Operator;
  value: number;
}

export interface ChampionRule {
  primaryMetric: string;
  higherIsBetter: boolean;
  minImprovement: number;
}

export interface Champion {
  version: string;
  metrics: Metrics;
}

export interface GateRow {
  metric: string;
  challenger: number;
  /** The champion's value; undefined for a threshold gate or when there is no champion yet. */
  champion: number | undefined;
  threshold: string;
  verdict: 'pass' | 'fail';
  note?: string;
}

/** Floating-point slack for comparisons, so 0.3 - 0.2 counts as an improvement of 0.1. */
const EPSILON = 1e-9;

const ENTRY =
  /^\s*([A-Za-z0-9_][\w.\-/]*)\s*(>=|<=|==|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/;

/** Parse `min-metrics`: entries separated by commas or new lines, each `<metric><operator><number>`. */
export function parseMinMetrics(text: string): Threshold[] {
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return entries.map((entry) => {
    const match = ENTRY.exec(entry);
    if (!match) {
      throw new UserError(
        `min-metrics: '${entry}' is not a gate. Write <metric><operator><number> with one of ${OPERATORS.join(' ')}, separated by commas, e.g. 'accuracy>=0.9, rmse<=3.2'.`,
      );
    }
    const [, metric = '', operator = '>=', value = ''] = match;
    return { metric, operator: operator as Operator, value: Number(value) };
  });
}

/** Every metric a gate names must be among the challenger's metrics; checked before anything is uploaded. */
export function requireGateMetrics(
  metrics: Metrics | undefined,
  thresholds: Threshold[],
  champion: ChampionRule | undefined,
): void {
  const needed = [
    ...thresholds.map((threshold) => ({ metric: threshold.metric, input: 'min-metrics' })),
    ...(champion ? [{ metric: champion.primaryMetric, input: 'primary-metric' }] : []),
  ];
  if (needed.length === 0) return;
  if (!metrics) {
    throw new UserError(
      `${needed[0]?.input ?? 'min-metrics'} gates on '${needed[0]?.metric ?? ''}', but no metrics were given. Set metrics (JSON) or metrics-file to the evaluation results of this model.`,
    );
  }
  for (const { metric, input } of needed) {
    if (!(metric in metrics)) {
      throw new UserError(
        `${input}: the metric '${metric}' is not among the model's metrics (${Object.keys(metrics).join(', ')}). Fix the name in ${input} or add the metric to metrics/metrics-file.`,
      );
    }
  }
}

export function evaluateThresholds(metrics: Metrics, thresholds: Threshold[]): GateRow[] {
  return thresholds.map(({ metric, operator, value }) => {
    const challenger = metricOf(metrics, metric);
    return {
      metric,
      challenger,
      champion: undefined,
      threshold: `${operator} ${value}`,
      verdict: compare(challenger, operator, value) ? 'pass' : 'fail',
    };
  });
}

export function evaluateChampion(
  metrics: Metrics,
  champion: Champion | undefined,
  rule: ChampionRule,
): GateRow {
  const challenger = metricOf(metrics, rule.primaryMetric);
  const direction = rule.higherIsBetter ? 'higher' : 'lower';
  if (!champion) {
    return {
      metric: rule.primaryMetric,
      challenger,
      champion: undefined,
      threshold: `beat the champion (${direction} is better)`,
      verdict: 'pass',
      note: 'no champion to compare with yet',
    };
  }
  const championValue = champion.metrics[rule.primaryMetric];
  if (championValue === undefined) {
    throw new UserError(
      `compare-to: the champion version ${champion.version} has no '${rule.primaryMetric}' metric (no property metric.${rule.primaryMetric}), so primary-metric cannot compare against it. ` +
        'Compare to a version registered with that metric, or change primary-metric.',
      { kind: 'not-found' },
    );
  }
  const improvement = rule.higherIsBetter ? challenger - championValue : championValue - challenger;
  const passes = improvement > EPSILON && improvement >= rule.minImprovement - EPSILON;
  const bound = rule.higherIsBetter
    ? championValue + rule.minImprovement
    : championValue - rule.minImprovement;
  const operator = rule.higherIsBetter
    ? rule.minImprovement > 0
      ? '>='
      : '>'
    : rule.minImprovement > 0
      ? '<='
      : '<';
  return {
    metric: rule.primaryMetric,
    challenger,
    champion: championValue,
    threshold: `${operator} ${round(bound)} (champion v${champion.version}${rule.minImprovement > 0 ? ` ${rule.higherIsBetter ? '+' : '-'} ${rule.minImprovement}` : ''})`,
    verdict: passes ? 'pass' : 'fail',
  };
}

/** A metric that requireGateMetrics has already checked is there. */
function metricOf(metrics: Metrics, name: string): number {
  const value = metrics[name];
  if (value === undefined) throw new Error(`Metric '${name}' missing after requireGateMetrics`);
  return value;
}

function compare(actual: number, operator: Operator, expected: number): boolean {
  switch (operator) {
    case '>=':
      return actual >= expected - EPSILON;
    case '<=':
      return actual <= expected + EPSILON;
    case '>':
      return actual > expected;
    case '<':
      return actual < expected;
    case '==':
      return Math.abs(actual - expected) <= EPSILON;
  }
}

/** Rounding for display: drops floating-point noise such as 0.9200000000000002. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
