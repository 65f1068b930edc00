/**
 * `npm run demo` end to end, as a user runs it: the whole lifecycle passes (exit 0, every stage in the recap, the
 * job summaries written, the 403 of the environment guard, scoring answers from staging and production); a stage that
 * fails (Azure's 429 on every try, injected with --fault) fails the demo and skips the rest; a Ctrl-C while training cancels the
 * Azure ML job and exits 130. Every time the emulator is stopped: no process of the run is left.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(240_000);
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'demo-test-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface DemoRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  runDir: string;
}

/**
 * `npm run demo -- --run-dir <dir> ...args` in its own process group (like a terminal's foreground job).
 * `interruptWhen` sends SIGINT to the whole group, as Ctrl-C does, once stdout contains that text; the demo then runs
 * as `tsx scripts/demo/main.ts` (what the npm script runs), since npm answers a SIGINT by dying of it itself.
 */
function demo(name: string, args: string[] = [], interruptWhen?: string): Promise<DemoRun> {
  const runDir = path.join(work, name);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_OPTIONS' && !key.startsWith('npm_')),
  );
  return new Promise((resolve, reject) => {
    const command =
      interruptWhen === undefined
        ? ['npm', 'run', '--silent', 'demo', '--']
        : [path.resolve('node_modules/.bin/tsx'), 'scripts/demo/main.ts'];
    const [program = 'npm', ...rest] = command;
    const child = spawn(program, [...rest, '--run-dir', runDir, ...args], {
      env: { ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (interruptWhen !== undefined && !interrupted && stdout.includes(interruptWhen) && child.pid) {
        interrupted = true;
        process.kill(-child.pid, 'SIGINT');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      resolve({ exitCode, stdout, stderr, runDir });
    });
  });
}

/** Processes still running whose command line names the run folder (the emulator's Azurite, workers, jobs). */
function leftovers(runDir: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((command) => command.includes(runDir));
}

/** The recap table's rows: stage number → its line. */
function recap(stdout: string): string[] {
  const table = stdout.slice(stdout.lastIndexOf('\nRecap\n'));
  return table.split('\n').filter((line) => /^\d+ /.test(line));
}

describe('npm run demo', () => {
  it('runs the whole lifecycle: train, register, guard, hand-off, deploy and score in staging and production', async () => {
    const run = await demo('full');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const rows = recap(run.stdout);
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row).toContain('✔');
    expect(
      rows.map((row) =>
        row
          .split(/\s{2,}/)
          .slice(1, 3)
          .join(' | '),
      ),
    ).toEqual([
      'train | development → dev',
      'register with gates | development → dev',
      'guard: development ✗ prod | development → prod',
      'hand-off (artifact) | development → dev',
      'register | staging → staging',
      'deploy blue/green | staging → staging',
      'score | staging → staging',
      'register | production → prod',
      'deploy blue/green | production → prod',
      'score | production → prod',
    ]);
    // The guard is the action's own error: ARM's 403 for the development identity on the prod workspace.
    expect(run.stdout).toMatch(
      /refused, as it should be: HTTP 403 AuthorizationFailed: The client '[0-9a-f-]+' .* does not have authorization to perform action 'Microsoft\.MachineLearningServices\/workspaces\/[a-z/]+' over scope '\/subscriptions\/[^']+\/workspaces\/prod'/,
    );
    expect(run.stdout).toContain('registered in prod (the same files as in staging)');
    expect(run.stdout).toMatch(
      /scoring-uri: https:\/\/127\.0\.0\.1:\d+\/endpoints\/staging\/bank-marketing\/score/,
    );
    expect(run.stdout).toMatch(
      /scoring-uri: https:\/\/127\.0\.0\.1:\d+\/endpoints\/prod\/bank-marketing\/score/,
    );
    expect(run.stdout.match(/HTTP: 200 from deployment 'blue'/g)).toHaveLength(2);
    // Each action step printed the path of its job summary, and the file is there.
    const summaries = [...run.stdout.matchAll(/Job summary: (\S+)/g)].map((m) => path.resolve(m[1] ?? ''));
    expect(summaries.map((file) => path.relative(run.runDir, file))).toEqual([
      '01-train-run-job/summary.md',
      '02-train-register-model/summary.md',
      '03-train-register-model/summary.md',
      '04-deploy-staging-register-model/summary.md',
      '05-deploy-staging-deploy-endpoint/summary.md',
      '06-deploy-production-register-model/summary.md',
      '07-deploy-production-deploy-endpoint/summary.md',
    ]);
    expect(await readFile(summaries[0] ?? '', 'utf8')).toContain('Completed');
    expect(await readFile(summaries[4] ?? '', 'utf8')).toContain('blue');
    expect(existsSync(path.join(run.runDir, 'artifacts', 'bank-marketing', 'weights.npz'))).toBe(true);
    expect(run.stdout).toContain('Emulator stopped');
    expect(leftovers(run.runDir)).toEqual([]);
  });

  it('fails when a stage fails (Azure keeps throttling the job submission), skips the rest and stops the emulator', async () => {
    const run = await demo('failing', [
      '--fault',
      'kind=throttle,operationId=Jobs_CreateOrUpdate,retryAfterSeconds=1',
    ]);
    expect(run.exitCode).toBe(1);
    const rows = recap(run.stdout);
    expect(rows[0]).toMatch(
      /train\s+development → dev\s+✖ run-job failed \(exit code 1\): run-job: Submitting job/,
    );
    expect(run.stdout).toContain('HTTP 429 SubscriptionRequestsThrottled');
    expect(rows.slice(1).every((row) => row.includes('– skipped'))).toBe(true);
    expect(run.stdout).toContain('Emulator stopped');
    expect(leftovers(run.runDir)).toEqual([]);
  });

  it('cancels the training job and exits 130 on Ctrl-C', async () => {
    const run = await demo('interrupted', [], 'Submitted job ');
    expect(run.exitCode).toBe(130);
    expect(run.stderr).toContain('SIGINT: cancelling the running stage and stopping the emulator');
    expect(run.stdout).toMatch(/Cancelling Azure ML job bank_marketing_\w+/);
    expect(run.stdout).toContain('run-job was cancelled.');
    expect(
      recap(run.stdout)
        .slice(1)
        .every((row) => row.includes('– skipped')),
    ).toBe(true);
    expect(run.stdout).toContain('Emulator stopped');
    expect(leftovers(run.runDir)).toEqual([]);
  });
});
