import { describe, expect, it } from '@jest/globals';
import { retryAfterMs, retryDecision } from '@aml-actions/scoring';

const NOW = Date.parse('2026-11-27T10:00:00Z');

describe('retryAfterMs', () => {
  it.each<[Record<string, string>, number | undefined]>([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'x-ms-retry-after-ms': '100', 'retry-after': '9' }, 100],
    [{ 'retry-after': 'Fri, 27 Nov 2026 10:00:03 GMT' }, 3000],
    [{ 'retry-after': 'Fri, 27 Nov 2026 09:59:00 GMT' }, 0],
    [{ 'retry-after': 'soon' }, undefined],
    [{ 'retry-after': '' }, undefined],
    [{}, undefined],
  ])('%j → %s', (headers, expected) => {
    expect(retryAfterMs(headers, NOW)).toBe(expected);
  });
});

describe('retryDecision', () => {
  const policy = { maxRetries: 2, maxWaitMs: 10_000 };
  it('retries 429 and 503 with a Retry-After within the bounds', () => {
    expect(retryDecision(429, { 'retry-after': '1' }, 0, policy, NOW)).toEqual({ retry: true, waitMs: 1000 });
    expect(retryDecision(503, { 'retry-after': '10' }, 1, policy, NOW)).toEqual({
      retry: true,
      waitMs: 10_000,
    });
  });

  it('does not retry other statuses, even with Retry-After', () => {
    for (const status of [200, 408, 424, 500, 502, 504]) {
      expect(retryDecision(status, { 'retry-after': '1' }, 0, policy, NOW)).toEqual({ retry: false });
    }
  });

  it('says why a 429/503 is not retried', () => {
    expect(retryDecision(429, {}, 0, policy, NOW)).toEqual({
      retry: false,
      reason: 'not retried: no Retry-After',
    });
    expect(retryDecision(429, { 'retry-after': '1' }, 2, policy, NOW)).toEqual({
      retry: false,
      reason: 'still 429 after 2 retries',
    });
    expect(retryDecision(503, { 'retry-after': '30' }, 0, policy, NOW)).toEqual({
      retry: false,
      reason: 'not retried: Retry-After 30 s is over the 10 s the test waits',
    });
  });
});
