/**
 * The bundled run-job action against the emulator: the example model repository's training job (python3 + numpy on
 * bank-marketing data) runs for real with an override, its model output is registered by register-model from the
 * job output URI, a failing command fails the step with its log tail, and SIGTERM cancels the Azure ML job.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runBundledAction, withEmulator } from '../helpers/emulator.js';

jest.setTimeout(120_000);
const emu = withEmulator({ provisioningDelayMs: 0 });
const RUN_JOB = path.resolve('dist/run-job/index.js');
const REGISTER_MODEL = path.resolve('dist/register-model/index.js');
let repo = '';

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'model-repo-'));
  await cp(path.resolve('workflows-examples/model-repo'), repo, { recursive: true });
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

const workspace = { workspace: 'dev', 'resource-group': 'rg-mlops' };

async function jobStatus(name: string): Promise<string> {
  const response = await emu.arm('GET', `jobs/${name}`);
  return (response.json as { properties: { status: string } }).properties.status;
}

describe('run-job (bundled) against the emulator', () => {
  it('trains the example model with an override, then register-model registers its output', async () => {
    const run = await runBundledAction(
      RUN_JOB,
      { ...workspace, 'job-file': 'jobs/train.yml', set: 'inputs.epochs=40', tags: 'purpose=test' },
      emu.envFor('development'),
      { cwd: repo, timeoutMs: 110_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('Completed');
    const name = run.outputs['job-name'] ?? '';
    expect(name).toMatch(/^bank_marketing_[a-z0-9]{10}$/);
    expect(run.stdout).toMatch(/\[\d\d:\d\d\] job \S+: \w+ → Completed/);
    expect(run.stdout).toContain('| training on 2000 rows, 61 features, 40 epochs');
    expect(run.stdout).toContain('No container engine here');
    const outputs = JSON.parse(run.outputs.outputs ?? '{}') as Record<string, string>;
    expect(outputs.model).toBe(`azureml://datastores/workspaceblobstore/paths/azureml/${name}/model/`);
    const metrics = JSON.parse(run.outputs.metrics ?? '{}') as Record<string, number>;
    expect(metrics.accuracy).toBeGreaterThan(0.8);
    expect(metrics.auc).toBeGreaterThan(0.7);
    expect(run.summary).toContain('Open in Azure ML studio');

    const job = (await emu.arm('GET', `jobs/${name}`)).json as {
      properties: { tags: Record<string, string> };
    };
    expect(job.properties.tags).toMatchObject({
      purpose: 'test',
      model: 'bank-marketing',
      'git-repository': 'contoso/churn-model',
      'github-run-url': 'https://github.com/contoso/churn-model/actions/runs/1234567890',
    });

    const registered = await runBundledAction(
      REGISTER_MODEL,
      { ...workspace, 'model-name': 'bank-marketing', 'model-uri': outputs.model ?? '', 'run-id': name },
      emu.envFor('development'),
      { cwd: repo },
    );
    expect(registered.exitCode).toBe(0);
    expect(registered.outputs['model-uri']).toBe('azureml:bank-marketing:1');

    const again = await runBundledAction(
      RUN_JOB,
      { ...workspace, 'job-file': 'jobs/train.yml', set: 'inputs.epochs=1', wait: 'false' },
      emu.envFor('development'),
      { cwd: repo },
    );
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('already uploaded');
    expect(again.stdout).toMatch(/Reusing inline environment CliV2AnonymousEnvironment:[0-9a-f]{32}/);
  });

  it('fails the step with the job status and the tail of its log when the command fails', async () => {
    const file = path.join(repo, 'jobs', 'failing.yml');
    await writeFile(
      file,
      [
        '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json',
        'command: |',
        "  python3 -c \"import sys; print('loading data'); sys.exit('no such column: churn')\"",
        'environment:',
        '  image: library/python:3.11',
      ].join('\n'),
    );
    const run = await runBundledAction(
      RUN_JOB,
      { ...workspace, 'job-file': file, 'stream-logs': 'false' },
      emu.envFor('development'),
      { cwd: repo },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('Failed');
    const failure = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    expect(failure).toMatch(/run-job: Job job_[a-z0-9]{10} ended with status Failed/);
    expect(failure).toContain('no such column: churn');
    expect(failure).toContain('exit code 1');
    expect(run.summary).toContain("End of the job's log");
  });

  it('cancels the Azure ML job when the step gets SIGTERM', async () => {
    const file = path.join(repo, 'jobs', 'slow.yml');
    await writeFile(
      file,
      [
        'type: command',
        'command: echo started; sleep 60',
        'environment:',
        '  image: library/python:3.11',
      ].join('\n'),
    );
    const child = spawn(process.execPath, [RUN_JOB], {
      cwd: repo,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...emu.envFor('development'),
        INPUT_WORKSPACE: 'dev',
        'INPUT_RESOURCE-GROUP': 'rg-mlops',
        'INPUT_JOB-FILE': file,
        GITHUB_REPOSITORY: 'contoso/churn-model',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    for (let i = 0; i < 400 && !stdout.includes('| started'); i++) await sleep(100);
    expect(stdout).toContain('| started');
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    const name = /Submitted job (\S+) /.exec(stdout)?.[1] ?? '';
    expect(stdout).toContain(`Cancelling Azure ML job ${name}`);
    expect(stdout).toMatch(
      /was stopped because the workflow was cancelled .*: the Azure ML job was cancelled/,
    );
    let status = await jobStatus(name);
    for (let i = 0; i < 50 && status !== 'Canceled'; i++) {
      await sleep(100);
      status = await jobStatus(name);
    }
    expect(status).toBe('Canceled');
  });
});
