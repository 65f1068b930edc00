/**
 * The scoring data plane when things go wrong, as Azure ML shows it: init() failures and missing modules leave the
 * deployment Failed with the traceback in getLogs; timeouts (408), model errors (424), too many requests (429);
 * instances really run in parallel; injected per-deployment faults; deleting a deployment ends its processes.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { httpsRequest, withEmulator } from '../helpers/emulator.js';
import {
  API,
  FIXTURES,
  createDeployment,
  createEndpoint,
  getLogs,
  inParallel,
  listKeys,
  registerCode,
  registerEnvironment,
  registerModel,
  scorer,
} from './serving-fixture.js';
import { sharedPath } from '../../shared-dir.js';

jest.setTimeout(60_000);
const emu = withEmulator();
const ids = { behave: '', environment: '' };
const client = scorer('');

beforeAll(async () => {
  Object.assign(client, scorer(emu.ca));
  ids.environment = await registerEnvironment(emu);
  ids.behave = await registerCode(emu, 'behave', path.join(FIXTURES, 'behave'));
});

async function serving(
  endpoint: string,
  deployment: Record<string, unknown> = {},
  capacity = 1,
): Promise<{ uri: string; auth: Record<string, string> }> {
  const created = await createEndpoint(emu, endpoint, { authMode: 'Key' });
  const state = await createDeployment(emu, endpoint, 'blue', {
    code: ids.behave,
    environment: ids.environment,
    capacity,
    properties: deployment,
  });
  expect(state.provisioningState).toBe('Succeeded');
  await createEndpoint(emu, endpoint, { authMode: 'Key', traffic: { blue: 100 } });
  const { primaryKey } = await listKeys(emu, endpoint);
  return { uri: String(created.scoringUri), auth: { Authorization: `Bearer ${primaryKey}` } };
}

const pidOf = (text: string): number => (JSON.parse(text) as { pid: number }).pid;

describe('deployments that cannot start', () => {
  it('fails a deployment whose init() raises, with the traceback in the logs', async () => {
    await createEndpoint(emu, 'broken', { authMode: 'Key' });
    const code = await registerCode(emu, 'init-fails', path.join(FIXTURES, 'init-fails'));
    const state = await createDeployment(emu, 'broken', 'blue', { code, environment: ids.environment });
    expect(state.provisioningState).toBe('Failed');
    const get = await emu.arm('GET', 'onlineEndpoints/broken/deployments/blue', { apiVersion: API });
    expect(get.status).toBe(200);
    const logs = await getLogs(emu, 'broken', 'blue');
    expect(logs).toContain('Traceback (most recent call last)');
    expect(logs).toContain('RuntimeError: weights file not found');
    expect(await getLogs(emu, 'broken', 'blue', { tail: 3 })).toMatch(/^([^\n]*\n){3}$/);
  });

  it('fails a scikit-learn deployment on this machine, naming the missing module', async () => {
    await createEndpoint(emu, 'sklearn', { authMode: 'Key' });
    const examples = sharedPath('fixtures/azureml-examples/cli/endpoints/online/model-1');
    const code = await registerCode(emu, 'sklearn-score', path.join(examples, 'onlinescoring'));
    const model = await registerModel(emu, 'sklearn-model', examples);
    const state = await createDeployment(emu, 'sklearn', 'blue', {
      code,
      model,
      environment: ids.environment,
    });
    expect(state.provisioningState).toBe('Failed');
    const logs = await getLogs(emu, 'sklearn', 'blue');
    expect(logs).toMatch(/ModuleNotFoundError: No module named '(joblib|sklearn)'/);
    expect(logs).toMatch(/needs the Python module '(joblib|sklearn)'/);
  });

  it('explains that an MLflow model without a scoring script is not served', async () => {
    await createEndpoint(emu, 'mlflow', { authMode: 'Key' });
    const folder = await mkdtemp(path.join(tmpdir(), 'mlflow-'));
    await mkdir(path.join(folder, 'model'));
    await writeFile(path.join(folder, 'model', 'MLmodel'), 'flavors:\n  python_function: {}\n');
    const model = await registerModel(emu, 'mlflow-model', folder, 'mlflow_model');
    const state = await createDeployment(emu, 'mlflow', 'blue', {
      code: null,
      model,
      environment: ids.environment,
    });
    expect(state.provisioningState).toBe('Failed');
    expect(await getLogs(emu, 'mlflow', 'blue')).toContain('MLflow models without a scoring script');
  });
});

describe('service behaviour under load and errors', () => {
  it('answers 408 past request_timeout_ms and 424 for model errors', async () => {
    const { uri, auth } = await serving('errors', {
      requestSettings: { maxConcurrentRequestsPerInstance: 4, requestTimeout: 'PT0.3S' },
    });
    expect((await client.score(uri, { sleep: 1 }, auth)).status).toBe(408);
    const raised = await client.score(uri, { raise: true }, auth);
    expect(raised.status).toBe(424);
    expect(raised.headers['ms-azureml-model-error-statuscode']).toBe('500');
    expect(raised.headers['ms-azureml-model-error-reason']).toBe('model_error');
    const rejected = await client.score(uri, { status: 400 }, auth);
    expect(rejected.status).toBe(424);
    expect(rejected.headers['ms-azureml-model-error-statuscode']).toBe('400');
    expect(JSON.parse(rejected.text)).toEqual({ error: 'bad input' });
    expect(await getLogs(emu, 'errors', 'blue')).toContain('ValueError: the request asked run() to fail');
  });

  it('answers 429 beyond 2 × max_concurrent_requests_per_instance × instance_count in flight', async () => {
    const { uri, auth } = await serving('busy', {
      requestSettings: { maxConcurrentRequestsPerInstance: 1, requestTimeout: 'PT5S' },
    });
    const statuses = await inParallel(
      6,
      6,
      async () => (await client.score(uri, { sleep: 0.5 }, auth)).status,
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
  });

  it('runs instance_count instances in parallel', async () => {
    const { uri, auth } = await serving(
      'parallel',
      { requestSettings: { maxConcurrentRequestsPerInstance: 2 } },
      2,
    );
    const answers = await inParallel(2, 2, () => client.score(uri, { sleep: 0.5 }, auth));
    expect(new Set(answers.map((a) => pidOf(a.text))).size).toBe(2);
  });
});

describe('injected faults and instance lifecycle', () => {
  it('injects model errors, latency and crashes on one deployment through the admin route', async () => {
    const { uri, auth } = await serving('faulty', {
      requestSettings: { maxConcurrentRequestsPerInstance: 2, requestTimeout: 'PT0.5S' },
    });
    const admin = (body: unknown) =>
      httpsRequest(`${emu.info.adminUrl}/faults`, { method: 'POST', body, ca: emu.ca });
    expect((await admin({ kind: 'error', deployment: 'faulty/blue', count: 2, status: 503 })).status).toBe(
      201,
    );
    const failed = await client.score(uri, {}, auth);
    expect(failed.status).toBe(424);
    expect(failed.headers['ms-azureml-model-error-statuscode']).toBe('503');
    expect((await client.score(uri, {}, auth)).status).toBe(424);
    expect((await client.score(uri, {}, auth)).status).toBe(200);

    expect((await admin({ kind: 'delay', deployment: 'blue', delayMs: 800, count: 1 })).status).toBe(201);
    expect((await client.score(uri, {}, auth)).status).toBe(408);

    const before = pidOf((await client.score(uri, {}, auth)).text);
    expect((await admin({ kind: 'crash', deployment: 'faulty/blue', after: 1, count: 1 })).status).toBe(201);
    expect((await client.score(uri, {}, auth)).status).toBe(200);
    expect((await client.score(uri, {}, auth)).status).toBe(502);
    let after: number | undefined;
    for (let i = 0; i < 50 && after === undefined; i++) {
      const next = await client.score(uri, {}, auth);
      if (next.status === 200) after = pidOf(next.text);
      else await sleep(100);
    }
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(await getLogs(emu, 'faulty', 'blue')).toContain('restarting it');
    emu.running.faults.clear();

    const wrong = await admin({ kind: 'drop', deployment: 'blue' });
    expect(wrong.status).toBe(400);
  });

  it('ends the processes of a deleted deployment', async () => {
    const { uri, auth } = await serving('deleted');
    const pid = pidOf((await client.score(uri, {}, auth)).text);
    await createEndpoint(emu, 'deleted', { authMode: 'Key', traffic: {} });
    const deleted = await emu.arm('DELETE', 'onlineEndpoints/deleted/deployments/blue', { apiVersion: API });
    expect(deleted.status).toBe(202);
    let alive = true;
    for (let i = 0; i < 50 && alive; i++) {
      try {
        process.kill(pid, 0);
        await sleep(50);
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
    expect((await client.score(uri, {}, auth)).status).toBe(404);
  });
});
