/** The smoke-test action's own logic: its inputs (defaults, durations in ms, ranges) and the step's failure verdict. */
import { describe, expect, it } from '@jest/globals';
import { UserError, recordingLogger } from '@aml-actions/action-kit';
import type { BudgetVerdict, ProbeResult, ScoringTarget } from '@aml-actions/scoring';
import { readInputs } from '../../../actions/smoke-test/src/inputs.js';
import { failureVerdict } from '../../../actions/smoke-test/src/verdict.js';

const REQUIRED = { 'INPUT_ENDPOINT-NAME': 'churn', 'INPUT_REQUEST-FILE': 'requests.jsonl' };

describe('smoke-test inputs', () => {
  it('has defaults for everything but the endpoint and the requests', () => {
    const inputs = readInputs(REQUIRED, recordingLogger());
    expect(inputs).toMatchObject({
      endpointName: 'churn',
      requestFile: 'requests.jsonl',
      concurrency: 4,
      timeout: 30_000,
      warmup: 0,
      maxErrorRate: 0,
      expectedTolerance: 1e-6,
    });
    expect(inputs.requestCount).toBeUndefined();
    expect(inputs.maxLatencyP95).toBeUndefined();
  });

  it('reads latency budgets as durations in ms', () => {
    const inputs = readInputs(
      { ...REQUIRED, 'INPUT_MAX-LATENCY-P95': '500ms', 'INPUT_MAX-LATENCY-P99': '1.5s', INPUT_TIMEOUT: '2m' },
      recordingLogger(),
    );
    expect([inputs.maxLatencyP95, inputs.maxLatencyP99, inputs.timeout]).toEqual([500, 1500, 120_000]);
  });

  it('names each bad value and what is expected', () => {
    expect(() =>
      readInputs(
        { ...REQUIRED, 'INPUT_MAX-ERROR-RATE': '5', 'INPUT_MAX-LATENCY-P95': 'fast' },
        recordingLogger(),
      ),
    ).toThrow(
      /2 inputs are invalid:\n- Input 'max-error-rate' has value '5': expected a number between 0 and 1\n- Input 'max-latency-p95' has value 'fast': expected a duration/,
    );
  });
});

const TARGET = { endpointName: 'churn', authMode: 'aad_token' } as ScoringTarget;

function result(overrides: Partial<ProbeResult>): ProbeResult {
  return {
    sent: 10,
    succeeded: 10,
    failed: 0,
    errorRate: 0,
    latencyMs: { p50: 10, p95: 20, p99: 30, max: 40 },
    statusCounts: { '200': 10 },
    servedBy: { blue: 10 },
    failures: [],
    retries: 0,
    elapsedMs: 100,
    ...overrides,
  };
}

const PASSED: BudgetVerdict = { passed: true, checks: [] };
const BREACHED: BudgetVerdict = {
  passed: false,
  checks: [
    { name: 'error rate', limit: '0 %', actual: '20 % (2 of 10)', passed: false },
    { name: 'latency p95', limit: '500 ms', actual: '20 ms', passed: true },
  ],
};
const failure = (status: number | 'timeout', line: number) => ({
  status,
  message: `HTTP ${status}: nope`,
  request: { file: 'r.jsonl', line },
});

describe('failureVerdict', () => {
  it('passes when the budgets pass', () => {
    expect(failureVerdict(TARGET, undefined, result({}), PASSED)).toBeUndefined();
  });

  it('lists the breached budgets, the first failure and a hint for 429s and timeouts', () => {
    const error = failureVerdict(
      TARGET,
      'green',
      result({ succeeded: 8, failed: 2, errorRate: 0.2, failures: [failure(429, 3), failure('timeout', 4)] }),
      BREACHED,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toContain(
      "The smoke test of deployment 'green' of online endpoint 'churn' breached a budget: error rate 20 % (2 of 10) " +
        'over the limit 0 %.',
    );
    expect(error?.message).toContain('First failure (request r.jsonl:3): HTTP 429: nope');
    expect(error?.message).toContain(
      'Hint: HTTP 429 without Retry-After means the deployment refused the load',
    );
    expect(error?.message).toContain("Hint: Requests ran out of time: raise 'timeout'");
  });

  it('puts refused credentials first, with the hint of the auth mode', () => {
    const error = failureVerdict(
      TARGET,
      undefined,
      result({ sent: 1, succeeded: 0, failed: 1, stoppedEarly: 'HTTP 403', failures: [failure(403, 1)] }),
      BREACHED,
    );
    expect(error?.kind).toBe('permission');
    expect(error?.message).toContain(
      'refused the credentials (HTTP 403, auth mode aad_token); the test stopped after 1',
    );
    expect(error?.message).toContain('onlineEndpoints/score/action');
  });

  it('says when nothing could serve (404) and when every request failed', () => {
    const gone = failureVerdict(
      TARGET,
      undefined,
      result({ sent: 1, succeeded: 0, failed: 1, stoppedEarly: 'HTTP 404', failures: [failure(404, 1)] }),
      BREACHED,
    );
    expect(gone?.kind).toBe('not-found');
    expect(gone?.message).toContain('answered 404: no deployment could serve the requests');
    const all = failureVerdict(
      TARGET,
      undefined,
      result({ succeeded: 0, failed: 10, statusCounts: { '424': 10 }, failures: [failure(424, 1)] }),
      BREACHED,
    );
    expect(all?.message).toContain("All 10 request(s) to online endpoint 'churn' failed (424×10).");
  });
});
