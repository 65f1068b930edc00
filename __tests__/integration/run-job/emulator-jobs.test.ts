/**
 * The emulator's job execution through its ARM API (no action): a command job runs for real, moves through its
 * statuses, writes its log and outputs to the workspace's blob store, reports MLflow metrics, fails with its reason
 * in the log, and a cancel ends its process.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { armToken, httpsRequest, withEmulator, type EmulatorHandle } from '../helpers/emulator.js';

jest.setTimeout(30_000);
const emu = withEmulator();

async function putEnvironment(handle: EmulatorHandle): Promise<string> {
  const path = 'environments/python/versions/1';
  const response = await handle.arm('PUT', path, { body: { properties: { image: 'library/python:3.11' } } });
  expect([200, 201]).toContain(response.status);
  return `${handle.workspaceId('dev')}/${path}`;
}

async function submit(name: string, properties: Record<string, unknown>): Promise<void> {
  const environmentId = await putEnvironment(emu);
  const response = await emu.arm('PUT', `jobs/${name}`, {
    body: { properties: { jobType: 'Command', environmentId, ...properties } },
  });
  expect(response.status).toBe(201);
}

async function waitFor(name: string, done: (status: string) => boolean): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const response = await emu.arm('GET', `jobs/${name}`);
    const properties = (response.json as { properties: Record<string, unknown> }).properties;
    if (done(String(properties.status))) return properties;
    await sleep(100);
  }
  throw new Error(`job ${name} did not reach the expected status`);
}

const terminal = (status: string): boolean => ['Completed', 'Failed', 'Canceled'].includes(status);

async function readBlob(path: string): Promise<string> {
  const ws = emu.running.state.config.workspaces.find((w) => w.name === 'dev');
  if (ws === undefined) throw new Error('no dev workspace');
  const { ContainerClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
  const container = new ContainerClient(
    `${emu.info.blobEndpoint}/${ws.storageAccount}/${ws.defaultContainer}`,
    new StorageSharedKeyCredential(ws.storageAccount, ws.storageAccountKey),
    { tlsOptions: { ca: emu.ca } } as never,
  );
  const buffer = await container.getBlobClient(path).downloadToBuffer();
  return buffer.toString('utf8');
}

describe('emulator job execution', () => {
  it('runs a command with literal inputs, writes outputs and the log, and reports metrics', async () => {
    await submit('job-ok', {
      command:
        'echo "n=${{inputs.n}}" && mkdir -p ${{outputs.out}} && echo done > ${{outputs.out}}/result.txt && ' +
        "python3 -c \"import mlflow; mlflow.log_metric('accuracy', 0.5); mlflow.log_metric('accuracy', 0.75, step=1)\"",
      inputs: { n: { jobInputType: 'literal', value: '3' } },
      outputs: { out: { jobOutputType: 'uri_folder' } },
      environmentVariables: { GREETING: 'hi' },
    });
    const properties = await waitFor('job-ok', terminal);
    expect(properties.status).toBe('Completed');
    const log = await readBlob('ExperimentRun/dcid.job-ok/user_logs/std_log.txt');
    expect(log).toContain('n=3');
    expect(log).toContain('No container engine here');
    expect(await readBlob('azureml/job-ok/out/result.txt')).toBe('done\n');

    const services = properties.services as Record<string, { endpoint: string }>;
    const tracking = services.Tracking?.endpoint.replace(/^azureml:/, 'https:') ?? '';
    const token = await armToken(emu.info, 'development', emu.ca);
    const run = await httpsRequest(`${tracking}/api/2.0/mlflow/runs/get?run_id=job-ok`, {
      headers: { Authorization: `Bearer ${token}` },
      ca: emu.ca,
    });
    expect(run.status).toBe(200);
    expect(run.json).toMatchObject({
      run: { info: { status: 'FINISHED' }, data: { metrics: [{ key: 'accuracy', value: 0.75, step: 1 }] } },
    });
  });

  it('fails a job whose command fails, with the reason at the end of its log', async () => {
    await submit('job-bad', { command: 'echo about to fail; exit 3' });
    const properties = await waitFor('job-bad', terminal);
    expect(properties.status).toBe('Failed');
    const log = await readBlob('ExperimentRun/dcid.job-bad/user_logs/std_log.txt');
    expect(log).toContain('about to fail');
    expect(log.trim().split('\n').at(-1)).toContain('exit code 3');
  });

  it('cancels a running job by ending its process tree', async () => {
    await submit('job-long', { command: 'echo started; sleep 30 & wait' });
    await waitFor('job-long', (status) => status === 'Running');
    const cancel = await emu.arm('POST', 'jobs/job-long/cancel');
    expect(cancel.status).toBe(202);
    const properties = await waitFor('job-long', terminal);
    expect(properties.status).toBe('Canceled');
    const log = await readBlob('ExperimentRun/dcid.job-long/user_logs/std_log.txt');
    expect(log).toContain('process tree terminated');
  });

  it('fails clearly when an input cannot be read (no network)', async () => {
    await submit('job-wasbs', {
      command: 'cat ${{inputs.data}}',
      inputs: {
        data: {
          jobInputType: 'uri_file',
          uri: 'wasbs://datasets@azuremlexamples.blob.core.windows.net/iris.csv',
        },
      },
    });
    const properties = await waitFor('job-wasbs', terminal);
    expect(properties.status).toBe('Failed');
    const log = await readBlob('ExperimentRun/dcid.job-wasbs/user_logs/std_log.txt');
    expect(log).toContain("Input 'data'");
    expect(log).toContain('no network access');
  });
});
