/**
 * The other endpoint/deployment YAML of azureml-examples (cli/endpoints/online): the MLflow no-code deployments (ncd)
 * register their inline named models and provision, failing because this machine has no MLflow; the data collector
 * snippets are refused before anything is sent (an invalid endpoint name and files the snippets do not ship), each
 * problem annotated at its line; with those supplied, a data collector deploys through api-version 2024-04-01.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBundledAction, withEmulator } from '../helpers/emulator.js';
import { APP, ONLINE, REGISTER_MODEL, WORKSPACE, armCalls, deploy } from './deploy-helpers.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 50, retryAfterSeconds: 1 });

const NCD = [
  ['lightgbm-deployment.yaml', 'lightgbm-deployment', 'mir-sample-lightgbm-ncd-model:3'],
  ['sklearn-deployment.yaml', 'sklearn-deployment', 'mir-sample-sklearn-ncd-model:2'],
  ['sklearn-deployment-with-script.yaml', 'sklearn-deployment-script', 'mir-sample-sklearn-mlflow-model:2'],
] as const;

const COLLECTOR = [
  'custom-blob-storage/custom-blob-storage.YAML',
  'workspace-blob-storage/workspace-blob-storage-custom1.YAML',
  'workspace-blob-storage/workspace-blob-storage-custom2.YAML',
  'workspace-blob-storage/workspace-blob-storage-payload1.YAML',
  'workspace-blob-storage/workspace-blob-storage-payload2.YAML',
] as const;

describe('deploy-endpoint (bundled): azureml-examples no-code and data collector deployments', () => {
  it.each(NCD)('ncd/%s registers its model and fails for want of MLflow', async (file, name, model) => {
    const run = await deploy(emu, {
      'endpoint-file': path.join(ONLINE, 'ncd/create-endpoint.yaml'),
      'deployment-file': path.join(ONLINE, 'ncd', file),
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.outputs['deployment-name']).toBe(name);
    expect(run.summary).toContain(`model ${model.replace(':', ':')}`);
    const [error] = run.annotations.filter((a) => a.level === 'error');
    expect(error?.message).toContain(`Deployment '${name}' of endpoint 'my-endpoint' failed to provision`);
    expect(error?.message.toLowerCase()).toContain('mlflow');
  });

  it.each(COLLECTOR)('data-collector/%s is refused with every problem at its line', async (file) => {
    emu.running.requestLog.clear();
    const run = await deploy(emu, { 'deployment-file': path.join(ONLINE, 'data-collector', file) });
    expect(run.exitCode).toBe(1);
    const [error] = run.annotations.filter((a) => a.level === 'error');
    expect(error?.properties.file).toBe(path.join(ONLINE, 'data-collector', file));
    expect(error?.message).toMatch(/:2:\d+: endpoint_name: 'my_endpoint' is not a valid endpoint name/);
    expect(error?.message).toMatch(
      /:6:\d+: environment.conda_file: the file 'model\/conda.yaml' does not exist/,
    );
    expect(error?.message).toMatch(/:8:\d+: code_configuration.code: the folder 'scripts' does not exist/);
    expect(armCalls(emu)).toEqual([]);
  });

  describe('with the files the data collector snippets leave out', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'collector-'));
      await cp(path.join(ONLINE, 'data-collector/workspace-blob-storage'), dir, { recursive: true });
      await mkdir(path.join(dir, 'model'));
      await cp(path.join(APP, 'conda.yml'), path.join(dir, 'model/conda.yaml'));
      await cp(path.join(APP, 'code'), path.join(dir, 'scripts'), { recursive: true });
      const model = await runBundledAction(
        REGISTER_MODEL,
        { ...WORKSPACE, 'model-name': 'iris_mlflow_model', 'model-path': path.join(APP, 'model') },
        emu.envFor('development'),
      );
      expect(model.exitCode).toBe(0);
    }, 60_000);
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('deploys workspace-blob-storage-custom2 with its data collector (api-version 2024-04-01)', async () => {
      const run = await deploy(emu, {
        'endpoint-name': 'collector-ep',
        'deployment-file': path.join(dir, 'workspace-blob-storage-custom2.YAML'),
      });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/deployment blue: Creating → Succeeded/);
      const deployment = await emu.arm('GET', 'onlineEndpoints/collector-ep/deployments/blue', {
        apiVersion: '2024-04-01',
      });
      expect(deployment.json).toMatchObject({
        properties: {
          model: expect.stringContaining('/models/iris_mlflow_model/versions/1') as unknown,
          dataCollector: {
            collections: {
              request: { dataCollectionMode: 'Enabled', samplingRate: 1 },
              model_outputs: { dataCollectionMode: 'Enabled' },
            },
            rollingRate: 'Hour',
          },
        },
      });
      const rerun = await deploy(emu, {
        'endpoint-name': 'collector-ep',
        'deployment-file': path.join(dir, 'workspace-blob-storage-custom2.YAML'),
      });
      // Compared with the 2024-04-01 view, the data collector is no difference: nothing is sent again.
      expect(rerun.exitCode).toBe(0);
      expect(rerun.stdout).toContain('Nothing to change');
    });
  });
});
