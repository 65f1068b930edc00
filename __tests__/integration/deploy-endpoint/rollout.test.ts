/**
 * The bundled deploy-endpoint against the emulator with a deployment that starts on this machine (a stdlib scoring
 * script): blue/green `auto` alternates over three runs, traffic (NAME=PCT, full maps) and mirror maps, mirror
 * traffic kept across endpoint updates, an idempotent re-run that sends no change, and the ARM requests per
 * deployment counted from the emulator's request log.
 */
import { describe, expect, it, jest } from '@jest/globals';
import type { RequestLogEntry } from '@aml-actions/emulator';
import { withEmulator } from '../helpers/emulator.js';
import { APP, armCalls, deploy, deploymentNames, describeCalls, endpointState } from './deploy-helpers.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 50, retryAfterSeconds: 1 });

const APP_INPUTS = { 'endpoint-name': 'churn', 'deployment-file': `${APP}/deployment.yml` };

/** Time between consecutive polls of the same operation (reported, not asserted: no timing assertions). */
function pollGaps(entries: readonly RequestLogEntry[]): number[] {
  const polls = entries.filter((entry) => entry.operationId === 'MfeOperationsStatus_Get');
  return polls.slice(1).flatMap((entry, index) => {
    const previous = polls[index];
    return previous?.path === entry.path ? [Date.parse(entry.time) - Date.parse(previous.time)] : [];
  });
}

function trafficOutput(outputs: Record<string, string>): Record<string, number> {
  return JSON.parse(outputs.traffic ?? '{}') as Record<string, number>;
}

describe('deploy-endpoint (bundled): blue/green, traffic and mirror maps', () => {
  it('alternates blue and green over three auto runs, each taking all traffic', async () => {
    emu.running.requestLog.clear();
    const first = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'auto', traffic: '100' });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      'endpoint-name': 'churn',
      'deployment-name': 'blue',
      'previous-deployment': '',
    });
    expect(trafficOutput(first.outputs)).toEqual({ blue: 100 });
    expect(first.outputs['scoring-uri']).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/endpoints\/dev\/churn\/score$/,
    );
    expect(first.outputs['deployment-id']).toMatch(/\/onlineEndpoints\/churn\/deployments\/blue$/);
    expect(first.stdout).toContain("deploying 'blue' (neither blue nor green exists yet)");
    expect(first.stdout).toMatch(/\[\d\d:\d\d\] online endpoint churn: Creating → Succeeded/);
    expect(first.stdout).toMatch(/\[\d\d:\d\d\] deployment blue: Creating → Succeeded/);
    expect(first.summary).toContain('| blue | Succeeded | Standard\\_DS3\\_v2 | 1 | 0% | 100% |');
    const firstCalls = describeCalls(armCalls(emu));
    process.stdout.write(`Poll spacing (Retry-After 1 s): ${pollGaps(armCalls(emu)).join(', ')} ms\n`);
    // Polls follow Retry-After (1 s): no two polls of one operation within a second, nothing read twice.
    expect(firstCalls.filter((call) => call.startsWith('GET OnlineEndpoints_List'))).toHaveLength(0);
    process.stdout.write(
      `ARM requests, first deployment (endpoint created): ${firstCalls.length}\n  ${firstCalls.join('\n  ')}\n`,
    );

    emu.running.requestLog.clear();
    const second = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'auto', traffic: '100' });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['deployment-name']).toBe('green');
    expect(second.outputs['previous-deployment']).toBe('blue');
    expect(trafficOutput(second.outputs)).toEqual({ blue: 0, green: 100 });
    expect(second.stdout).toContain("deploying 'green' (blue serves 100% of live traffic)");
    // The content-addressed code, environment and model of the first run are reused.
    expect(second.stdout).toContain('already uploaded');
    expect(second.stdout).toMatch(/Reusing inline environment/);
    const secondCalls = describeCalls(armCalls(emu));
    process.stdout.write(
      `ARM requests, second deployment (endpoint exists): ${secondCalls.length}\n  ${secondCalls.join('\n  ')}\n`,
    );
    expect(
      secondCalls.filter((call) => call.startsWith('PUT OnlineDeployments_CreateOrUpdate')),
    ).toHaveLength(1);
    expect(secondCalls.filter((call) => call.startsWith('PUT OnlineEndpoints_CreateOrUpdate'))).toHaveLength(
      1,
    );

    const third = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'auto', traffic: '100' });
    expect(third.exitCode).toBe(0);
    expect(third.outputs['deployment-name']).toBe('blue');
    expect(third.outputs['previous-deployment']).toBe('green');
    expect(trafficOutput(third.outputs)).toEqual({ blue: 100, green: 0 });
    expect(await deploymentNames(emu, 'churn')).toEqual(['blue', 'green']);
  });

  it('re-running with the same inputs changes nothing and says so', async () => {
    emu.running.requestLog.clear();
    const again = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'blue', traffic: 'blue=100' });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain(
      "Deployment 'blue' already matches the deployment file and provisioned: not changed.",
    );
    expect(again.stdout).toContain('Nothing to change');
    expect(again.summary).toContain('Nothing changed');
    const writes = armCalls(emu).filter((entry) => entry.method !== 'GET');
    // listSecrets is the only POST: the datastore key for the (skipped) upload check.
    expect(describeCalls(writes)).toEqual(['POST Datastores_ListSecrets 200']);
  });

  it('sets NAME=PCT (others scaled), full maps and mirror traffic, and never drops the mirror', async () => {
    const canary = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'green', traffic: 'green=10' });
    expect(canary.exitCode).toBe(0);
    expect(trafficOutput(canary.outputs)).toEqual({ blue: 90, green: 10 });

    const full = await deploy(emu, {
      ...APP_INPUTS,
      'deployment-name': 'green',
      traffic: 'blue=70, green=30',
    });
    expect(trafficOutput(full.outputs)).toEqual({ blue: 70, green: 30 });

    const mirrored = await deploy(emu, {
      ...APP_INPUTS,
      'deployment-name': 'green',
      traffic: 'blue=100',
      'mirror-traffic': 'green=20',
    });
    expect(mirrored.exitCode).toBe(0);
    expect((await endpointState(emu, 'churn')).properties).toMatchObject({
      traffic: { blue: 100, green: 0 },
      mirrorTraffic: { green: 20 },
    });

    // An endpoint update (description) is a full PUT: the mirror setting must survive it.
    const described = await deploy(emu, {
      ...APP_INPUTS,
      'deployment-name': 'blue',
      description: 'churn scoring',
    });
    expect(described.exitCode).toBe(0);
    expect(described.stdout).toContain("Updating online endpoint 'churn'");
    expect((await endpointState(emu, 'churn')).properties).toMatchObject({
      description: 'churn scoring',
      traffic: { blue: 100, green: 0 },
      mirrorTraffic: { green: 20 },
    });

    const overlap = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'green', 'mirror-traffic': '60' });
    expect(overlap.exitCode).toBe(1);
    expect(overlap.stdout).toContain(
      "Input 'mirror-traffic' has the percentage '60', which is not a whole number from 0 to 50.",
    );

    // Giving the mirrored deployment live traffic ends its mirror (the service refuses both).
    const promoted = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'green', traffic: 'green=50' });
    expect(promoted.exitCode).toBe(0);
    expect(promoted.stdout).toContain("'green' now gets live traffic, so its 20% of mirrored traffic ends.");
    expect((await endpointState(emu, 'churn')).properties).toMatchObject({
      traffic: { blue: 50, green: 50 },
      mirrorTraffic: {},
    });

    const bothServe = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'auto' });
    expect(bothServe.stderr).toBe('');
    expect(bothServe.exitCode).toBe(1);
    expect(bothServe.stdout).toContain('both blue and green serve live traffic');
  });
});
