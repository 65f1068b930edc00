/**
 * Rolling back: write the traffic and mirror maps the endpoint had before the rollout, read them back, and compare.
 * The rollback has its own abort signal and deadline, since the run's may be what ended (cancellation, timeout):
 * after a cancellation it gets the few seconds the runner leaves before it kills the step, otherwise a few minutes,
 * cut to the cancellation grace as soon as a cancellation arrives meanwhile. A failed write is tried again (with a
 * growing wait) while the budget lasts. When the budget is spent, one last quick read of the endpoint tells whether
 * the change landed anyway (a write whose wait ran out) or Azure is still applying it (the endpoint is Updating, as
 * a real traffic update takes longer than a cancelled step has). If it is not restored, the log says so loudly, with
 * the exact maps to restore and the command that does it.
 */
import {
  UserError,
  errorMessage,
  formatDuration,
  sleep as abortableSleep,
  type Logger,
} from '@aml-actions/action-kit';
import type { EndpointTraffic } from '@aml-actions/endpoints';
import type { EndpointReading, EngineOptions, RolloutDriver, WriteBudget } from './rollout-engine.js';
import { formatMaps, showsMaps, type RolloutPlan } from './step-traffic.js';

export interface RollbackRecord {
  to: EndpointTraffic;
  outcome: 'restored' | 'failed';
  /** What the endpoint showed last (undefined when it could not be read). */
  shown?: EndpointTraffic;
  /** The endpoint's provisioning state at the last read of a failed rollback (Updating: Azure is applying a change). */
  endpointState?: string;
  attempts: number;
  durationMs: number;
  /** The last error of a failed rollback. */
  error?: string;
  /** How to restore by hand, for a failed rollback. */
  manual?: string;
}

/** The last read of the endpoint after a failed rollback (kept short: a cancelled step has seconds left). */
export const FINAL_READ_MS = 1500;

interface RollbackBudget extends WriteBudget {
  dispose(): void;
}

function rollbackBudget(options: EngineOptions, cancelled: boolean, now: () => number): RollbackBudget {
  const budgetMs = cancelled ? options.cancelGraceMs : options.rollbackTimeoutMs;
  const controller = new AbortController();
  const expire = (ms: number) =>
    setTimeout(() => {
      controller.abort(
        new UserError(`the rollback did not finish within ${formatDuration(ms)}`, { kind: 'timeout' }),
      );
    }, ms);
  const timers = [expire(budgetMs)];
  const onCancel = (): void => {
    options.log.warning(
      `Cancelled during the rollback: finishing it within ${formatDuration(options.cancelGraceMs)}.`,
    );
    timers.push(expire(options.cancelGraceMs));
  };
  if (!cancelled) options.signal.addEventListener('abort', onCancel, { once: true });
  return {
    signal: controller.signal,
    deadline: now() + budgetMs,
    timeoutMs: budgetMs,
    dispose: () => {
      for (const timer of timers) clearTimeout(timer);
      options.signal.removeEventListener('abort', onCancel);
    },
  };
}

export async function restoreTraffic(
  plan: RolloutPlan,
  driver: RolloutDriver,
  options: EngineOptions,
  cancelled: boolean,
): Promise<RollbackRecord> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const started = now();
  const to = plan.previous;
  const budget = rollbackBudget(options, cancelled, now);
  options.log.warning(
    `Rolling back: restoring the traffic of the endpoint to ${formatMaps(to)} (within ${formatDuration(budget.timeoutMs)}).`,
  );
  let attempts = 0;
  let lastError = '';
  let shown: EndpointTraffic | undefined;
  try {
    for (;;) {
      attempts++;
      try {
        shown = await driver.setTraffic(to, budget);
        if (showsMaps(shown, to)) {
          const durationMs = now() - started;
          options.log.info(
            `Rolled back in ${formatDuration(durationMs)}: the endpoint shows ${formatMaps(shown)} again (read back).`,
          );
          return { to, outcome: 'restored', shown, attempts, durationMs };
        }
        lastError = `the endpoint shows ${formatMaps(shown)} after the rollback, not ${formatMaps(to)}`;
      } catch (error) {
        lastError = budget.signal.aborted ? errorMessage(budget.signal.reason) : errorMessage(error);
      }
      const wait = Math.min(15_000, 1000 * 2 ** (attempts - 1));
      if (budget.signal.aborted || now() + wait >= budget.deadline) break;
      options.log.warning(
        `Rollback attempt ${attempts} failed: ${lastError}. Trying again in ${formatDuration(wait)}.`,
      );
      await sleep(wait, budget.signal).catch(() => undefined);
    }
  } finally {
    budget.dispose();
  }
  const last = await driver.readTraffic(AbortSignal.timeout(FINAL_READ_MS)).catch((error: unknown) => {
    options.log.warning(`Could not read the endpoint after the failed rollback: ${errorMessage(error)}`);
    return undefined;
  });
  const durationMs = now() - started;
  if (last !== undefined && showsMaps(last.maps, to)) {
    options.log.info(
      `Rolled back in ${formatDuration(durationMs)}: the endpoint shows ${formatMaps(last.maps)} again (read back ` +
        `after the rollback's own wait ran out: ${lastError}).`,
    );
    return { to, outcome: 'restored', shown: last.maps, attempts, durationMs };
  }
  const manual = driver.manualRestore(to);
  reportFailedRollback(options.log, to, lastError, manual, last);
  return {
    to,
    outcome: 'failed',
    ...(last === undefined
      ? shown === undefined
        ? {}
        : { shown }
      : { shown: last.maps, endpointState: last.state }),
    attempts,
    durationMs,
    error: lastError,
    manual,
  };
}

function reportFailedRollback(
  log: Logger,
  to: EndpointTraffic,
  error: string,
  manual: string,
  last: EndpointReading | undefined,
): void {
  const now =
    last === undefined
      ? 'The endpoint could not be read.'
      : `The endpoint shows ${formatMaps(last.maps)} and is ${last.state}` +
        (last.state.toLowerCase() === 'updating'
          ? ': Azure is still applying an update, probably this rollback; check that it ends with the maps below.'
          : '.');
  log.error(
    [
      `ROLLBACK FAILED: the endpoint may still send traffic to the new deployment. Last error: ${error}`,
      now,
      `Restore this by hand now: traffic ${JSON.stringify(to.traffic)}, mirror traffic ${JSON.stringify(to.mirror)}`,
      `  ${manual}`,
    ].join('\n'),
  );
}
