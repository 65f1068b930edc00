/** drift-check's metrics and thresholds inputs, and the source combinations it refuses before reading anything. */
import { describe, expect, it } from '@jest/globals';
import { UserError, recordingLogger } from '@aml-actions/action-kit';
import { TableBuilder, type Table } from '@aml-actions/drift';
import { readInputs, type Inputs } from '../../../actions/drift-check/src/inputs.js';
import { compareOptions } from '../../../actions/drift-check/src/options.js';
import { resolveSources } from '../../../actions/drift-check/src/sources.js';
import { formatValue } from '../../../actions/drift-check/src/summary.js';

const baseline: Table = (() => {
  const builder = new TableBuilder('baseline');
  builder.addRecord({ age: 30, job: 'admin' });
  return builder.build();
})();

function inputs(values: Record<string, string>): Inputs {
  return readInputs(
    Object.fromEntries(
      Object.entries({ baseline: 'b.csv', ...values }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
    ),
    recordingLogger(),
  );
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('compareOptions', () => {
  it('reads metrics per type and feature, and thresholds per metric and feature', () => {
    const options = compareOptions(
      inputs({ metrics: 'numerical=ks, categorical=chi2, age=psi', thresholds: 'ks=0.01, nwd=0.2, job=0.3' }),
      baseline,
    );
    expect(options.metrics).toEqual({
      numerical: 'two_sample_kolmogorov_smirnov_test',
      categorical: 'pearsons_chi_squared_test',
      features: { age: 'population_stability_index' },
    });
    expect(options.thresholds).toEqual({
      metrics: { two_sample_kolmogorov_smirnov_test: 0.01, normalized_wasserstein_distance: 0.2 },
      features: { job: 0.3 },
    });
  });

  it.each([
    ['metrics', 'numerical=kl', "Input 'metrics' has numerical=kl, which is no metric (did you mean 'ks'?)."],
    [
      'metrics',
      'agee=psi',
      "Input 'metrics' has the key 'agee', which is no feature of the baseline (did you mean 'age'?).",
    ],
    ['metrics', 'categorical=nwd', 'but normalized_wasserstein_distance applies to numerical features only'],
    [
      'thresholds',
      'ks=5',
      'ks=5: two_sample_kolmogorov_smirnov_test is a p-value, so its threshold must be between 0 and 1',
    ],
    ['thresholds', 'nwd=high', "Input 'thresholds' has nwd=high, which is not a number."],
    ['thresholds', 'jsd=-1', 'thresholds are not negative'],
  ])('%s: %s', (input, value, expected) => {
    expect(message(() => compareOptions(inputs({ [input]: value }), baseline))).toContain(expected);
  });
});

describe('resolveSources', () => {
  const deps = {
    env: {},
    getIdToken: () => Promise.reject(new Error('no sign-in expected')),
    log: recordingLogger(),
    signal: new AbortController().signal,
  };

  it.each([
    [{ production: 'p.csv', 'endpoint-name': 'ep' }, "Inputs 'production' and 'endpoint-name' are both set"],
    [
      { production: 'p.csv', 'deployment-name': 'blue' },
      "Input 'deployment-name' is 'blue' but endpoint-name is empty",
    ],
    [{}, "No production data: set 'production'"],
  ])('refuses %j', async (values, expected) => {
    await expect(resolveSources(inputs(values), deps)).rejects.toThrow(expected);
  });
});

describe('formatValue', () => {
  it.each([
    [0, '0'],
    [0.123456, '0.1235'],
    [3.2e-7, '3.200e-7'],
    [12.5, '12.5'],
  ])('%d → %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });
});
