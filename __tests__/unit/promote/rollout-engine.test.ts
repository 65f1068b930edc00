/**
 * The rollout state machine with a fake driver and a fake clock: steps in order with rounds of checks over the bake
 * time, and a rollback to the previous maps on a failed check, an error, a timeout and a cancellation, including a
 * rollback that fails (retried, then reported with the maps to restore by hand).
 */
import { describe, expect, it } from '@jest/globals';
import { UserError, recordingLogger } from '@aml-actions/action-kit';
import type { EndpointTraffic } from '@aml-actions/endpoints';
import {
  formatMaps,
  parseSteps,
  planRollout,
  runRollout,
  type EngineOptions,
  type PlannedStep,
  type RolloutDriver,
  type RoundResult,
  type WriteBudget,
} from '@aml-actions/rollout';

const PREVIOUS: EndpointTraffic = { traffic: { blue: 100, green: 0 }, mirror: {} };
const PASSED: RoundResult = {
  passed: true,
  checks: [{ name: 'error rate (endpoint)', limit: '0 %', actual: '0 %', passed: true }],
  details: ['endpoint: 20 sent, 0 failed'],
};
const FAILED: RoundResult = {
  passed: false,
  checks: [{ name: 'error rate (green)', limit: '0 %', actual: '100 % (20 of 20)', passed: false }],
  details: ['green: 20 sent, 20 failed'],
};

interface FakeOptions {
  /** The round result for (step index, round); default PASSED. */
  round?: (step: PlannedStep, round: number) => RoundResult | Promise<RoundResult>;
  /** Throws for writes (call number from 1) where it returns an error. */
  writeError?: (call: number, target: EndpointTraffic) => Error | undefined;
  /** What a failed write still changed (Azure applied it, the wait ran out). */
  landed?: (call: number) => boolean;
  /** The endpoint's provisioning state on a read (default Succeeded). */
  state?: string;
}

function harness(options: FakeOptions = {}) {
  let clock = 1_000_000;
  const writes: { target: string; budget: WriteBudget }[] = [];
  const rounds: string[] = [];
  let shown = PREVIOUS;
  const driver: RolloutDriver = {
    setTraffic: (target, budget) => {
      writes.push({ target: formatMaps(target), budget });
      const error = options.writeError?.(writes.length, target);
      if (options.landed?.(writes.length) === true) shown = target;
      if (error !== undefined) return Promise.reject(error);
      clock += 100;
      shown = target;
      return Promise.resolve(shown);
    },
    readTraffic: () => Promise.resolve({ maps: shown, state: options.state ?? 'Succeeded' }),
    checkRound: async (step, round) => {
      rounds.push(`${step.index}.${round}`);
      return options.round?.(step, round) ?? PASSED;
    },
    manualRestore: (maps) => `az ml online-endpoint update --traffic "${formatMaps(maps)}"`,
  };
  const controller = new AbortController();
  const log = recordingLogger();
  const engine: EngineOptions = {
    bakeMs: 2000,
    checkIntervalMs: 1000,
    signal: controller.signal,
    deadline: clock + 3_600_000,
    timeoutMs: 3_600_000,
    rollbackTimeoutMs: 300_000,
    cancelGraceMs: 5000,
    log,
    now: () => clock,
    sleep: (ms, signal) => {
      signal.throwIfAborted();
      clock += ms;
      return Promise.resolve();
    },
  };
  return { driver, engine, writes, rounds, controller, log, advance: (ms: number) => (clock += ms) };
}

const plan = (steps = '10,50,100') => planRollout(PREVIOUS, 'green', parseSteps(steps));

describe('runRollout', () => {
  it('runs every step: writes its map, then rounds of checks at the start, every interval and the end', async () => {
    const h = harness();
    const report = await runRollout(plan('mirror:20,10,100'), h.driver, h.engine);
    expect(report.result).toBe('promoted');
    expect(h.writes.map((w) => w.target)).toEqual([
      'blue=100, green=0 (mirror green=20)',
      'blue=90, green=10',
      'blue=0, green=100',
    ]);
    // bake 2 s, interval 1 s: rounds at 0, 1 and 2 s of each step.
    expect(h.rounds).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
    expect(report.final).toEqual({ traffic: { blue: 0, green: 100 }, mirror: {} });
    expect(report.steps.map((s) => s.verdict)).toEqual(['passed', 'passed', 'passed']);
    expect(report.rollback).toBeUndefined();
    expect(h.log.text()).toContain('Step 2/3: green 10%: blue=90, green=10');
    expect(h.log.text()).toMatch(
      /step 1\/3 \(green mirror 20%\): checks round 1 passed; 2s of bake time left/,
    );
    expect(h.log.text()).toContain('ok   error rate (endpoint): 0 % (limit 0 %)');
  });

  it('runs one round per step with no bake time', async () => {
    const h = harness();
    h.engine.bakeMs = 0;
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('promoted');
    expect(h.rounds).toEqual(['1.1', '2.1', '3.1']);
  });

  it('rolls back to the previous maps on the first failed round, without running later steps', async () => {
    const h = harness({ round: (step, round) => (step.index === 2 && round === 2 ? FAILED : PASSED) });
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('rolled-back');
    expect(h.writes.map((w) => w.target)).toEqual([
      'blue=90, green=10',
      'blue=50, green=50',
      'blue=100, green=0',
    ]);
    expect(h.rounds).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2']);
    expect(report.failure).toEqual({
      step: 2,
      kind: 'check',
      reason: 'checks failed: error rate (green) 100 % (20 of 20) (limit 0 %)',
    });
    expect(report.steps.map((s) => s.verdict)).toEqual(['passed', 'failed']);
    expect(report.rollback).toMatchObject({ outcome: 'restored', attempts: 1, to: PREVIOUS });
    expect(report.final).toEqual(PREVIOUS);
    // The rollback's budget is its own: not the run's signal, a 5-minute deadline.
    const rollbackWrite = h.writes[2]!;
    expect(rollbackWrite.budget.signal).not.toBe(h.engine.signal);
    expect(rollbackWrite.budget.timeoutMs).toBe(300_000);
    expect(h.log.text()).toContain('FAIL error rate (green): 100 % (20 of 20) (limit 0 %)');
    expect(h.log.text()).toContain('Rolled back in');
  });

  it('rolls back when a traffic write fails (an error, not a check)', async () => {
    const h = harness({
      writeError: (call) =>
        call === 2 ? new UserError('Azure answered 500', { kind: 'service' }) : undefined,
    });
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('rolled-back');
    expect(report.failure).toMatchObject({ step: 2, kind: 'error', reason: 'Azure answered 500' });
    expect(h.writes.at(-1)?.target).toBe('blue=100, green=0');
  });

  it('rolls back when a check throws something that is not an Error', async () => {
    const h = harness({
      round: (step) => {
        if (step.index === 1) throw 'boom'; // eslint-disable-line @typescript-eslint/only-throw-error
        return PASSED;
      },
    });
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report).toMatchObject({
      result: 'rolled-back',
      failure: { step: 1, kind: 'error', reason: 'boom' },
    });
  });

  it('rolls back on cancellation within the cancellation grace, with a fresh signal', async () => {
    const h = harness({
      round: (step) => {
        if (step.index === 2) h.controller.abort(new UserError('cancelled by SIGINT', { kind: 'cancelled' }));
        return PASSED;
      },
    });
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('rolled-back');
    expect(report.failure).toMatchObject({ step: 2, kind: 'cancelled', reason: 'cancelled by SIGINT' });
    const rollbackWrite = h.writes.at(-1)!;
    expect(rollbackWrite.target).toBe('blue=100, green=0');
    expect(rollbackWrite.budget.signal.aborted).toBe(false);
    expect(rollbackWrite.budget.timeoutMs).toBe(5000);
  });

  it('rolls back when the timeout would end during a bake', async () => {
    const h = harness();
    h.engine.deadline = h.advance(0) + 2500;
    h.engine.timeoutMs = 2500;
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('rolled-back');
    expect(report.failure?.kind).toBe('timeout');
    expect(report.failure?.reason).toContain('did not finish within the timeout (3s): step 2/3 (green 50%)');
  });

  it('tries a failed rollback write again while the budget lasts', async () => {
    const h = harness({
      round: () => FAILED,
      writeError: (call) => (call === 2 ? new Error('socket hang up') : undefined),
    });
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('rolled-back');
    expect(report.rollback).toMatchObject({ outcome: 'restored', attempts: 2 });
    expect(h.log.text()).toContain('Rollback attempt 1 failed: socket hang up. Trying again in 1s.');
  });

  it('reports a rollback that keeps failing loudly, with the exact maps and the command to restore them', async () => {
    const h = harness({
      round: () => FAILED,
      writeError: (call) => (call >= 2 ? new Error('Azure is down') : undefined),
    });
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('rollback-failed');
    expect(report.rollback).toMatchObject({
      outcome: 'failed',
      error: 'Azure is down',
      manual: 'az ml online-endpoint update --traffic "blue=100, green=0"',
    });
    // 1+2+4+8+15+15+… s within the 5-minute budget.
    expect(report.rollback!.attempts).toBeGreaterThan(5);
    expect(report.final).toEqual({ traffic: { blue: 90, green: 10 }, mirror: {} });
    const error = h.log.lines.find(
      (line) => line.level === 'error' && line.message.startsWith('ROLLBACK FAILED'),
    );
    expect(error?.message).toContain('The endpoint shows blue=90, green=10 and is Succeeded.');
    expect(error?.message).toContain('traffic {"blue":100,"green":0}, mirror traffic {}');
    expect(error?.message).toContain('az ml online-endpoint update');
  });

  it('reads the endpoint once more after a failed rollback: a write whose wait ran out may have landed', async () => {
    const h = harness({
      round: () => FAILED,
      writeError: (call) =>
        call >= 2 ? new UserError('did not finish within the timeout', { kind: 'timeout' }) : undefined,
      landed: (call) => call === 2,
    });
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('rolled-back');
    expect(report.rollback).toMatchObject({ outcome: 'restored', shown: PREVIOUS });
    expect(h.log.text()).toContain(
      "read back after the rollback's own wait ran out: did not finish within the timeout",
    );
  });

  it('says when Azure is still applying an update after a rollback that could not be verified', async () => {
    const h = harness({
      round: () => FAILED,
      writeError: (call) => (call >= 2 ? new Error('the rollback did not finish within 5s') : undefined),
      state: 'Updating',
    });
    const report = await runRollout(plan(), h.driver, h.engine);
    expect(report.result).toBe('rollback-failed');
    expect(report.rollback).toMatchObject({ outcome: 'failed', endpointState: 'Updating' });
    expect(h.log.text()).toContain('Azure is still applying an update, probably this rollback');
  });
});
