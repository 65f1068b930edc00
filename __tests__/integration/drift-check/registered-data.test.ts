/**
 * The bundled drift-check against the emulator with the training data as users register it: data assets (a pinned
 * version, @latest over a uri_folder, an mltable with a pattern) and a job's output (a command job run through the
 * emulator's ARM API that writes a CSV), each resolved in the log to its version and datastore path.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runBundledAction, withEmulator, type BundledActionResult } from '../helpers/emulator.js';
import { BANK_TEST, BANK_TRAIN, datastore } from '../emulator/serving-fixture.js';

jest.setTimeout(120_000);
const emu = withEmulator();
const DRIFT_CHECK = path.resolve('dist/drift-check/index.js');
const WORKSPACE = { workspace: 'dev', 'resource-group': 'rg-mlops' };
const DS = 'azureml://datastores/workspaceblobstore/paths';
const FEATURES = { features: 'age, duration, job, euribor3m', 'numerical-features': 'age, duration' };

function driftCheck(inputs: Record<string, string>): Promise<BundledActionResult> {
  return runBundledAction(DRIFT_CHECK, { ...WORKSPACE, ...FEATURES, ...inputs }, emu.envFor('development'), {
    timeoutMs: 60_000,
  });
}

async function putData(name: string, version: string, dataType: string, dataUri: string): Promise<void> {
  const response = await emu.arm('PUT', `data/${name}/versions/${version}`, {
    body: { properties: { dataType, dataUri } },
  });
  expect(response.status).toBe(201);
}

async function runJob(name: string): Promise<void> {
  const environment = await emu.arm('PUT', 'environments/python/versions/1', {
    body: { properties: { image: 'library/python:3.11' } },
  });
  expect([200, 201]).toContain(environment.status);
  const created = await emu.arm('PUT', `jobs/${name}`, {
    body: {
      properties: {
        jobType: 'Command',
        environmentId: `${emu.workspaceId('dev')}/environments/python/versions/1`,
        command: 'mkdir -p ${{outputs.prepared}} && cp ${{inputs.data}} ${{outputs.prepared}}/test.csv',
        inputs: { data: { jobInputType: 'uri_file', uri: `${DS}/data/bank-test/test.csv` } },
        outputs: { prepared: { jobOutputType: 'uri_folder' } },
      },
    },
  });
  expect(created.status).toBe(201);
  for (let i = 0; i < 300; i++) {
    const status = ((await emu.arm('GET', `jobs/${name}`)).json as { properties: { status: string } })
      .properties.status;
    if (['Completed', 'Failed', 'Canceled'].includes(status)) {
      expect(status).toBe('Completed');
      return;
    }
    await sleep(100);
  }
  throw new Error(`job ${name} did not finish`);
}

beforeAll(async () => {
  const container = datastore(emu);
  await container.getBlockBlobClient('data/bank-train/train.csv').uploadFile(BANK_TRAIN);
  await container.getBlockBlobClient('data/bank-test/test.csv').uploadFile(BANK_TEST);
  const mlTable =
    'type: mltable\npaths:\n  - pattern: ./*.csv\ntransformations:\n  - read_delimited:\n      delimiter: ","\n';
  await container.getBlockBlobClient('data/bank-train/MLTable').upload(mlTable, Buffer.byteLength(mlTable));
  const { subscriptionId, resourceGroup } = emu.info;
  const long = `azureml://subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/dev/datastores/workspaceblobstore/paths`;
  await putData('bank-train', '1', 'uri_file', `${long}/data/bank-train/train.csv`);
  await putData('bank-train', '2', 'mltable', `${DS}/data/bank-train/`);
  await putData('bank-train', '3', 'uri_folder', `${DS}/data/bank-train/`);
  await putData('bank-test', '1', 'uri_file', `${DS}/data/bank-test/test.csv`);
});

describe('drift-check (bundled) on registered data', () => {
  it('reads data assets: the latest version of the baseline, a pinned production version', async () => {
    const result = await driftCheck({
      baseline: 'azureml:bank-train@latest',
      production: 'azureml:bank-test:1',
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `baseline: data asset azureml:bank-train:3 (the latest version) is uri_folder ${DS}/data/bank-train/`,
    );
    expect(result.stdout).toContain(
      `production: data asset azureml:bank-test:1 is uri_file ${DS}/data/bank-test/test.csv`,
    );
    expect(result.stdout).toContain('Read baseline: 29,999 rows, 21 columns from 1 file');
    expect(result.outputs['drift-detected']).toBe('false');
    expect(result.summary).toContain(
      `azureml:bank-train@latest \\(azureml:bank-train:3 → ${DS}/data/bank-train/\\): 29,999 rows`,
    );
    expect(result.summary).toContain(`azureml:bank-test:1 \\(${DS}/data/bank-test/test.csv\\): 952 rows`);
  });

  it('reads a uri_file registered with the long datastore URI and an mltable through its MLTable paths', async () => {
    const result = await driftCheck({ baseline: 'azureml:bank-train:1', production: 'azureml:bank-train:2' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`production: MLTable ${DS}/data/bank-train/MLTable lists 1 file(s).`);
    expect(result.outputs['drift-share']).toBe('0');
  });

  it('names the input, the value, the data assets there are and a likely typo', async () => {
    const result = await driftCheck({ baseline: 'azureml:bank-trian:1', production: 'azureml:bank-test:1' });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain(
      "Input 'baseline' is 'azureml:bank-trian:1', but workspace 'dev' has no data asset 'bank-trian': did you mean 'bank-train'? Its data assets: bank-train, bank-test.",
    );
    const version = await driftCheck({ baseline: 'azureml:bank-train:9', production: 'azureml:bank-test:1' });
    expect(version.annotations.find((a) => a.level === 'error')?.message).toContain(
      "has no version '9'. Its versions, newest first: 3, 2, 1",
    );
  });

  it("reads a job's output, and a file below it", async () => {
    await runJob('prep-test');
    const result = await driftCheck({
      baseline: 'azureml:bank-train:1',
      production: 'azureml://jobs/prep-test/outputs/prepared',
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `production: output 'prepared' of job 'prep-test' (Completed) is ${DS}/azureml/prep-test/prepared`,
    );
    expect(result.stdout).toContain('Read production: 952 rows');
    const file = await driftCheck({
      baseline: 'azureml:bank-train:1',
      production: 'azureml://jobs/prep-test/outputs/prepared/paths/test.csv',
    });
    expect(file.exitCode).toBe(0);
    const missing = await driftCheck({
      baseline: 'azureml:bank-train:1',
      production: 'azureml://jobs/prep-test/outputs/model',
    });
    expect(missing.annotations.find((a) => a.level === 'error')?.message).toContain(
      "job 'prep-test' has no output 'model' (its outputs: prepared)",
    );
  });
});
