/**
 * The bundled promote when things go wrong, on an endpoint with blue (100 %) serving and green (0 %) mirrored at
 * 10 %: model errors injected on green roll back to the exact previous maps (mirror included, read from ARM after the
 * run), a cancellation (SIGINT, then SIGTERM 7.5 s later as the runner does) rolls back before the runner's kill,
 * and bad steps and a missing deployment fail before any traffic changes.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { withEmulator } from '../helpers/emulator.js';
import { armCalls, endpointState } from '../deploy-endpoint/deploy-helpers.js';
import { failureText, plainSummary } from '../smoke-test/smoke-helpers.js';
import { deployApp, promote, promoteThenCancel, trafficOutput } from './promote-helpers.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 20, retryAfterSeconds: 1 });

const ORIGINAL = { traffic: { blue: 100 }, mirrorTraffic: { green: 10 } };

beforeAll(async () => {
  await deployApp(emu, 'canary', 'blue', '100');
  await deployApp(emu, 'canary', 'green', 'none', 'green=10');
  expect((await endpointState(emu, 'canary')).properties).toMatchObject(ORIGINAL);
}, 200_000);

afterEach(() => {
  emu.running.faults.clear();
});

describe('promote (bundled): rollback', () => {
  it('rolls back to the exact previous traffic and mirror maps when the new deployment fails its checks', async () => {
    emu.running.faults.add({ kind: 'error', deployment: 'canary/green' });
    const result = await promote(emu, {
      'endpoint-name': 'canary',
      'deployment-name': 'green',
      steps: '10,50,100',
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('rolled-back');
    expect(trafficOutput(result)).toEqual({ blue: 100, green: 0 });
    expect(trafficOutput(result, 'previous-traffic')).toEqual({ blue: 100, green: 0 });
    // Read from ARM after the run: live and mirror maps as they were.
    expect((await endpointState(emu, 'canary')).properties).toMatchObject(ORIGINAL);
    expect(result.stdout).toContain('Step 1/3: green 10%: blue=90, green=10');
    expect(result.stdout).toMatch(/FAIL error rate \(green\): 100 % \(6 of 6\) \(limit 0 %\)/);
    expect(result.stdout).toContain(
      'Rolling back: restoring the traffic of the endpoint to blue=100, green=0 (mirror green=10)',
    );
    expect(result.stdout).toMatch(
      /Rolled back in \S+: the endpoint shows blue=100, green=0 \(mirror green=10\) again/,
    );
    // Requests through the endpoint reach green 10 % of the time: they may fail too.
    expect(failureText(result)).toMatch(
      /Promotion of 'green' on 'canary' rolled back at step 1\/3: checks failed: .*error rate \(green\) 100 % \(6 of 6\)/,
    );
    const summary = plainSummary(result);
    expect(summary).toContain('Rolled back at step 1/3');
    expect(summary).toMatch(
      /\| 1\/3: 10% \| blue=90, green=10 \| .*error rate \(green\): 100 % \(6 of 6\) \(limit 0 %\)/,
    );
    expect(summary).toContain('| **Outcome** | restored and verified by reading the endpoint back |');
    expect(summary).toContain('| green | 0% (mirror 10%) | 0% (mirror 10%) |');
  });

  it('rolls back on cancellation before the runner kills the step', async () => {
    const run = await promoteThenCancel(
      emu,
      { 'endpoint-name': 'canary', 'deployment-name': 'green', steps: '10,100', 'bake-time': '1m' },
      /checks round 1 passed/,
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Received SIGINT: cancelling');
    expect(failureText(run)).toContain('step 1/2 (green 10%) failed (cancelled): cancelled by SIGINT');
    expect(failureText(run)).toContain(
      "promote: Promotion of 'green' on 'canary' rolled back at step 1/2: cancelled by SIGINT.",
    );
    expect(run.stdout).toMatch(/Rolling back: .* \(within 5s\)/);
    expect(run.stdout).toMatch(
      /Rolled back in \S+: the endpoint shows blue=100, green=0 \(mirror green=10\) again/,
    );
    expect(run.stdout).not.toContain('Received SIGTERM again');
    expect(run.outputs.result).toBe('rolled-back');
    process.stdout.write(
      `Rollback after SIGINT took ${/Rolled back in ([^:]+):/.exec(run.stdout)?.[1] ?? '?'}\n`,
    );
    expect((await endpointState(emu, 'canary')).properties).toMatchObject(ORIGINAL);
  });

  it('refuses invalid steps before signing in', async () => {
    emu.running.requestLog.clear();
    const result = await promote(emu, {
      'endpoint-name': 'canary',
      'deployment-name': 'green',
      steps: 'mirror:60,10,100',
    });
    expect(result.exitCode).toBe(1);
    expect(failureText(result)).toContain(
      "Input 'steps' has the step 'mirror:60', whose percentage '60' is not a whole number from 1 to 50",
    );
    expect(result.outputs.result).toBeUndefined();
    expect(armCalls(emu)).toEqual([]);
  });

  it('fails on a missing deployment without changing traffic, suggesting the closest name', async () => {
    emu.running.requestLog.clear();
    const result = await promote(emu, { 'endpoint-name': 'canary', 'deployment-name': 'gren' });
    expect(result.exitCode).toBe(1);
    expect(failureText(result)).toContain(
      "Input 'deployment-name' is 'gren', but online endpoint 'canary' in workspace 'dev' has no deployment of that name (it has: blue, green)",
    );
    expect(failureText(result)).toContain("did you mean 'green'?");
    expect(result.outputs.result).toBeUndefined();
    expect(armCalls(emu).filter((entry) => entry.method !== 'GET')).toEqual([]);
  });

  it('says loudly when the rollback itself fails, with the exact maps and the command to restore them', async () => {
    // The first traffic write (step 1) goes through; every later one (the rollback) fails.
    emu.running.faults.add({
      kind: 'error',
      status: 500,
      operationId: 'OnlineEndpoints_CreateOrUpdate',
      after: 1,
    });
    const run = await promoteThenCancel(
      emu,
      { 'endpoint-name': 'canary', 'deployment-name': 'green', steps: '10,100', 'bake-time': '1m' },
      /checks round 1 passed/,
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('rollback-failed');
    const errors = failureText(run);
    expect(errors).toContain('ROLLBACK FAILED: the endpoint may still send traffic to the new deployment.');
    expect(errors).toContain('The endpoint shows blue=90, green=10 and is Succeeded.');
    expect(errors).toContain(
      'Restore this by hand now: traffic {"blue":100,"green":0}, mirror traffic {"green":10}',
    );
    expect(errors).toContain(
      'az ml online-endpoint update --name canary --subscription ' +
        `${emu.info.subscriptionId} --resource-group rg-mlops --workspace-name dev ` +
        '--traffic "blue=100 green=0" --mirror-traffic "green=10"',
    );
    expect(run.stdout).not.toContain('Received SIGTERM again');
    const summary = plainSummary(run);
    expect(summary).toContain('the ROLLBACK FAILED: restore the traffic by hand');
    expect(summary).toContain('--traffic "blue=100 green=0" --mirror-traffic "green=10"');
    // Restore by hand, as the message says, for the tests after this one.
    emu.running.faults.clear();
    const fixed = await promote(emu, { 'endpoint-name': 'canary', 'deployment-name': 'blue' });
    expect(fixed.exitCode).toBe(0);
  });
});
