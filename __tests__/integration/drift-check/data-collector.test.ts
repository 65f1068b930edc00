/**
 * The bundled drift-check against the emulator: a bank-marketing deployment with data collection scores shifted
 * requests, and drift-check reads what the collector wrote (modelDataCollector/…/yyyy/MM/dd/HH/*.jsonl in the
 * workspace's default datastore) through endpoint-name; the baseline comes from an azureml:// datastore folder.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runBundledAction, withEmulator, type BundledActionResult } from '../helpers/emulator.js';
import {
  API,
  BANK_TRAIN,
  FIXTURES,
  bankRows,
  createDeployment,
  createEndpoint,
  datastore,
  listKeys,
  registerCode,
  registerEnvironment,
  registerModel,
  scorer,
  trainBankModel,
} from '../emulator/serving-fixture.js';

jest.setTimeout(120_000);
const emu = withEmulator();
const DRIFT_CHECK = path.resolve('dist/drift-check/index.js');
const WORKSPACE = { workspace: 'dev', 'resource-group': 'rg-mlops' };
const ROWS = 200;

/** The test rows as numbers, older and with longer calls than in training. */
async function shiftedRows(): Promise<Record<string, number | string>[]> {
  return (await bankRows(ROWS)).map((row) => {
    const numeric: Record<string, number | string> = { ...row };
    for (const [name, value] of Object.entries(row)) {
      if (value !== '' && !Number.isNaN(Number(value))) numeric[name] = Number(value);
    }
    numeric.age = Number(row.age) + 20;
    numeric.duration = Math.round(Number(row.duration) * 2);
    return numeric;
  });
}

/** Rows collected so far under the endpoint's model_inputs. */
async function collectedRows(endpoint: string): Promise<number> {
  let rows = 0;
  const container = datastore(emu);
  for await (const blob of container.listBlobsFlat({ prefix: `modelDataCollector/${endpoint}/` })) {
    if (!blob.name.includes('/model_inputs/')) continue;
    const text = (await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8');
    for (const line of text.trim().split('\n')) rows += (JSON.parse(line) as { data: unknown[] }).data.length;
  }
  return rows;
}

function driftCheck(inputs: Record<string, string>): Promise<BundledActionResult> {
  return runBundledAction(DRIFT_CHECK, { ...WORKSPACE, ...inputs }, emu.envFor('development'), {
    timeoutMs: 60_000,
  });
}

beforeAll(async () => {
  const environment = await registerEnvironment(emu);
  const code = await registerCode(emu, 'bank-score', path.join(FIXTURES, 'bank-model'));
  const model = await registerModel(emu, 'bank-marketing', await trainBankModel());
  const endpoint = await createEndpoint(emu, 'bank-drift', { authMode: 'Key' });
  const deployment = await createDeployment(emu, 'bank-drift', 'blue', {
    code,
    model,
    environment,
    properties: {
      dataCollector: {
        collections: { model_inputs: { dataCollectionMode: 'Enabled' } },
        rollingRate: 'Hour',
      },
    },
  });
  expect(deployment.provisioningState).toBe('Succeeded');
  await emu.arm('PUT', 'onlineEndpoints/bank-drift', {
    apiVersion: API,
    body: { location: 'eastus', properties: { authMode: 'Key', traffic: { blue: 100 } } },
  });
  const keys = await listKeys(emu, 'bank-drift');
  const client = scorer(emu.ca);
  try {
    const rows = await shiftedRows();
    for (let i = 0; i < rows.length; i += 20) {
      const answer = await client.score(
        String(endpoint.scoringUri),
        { data: rows.slice(i, i + 20) },
        { Authorization: `Bearer ${keys.primaryKey}` },
      );
      expect(answer.status).toBe(200);
    }
  } finally {
    client.close();
  }
  for (let attempt = 0; attempt < 100 && (await collectedRows('bank-drift')) < ROWS; attempt++)
    await sleep(100);
  expect(await collectedRows('bank-drift')).toBe(ROWS);
  await datastore(emu).getBlockBlobClient('data/bank-marketing/train.csv').uploadFile(BANK_TRAIN);
});

describe('drift-check (bundled) on collected production data', () => {
  it('reads the last hour of the deployment’s model inputs and finds the shifted features', async () => {
    const result = await driftCheck({
      baseline: BANK_TRAIN,
      'endpoint-name': 'bank-drift',
      'deployment-name': 'blue',
      lookback: '1h',
      'numerical-features': 'age, duration, campaign',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['drift-detected']).toBe('true');
    expect(result.outputs['drifted-features']?.split(',')).toEqual(
      expect.arrayContaining(['age', 'duration']),
    );
    expect(result.stdout).toMatch(
      /Listing [12] hourly folder\(s\) of collection model_inputs for deployment\(s\) blue/,
    );
    expect(result.stdout).toContain(`Read production: ${ROWS} rows, 10 columns`);
    expect(result.summary).toMatch(/\*\*Window\*\* \| .+ to .+ \\\([12] h, deployment\\\(s\\\) blue\\\)/);
    expect(result.summary).toContain('endpoint bank-drift deployment blue, collection model\\_inputs');
  });

  it('reads the baseline from an azureml:// datastore folder, and every deployment when none is named', async () => {
    const result = await driftCheck({
      baseline: 'azureml://datastores/workspaceblobstore/paths/data/bank-marketing/',
      'endpoint-name': 'bank-drift',
      features: 'age, euribor3m',
      'numerical-features': 'age',
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Read baseline: 29,999 rows, 21 columns from 1 file');
    expect(result.outputs['drifted-features']).toBe('age');
  });

  it('explains where it looked when nothing was collected', async () => {
    const result = await driftCheck({
      baseline: BANK_TRAIN,
      'endpoint-name': 'bank-drift',
      'deployment-name': 'blue',
      collection: 'model_outputs',
    });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(
      /^drift-check: No model_outputs data was collected for endpoint 'bank-drift' deployment 'blue' between .+ \(looked under modelDataCollector\/bank-drift\/blue\/model_outputs\/yyyy\/MM\/dd\/HH\/ in datastore workspaceblobstore\)\. Check that the deployment's data_collector enables collections\.model_outputs/,
    );
  });
});
