/**
 * The azureml-examples job YAMLs (../shared/fixtures/azureml-examples/cli/jobs) through the bundled run-job action:
 * each one submits, or is refused with a message that says why.
 */
import { describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import { runBundledAction, withEmulator } from '../helpers/emulator.js';
import { sharedPath } from '../../shared-dir.js';

jest.setTimeout(90_000);
const emu = withEmulator({ provisioningDelayMs: 0 });
const RUN_JOB = path.resolve('dist/run-job/index.js');
const JOBS = sharedPath('fixtures/azureml-examples/cli/jobs');

function run(file: string, inputs: Record<string, string> = {}) {
  return runBundledAction(
    RUN_JOB,
    { workspace: 'dev', 'resource-group': 'rg-mlops', 'job-file': path.join(JOBS, file), ...inputs },
    emu.envFor('development'),
  );
}

describe('azureml-examples job YAMLs', () => {
  it('runs hello-world-input to completion with its literal inputs in the log', async () => {
    const result = await run('basics/hello-world-input.yml');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Completed');
    expect(result.stdout).toContain('| hello world');
    expect(result.stdout).toContain('| 42');
  });

  it.each([
    'basics/hello-code.yml',
    'basics/hello-world-env-var.yml',
    'single-step/scikit-learn/iris/job.yml',
    'single-step/scikit-learn/iris/job-docker-context.yml',
  ])('submits %s', async (file) => {
    const result = await run(file, { wait: 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['job-name']).toMatch(/^[a-z0-9_]+$/);
    const job = await emu.arm('GET', `jobs/${result.outputs['job-name'] ?? ''}`);
    expect(job.status).toBe(200);
  });

  it('refuses the sweep job, saying what to do instead', async () => {
    const result = await run('single-step/scikit-learn/iris/job-sweep.yml');
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toContain(
      'sweep jobs are not supported: run-job submits command jobs',
    );
  });

  it('runs hello-model-as-output, which fails here with its own error in the log tail (no pandas)', async () => {
    const result = await run('basics/hello-model-as-output.yml', { 'stream-logs': 'false' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Failed');
    const message = result.annotations[0]?.message ?? '';
    expect(message).toMatch(
      /Input input_model: azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/mlflow-model/,
    );
    expect(message).toContain("ModuleNotFoundError: No module named 'pandas'");
    expect(message).toContain(
      'environment azureml://registries/azureml/environments/sklearn-1.5/labels/latest is not run',
    );
  });
});
