/** probe() against a small local HTTP server: concurrency, headers, retries, timeouts, stops, expected outputs. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordingLogger } from '@aml-actions/action-kit';
import { probe, type ProbeOptions, type ScoringRequest, type ScoringTarget } from '@aml-actions/scoring';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let server: Server;
let handler: Handler = (_req, res) => res.end('{}');
let inFlight = 0;
let maxInFlight = 0;
const seen: { headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const SECRET = 's3cr3t-key-value';

function target(): ScoringTarget {
  const { port } = server.address() as AddressInfo;
  return {
    endpointName: 'churn',
    workspace: 'dev',
    scoringUri: `http://127.0.0.1:${port}/score`,
    authMode: 'key',
    provisioningState: 'Succeeded',
    traffic: { blue: 100 },
    authHeaders: () => Promise.resolve({ Authorization: `Bearer ${SECRET}` }),
    redact: (text) => text.split(SECRET).join('***'),
  };
}

const REQUESTS: ScoringRequest[] = [
  { body: '{"data": [[1]]}', contentType: 'application/json', source: { file: 'r.jsonl', line: 1 } },
  { body: '{"data": [[2]]}', contentType: 'application/json', source: { file: 'r.jsonl', line: 2 } },
];

function options(overrides: Partial<ProbeOptions> = {}): ProbeOptions {
  return { count: 1, concurrency: 1, timeoutMs: 2000, log: recordingLogger(), ...overrides };
}

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

describe('probe', () => {
  it('sends count requests cycling through the samples, at most concurrency at a time, with the headers', async () => {
    seen.length = 0;
    maxInFlight = 0;
    handler = (req, res, body) => {
      setTimeout(() => {
        reply(200, { echo: JSON.parse(body) as unknown }, { 'azureml-model-deployment': 'green' })(
          req,
          res,
          body,
        );
      }, 15);
    };
    const log = recordingLogger();
    const result = await probe(
      target(),
      REQUESTS,
      options({ count: 9, concurrency: 3, deployment: 'green', log }),
    );
    expect(result).toMatchObject({ sent: 9, succeeded: 9, failed: 0, errorRate: 0, retries: 0 });
    expect(result.statusCounts).toEqual({ '200': 9 });
    expect(result.servedBy).toEqual({ green: 9 });
    expect(result.latencyMs.p50).toBeGreaterThan(0);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(
      seen
        .map((s) => s.body)
        .slice(0, 3)
        .sort(),
    ).toEqual(['{"data": [[1]]}', '{"data": [[1]]}', '{"data": [[2]]}']);
    expect(seen[0]?.headers).toMatchObject({
      authorization: `Bearer ${SECRET}`,
      'azureml-model-deployment': 'green',
      'content-type': 'application/json',
    });
    expect(log.text()).toMatch(/\[00:00\] scoring: 9\/9 done, 0 failed, 0 in flight/);
    expect(log.text()).toContain('plain http');
  });

  it('does not count warm-up requests', async () => {
    seen.length = 0;
    handler = reply(200, {});
    const log = recordingLogger();
    const result = await probe(target(), REQUESTS, options({ count: 2, warmup: 3, log }));
    expect(seen).toHaveLength(5);
    expect(result.sent).toBe(2);
    expect(result.statusCounts).toEqual({ '200': 2 });
    expect(log.text()).toContain('Warm-up: 3 request(s) sent, not counted (200×3).');
  });

  it('retries a 429 with Retry-After and counts the request once, its latency including the wait', async () => {
    let calls = 0;
    handler = (req, res, body) => {
      calls++;
      reply(calls === 1 ? 429 : 200, {}, calls === 1 ? { 'retry-after-ms': '60' } : {})(req, res, body);
    };
    const result = await probe(target(), REQUESTS, options());
    expect(result).toMatchObject({ sent: 1, succeeded: 1, failed: 0, retries: 1 });
    expect(result.statusCounts).toEqual({ '429': 1, '200': 1 });
    expect(result.latencyMs.max).toBeGreaterThanOrEqual(50);
  });

  it('gives up after the retries allowed, and does not retry a 429 without Retry-After or a 5xx', async () => {
    handler = reply(503, { message: 'busy' }, { 'retry-after-ms': '1' });
    const exhausted = await probe(target(), REQUESTS, options({ retry: { maxRetries: 2, maxWaitMs: 1000 } }));
    expect(exhausted).toMatchObject({ sent: 1, failed: 1, retries: 2, statusCounts: { '503': 3 } });
    expect(exhausted.failures[0]?.message).toBe('HTTP 503 (still 503 after 2 retries): {"message":"busy"}');

    handler = reply(429, 'slow down');
    const plain = await probe(target(), REQUESTS, options());
    expect(plain.failures[0]?.message).toBe('HTTP 429 (not retried: no Retry-After): slow down');

    handler = reply(500, '', { 'retry-after': '1' });
    const error = await probe(target(), REQUESTS, options());
    expect(error).toMatchObject({ retries: 0, statusCounts: { '500': 1 } });
    expect(error.failures[0]).toEqual({
      status: 500,
      message: 'HTTP 500: (empty body)',
      request: { file: 'r.jsonl', line: 1 },
    });
  });

  it('counts timeouts and dropped connections as failures with their time', async () => {
    handler = (req, res, body) =>
      setTimeout(() => {
        reply(200, {})(req, res, body);
      }, 300);
    const slow = await probe(target(), REQUESTS, options({ timeoutMs: 50 }));
    expect(slow.failures[0]).toMatchObject({ status: 'timeout', message: 'no complete answer within 50 ms' });
    expect(slow.statusCounts).toEqual({ timeout: 1 });
    expect(slow.latencyMs.max).toBeGreaterThanOrEqual(40);

    handler = (req) => req.socket.destroy();
    const dropped = await probe(target(), REQUESTS, options());
    expect(dropped.failures[0]?.status).toBe('network');
    expect(dropped.failures[0]?.message).toMatch(/socket hang up|ECONNRESET/);
  });

  it('stops at a 401: every further request would be refused alike', async () => {
    seen.length = 0;
    handler = reply(401, 'key_auth_access_denied');
    const result = await probe(target(), REQUESTS, options({ count: 20 }));
    expect(result).toMatchObject({ sent: 1, failed: 1, stoppedEarly: 'HTTP 401' });
    expect(seen).toHaveLength(1);
  });

  it('compares answers with the expected outputs', async () => {
    handler = (req, res, body) => {
      reply(200, { p: body.includes('1') ? 1.0000001 : 3 })(req, res, body);
    };
    const expecting = REQUESTS.map((r, i) => ({ ...r, expected: { p: i + 1 } }));
    const result = await probe(target(), expecting, options({ count: 2 }));
    expect(result).toMatchObject({ succeeded: 1, failed: 1 });
    expect(result.failures[0]).toMatchObject({
      status: 'mismatch',
      message: 'the response differs from the expected output at $.p: expected 2, got 3 (tolerance 0.000001)',
      request: { line: 2 },
    });
    handler = reply(200, 'not json');
    const notJson = await probe(target(), expecting, options());
    expect(notJson.failures[0]?.message).toBe('the response is not JSON: not json');
  });

  it('redacts the credential from response excerpts and keeps only the first failures', async () => {
    handler = (req, res, body) => {
      reply(500, { headers: req.headers }, { 'ms-azureml-model-error-statuscode': '500' })(req, res, body);
    };
    const result = await probe(target(), REQUESTS, options({ count: 5, keepFailures: 2 }));
    expect(result.failed).toBe(5);
    expect(result.failures).toHaveLength(2);
    expect(result.failures[0]?.message).toContain(
      'HTTP 500 (the model answered 500): {"headers":{"authorization":"Bearer ***"',
    );
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('rejects with the reason when the signal aborts', async () => {
    handler = (req, res, body) =>
      setTimeout(() => {
        reply(200, {})(req, res, body);
      }, 200);
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort(new Error('cancelled by SIGINT'));
    }, 30);
    await expect(probe(target(), REQUESTS, options({ count: 5, signal: controller.signal }))).rejects.toThrow(
      'cancelled by SIGINT',
    );
  });
});
