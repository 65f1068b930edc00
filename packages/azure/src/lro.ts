/**
 * Waiting for an ARM long-running operation: progress lines (state, elapsed) while the SDK polls, a timeout that
 * says what is still running, and cancellation through an AbortSignal (SIGINT/SIGTERM in actions).
 */
import type { PollOperationState, PollerLike } from '@azure/core-lro';
import type { PipelineResponse } from '@azure/core-rest-pipeline';
import {
  UserError,
  formatDuration,
  formatElapsed,
  trackProgress,
  type Logger,
  type Progress,
} from '@aml-actions/action-kit';
import { translateArmError } from './arm-errors.js';
import { provisioningState } from './lro-state.js';

export type LroPoller<T> = PollerLike<PollOperationState<T>, T>;

/** What waitForLro passes to a `begin…` call; the SDK's OperationOptions accept it as is. */
export interface LroStartOptions {
  abortSignal: AbortSignal;
  updateIntervalInMs?: number;
  /** Sees the first response and every poll response (the SDK forwards it to each request of the operation). */
  onResponse: (rawResponse: PipelineResponse & { parsedBody?: unknown }) => void;
}

export type LroStart<T> = (options: LroStartOptions) => Promise<LroPoller<T>>;

export interface LroOptions {
  /** What is running, as the start of a sentence: "Creating online endpoint 'churn'". */
  label: string;
  logger: Logger;
  /** Give up after this long (default 60 minutes). The operation itself keeps running in Azure. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Time between polls when the service sends no Retry-After (SDK default 2 s). Only with a start function. */
  pollIntervalMs?: number;
  /** A progress line is printed on every state change and at least this often (default 30 s). */
  progressIntervalMs?: number;
  /** The resource concerned, for error hints: "online endpoint 'churn'". */
  resource?: string;
}

const DEFAULT_TIMEOUT_MS = 60 * 60_000;
const DEFAULT_PROGRESS_MS = 30_000;
const LRO_FAILED = /^The long-running operation has failed\.?\s*/;

/**
 * Run (or wait for) a long-running operation. Pass a start function to let this helper see every poll response
 * and show the service's own state: `waitForLro((o) => client.onlineEndpoints.beginCreateOrUpdate(rg, ws, name, body, o), {...})`.
 * Throws UserError: kind 'timeout', 'cancelled', 'service' (the operation failed in Azure), or a translated ARM error.
 */
export async function waitForLro<T>(start: LroStart<T> | LroPoller<T>, options: LroOptions): Promise<T> {
  const { label, logger } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const intervalMs = options.progressIntervalMs ?? DEFAULT_PROGRESS_MS;
  const progress = lroProgress(label, logger, intervalMs);
  const controller = new AbortController();
  let stopReason: 'timeout' | 'cancelled' | undefined;
  const stop = (reason: 'timeout' | 'cancelled') => {
    stopReason ??= reason;
    controller.abort(new Error(`${label}: ${reason}`));
  };
  const timer = setTimeout(() => {
    stop('timeout');
  }, timeoutMs);
  const onCancel = () => {
    stop('cancelled');
  };
  if (options.signal?.aborted) onCancel();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  const heartbeat = setInterval(() => {
    progress.update(undefined);
  }, intervalMs);
  let poller: LroPoller<T> | undefined;
  try {
    poller =
      typeof start === 'function'
        ? await untilAborted(
            start({
              abortSignal: controller.signal,
              ...(options.pollIntervalMs === undefined ? {} : { updateIntervalInMs: options.pollIntervalMs }),
              onResponse: (raw) => {
                const state = stateOf(raw);
                if (state !== undefined) progress.update(state);
              },
            }),
            controller.signal,
          )
        : start;
    poller.onProgress((state) => {
      if (state.isCompleted) progress.update('Succeeded');
    });
    const result = await untilAborted(
      poller.pollUntilDone({ abortSignal: controller.signal }),
      controller.signal,
    );
    logger.info(`${label}: done after ${formatElapsed(progress.elapsedMs())}`);
    return result;
  } catch (e) {
    poller?.stopPolling();
    throw lroError(e, stopReason, options, progress, timeoutMs);
  } finally {
    clearTimeout(timer);
    clearInterval(heartbeat);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function lroError(
  e: unknown,
  stopReason: 'timeout' | 'cancelled' | undefined,
  options: LroOptions,
  progress: LroProgress,
  timeoutMs: number,
): Error {
  const { label } = options;
  const where = `last state ${progress.state}, after ${formatElapsed(progress.elapsedMs())}`;
  if (stopReason === 'timeout') {
    return new UserError(
      `${label} did not finish within ${formatDuration(timeoutMs)} (${where}). The operation is still running in ` +
        `Azure: check its state in Azure ML studio, then re-run (existing resources are reused) or raise the timeout.`,
      { kind: 'timeout' },
    );
  }
  if (stopReason === 'cancelled') {
    return new UserError(
      `${label} was cancelled (${where}). The operation may still be running in Azure; re-running picks it up.`,
      { kind: 'cancelled' },
    );
  }
  if (e instanceof Error && LRO_FAILED.test(e.message)) {
    return new UserError(`${label} failed in Azure (${where}): ${e.message.replace(LRO_FAILED, '')}`, {
      kind: 'service',
      cause: e,
    });
  }
  if (e instanceof Error && e.name === 'PollerCancelledError') {
    return new UserError(`${label} was canceled in Azure (${where}).`, { kind: 'service', cause: e });
  }
  return translateArmError(e, {
    action: label,
    ...(options.resource === undefined ? {} : { resource: options.resource }),
  });
}

/**
 * The operation's own state in a response: an operation status, a provisioning state, or the HTTP status; undefined
 * for an error response (it becomes the thrown error instead).
 */
function stateOf(raw: PipelineResponse & { parsedBody?: unknown }): string | undefined {
  if (raw.status >= 400) return undefined;
  const body = (raw.parsedBody ?? parseJson(raw.bodyAsText)) as
    { status?: unknown; provisioningState?: unknown } | undefined;
  const state = body?.status ?? provisioningState(body) ?? body?.provisioningState;
  if (typeof state === 'string' && state !== '') return state;
  return raw.status === 202 ? 'Accepted' : `HTTP ${raw.status}`;
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface LroProgress extends Pick<Progress, 'elapsedMs'> {
  /** The last state seen ('Starting' before any). */
  readonly state: string;
  /** Reports a state (undefined: the current one again); trackProgress logs changes and a heartbeat. */
  update(state: string | undefined): void;
}

function lroProgress(label: string, logger: Logger, heartbeatMs: number): LroProgress {
  const progress = trackProgress(logger, label, { heartbeatMs });
  let state = 'Starting';
  return {
    get state() {
      return state;
    },
    update(next) {
      state = next ?? state;
      progress.update(state);
    },
    elapsedMs: () => progress.elapsedMs(),
  };
}

/** The promise's outcome, or a rejection as soon as the signal aborts (the promise is left to settle unobserved). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason as Error);
    };
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}
