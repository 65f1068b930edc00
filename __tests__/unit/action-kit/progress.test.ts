import { describe, expect, it } from '@jest/globals';
import { UserError, recordingLogger, sleep, trackProgress } from '@aml-actions/action-kit';

describe('trackProgress', () => {
  it('logs state changes with elapsed time and a heartbeat at most every N seconds', () => {
    const log = recordingLogger();
    let now = 1_000_000;
    const progress = trackProgress(log, 'deployment blue', { heartbeatMs: 60_000, now: () => now });
    const polls: [number, string, string?][] = [
      [0, 'Creating'],
      [10, 'Creating'],
      [20, 'Updating'],
      [50, 'Updating'],
      [80, 'Updating'],
      [90, 'Updating'],
      [135, 'Updating', '2/3 instances'],
      [140, 'Updating', '2/3 instances'],
      [3735, 'Succeeded'],
    ];
    for (const [seconds, state, detail] of polls) {
      now = 1_000_000 + seconds * 1000;
      progress.update(state, detail);
    }
    expect(log.lines.map((line) => line.message)).toEqual([
      '[00:00] deployment blue: Creating',
      '[00:20] deployment blue: Creating → Updating',
      '[01:20] deployment blue: still Updating',
      '[02:15] deployment blue: Updating (2/3 instances)',
      '[1:02:15] deployment blue: Updating → Succeeded',
    ]);
    expect(progress.elapsedMs()).toBe(3_735_000);
  });

  it('uses the real clock and a 30 s heartbeat by default', () => {
    const log = recordingLogger();
    const progress = trackProgress(log, 'job');
    progress.update('Queued');
    progress.update('Queued');
    expect(log.lines).toEqual([{ level: 'info', message: '[00:00] job: Queued' }]);
    expect(progress.elapsedMs()).toBeGreaterThanOrEqual(0);
  });
});

describe('sleep', () => {
  it('resolves after the time', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the abort reason when aborted while waiting', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    const reason = new UserError('cancelled by SIGTERM', { kind: 'cancelled' });
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  it('rejects at once when already aborted', async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error('stop')))).rejects.toThrow('stop');
  });

  it('stops listening to the signal once resolved', async () => {
    const controller = new AbortController();
    await sleep(1, controller.signal);
    expect(() => {
      controller.abort();
    }).not.toThrow();
  });
});
