/**
 * Error and latency budgets: each budget's limit against the probe's actual value, one verdict per budget. A budget
 * passes when the actual value is at or under its limit (Flagger's and Argo Rollouts' convention for maxima).
 */
import { formatLatency } from './percentiles.js';
import type { ProbeResult } from './probe.js';

export interface Budgets {
  /** The fraction of requests allowed to fail, 0 to 1 (default in the actions: 0, no failure tolerated). */
  maxErrorRate: number;
  maxP95Ms?: number;
  maxP99Ms?: number;
}

export interface BudgetCheck {
  name: string;
  limit: string;
  actual: string;
  passed: boolean;
}

export interface BudgetVerdict {
  passed: boolean;
  checks: BudgetCheck[];
}

/** `0 %`, `2.5 %`, `0.01 %`. */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toPrecision(3))} %`;
}

export function checkBudgets(result: ProbeResult, budgets: Budgets): BudgetVerdict {
  const checks: BudgetCheck[] = [
    {
      name: 'error rate',
      limit: formatRate(budgets.maxErrorRate),
      actual: `${formatRate(result.errorRate)} (${result.failed} of ${result.sent})`,
      passed: result.sent > 0 && result.errorRate <= budgets.maxErrorRate,
    },
  ];
  const latency = (name: string, limit: number | undefined, actual: number): void => {
    if (limit === undefined) return;
    checks.push({
      name,
      limit: formatLatency(limit),
      actual: formatLatency(actual),
      passed: result.sent > 0 && actual <= limit,
    });
  };
  latency('latency p95', budgets.maxP95Ms, result.latencyMs.p95);
  latency('latency p99', budgets.maxP99Ms, result.latencyMs.p99);
  return { passed: checks.every((check) => check.passed), checks };
}
