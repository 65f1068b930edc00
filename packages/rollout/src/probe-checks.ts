/**
 * The scoring checks of one round: the endpoint as clients call it (no deployment header, so the live traffic split
 * and the mirror apply), then the new deployment directly (azureml-model-deployment header), each judged against the
 * same budgets (@aml-actions/scoring's probe and checkBudgets). One after the other, so the checks never load a
 * deployment with more concurrent requests than `concurrency` (plus mirrored copies).
 */
import type { Logger } from '@aml-actions/action-kit';
import {
  checkBudgets,
  describeCounts,
  formatLatency,
  probe,
  type Budgets,
  type ProbeResult,
  type ScoringRequest,
  type ScoringTarget,
} from '@aml-actions/scoring';
import type { CheckResult } from './rollout-engine.js';

export interface ProbeSettings {
  requests: readonly ScoringRequest[];
  /** Requests per probe (each round probes twice: the endpoint and the deployment). */
  count: number;
  concurrency: number;
  /** Per request. */
  timeoutMs: number;
  budgets: Budgets;
}

export interface ProbeRound {
  passed: boolean;
  checks: CheckResult[];
  details: string[];
}

/** Failures shown per probe in the log. */
const FAILURES_SHOWN = 3;

function describeProbe(name: string, result: ProbeResult): string[] {
  const served = Object.entries(result.servedBy)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([deployment, n]) => `${deployment} ${n}`)
    .join(', ');
  const lines = [
    `${name}: ${result.sent} sent, ${result.failed} failed (${describeCounts(result.statusCounts)}), ` +
      `p95 ${formatLatency(result.latencyMs.p95)}, p99 ${formatLatency(result.latencyMs.p99)}` +
      (served === '' ? '' : `; served by ${served}`) +
      (result.stoppedEarly === undefined ? '' : `; stopped early: ${result.stoppedEarly}`),
  ];
  for (const failure of result.failures.slice(0, FAILURES_SHOWN)) {
    const where =
      failure.request.line === undefined
        ? failure.request.file
        : `${failure.request.file}:${failure.request.line}`;
    lines.push(`  ${name} failure ${String(failure.status)} (${where}): ${failure.message}`);
  }
  return lines;
}

export async function probeRound(
  target: ScoringTarget,
  deployment: string,
  settings: ProbeSettings,
  signal: AbortSignal,
  log: Logger,
): Promise<ProbeRound> {
  const options = {
    count: settings.count,
    concurrency: settings.concurrency,
    timeoutMs: settings.timeoutMs,
    signal,
    log,
  };
  const viaEndpoint = await probe(target, settings.requests, options);
  const direct = await probe(target, settings.requests, { ...options, deployment });
  const checks: CheckResult[] = [];
  let passed = true;
  for (const [name, result] of [
    ['endpoint', viaEndpoint],
    [deployment, direct],
  ] as const) {
    const verdict = checkBudgets(result, settings.budgets);
    passed &&= verdict.passed;
    checks.push(...verdict.checks.map((check) => ({ ...check, name: `${check.name} (${name})` })));
  }
  return {
    passed,
    checks,
    details: [...describeProbe('endpoint', viaEndpoint), ...describeProbe(deployment, direct)],
  };
}
