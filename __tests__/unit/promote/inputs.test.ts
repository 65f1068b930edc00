import { describe, expect, it } from '@jest/globals';
import { UserError, nullLogger } from '@aml-actions/action-kit';
import { readInputs } from '../../../actions/promote/src/inputs.js';

const BASE = {
  INPUT_WORKSPACE: 'dev',
  'INPUT_RESOURCE-GROUP': 'rg',
  'INPUT_ENDPOINT-NAME': 'churn',
  'INPUT_DEPLOYMENT-NAME': 'green',
  'INPUT_REQUEST-FILE': 'requests.jsonl',
};

function failure(source: Record<string, string>): UserError {
  try {
    readInputs(source, nullLogger);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('readInputs did not fail');
}

describe('promote inputs', () => {
  it('reads the defaults: 10, 50, 100 with 2 minutes of bake time, no failure tolerated', () => {
    const inputs = readInputs(BASE, nullLogger);
    expect(inputs).toMatchObject({
      endpointName: 'churn',
      deploymentName: 'green',
      bakeTime: 120_000,
      checkInterval: 30_000,
      requestCount: 20,
      concurrency: 2,
      maxErrorRate: 0,
      maxLatencyP95: undefined,
      deletePrevious: false,
      tagEndpoint: true,
      timeout: 3_600_000,
    });
    expect(inputs.steps).toEqual([
      { kind: 'live', percent: 10 },
      { kind: 'live', percent: 50 },
      { kind: 'live', percent: 100 },
    ]);
  });

  it('accepts 0s of bake time and latency budgets as durations', () => {
    const inputs = readInputs(
      { ...BASE, 'INPUT_BAKE-TIME': '0s', 'INPUT_MAX-LATENCY-P99': '500ms', INPUT_STEPS: 'mirror:20,100' },
      nullLogger,
    );
    expect(inputs).toMatchObject({ bakeTime: 0, maxLatencyP99: 500 });
  });

  it('refuses bake times that cannot fit in the timeout', () => {
    expect(failure({ ...BASE, 'INPUT_BAKE-TIME': '30m', INPUT_TIMEOUT: '1h' }).message).toBe(
      "Input 'timeout' is 1h, but 3 steps with 'bake-time' 30m bake for 1h30m: the promotion could never finish. " +
        "Raise 'timeout', or shorten 'bake-time' or 'steps'.",
    );
  });

  it('reports bad steps and every bad input with the input name and value', () => {
    expect(failure({ ...BASE, INPUT_STEPS: '10,50' }).message).toContain(
      "Input 'steps' ends at 50 %, not 100",
    );
    const many = failure({ ...BASE, 'INPUT_MAX-ERROR-RATE': '5%', 'INPUT_BAKE-TIME': 'soon' }).message;
    expect(many).toContain("Input 'max-error-rate' has value '5%': expected a number between 0 and 1");
    expect(many).toContain("Input 'bake-time' has value 'soon'");
  });
});
