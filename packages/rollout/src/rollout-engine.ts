/**
 * The rollout state machine: for each planned step, write the step's full traffic map, then bake: rounds of live
 * checks (right after the change, every check interval, and at the end of the bake time). The first failed round,
 * error, timeout or cancellation stops the rollout and restores the map the endpoint had before it (read back to
 * verify), like Flagger and SageMaker guardrails: no failures tolerated, a full rollback. The engine never throws:
 * it returns a report (promoted, rolled-back or rollback-failed) for the caller's summary and exit code.
 */
import {
  UserError,
  errorMessage,
  formatDuration,
  formatElapsed,
  sleep as abortableSleep,
  type Logger,
} from '@aml-actions/action-kit';
import type { EndpointTraffic } from '@aml-actions/endpoints';
import { restoreTraffic, type RollbackRecord } from './rollback.js';
import { formatMaps, type PlannedStep, type RolloutPlan } from './step-traffic.js';
import { describeStep } from './steps.js';

/** One check of a round: `error rate (endpoint)`, limit `≤ 1%`, actual `0%`. */
export interface CheckResult {
  name: string;
  limit: string;
  actual: string;
  passed: boolean;
}

export interface RoundResult {
  passed: boolean;
  checks: CheckResult[];
  /** What the round observed, one line each (requests sent, who served them), for the log. */
  details: string[];
}

/** What a write may use: its own abort signal and deadline (a rollback gets fresh ones). */
export interface WriteBudget {
  signal: AbortSignal;
  deadline: number;
  timeoutMs: number;
}

/** The endpoint's maps and provisioning state, as read. */
export interface EndpointReading {
  maps: EndpointTraffic;
  state: string;
}

/** The endpoint side of a rollout; the ARM and scoring implementation is arm-driver.ts, tests use fakes. */
export interface RolloutDriver {
  /** Writes both maps in one update and reads the endpoint back until it shows them; returns what it shows. */
  setTraffic(target: EndpointTraffic, budget: WriteBudget): Promise<EndpointTraffic>;
  /** Reads the endpoint's maps and state once (after a failed rollback, to say where it stands). */
  readTraffic(signal: AbortSignal): Promise<EndpointReading>;
  /** One round of checks while `step` is the endpoint's traffic. */
  checkRound(step: PlannedStep, round: number, signal: AbortSignal): Promise<RoundResult>;
  /** How to restore `maps` by hand (an az CLI command), for a rollback that failed. */
  manualRestore(maps: EndpointTraffic): string;
}

export interface EngineOptions {
  bakeMs: number;
  /** Time between check rounds during the bake. */
  checkIntervalMs: number;
  /** Cancellation (SIGINT/SIGTERM). */
  signal: AbortSignal;
  /** When the whole rollout must have ended (the `timeout` input). */
  deadline: number;
  timeoutMs: number;
  /** Budget of a rollback after a failure. */
  rollbackTimeoutMs: number;
  /** Budget of a rollback after cancellation (the runner kills the step about 7.5 s after it cancels). */
  cancelGraceMs: number;
  log: Logger;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export type StepVerdict = 'passed' | 'failed';

export interface StepRecord {
  planned: PlannedStep;
  verdict: StepVerdict;
  rounds: RoundResult[];
  durationMs: number;
  /** Why the step failed. */
  failure?: string;
}

export type FailureKind = 'check' | 'error' | 'timeout' | 'cancelled';

export interface RolloutReport {
  result: 'promoted' | 'rolled-back' | 'rollback-failed';
  steps: StepRecord[];
  /** The maps the endpoint showed last (after the last step, or after the rollback). */
  final: EndpointTraffic;
  failure?: { step: number; kind: FailureKind; reason: string };
  rollback?: RollbackRecord;
}

/** A failed round of checks: stops the rollout like an error does. */
class ChecksFailed extends Error {
  constructor(readonly round: RoundResult) {
    super(
      `checks failed: ${round.checks
        .filter((check) => !check.passed)
        .map((check) => `${check.name} ${check.actual} (limit ${check.limit})`)
        .join('; ')}`,
    );
    this.name = 'ChecksFailed';
  }
}

function failureKind(error: unknown, signal: AbortSignal): FailureKind {
  if (error instanceof ChecksFailed) return 'check';
  if (signal.aborted) return 'cancelled';
  return error instanceof UserError && error.kind === 'timeout' ? 'timeout' : 'error';
}

function failureReason(error: unknown, signal: AbortSignal): string {
  if (error instanceof ChecksFailed) return error.message;
  if (signal.aborted) return errorMessage(signal.reason);
  return errorMessage(error);
}

export async function runRollout(
  plan: RolloutPlan,
  driver: RolloutDriver,
  options: EngineOptions,
): Promise<RolloutReport> {
  const { log } = options;
  const now = options.now ?? Date.now;
  const records: StepRecord[] = [];
  let shown = plan.previous;
  const total = plan.steps.length;
  for (const planned of plan.steps) {
    const started = now();
    const record: StepRecord = { planned, verdict: 'passed', rounds: [], durationMs: 0 };
    records.push(record);
    const label = `step ${planned.index}/${total} (${plan.deployment} ${describeStep(planned.step)})`;
    try {
      log.info(
        `Step ${planned.index}/${total}: ${plan.deployment} ${describeStep(planned.step)}: ${formatMaps(planned.target)}`,
      );
      options.signal.throwIfAborted();
      shown = await driver.setTraffic(planned.target, options);
      await bake(planned, label, record, driver, options);
      record.durationMs = now() - started;
      log.info(`Step ${planned.index}/${total} passed after ${formatDuration(record.durationMs)}.`);
    } catch (error) {
      record.verdict = 'failed';
      record.durationMs = now() - started;
      const kind = failureKind(error, options.signal);
      const reason = failureReason(error, options.signal);
      record.failure = reason;
      if (kind === 'error' && !(error instanceof UserError))
        log.debug(`Stopped by: ${String(error instanceof Error ? error.stack : error)}`);
      log.error(`${label} failed (${kind}): ${reason}`);
      const failure = { step: planned.index, kind, reason };
      const rollback = await restoreTraffic(plan, driver, options, kind === 'cancelled');
      return {
        result: rollback.outcome === 'restored' ? 'rolled-back' : 'rollback-failed',
        steps: records,
        final: rollback.shown ?? shown,
        failure,
        rollback,
      };
    }
  }
  return { result: 'promoted', steps: records, final: shown };
}

/** Rounds of checks until the bake time is over: one right away, one every interval, one at the end. */
async function bake(
  planned: PlannedStep,
  label: string,
  record: StepRecord,
  driver: RolloutDriver,
  options: EngineOptions,
): Promise<void> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const started = now();
  const end = started + options.bakeMs;
  for (let round = 1; ; round++) {
    const result = await driver.checkRound(planned, round, options.signal);
    record.rounds.push(result);
    const left = end - now();
    const verdict = result.passed ? 'passed' : 'FAILED';
    const bakeText =
      options.bakeMs === 0
        ? 'no bake time'
        : left > 0
          ? `${formatDuration(left)} of bake time left`
          : 'bake time over';
    options.log.info(
      `[${formatElapsed(now() - started)}] ${label}: checks round ${round} ${verdict}; ${bakeText}`,
    );
    for (const line of result.details) options.log.info(`    ${line}`);
    for (const check of result.checks) {
      options.log.info(
        `    ${check.passed ? 'ok  ' : 'FAIL'} ${check.name}: ${check.actual} (limit ${check.limit})`,
      );
    }
    if (!result.passed) throw new ChecksFailed(result);
    if (left <= 0) return;
    const wait = Math.min(left, options.checkIntervalMs);
    if (now() + wait > options.deadline) {
      throw new UserError(
        `The promotion did not finish within the timeout (${formatDuration(options.timeoutMs)}): ${label} still had ` +
          `${formatDuration(left)} of bake time. Raise 'timeout', or shorten 'bake-time' or the steps.`,
        { kind: 'timeout' },
      );
    }
    await sleep(wait, options.signal);
  }
}
