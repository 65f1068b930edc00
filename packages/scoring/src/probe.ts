/**
 * probe(): sends `count` scoring requests (cycling through the samples), `concurrency` at a time, to the endpoint
 * or one deployment (azureml-model-deployment header), and measures them.
 *
 * How retries count: a request throttled with 429/503 + Retry-After is sent again (see retry-policy.ts), but it
 * stays ONE request in `sent`, `succeeded`/`failed` and the error rate, judged by its last answer; its latency is the
 * whole time from its first attempt to its last answer, waits included; every answer, retried or not, is counted in
 * `statusCounts`, and `retries` says how many extra attempts there were.
 */
import { formatElapsed, sleep, type Logger } from '@aml-actions/action-kit';
import type { Agent } from 'node:http';
import { scoringAgent, sendOnce, type Attempt } from './http-send.js';
import { judgeAnswer, type ProbeFailure } from './judge-answer.js';
import { summarizeLatencies, type LatencySummary } from './percentiles.js';
import type { ScoringRequest } from './request-files.js';
import { DEFAULT_RETRY_POLICY, retryDecision, type RetryPolicy } from './retry-policy.js';
import type { ScoringTarget } from './scoring-target.js';

export const DEPLOYMENT_HEADER = 'azureml-model-deployment';

export interface ProbeOptions {
  /** Call this deployment directly (azureml-model-deployment header), even at 0 % traffic. */
  deployment?: string;
  count: number;
  concurrency: number;
  /** Per attempt. */
  timeoutMs: number;
  /** Requests sent before the measured ones and not counted (lazy model loading, cold caches). Default 0. */
  warmup?: number;
  /** Numbers in expected outputs may differ by this × max(1, |expected|). Default 1e-6. */
  tolerance?: number;
  retry?: RetryPolicy;
  /** Failures kept with their details (default 20); all are counted. */
  keepFailures?: number;
  /** A progress line this often (default 5 s). */
  progressIntervalMs?: number;
  signal?: AbortSignal;
  log: Logger;
}

export interface ProbeResult {
  /** Requests sent (each counted once, however many times it was retried). */
  sent: number;
  succeeded: number;
  failed: number;
  /** failed / sent. */
  errorRate: number;
  /** End-to-end latency of every request sent (retry waits included; a timeout counts as its time). */
  latencyMs: LatencySummary;
  /** Every answer by status code, retried ones included; `timeout` and `network` for attempts without one. */
  statusCounts: Record<string, number>;
  /** Final answers per deployment, from the azureml-model-deployment response header. */
  servedBy: Record<string, number>;
  /** The first `keepFailures` failures. */
  failures: ProbeFailure[];
  /** Extra attempts after 429/503 with Retry-After. */
  retries: number;
  elapsedMs: number;
  /** Why the probe stopped before sending everything (401, 403, 404: every further request would fail alike). */
  stoppedEarly?: string;
}

/** Statuses after which sending more requests only repeats the answer. */
const STOP_STATUSES = new Set([401, 403, 404]);

interface Outcome {
  ok: boolean;
  ms: number;
  failure?: ProbeFailure;
}

class Tally {
  readonly latencies: number[] = [];
  readonly statusCounts: Record<string, number> = {};
  readonly servedBy: Record<string, number> = {};
  readonly failures: ProbeFailure[] = [];
  succeeded = 0;
  failed = 0;
  retries = 0;
  inFlight = 0;
  stoppedEarly: string | undefined;

  constructor(private readonly keepFailures: number) {}

  answer(attempt: Attempt): void {
    const key = attempt.kind === 'response' ? String(attempt.status) : attempt.kind;
    this.statusCounts[key] = (this.statusCounts[key] ?? 0) + 1;
  }

  outcome(outcome: Outcome, deployment: string | undefined): void {
    this.latencies.push(outcome.ms);
    if (deployment !== undefined) this.servedBy[deployment] = (this.servedBy[deployment] ?? 0) + 1;
    if (outcome.ok) this.succeeded++;
    else this.failed++;
    if (outcome.failure !== undefined && this.failures.length < this.keepFailures) {
      this.failures.push(outcome.failure);
    }
  }

  get done(): number {
    return this.succeeded + this.failed;
  }
}

interface ProbeRun {
  target: ScoringTarget;
  url: URL;
  agent: Agent;
  options: ProbeOptions;
  policy: RetryPolicy;
  tolerance: number;
}

export async function probe(
  target: ScoringTarget,
  requests: readonly ScoringRequest[],
  options: ProbeOptions,
): Promise<ProbeResult> {
  if (requests.length === 0) throw new Error('probe: no requests to send');
  const url = new URL(target.scoringUri);
  if (url.protocol === 'http:') {
    options.log.warning(
      `The scoring URI of '${target.endpointName}' is plain http: its ${target.authMode} credential travels unencrypted.`,
    );
  }
  const run: ProbeRun = {
    target,
    url,
    agent: scoringAgent(url, options.concurrency),
    options,
    policy: options.retry ?? DEFAULT_RETRY_POLICY,
    tolerance: options.tolerance ?? 1e-6,
  };
  try {
    const warmup = options.warmup ?? 0;
    if (warmup > 0) {
      const tally = await sendAll(run, requests, warmup, new Tally(0), 'warm-up');
      options.log.info(
        `Warm-up: ${tally.done} request(s) sent, not counted (${describeCounts(tally.statusCounts)}).`,
      );
    }
    const started = performance.now();
    const tally = await sendAll(
      run,
      requests,
      options.count,
      new Tally(options.keepFailures ?? 20),
      'scoring',
    );
    const sent = tally.done;
    return {
      sent,
      succeeded: tally.succeeded,
      failed: tally.failed,
      errorRate: sent === 0 ? 0 : tally.failed / sent,
      latencyMs: summarizeLatencies(tally.latencies),
      statusCounts: tally.statusCounts,
      servedBy: tally.servedBy,
      failures: tally.failures,
      retries: tally.retries,
      elapsedMs: performance.now() - started,
      ...(tally.stoppedEarly === undefined ? {} : { stoppedEarly: tally.stoppedEarly }),
    };
  } finally {
    run.agent.destroy();
  }
}

/** `200×98, 429×2`. */
export function describeCounts(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? 'none' : entries.map(([key, n]) => `${key}×${n}`).join(', ');
}

/** Sends `count` requests with `concurrency` workers, logging progress; the tally of what came back. */
async function sendAll(
  run: ProbeRun,
  requests: readonly ScoringRequest[],
  count: number,
  tally: Tally,
  label: string,
): Promise<Tally> {
  const { log, signal } = run.options;
  const started = performance.now();
  const progress = (): void => {
    log.info(
      `[${formatElapsed(performance.now() - started)}] ${label}: ${tally.done}/${count} done, ` +
        `${tally.failed} failed, ${tally.inFlight} in flight`,
    );
  };
  const timer = setInterval(progress, run.options.progressIntervalMs ?? 5000);
  timer.unref();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count && tally.stoppedEarly === undefined) {
      signal?.throwIfAborted();
      const request = requests[next % requests.length];
      next++;
      if (request === undefined) continue;
      tally.inFlight++;
      try {
        const { outcome, deployment } = await scoreOne(run, request, tally);
        tally.outcome(outcome, deployment);
      } finally {
        tally.inFlight--;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(run.options.concurrency, count) }, worker));
  } finally {
    clearInterval(timer);
  }
  progress();
  return tally;
}

/** One request, retried after 429/503 with Retry-After, judged by its last answer. */
async function scoreOne(
  run: ProbeRun,
  request: ScoringRequest,
  tally: Tally,
): Promise<{ outcome: Outcome; deployment?: string }> {
  const { options, target } = run;
  const started = performance.now();
  for (let retries = 0; ; retries++) {
    const headers: Record<string, string> = {
      ...(await target.authHeaders()),
      'Content-Type': request.contentType,
      Accept: 'application/json',
      ...(options.deployment === undefined ? {} : { [DEPLOYMENT_HEADER]: options.deployment }),
    };
    const attempt = await sendOnce({
      url: run.url,
      headers,
      body: request.body,
      timeoutMs: options.timeoutMs,
      agent: run.agent,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    tally.answer(attempt);
    const ms = performance.now() - started;
    if (attempt.kind !== 'response') {
      return {
        outcome: {
          ok: false,
          ms,
          failure: { status: attempt.kind, message: attempt.message, request: request.source },
        },
      };
    }
    const decision = retryDecision(attempt.status, attempt.headers, retries, run.policy);
    if (decision.retry) {
      tally.retries++;
      await sleep(decision.waitMs, options.signal);
      continue;
    }
    const deployment = attempt.headers[DEPLOYMENT_HEADER];
    if (STOP_STATUSES.has(attempt.status)) tally.stoppedEarly ??= `HTTP ${attempt.status}`;
    const failure = judgeAnswer(attempt, request, decision.reason, run);
    const outcome: Outcome =
      failure === undefined
        ? { ok: true, ms }
        : { ok: false, ms, failure: { ...failure, ...(deployment === undefined ? {} : { deployment }) } };
    return deployment === undefined ? { outcome } : { outcome, deployment };
  }
}
