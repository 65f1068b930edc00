/**
 * Waiting between ARM requests: Retry-After (seconds or an HTTP date) or a growing backoff, bounded by the run's
 * deadline, and retrying while ARM answers 409 Conflict (another operation is running on the resource).
 */
import { UserError, formatDuration, sleep, type Logger } from '@aml-actions/action-kit';
import { isRestError } from '@azure/core-rest-pipeline';
import { translateArmError } from './arm-errors.js';
import type { MlClient } from './ml-client.js';

/** What raw ARM requests and their waits work with. */
export interface ArmWaitContext {
  client: MlClient;
  logger: Logger;
  signal: AbortSignal;
  /** Epoch ms by which every wait (operations, retries, read-backs) must end. */
  deadline: number;
  /** The run's timeout, for messages. */
  timeoutMs: number;
}

/** Seconds of a Retry-After header (an integer or an HTTP date) in ms, undefined when absent or unreadable. */
export function retryAfterMs(headers: Record<string, string> | undefined): number | undefined {
  const value = headers?.['retry-after'];
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** The wait before the next try: Retry-After when the service sends a positive one, else the backoff. */
export function nextWaitMs(headers: Record<string, string> | undefined, attempt: number): number {
  const after = retryAfterMs(headers);
  return after === undefined || after === 0 ? backoffMs(attempt) : after;
}

/** Growing waits when the service gives no Retry-After: 1 s, 2 s, 4 s, … at most 15 s. */
export function backoffMs(attempt: number): number {
  return Math.min(15_000, 1000 * 2 ** attempt);
}

/** Waits `ms`, or throws the run's timeout if the deadline comes first. */
export async function waitUntilDeadline(ctx: ArmWaitContext, ms: number, what: string): Promise<void> {
  const left = ctx.deadline - Date.now();
  if (left <= 0 || ms > left) {
    throw new UserError(
      `${what} did not finish within the timeout (${formatDuration(ctx.timeoutMs)}). Whatever Azure is running ` +
        `goes on: check it in Azure ML studio, then re-run (finished work is reused) or raise 'timeout'.`,
      { kind: 'timeout' },
    );
  }
  await sleep(ms, ctx.signal);
}

/**
 * Runs `attempt` again while Azure answers 409 (another operation runs on the resource), waiting Retry-After or a
 * growing backoff in between, until the deadline. `attempt` starts from scratch each time, so a read-modify-write
 * re-reads what the other operation changed.
 */
export async function retryOnConflict<T>(
  ctx: ArmWaitContext,
  what: string,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRestError(error) || error.statusCode !== 409) throw error;
      const headers = error.response?.headers.toJSON();
      const wait = nextWaitMs(headers, tries);
      ctx.logger.info(
        `${what}: Azure answered 409 Conflict (${error.message.split('\n')[0] ?? ''}); another operation is ` +
          `running, retrying in ${formatDuration(wait)}.`,
      );
      await waitUntilDeadline(ctx, wait, what).catch((timeout: unknown) => {
        throw timeout instanceof UserError && timeout.kind === 'timeout'
          ? translateArmError(error, { action: what })
          : timeout;
      });
    }
  }
}
