/**
 * Every managed endpoint/deployment YAML of azureml-examples (cli/endpoints/online/managed) through the bundled
 * deploy-endpoint: the endpoint is created, the model, code and environment are resolved (local ones uploaded and
 * registered, registered and registry ones referenced), and the deployment provisions in the emulator, whose
 * scoring scripts need joblib, which this machine lacks: the failure and the container log name the module.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBundledAction, withEmulator } from '../helpers/emulator.js';
import { ONLINE, REGISTER_MODEL, WORKSPACE, deploy } from './deploy-helpers.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 50, retryAfterSeconds: 1 });
let online = '';

/** The example's shell script fills in {{ENDPOINT_NAME}} and {{MODEL_VERSION}} with sed; so does the test. */
async function fillTemplate(file: string, values: Record<string, string>): Promise<void> {
  let text = await readFile(file, 'utf8');
  for (const [key, value] of Object.entries(values)) text = text.replaceAll(`{{${key}}}`, value);
  await writeFile(file, text);
}

async function registerModel(inputs: Record<string, string>): Promise<void> {
  const run = await runBundledAction(REGISTER_MODEL, { ...WORKSPACE, ...inputs }, emu.envFor('development'));
  expect(run.exitCode).toBe(0);
}

beforeAll(async () => {
  online = await mkdtemp(path.join(tmpdir(), 'online-examples-'));
  await cp(ONLINE, online, { recursive: true });
  const minimal = path.join(online, 'managed/minimal/single-model-registered');
  await fillTemplate(path.join(minimal, 'model.yml'), { MODEL_VERSION: '1' });
  await fillTemplate(path.join(minimal, 'deployment.yml'), {
    ENDPOINT_NAME: 'minimal-ep',
    MODEL_VERSION: '1',
  });
  // What the README's `az ml model create` / `az ml environment create` steps register before deploying.
  await registerModel({ 'spec-file': path.join(minimal, 'model.yml') });
  await registerModel({
    'model-name': 'my-model',
    'model-path': path.join(online, 'model-1/model'),
    version: '1',
  });
  await registerModel({
    'model-name': 'my-model',
    'model-path': path.join(online, 'model-2/model'),
    version: '2',
  });
  const environment = await emu.arm('PUT', 'environments/my-env/versions/1', {
    body: { properties: { image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest' } },
  });
  expect(environment.status).toBeLessThan(300);
}, 120_000);

afterAll(async () => {
  await rm(online, { recursive: true, force: true });
});

const SAMPLE = [
  ['blue-deployment.yml', 'inline model, code and environment'],
  ['green-deployment.yml', 'inline model, code and environment'],
  ['blue-deployment-with-curated-env.yml', 'registry environment'],
  ['green-deployment-with-curated-env.yml', 'registry environment'],
  ['blue-deployment-with-registered-assets.yml', 'registered model and environment'],
  ['green-deployment-with-registered-assets.yml', 'registered model and environment'],
] as const;

describe('deploy-endpoint (bundled): azureml-examples managed online endpoints', () => {
  it.each(SAMPLE)(
    'managed/sample/%s (%s): provisions, and fails naming the missing joblib',
    async (file, _what) => {
      const run = await deploy(emu, {
        'endpoint-file': path.join(online, 'managed/sample/endpoint.yml'),
        'deployment-file': path.join(online, 'managed/sample', file),
      });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(1);
      const name = file.startsWith('blue') ? 'blue' : 'green';
      expect(run.outputs).toMatchObject({
        'endpoint-name': 'my-endpoint',
        'deployment-name': name,
        traffic: '{}',
      });
      expect(run.stdout).toMatch(new RegExp(`deployment ${name}: (Creating|Updating) → Failed`));
      const [error] = run.annotations.filter((a) => a.level === 'error');
      expect(error?.message).toContain(`Deployment '${name}' of endpoint 'my-endpoint' failed to provision`);
      expect(error?.message).toContain("No module named 'joblib'");
      expect(run.summary).toContain(`InferenceServer log of ${name}`);
      expect(run.summary).toContain("ModuleNotFoundError: No module named 'joblib'");
      expect(run.summary).toMatch(/Downloaded (code|model)/);
    },
  );

  it('managed/minimal/single-model-registered: the registered model, local code and inline environment', async () => {
    const run = await deploy(emu, {
      'deployment-file': path.join(online, 'managed/minimal/single-model-registered/deployment.yml'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("Online endpoint 'minimal-ep' does not exist: creating it");
    expect(run.summary).toContain('Downloaded model minimalregistered:1');
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain("No module named 'joblib'");
  });

  it('takes the model from the model input (register-model output) over the file', async () => {
    const run = await deploy(emu, {
      'endpoint-file': path.join(online, 'managed/sample/endpoint.yml'),
      'deployment-file': path.join(online, 'managed/sample/blue-deployment-with-registered-assets.yml'),
      model: 'azureml:my-model:2',
      'instance-count': '2',
    });
    expect(run.exitCode).toBe(1);
    const deployment = await emu.arm('GET', 'onlineEndpoints/my-endpoint/deployments/blue');
    expect(deployment.json).toMatchObject({
      sku: { capacity: 2 },
      properties: { model: expect.stringMatching(/\/models\/my-model\/versions\/2$/) as unknown },
    });
    expect(run.summary).toContain('Downloaded model my-model:2');
  });

  it('refuses the templated file as the example ships it, naming the placeholder', async () => {
    const run = await deploy(emu, {
      'deployment-file': path.join(ONLINE, 'managed/minimal/single-model-registered/deployment.yml'),
    });
    expect(run.exitCode).toBe(1);
    const [error] = run.annotations.filter((a) => a.level === 'error');
    expect(error?.properties.line).toBe('3');
    expect(error?.message).toContain('ENDPOINT_NAME');
  });
});
