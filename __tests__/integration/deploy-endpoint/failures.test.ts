/**
 * The bundled deploy-endpoint when things go wrong: a provisioning failure (emulator fault) surfaces both
 * containers' logs and leaves traffic untouched, on-failure delete removes only what the run created, a 409 while
 * another update runs is retried from a fresh read, and bad inputs and YAML are refused with one clear message,
 * annotated at the file and line.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { withEmulator } from '../helpers/emulator.js';
import { APP, armCalls, deploy, deploymentNames, describeCalls, endpointState } from './deploy-helpers.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 50, retryAfterSeconds: 1 });

const APP_INPUTS = { 'endpoint-name': 'churn', 'deployment-file': `${APP}/deployment.yml` };

beforeAll(async () => {
  const serving = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'blue', traffic: 'blue=100' });
  expect(serving.exitCode).toBe(0);
}, 120_000);

describe('deploy-endpoint (bundled): failures', () => {
  it('surfaces both container logs on a provisioning failure and leaves traffic untouched', async () => {
    emu.running.faults.add({
      kind: 'lro-failure',
      operationId: 'OnlineDeployments_CreateOrUpdate',
      resource: '/deployments/green',
      count: 1,
      code: 'ResourceNotReady',
      message: 'User container has crashed or terminated.',
    });
    const run = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'green', traffic: 'green=100' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::group::Container logs of green');
    // Exactly what getLogs gives for each container, in the log group and in the summary.
    for (const containerType of ['InferenceServer', 'StorageInitializer']) {
      const logs = await emu.arm('POST', 'onlineEndpoints/churn/deployments/green/getLogs', {
        body: { containerType, tail: 300 },
      });
      const content = (logs.json as { content: string }).content.trimEnd();
      expect(content).not.toBe('');
      expect(run.stdout).toContain(`----- ${containerType} -----\n${content}`);
      expect(run.summary).toContain(content.split('\n')[0] ?? '');
    }
    const [error] = run.annotations.filter((a) => a.level === 'error');
    expect(error?.message).toContain(
      "Deployment 'green' of endpoint 'churn' failed to provision: ResourceNotReady: User container has crashed or terminated.",
    );
    expect(error?.message).toContain('Traffic was not changed');
    expect(run.summary).toContain('InferenceServer log of green');
    expect(run.summary).toContain('StorageInitializer log of green');
    expect((await endpointState(emu, 'churn')).properties.traffic).toEqual({ blue: 100 });
    // keep (the default): the failed deployment stays for inspection.
    expect(await deploymentNames(emu, 'churn')).toEqual(['blue', 'green']);
  });

  it('on-failure delete removes the deployment it changed, never the serving one', async () => {
    emu.running.faults.add({
      kind: 'lro-failure',
      operationId: 'OnlineDeployments_CreateOrUpdate',
      resource: '/deployments/green',
      count: 1,
    });
    const run = await deploy(emu, {
      ...APP_INPUTS,
      'deployment-name': 'green',
      'instance-count': '2',
      'on-failure': 'delete',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('on-failure is delete: deleting deployment green');
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
      'deleted (on-failure delete): deployment green',
    );
    expect(await deploymentNames(emu, 'churn')).toEqual(['blue']);
    expect((await endpointState(emu, 'churn')).properties.traffic).toEqual({ blue: 100 });
  });

  it('retries a 409 while another update runs on the endpoint, from a fresh read', async () => {
    const busy = await emu.arm('PATCH', 'onlineEndpoints/churn', {
      body: { tags: { owner: 'someone-else' } },
    });
    expect(busy.status).toBe(202);
    const operations = Object.values(emu.running.state.arm.operations);
    const patch = operations.find(
      (op) => op.operationId === 'OnlineEndpoints_Update' && op.status === 'InProgress',
    );
    if (patch === undefined) throw new Error('the PATCH operation is not running');
    patch.completesAt = new Date(Date.now() + 3_600_000).toISOString();
    emu.running.requestLog.clear();

    const running = deploy(emu, { ...APP_INPUTS, 'deployment-name': 'blue', description: 'retried' });
    // Let the other update finish once the action has met the 409.
    for (let i = 0; i < 600; i++) {
      if (emu.running.requestLog.entries({ status: 409 }).length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    patch.completesAt = new Date().toISOString();
    const run = await running;
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Azure answered 409 Conflict .*retrying in/);
    expect((await endpointState(emu, 'churn')).properties.description).toBe('retried');
    const puts = describeCalls(armCalls(emu).filter((entry) => entry.method === 'PUT'));
    expect(puts).toEqual(expect.arrayContaining(['PUT OnlineEndpoints_CreateOrUpdate 409']));
    expect(puts.at(-1)).toBe('PUT OnlineEndpoints_CreateOrUpdate 201');
  });

  it('annotates YAML mistakes at their file and line, before anything is sent', async () => {
    emu.running.requestLog.clear();
    const run = await deploy(emu, {
      'endpoint-name': 'churn',
      'deployment-file': `${APP}/broken-deployment.yml`,
    });
    expect(run.exitCode).toBe(1);
    const [error] = run.annotations.filter((a) => a.level === 'error');
    expect(error?.properties.file).toBe(`${APP}/broken-deployment.yml`);
    expect(error?.properties.line).toBe('1');
    expect(error?.message).toContain(
      "broken-deployment.yml:6:1: unknown key 'instance_typo' in the deployment",
    );
    expect(error?.message).toContain(
      "broken-deployment.yml:7:17: instance_count: expected an integer of at least 1, got 'many'",
    );
    expect(armCalls(emu)).toEqual([]);
  });

  it('refuses Kubernetes deployments and contradictory inputs with one clear message', async () => {
    const kubernetes = await deploy(emu, {
      'endpoint-name': 'churn',
      'deployment-file': `${APP}/kubernetes-deployment.yml`,
    });
    expect(kubernetes.exitCode).toBe(1);
    expect(kubernetes.stdout).toContain('Kubernetes online deployments are not supported');

    const noWait = await deploy(emu, { ...APP_INPUTS, wait: 'false', traffic: 'blue=100' });
    expect(noWait.exitCode).toBe(1);
    expect(noWait.stdout).toContain(
      "Input 'wait' is false, but 'traffic' or 'mirror-traffic' asks for a traffic change",
    );

    const badTraffic = await deploy(emu, { ...APP_INPUTS, traffic: 'blue=60, green=30' });
    expect(badTraffic.exitCode).toBe(1);
    expect(badTraffic.stdout).toContain('adds up to 90');
  });

  it('with wait false returns once Azure accepted the deployment; a timeout says what still runs', async () => {
    const accepted = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'canary', wait: 'false' });
    expect(accepted.exitCode).toBe(0);
    expect(accepted.outputs['deployment-name']).toBe('canary');
    expect(accepted.summary).toContain('Deployment canary is being created \\(wait is false\\).');
    expect(accepted.summary).toContain('| canary | Creating |');

    const late = await deploy(emu, { ...APP_INPUTS, 'deployment-name': 'late', timeout: '1s' });
    expect(late.exitCode).toBe(1);
    expect(late.stdout).toContain('Creating deployment late did not finish within the timeout (1s).');
    expect((await endpointState(emu, 'churn')).properties.traffic).toEqual({ blue: 100 });
  });
});
