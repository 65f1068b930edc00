import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import {
  evaluateChampion,
  evaluateThresholds,
  parseMinMetrics,
  requireGateMetrics,
  type ChampionRule,
} from '@aml-actions/registration';

describe('parseMinMetrics', () => {
  it.each([
    ['accuracy>=0.9', [{ metric: 'accuracy', operator: '>=', value: 0.9 }]],
    [
      'accuracy >= 0.9, rmse<=3.2',
      [
        { metric: 'accuracy', operator: '>=', value: 0.9 },
        { metric: 'rmse', operator: '<=', value: 3.2 },
      ],
    ],
    [
      'f1>.5\nloss<1e-2',
      [
        { metric: 'f1', operator: '>', value: 0.5 },
        { metric: 'loss', operator: '<', value: 0.01 },
      ],
    ],
    [
      'auc==1, delta>=-0.5',
      [
        { metric: 'auc', operator: '==', value: 1 },
        { metric: 'delta', operator: '>=', value: -0.5 },
      ],
    ],
    ['eval/acc_top.5>=0.7,', [{ metric: 'eval/acc_top.5', operator: '>=', value: 0.7 }]],
    ['', []],
  ])('parses %j', (text, expected) => {
    expect(parseMinMetrics(text)).toEqual(expected);
  });

  it.each([
    'accuracy',
    'accuracy=>0.9',
    'accuracy>=high',
    'accuracy>=0.9 rmse<=3',
    '>=0.9',
    'accuracy ≥ 0.9',
  ])('refuses %j naming the input, the entry and the form', (text) => {
    expect(() => parseMinMetrics(text)).toThrow(UserError);
    expect(() => parseMinMetrics(text)).toThrow(
      /min-metrics: '.*' is not a gate\. Write <metric><operator><number>/,
    );
  });
});

describe('requireGateMetrics', () => {
  const rule: ChampionRule = { primaryMetric: 'auc', higherIsBetter: true, minImprovement: 0 };
  it.each([
    [
      'a threshold metric is missing',
      { accuracy: 1 },
      'rmse<=3',
      undefined,
      /min-metrics: the metric 'rmse' is not among the model's metrics \(accuracy\)/,
    ],
    ['the primary metric is missing', { accuracy: 1 }, '', rule, /primary-metric: the metric 'auc'/],
    [
      'no metrics were given',
      undefined,
      'accuracy>=0.9',
      undefined,
      /no metrics were given\. Set metrics .* or metrics-file/,
    ],
  ])('throws when %s', (_case, metrics, gates, champion, message) => {
    expect(() => {
      requireGateMetrics(metrics, parseMinMetrics(gates), champion);
    }).toThrow(message);
  });

  it('accepts no gates without metrics', () => {
    expect(() => {
      requireGateMetrics(undefined, [], undefined);
    }).not.toThrow();
  });
});

describe('evaluateThresholds', () => {
  it.each([
    ['accuracy>=0.9', 0.9, 'pass'],
    ['accuracy>=0.9', 0.89, 'fail'],
    ['accuracy>0.9', 0.9, 'fail'],
    ['accuracy<=0.9', 0.9000000000000001, 'pass'],
    ['accuracy<0.9', 0.8, 'pass'],
    ['accuracy==0.3', 0.1 + 0.2, 'pass'],
    ['accuracy==0.3', 0.31, 'fail'],
  ])('%s with %d → %s', (gate, value, verdict) => {
    const [row] = evaluateThresholds({ accuracy: value }, parseMinMetrics(gate));
    expect(row).toMatchObject({ metric: 'accuracy', challenger: value, champion: undefined, verdict });
  });
});

describe('evaluateChampion', () => {
  it.each([
    ['higher is better, challenger better', true, 0, 0.92, 0.91, 'pass', '> 0.91 (champion v3)'],
    ['higher is better, equal', true, 0, 0.91, 0.91, 'fail', '> 0.91 (champion v3)'],
    ['higher is better, worse', true, 0, 0.9, 0.91, 'fail', '> 0.91 (champion v3)'],
    ['higher is better, improvement just enough', true, 0.1, 0.3, 0.2, 'pass', '>= 0.3 (champion v3 + 0.1)'],
    [
      'higher is better, improvement too small',
      true,
      0.02,
      0.92,
      0.91,
      'fail',
      '>= 0.93 (champion v3 + 0.02)',
    ],
    ['lower is better, challenger lower', false, 0, 2.9, 3.1, 'pass', '< 3.1 (champion v3)'],
    ['lower is better, challenger higher', false, 0, 3.2, 3.1, 'fail', '< 3.1 (champion v3)'],
    ['lower is better, improvement too small', false, 0.5, 2.9, 3.1, 'fail', '<= 2.6 (champion v3 - 0.5)'],
  ])('%s', (_case, higherIsBetter, minImprovement, challenger, champion, verdict, threshold) => {
    const row = evaluateChampion(
      { rmse: challenger },
      { version: '3', metrics: { rmse: champion } },
      { primaryMetric: 'rmse', higherIsBetter, minImprovement },
    );
    expect(row).toEqual({ metric: 'rmse', challenger, champion, threshold, verdict });
  });

  it('passes with a note when there is no champion yet', () => {
    const row = evaluateChampion({ auc: 0.7 }, undefined, {
      primaryMetric: 'auc',
      higherIsBetter: true,
      minImprovement: 0,
    });
    expect(row).toMatchObject({
      verdict: 'pass',
      champion: undefined,
      note: 'no champion to compare with yet',
    });
  });

  it('refuses a champion without the primary metric, naming the version and property', () => {
    expect(() =>
      evaluateChampion(
        { auc: 0.7 },
        { version: '4', metrics: { accuracy: 1 } },
        { primaryMetric: 'auc', higherIsBetter: true, minImprovement: 0 },
      ),
    ).toThrow(/champion version 4 has no 'auc' metric \(no property metric\.auc\)/);
  });
});
