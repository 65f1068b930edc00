/**
 * The job summary: verdict, budgets (limit, actual, pass/fail), latency percentiles, status codes, which deployment
 * served, and the first failures with their request file:line and a response excerpt (keys and tokens redacted).
 */
import type { SummaryBuilder } from '@aml-actions/action-kit';
import {
  formatLatency,
  formatRate,
  type BudgetVerdict,
  type ProbeResult,
  type ScoringTarget,
} from '@aml-actions/scoring';
import type { Inputs } from './inputs.js';

export interface SmokeTestReport {
  target: ScoringTarget;
  deployment: string | undefined;
  inputs: Inputs;
  result: ProbeResult;
  verdict: BudgetVerdict;
}

export function writeSummary(summary: SummaryBuilder, report: SmokeTestReport): void {
  const { target, deployment, inputs, result, verdict } = report;
  summary.heading(
    `Smoke test of ${target.endpointName}${deployment === undefined ? '' : ` / ${deployment}`}`,
  );
  summary.status(
    verdict.passed ? 'success' : 'failure',
    verdict.passed
      ? `Passed: ${result.succeeded} of ${result.sent} request(s) succeeded within the budgets.`
      : `Failed: ${verdict.checks
          .filter((check) => !check.passed)
          .map((check) => check.name)
          .join(', ')} over budget.`,
  );
  summary.keyValue({
    Endpoint: `${target.endpointName} (workspace ${target.workspace}, auth ${target.authMode})`,
    Target:
      deployment === undefined
        ? `the endpoint's traffic split (${Object.entries(target.traffic)
            .map(([name, share]) => `${name} ${share}%`)
            .join(', ')})`
        : `deployment ${deployment} directly (azureml-model-deployment header)`,
    'Scoring URI': target.scoringUri,
    Requests: `${result.sent} sent, ${result.succeeded} succeeded, ${result.failed} failed${
      result.retries > 0 ? `, ${result.retries} retr${result.retries === 1 ? 'y' : 'ies'} after 429/503` : ''
    }`,
    'Stopped early': result.stoppedEarly,
    Load: `concurrency ${inputs.concurrency}, timeout ${formatLatency(inputs.timeout)} per attempt${
      inputs.warmup > 0 ? `, ${inputs.warmup} warm-up request(s) not counted` : ''
    }`,
    Duration: formatLatency(result.elapsedMs),
  });
  summary.heading('Budgets', 3);
  summary.table(
    ['Budget', 'Limit', 'Actual', 'Result'],
    verdict.checks.map((check) => [
      check.name,
      check.limit,
      check.actual,
      check.passed ? '✅ pass' : '❌ fail',
    ]),
  );
  summary.heading('Latency', 3);
  summary.table(
    ['p50', 'p95', 'p99', 'max'],
    [
      [result.latencyMs.p50, result.latencyMs.p95, result.latencyMs.p99, result.latencyMs.max].map(
        formatLatency,
      ),
    ],
  );
  summary.heading('Answers', 3);
  summary.table(
    ['Status', 'Count'],
    Object.entries(result.statusCounts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => [status, count]),
  );
  const served = Object.entries(result.servedBy).sort(([, a], [, b]) => b - a);
  summary.heading('Served by', 3);
  summary.table(
    ['Deployment (azureml-model-deployment header)', 'Requests', 'Share'],
    served.length === 0
      ? [['(no answer named its deployment)', '', '']]
      : served.map(([name, count]) => [name, count, formatRate(count / Math.max(1, result.sent))]),
  );
  if (result.failures.length > 0) {
    summary.details(
      `First ${result.failures.length} of ${result.failed} failure(s)`,
      (inner) =>
        inner.table(
          ['Request', 'Status', 'Deployment', 'Detail'],
          result.failures.map((failure) => [
            {
              markdown: `\`${failure.request.file}${failure.request.line === undefined ? '' : `:${failure.request.line}`}\``,
            },
            String(failure.status),
            failure.deployment,
            failure.message,
          ]),
        ),
      true,
    );
  }
}
