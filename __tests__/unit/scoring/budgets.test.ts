import { describe, expect, it } from '@jest/globals';
import {
  checkBudgets,
  formatLatency,
  formatRate,
  percentile,
  summarizeLatencies,
  type ProbeResult,
} from '@aml-actions/scoring';

function result(overrides: Partial<ProbeResult> = {}): ProbeResult {
  return {
    sent: 100,
    succeeded: 99,
    failed: 1,
    errorRate: 0.01,
    latencyMs: { p50: 40, p95: 180, p99: 450, max: 900 },
    statusCounts: { '200': 99, '500': 1 },
    servedBy: { green: 100 },
    failures: [],
    retries: 0,
    elapsedMs: 5000,
    ...overrides,
  };
}

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [0.1, 1],
  ])('p%s of 1..100 is %s', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it('takes the value at or above the rank for small samples', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it('summarizes unsorted latencies, rounded to 0.1 ms', () => {
    expect(summarizeLatencies([30.04, 10, 20, 1000.26])).toEqual({
      p50: 20,
      p95: 1000.3,
      p99: 1000.3,
      max: 1000.3,
    });
    expect(summarizeLatencies([])).toEqual({ p50: 0, p95: 0, p99: 0, max: 0 });
  });

  it('formats latencies and rates for people', () => {
    expect(formatLatency(12.34)).toBe('12.3 ms');
    expect(formatLatency(1500)).toBe('1.50 s');
    expect(formatLatency(25_000)).toBe('25.0 s');
    expect(formatRate(0)).toBe('0 %');
    expect(formatRate(1 / 3)).toBe('33.3 %');
    expect(formatRate(0.0001)).toBe('0.01 %');
  });
});

describe('checkBudgets', () => {
  it('passes every budget at or under its limit', () => {
    const verdict = checkBudgets(result(), { maxErrorRate: 0.01, maxP95Ms: 180, maxP99Ms: 500 });
    expect(verdict).toEqual({
      passed: true,
      checks: [
        { name: 'error rate', limit: '1 %', actual: '1 % (1 of 100)', passed: true },
        { name: 'latency p95', limit: '180 ms', actual: '180 ms', passed: true },
        { name: 'latency p99', limit: '500 ms', actual: '450 ms', passed: true },
      ],
    });
  });

  it('fails each breached budget on its own', () => {
    const verdict = checkBudgets(result(), { maxErrorRate: 0, maxP99Ms: 400 });
    expect(verdict.passed).toBe(false);
    expect(verdict.checks.map((c) => [c.name, c.passed])).toEqual([
      ['error rate', false],
      ['latency p99', false],
    ]);
  });

  it('checks only the error rate when no latency budget is set', () => {
    expect(checkBudgets(result({ failed: 0, errorRate: 0 }), { maxErrorRate: 0 }).checks).toHaveLength(1);
  });

  it('never passes when nothing was sent', () => {
    const verdict = checkBudgets(result({ sent: 0, succeeded: 0, failed: 0, errorRate: 0 }), {
      maxErrorRate: 1,
      maxP95Ms: 1000,
    });
    expect(verdict.passed).toBe(false);
  });
});
