/**
 * The bundled promote against the emulator, on an endpoint with blue (100 %) and green (0 %) that the bundled
 * deploy-endpoint set up: a mirror phase and live steps to 100 % with checks at every step (the endpoint read after
 * the run), an idempotent re-run that changes nothing, and delete-previous removing the deployment left at 0 %.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { withEmulator } from '../helpers/emulator.js';
import {
  armCalls,
  deploymentNames,
  describeCalls,
  endpointState,
} from '../deploy-endpoint/deploy-helpers.js';
import { failureText, plainSummary } from '../smoke-test/smoke-helpers.js';
import { deployApp, promote, trafficOutput } from './promote-helpers.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 20, retryAfterSeconds: 1 });

beforeAll(async () => {
  await deployApp(emu, 'churn', 'blue', '100');
  await deployApp(emu, 'churn', 'green');
}, 200_000);

describe('promote (bundled): happy path', () => {
  it('mirrors, then shifts live traffic step by step to 100 %, checking every step', async () => {
    emu.running.requestLog.clear();
    const result = await promote(emu, {
      'endpoint-name': 'churn',
      'deployment-name': 'green',
      steps: 'mirror:20,50,100',
    });
    expect(result.stderr).toBe('');
    expect(failureText(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ result: 'promoted', 'deleted-deployments': '' });
    expect(trafficOutput(result)).toEqual({ blue: 0, green: 100 });
    expect(trafficOutput(result, 'previous-traffic')).toEqual({ blue: 100, green: 0 });
    expect((await endpointState(emu, 'churn')).properties).toMatchObject({
      traffic: { blue: 0, green: 100 },
      mirrorTraffic: {},
    });
    const { stdout } = result;
    expect(stdout).toContain("Online endpoint 'churn' now: blue=100, green=0 (a rollback restores this).");
    expect(stdout).toContain('Step 1/3: green mirror 20%: blue=100, green=0 (mirror green=20)');
    expect(stdout).toContain('Step 2/3: green 50%: blue=50, green=50');
    expect(stdout).toContain('Step 3/3: green 100%: blue=0, green=100');
    expect(stdout).toMatch(/step 2\/3 \(green 50%\): checks round 1 passed; \S+ of bake time left/);
    expect(stdout).toMatch(/step 2\/3 \(green 50%\): checks round 2 passed; bake time over/);
    expect(stdout).toMatch(/ok {3}error rate \(green\): 0 % \(0 of 6\)/);
    // At 50 %, requests through the endpoint reach both deployments; at 100 % only green.
    expect(stdout).toMatch(/endpoint: 6 sent, 0 failed \(200×6\), .*; served by green 6/);
    expect(stdout).toContain("Promoted 'green': blue=0, green=100.");
    // The promotion is recorded in the endpoint's tags.
    const tags = ((await emu.arm('GET', 'onlineEndpoints/churn')).json as { tags?: Record<string, string> })
      .tags;
    expect(tags).toMatchObject({
      'promoted-deployment': 'green',
      'promoted-from-traffic': 'blue=100, green=0',
      'github-run-url': 'https://github.com/contoso/churn-model/actions/runs/1234567890',
      'git-commit': '0123456789abcdef0123456789abcdef01234567',
    });
    expect(Date.parse(tags?.['promoted-at'] ?? '')).not.toBeNaN();
    // One traffic PUT per step and one for the tags, nothing else written.
    const writes = describeCalls(armCalls(emu).filter((entry) => entry.method !== 'GET'));
    process.stdout.write(`ARM writes of a 3-step promotion: ${writes.join(', ')}\n`);
    expect(writes.filter((call) => call.startsWith('PUT OnlineEndpoints_CreateOrUpdate'))).toHaveLength(4);
    const summary = plainSummary(result);
    expect(summary).toMatch(/✅ Promoted 'green' to 100% in 3 step\(s\), \d+s\./);
    expect(summary).toContain('| Step | Traffic | Checks | Verdict | Duration |');
    expect(summary).toContain('| 1/3: mirror 20% | blue=100, green=0 (mirror green=20) |');
    expect(summary).toMatch(
      /\| 2\/3: 50% \| blue=50, green=50 \| 2 round\(s\), \d+ check\(s\) passed \| ✅ passed \|/,
    );
    expect(summary).toContain('| blue | 100% | 0% |');
    expect(summary).toContain('| green | 0% | 100% |');
  });

  it('re-running when the deployment already has 100 % changes nothing and says so', async () => {
    emu.running.requestLog.clear();
    const again = await promote(emu, { 'endpoint-name': 'churn', 'deployment-name': 'green' });
    expect(failureText(again)).toBe('');
    expect(again.exitCode).toBe(0);
    expect(again.outputs.result).toBe('promoted');
    expect(trafficOutput(again)).toEqual({ blue: 0, green: 100 });
    expect(again.stdout).toContain(
      "Deployment 'green' already has 100% of the live traffic of 'churn': nothing to promote.",
    );
    expect(again.summary).toContain('nothing to promote');
    expect(armCalls(emu).filter((entry) => entry.method !== 'GET')).toEqual([]);
  });

  it('delete-previous deletes the deployments left at 0 %, never the promoted one', async () => {
    const run = await promote(emu, {
      'endpoint-name': 'churn',
      'deployment-name': 'green',
      'delete-previous': 'true',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['deleted-deployments']).toBe('blue');
    expect(run.stdout).toContain(
      "delete-previous: deleting deployment 'blue' (0% of live traffic, not mirrored).",
    );
    expect(await deploymentNames(emu, 'churn')).toEqual(['green']);
    expect(run.summary).toContain('blue: deleted');
  });
});
