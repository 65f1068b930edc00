/** Progress lines for long waits (`[02:15] deployment blue: Updating → Succeeded`) and an abortable sleep. */
import { formatElapsed } from './duration.js';
import type { Logger } from './logger.js';

export interface ProgressOptions {
  /** While the state is unchanged, repeat it at most this often (default 30 s). */
  heartbeatMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface Progress {
  /** Reports the current state (call it on every poll); logs changes, and a heartbeat while unchanged. */
  update(state: string, detail?: string): void;
  elapsedMs(): number;
}

export function trackProgress(log: Logger, label: string, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const started = now();
  let last: { state: string; detail: string | undefined; loggedAt: number } | undefined;
  const line = (text: string): void => {
    log.info(`[${formatElapsed(now() - started)}] ${label}: ${text}`);
  };
  return {
    update(state, detail) {
      const suffix = detail === undefined ? '' : ` (${detail})`;
      if (last === undefined) {
        line(`${state}${suffix}`);
      } else if (last.state !== state) {
        line(`${last.state} → ${state}${suffix}`);
      } else if (last.detail !== detail) {
        line(`${state}${suffix}`);
      } else if (now() - last.loggedAt >= heartbeatMs) {
        line(`still ${state}${suffix}`);
      } else {
        return;
      }
      last = { state, detail, loggedAt: now() };
    },
    elapsedMs: () => now() - started,
  };
}

/** Waits `ms`; rejects with the signal's reason as soon as it aborts (immediately if it already has). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
