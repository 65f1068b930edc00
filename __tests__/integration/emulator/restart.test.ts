/**
 * Emulator restarts with --state-dir: stopping the emulator ends the deployments' python processes and the running
 * jobs' commands; after a restart the provisioned deployments serve again with the same keys and the unfinished
 * jobs start again.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmulator, type RunningEmulator } from '@aml-actions/emulator';
import { armToken, httpsRequest, type EmulatorHandle } from '../helpers/emulator.js';
import {
  FIXTURES,
  createDeployment,
  createEndpoint,
  listKeys,
  registerCode,
  registerEnvironment,
  scorer,
} from './serving-fixture.js';

jest.setTimeout(60_000);
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The parts of withEmulator's handle the fixture uses, for an emulator this test starts and stops itself. */
function handleFor(running: RunningEmulator): EmulatorHandle {
  const { info, ca } = running;
  const workspaceId = (ws: string): string =>
    `/subscriptions/${info.subscriptionId}/resourceGroups/${info.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ws}`;
  let token: string | undefined;
  return {
    running,
    info,
    ca,
    envFor: () => ({}),
    workspaceId,
    async arm(method, relative, options = {}) {
      token ??= await armToken(info, 'development', ca);
      const url = new URL(`${info.armEndpoint}${workspaceId('dev')}/${relative}`);
      url.searchParams.set('api-version', options.apiVersion ?? '2024-04-01');
      return httpsRequest(url, {
        method,
        headers: { Authorization: `Bearer ${token}` },
        body: options.body,
        ca,
      });
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('serving with --state-dir', () => {
  it('stops the instances with the emulator and serves again after a restart', async () => {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'serving-state-'));
    cleanups.push(() => rm(stateDir, { recursive: true, force: true }));
    const first = await startEmulator({ stateDir, provisioningDelayMs: 50 });
    const emu = handleFor(first);
    const environment = await registerEnvironment(emu);
    const code = await registerCode(emu, 'behave', path.join(FIXTURES, 'behave'));
    const endpoint = await createEndpoint(emu, 'kept', { authMode: 'Key' });
    expect((await createDeployment(emu, 'kept', 'blue', { code, environment })).provisioningState).toBe(
      'Succeeded',
    );
    await createEndpoint(emu, 'kept', { authMode: 'Key', traffic: { blue: 100 } });
    const { primaryKey } = await listKeys(emu, 'kept');
    const auth = { Authorization: `Bearer ${primaryKey}` };
    const before = scorer(first.ca);
    const answer = await before.score(String(endpoint.scoringUri), { n: 1 }, auth);
    before.close();
    expect(answer.status).toBe(200);
    const pid = (JSON.parse(answer.text) as { pid: number }).pid;
    await first.stop();
    expect(alive(pid)).toBe(false);

    const second = await startEmulator({ stateDir, provisioningDelayMs: 50 });
    cleanups.push(() => second.stop());
    expect(second.info.armEndpoint).toBe(first.info.armEndpoint);
    const after = scorer(second.ca);
    cleanups.push(() => {
      after.close();
      return Promise.resolve();
    });
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await after.score(String(endpoint.scoringUri), { n: 2 }, auth)).status;
      if (status !== 200) await sleep(100);
    }
    expect(status).toBe(200);
  });
});

describe('jobs with --state-dir', () => {
  /** The job's status through ARM. */
  async function statusOf(emu: EmulatorHandle, job: string): Promise<string> {
    const response = await emu.arm('GET', `jobs/${job}`);
    return (response.json as { properties: { status: string } }).properties.status;
  }

  async function waitForStatus(emu: EmulatorHandle, job: string, wanted: string[]): Promise<string> {
    let status = '';
    for (let i = 0; i < 300 && !wanted.includes(status); i++) {
      status = await statusOf(emu, job);
      if (!wanted.includes(status)) await sleep(100);
    }
    return status;
  }

  it('starts an unfinished job again after a restart and runs it to the end', async () => {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'jobs-state-'));
    cleanups.push(() => rm(stateDir, { recursive: true, force: true }));
    const marker = path.join(stateDir, 'first-attempt');
    const first = await startEmulator({ stateDir, provisioningDelayMs: 50, serving: false });
    const emu = handleFor(first);
    const environmentId = `${emu.workspaceId('dev')}/environments/python/versions/1`;
    await emu.arm('PUT', 'environments/python/versions/1', {
      body: { properties: { image: 'library/python:3.11' } },
    });
    // The first attempt leaves a marker and waits; the second sees the marker and ends at once.
    const command = `if [ -f ${marker} ]; then echo second attempt; else touch ${marker}; sleep 60; fi`;
    const created = await emu.arm('PUT', 'jobs/resumed', {
      body: { properties: { jobType: 'Command', environmentId, command } },
    });
    expect(created.status).toBe(201);
    expect(await waitForStatus(emu, 'resumed', ['Running'])).toBe('Running');
    await first.stop();

    const second = await startEmulator({ stateDir, provisioningDelayMs: 50, serving: false });
    cleanups.push(() => second.stop());
    expect(await waitForStatus(handleFor(second), 'resumed', ['Completed', 'Failed', 'Canceled'])).toBe(
      'Completed',
    );
  });
});
