/** SIGINT/SIGTERM → an AbortSignal, so running work can stop cleanly before the runner kills the step. */
import { UserError } from './errors.js';
import type { Logger } from './logger.js';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The part of `process` the handler needs (an EventEmitter in tests). */
export interface SignalSource {
  on(event: StopSignal, listener: () => void): unknown;
  off(event: StopSignal, listener: () => void): unknown;
}

export interface CancellationHandle {
  readonly signal: AbortSignal;
  /** Removes the signal handlers. */
  dispose(): void;
}

const SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM'];

/**
 * Aborts the returned signal on the first SIGINT or SIGTERM, with a `cancelled` UserError as the reason.
 * The runner sends SIGINT, then SIGTERM about 7.5 s later, then kills the process; `onSecondSignal`
 * runs when a second signal arrives while work is still going (runAction exits there).
 */
export function cancelOnSignals(
  log: Logger,
  source: SignalSource = process,
  onSecondSignal: (signal: StopSignal) => void = () => undefined,
): CancellationHandle {
  const controller = new AbortController();
  const listeners = SIGNALS.map((name) => {
    const listener = (): void => {
      if (controller.signal.aborted) {
        log.warning(`Received ${name} again: stopping now.`);
        onSecondSignal(name);
        return;
      }
      log.warning(`Received ${name}: cancelling (the runner stops the step about 7.5 s after cancellation).`);
      controller.abort(new UserError(`cancelled by ${name}`, { kind: 'cancelled' }));
    };
    source.on(name, listener);
    return [name, listener] as const;
  });
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [name, listener] of listeners) source.off(name, listener);
    },
  };
}
