/**
 * The bundled smoke-test against an emulator endpoint with key auth and two deployments (blue 100 %, green 0 %):
 * the happy path with expected outputs, calling green directly, an injected model error failing the error budget,
 * a throttled request retried and counted once, a missing endpoint and deployment, and keys never printed.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { withEmulator } from '../helpers/emulator.js';
import { FIXTURES, deployApp, failureText, plainSummary, smokeTest } from './smoke-helpers.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 20 });

beforeAll(async () => {
  await deployApp(emu, { endpoint: 'smoke', deployment: 'blue', traffic: '100' });
  await deployApp(emu, { endpoint: 'smoke', deployment: 'green' });
}, 200_000);

afterEach(() => {
  emu.running.faults.clear();
});

const REQUESTS = { 'endpoint-name': 'smoke', 'request-file': `${FIXTURES}/requests.jsonl` };

describe('smoke-test (bundled), key auth', () => {
  it('passes through the traffic split with expected outputs, and reports budgets, latencies and servers', async () => {
    const result = await smokeTest(emu, {
      ...REQUESTS,
      'expected-file': `${FIXTURES}/expected.jsonl`,
      'request-count': '12',
      'max-latency-p95': '20s',
      'max-latency-p99': '30s',
      warmup: '2',
    });
    const summary = plainSummary(result);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', requests: '12', errors: '0', 'error-rate': '0' });
    expect(JSON.parse(result.outputs['served-by'] ?? '{}')).toEqual({ blue: 12 });
    expect(Number(result.outputs['latency-p95-ms'])).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/\[\d\d:\d\d\] scoring: 12\/12 done, 0 failed, 0 in flight/);
    expect(result.stdout).toContain('Warm-up: 2 request(s) sent, not counted (200×2)');
    expect(summary).toContain('Passed: 12 of 12 request(s) succeeded within the budgets.');
    expect(summary).toMatch(/\| error rate \| 0 % \| 0 % \(0 of 12\) \| ✅ pass \|/);
    expect(summary).toMatch(/\| latency p95 \| 20\.0 s \| [\d.]+ m?s \| ✅ pass \|/);
    expect(summary).toContain('| 200 | 12 |');
    expect(summary).toContain('| blue | 12 | 100 % |');
  });

  it('calls one deployment directly with the azureml-model-deployment header, even at 0 % traffic', async () => {
    const result = await smokeTest(emu, { ...REQUESTS, 'deployment-name': 'green', concurrency: '2' });
    const summary = plainSummary(result);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs['served-by'] ?? '{}')).toEqual({ green: 3 });
    expect(result.stdout).toContain('Deployment green: Succeeded; requests go to it directly');
    expect(summary).toContain('deployment green directly (azureml-model-deployment header)');
  });

  it('fails the error budget when the deployment answers model errors, listing the failing requests', async () => {
    emu.running.faults.add({ kind: 'error', deployment: 'smoke/green', count: 2 });
    const result = await smokeTest(emu, {
      ...REQUESTS,
      'deployment-name': 'green',
      'request-count': '6',
      concurrency: '1',
      'max-error-rate': '0.1',
    });
    const summary = plainSummary(result);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      passed: 'false',
      requests: '6',
      errors: '2',
      'error-rate': '0.333333',
    });
    const failure = failureText(result);
    expect(failure).toContain(
      "The smoke test of deployment 'green' of online endpoint 'smoke' breached a budget",
    );
    expect(failure).toContain('error rate 33.3 % (2 of 6) over the limit 10 %');
    expect(failure).toMatch(
      /First failure \(request .*requests\.jsonl:1\): HTTP 424 \(the model answered 500\)/,
    );
    expect(summary).toMatch(/\| error rate \| 10 % \| 33\.3 % \(2 of 6\) \| ❌ fail \|/);
    expect(summary).toContain('First 2 of 2 failure(s)');
    expect(summary).toMatch(/requests\.jsonl:2` \| 424 \| green \| HTTP 424/);
  });

  it('fails the latency budget when the deployment slows down, with no request failing', async () => {
    emu.running.faults.add({ kind: 'delay', deployment: 'smoke/green', delayMs: 400 });
    const result = await smokeTest(emu, {
      ...REQUESTS,
      'deployment-name': 'green',
      'max-latency-p95': '150ms',
      concurrency: '3',
    });
    const summary = plainSummary(result);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', requests: '3', errors: '0' });
    expect(Number(result.outputs['latency-p95-ms'])).toBeGreaterThanOrEqual(400);
    expect(failureText(result)).toMatch(/breached a budget: latency p95 [\d.]+ ms over the limit 150 ms\./);
    expect(summary).toMatch(/\| latency p95 \| 150 ms \| [\d.]+ ms \| ❌ fail \|/);
  });

  it('retries a 429 with Retry-After and counts the request once', async () => {
    emu.running.faults.add({ kind: 'throttle', deployment: 'smoke/blue', count: 1, retryAfterSeconds: 1 });
    const result = await smokeTest(emu, { ...REQUESTS, concurrency: '1' });
    const summary = plainSummary(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', requests: '3', errors: '0' });
    expect(summary).toContain('3 sent, 3 succeeded, 0 failed, 1 retry after 429/503');
    expect(summary).toContain('| 429 | 1 |');
    expect(summary).toContain('| 200 | 3 |');
  });

  it('names the endpoint and the workspace when the endpoint does not exist', async () => {
    const result = await smokeTest(emu, { ...REQUESTS, 'endpoint-name': 'smokey' });
    expect(result.exitCode).toBe(1);
    expect(failureText(result)).toContain(
      "Input 'endpoint-name' is 'smokey', but workspace 'dev' (resource group rg-mlops) has no online endpoint of " +
        "that name (it has: smoke); did you mean 'smoke'?",
    );
    expect(result.outputs).toEqual({});
  });

  it('lists the deployments when deployment-name names none of them', async () => {
    const result = await smokeTest(emu, { ...REQUESTS, 'deployment-name': 'gren' });
    expect(result.exitCode).toBe(1);
    expect(failureText(result)).toContain(
      "Input 'deployment-name' is 'gren', but online endpoint 'smoke' in workspace 'dev' has no deployment of that " +
        "name (it has: blue, green); did you mean 'green'?",
    );
  });

  it('annotates a bad JSONL line with its file and line, before calling Azure', async () => {
    const result = await smokeTest(emu, { ...REQUESTS, 'request-file': `${FIXTURES}/bad-line.jsonl` });
    expect(result.exitCode).toBe(1);
    const [annotation] = result.annotations.filter((a) => a.level === 'error');
    expect(annotation?.properties).toMatchObject({
      file: `${FIXTURES}/bad-line.jsonl`,
      line: '2',
      col: '20',
    });
    expect(annotation?.message).toContain("the request file of input 'request-file'");
    expect(annotation?.message).toContain("bad-line.jsonl:2:20: Expected ',' or ']' after array element");
    expect(result.stdout).not.toContain('Online endpoint smoke:');
  });

  it('never prints the endpoint key: masked, and redacted from response excerpts in the summary', async () => {
    const keys = await emu.arm('POST', 'onlineEndpoints/smoke/listKeys');
    const { primaryKey } = keys.json as { primaryKey: string };
    expect(primaryKey.length).toBeGreaterThan(10);
    const result = await smokeTest(emu, {
      'endpoint-name': 'smoke',
      'request-file': `${FIXTURES}/echo-headers.json`,
    });
    const summary = plainSummary(result);
    expect(result.exitCode).toBe(1);
    // The scoring script echoed the Authorization header back in its 500 answer...
    expect(summary).toContain('"authorization": "***"');
    expect(failureText(result)).toContain('All 1 request(s) to online endpoint');
    // ...but the key appears nowhere except in the runner's add-mask command.
    const lines = result.stdout.split('\n');
    expect(lines.some((line) => line === `::add-mask::${primaryKey}`)).toBe(true);
    const printed = lines.filter((line) => !line.startsWith('::add-mask::')).join('\n');
    for (const text of [printed, result.stderr, result.summary, JSON.stringify(result.outputs)]) {
      expect(text).not.toContain(primaryKey);
    }
  });
});
