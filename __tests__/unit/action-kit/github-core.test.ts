import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { UserError, githubCore, runAction } from '@aml-actions/action-kit';

/** runAction on the runner's protocol (githubCore), with the runner's output and summary files in a temp folder. */
describe('runAction on the runner protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'action-kit-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  const saved = {
    GITHUB_OUTPUT: process.env.GITHUB_OUTPUT,
    GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY,
  };
  let stdout: string[] = [];

  beforeAll(() => {
    Object.assign(process.env, files);
    for (const file of Object.values(files)) writeFileSync(file, '');
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.exitCode = undefined;
    for (const file of Object.values(files)) writeFileSync(file, '');
  });

  function captureStdout(): void {
    stdout = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
  }

  it('writes outputs and the job summary to the runner files and leaves the exit code alone', async () => {
    captureStdout();
    await runAction('register-model', async ({ outputs, summary, log }) => {
      outputs.set('version', 7);
      summary.heading('Registered').keyValue({ model: 'churn' });
      await log.group('Work', () => Promise.resolve());
    });
    expect(process.exitCode).toBeUndefined();
    expect(readFileSync(files.GITHUB_OUTPUT, 'utf8')).toMatch(/^version<<ghadelimiter_[\w-]+\n7\n/);
    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe(
      '## Registered\n\n| Name | Value |\n| --- | --- |\n| **model** | churn |\n\n',
    );
    expect(stdout.join('')).toContain('::group::Work\n::endgroup::\n');
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });

  it('fails the step: ::error:: with the prefixed message and exit code 1', async () => {
    captureStdout();
    await runAction('register-model', () =>
      Promise.reject(new UserError("Input 'model-path' has value 'x'")),
    );
    expect(process.exitCode).toBe(1);
    expect(stdout.join('')).toContain("::error::register-model: Input 'model-path' has value 'x'\n");
  });

  it('reports when there is no summary file', async () => {
    const core = githubCore({});
    await expect(core.appendSummary('text')).resolves.toBe(false);
  });
});
