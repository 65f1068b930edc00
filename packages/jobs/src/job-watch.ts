/**
 * Waiting for a job: each status change with the elapsed time, the job's log lines as they arrive, and on a stop
 * signal (SIGINT/SIGTERM) or the timeout the Azure ML job is cancelled before the step ends, and the log says so.
 * Polls start at 1 s and slow down to 15 s while nothing changes.
 */
import type { JobBase } from '@azure/arm-machinelearning';
import {
  UserError,
  formatDuration,
  formatElapsed,
  sleep,
  trackProgress,
  type Logger,
} from '@aml-actions/action-kit';
import { translateArmError, type MlClient, type WorkspaceRef } from '@aml-actions/azure';
import { followLog, type LogFollower, type LogReader } from './job-log.js';
import { getJob } from './jobs-api.js';

export const TERMINAL_STATUSES = ['Completed', 'Failed', 'Canceled', 'NotResponding'] as const;

export interface WatchOptions {
  logger: Logger;
  signal: AbortSignal;
  timeoutMs: number;
  /** Print the job's log lines as they arrive (the tail is kept either way for a failure message). */
  streamLogs: boolean;
  /** Opens the job's log; a failure is reported once and the wait goes on without the log. */
  openLog: () => Promise<LogReader>;
  pollMs?: { min: number; max: number };
}

export interface WatchResult {
  job: JobBase;
  status: string;
  elapsedMs: number;
  /** The last lines of the job's log (empty when it could not be read). */
  logTail: string[];
}

const TAIL_LINES = 30;

export async function watchJob(
  client: MlClient,
  workspace: WorkspaceRef,
  name: string,
  options: WatchOptions,
): Promise<WatchResult> {
  const { logger } = options;
  const progress = trackProgress(logger, `job ${name}`);
  const stop = new AbortController();
  const onSignal = (): void => {
    stop.abort('cancelled');
  };
  options.signal.addEventListener('abort', onSignal, { once: true });
  if (options.signal.aborted) onSignal();
  const timer = setTimeout(() => {
    stop.abort('timeout');
  }, options.timeoutMs);
  const log = new LogState(options, name);
  const { min, max } = options.pollMs ?? { min: 1000, max: 15_000 };
  let wait = min;
  let job: JobBase | undefined;
  let lastStatus: string | undefined;
  try {
    for (;;) {
      job = await getJob(client, workspace, name, stop.signal).catch((error: unknown) => {
        if (stop.signal.aborted) throw error;
        throw translateArmError(error, { action: `Reading job '${name}'`, resource: `job '${name}'` });
      });
      if (job === undefined) {
        throw new UserError(
          `Job ${name} no longer exists in workspace '${workspace.workspace}': it was deleted.`,
          {
            kind: 'not-found',
          },
        );
      }
      const status = job.properties.status ?? 'Unknown';
      progress.update(status);
      const changed = status !== lastStatus;
      lastStatus = status;
      const newLines = await log.poll(stop.signal);
      if ((TERMINAL_STATUSES as readonly string[]).includes(status)) {
        await log.poll(stop.signal);
        log.finish();
        return { job, status, elapsedMs: progress.elapsedMs(), logTail: log.tail() };
      }
      wait = newLines > 0 || changed ? min : Math.min(max, Math.round(wait * 1.5));
      await sleep(wait, stop.signal);
    }
  } catch (error) {
    if (!stop.signal.aborted) throw error;
    const reason = stop.signal.reason === 'timeout' ? 'timeout' : 'cancelled';
    const status = await cancelJob(client, workspace, name, logger);
    const why =
      reason === 'timeout'
        ? `did not finish within the timeout of ${formatDuration(options.timeoutMs)}`
        : `was stopped because the workflow was cancelled`;
    throw new UserError(
      `Job ${name} ${why} (after ${formatElapsed(progress.elapsedMs())}, status ${job?.properties.status ?? 'unknown'}): ` +
        `the Azure ML job was cancelled (${status}).${formatTail(log.tail())}`,
      { kind: reason },
    );
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onSignal);
  }
}

/** Asks Azure ML to cancel the job and reports where it stands a few seconds later. */
export async function cancelJob(
  client: MlClient,
  workspace: WorkspaceRef,
  name: string,
  logger: Logger,
): Promise<string> {
  logger.warning(`Cancelling Azure ML job ${name}.`);
  try {
    await client.jobs.beginCancel(workspace.resourceGroup, workspace.workspace, name, {
      abortSignal: AbortSignal.timeout(10_000),
    });
    const job = await getJob(client, workspace, name, AbortSignal.timeout(5_000));
    const status = job?.properties.status ?? 'Unknown';
    logger.info(`Job ${name}: cancel requested, status now ${status}.`);
    return `status ${status}`;
  } catch (error) {
    const message = translateArmError(error, { action: `Cancelling job '${name}'` }).message;
    logger.warning(`${message}\nCancel the job in Azure ML studio or with: az ml job cancel --name ${name}`);
    return `the cancel request failed: ${message}`;
  }
}

/** `\nLast lines of the job's log:\n…` or nothing when there is no log. */
export function formatTail(lines: readonly string[]): string {
  if (lines.length === 0) return '';
  const what = lines.length === 1 ? 'Last line' : `Last ${lines.length} lines`;
  return `\n${what} of the job's log (user_logs/std_log.txt):\n${lines.join('\n')}`;
}

/** The log follower, opened on first use; a log that cannot be read is reported once and then left alone. */
class LogState {
  private follower: LogFollower | undefined;
  private failed = false;

  constructor(
    private readonly options: WatchOptions,
    private readonly name: string,
  ) {}

  async poll(signal: AbortSignal): Promise<number> {
    if (this.failed) return 0;
    try {
      this.follower ??= followLog(await this.options.openLog(), (line) => {
        if (this.options.streamLogs) this.options.logger.info(`  | ${line}`);
      });
      return await this.follower.poll(signal);
    } catch (error) {
      if (signal.aborted) throw error;
      this.failed = true;
      this.options.logger.warning(
        `Cannot read the log of job ${this.name} (${(error as Error).message}); waiting for the job without it.`,
      );
      return 0;
    }
  }

  finish(): void {
    this.follower?.finish();
  }

  tail(): string[] {
    return this.follower?.tail(TAIL_LINES) ?? [];
  }
}
