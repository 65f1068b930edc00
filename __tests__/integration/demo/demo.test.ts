/**
 * `npm run demo` end to end, as a user runs it: the whole loop passes (exit 0, every stage in the recap, the job
 * summaries written, the 403 of the environment guard, the model copied dev → staging → prod, smoke tests and
 * promotions in both environments, the progressive shift from v1's deployment to v2's, the drift found in the collected
 * production data, the retrained version); a stage that
 * fails (Azure's 429 on every try, injected with --fault) fails the demo and skips the rest; a Ctrl-C while training cancels the
 * Azure ML job and exits 130. Every time the emulator is stopped: no process of the run is left.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(360_000); // the whole loop takes one to two minutes on 2 busy cores
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
 * as `node --import tsx scripts/demo/main.ts` (the npm script's TypeScript loader without its CLI), since npm answers
 * a SIGINT by dying of it itself, and the tsx CLI, when its child has not confirmed a relayed signal within 30 ms (a
 * busy machine), kills it with SIGKILL: the demo could not stop the emulator then.
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
        : [process.execPath, '--import', 'tsx', 'scripts/demo/main.ts'];
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

/**
 * Every secret the emulator holds after the run (storage account keys, endpoint keys, token signing keys, the
 * runner's OIDC request tokens): any string under a key named like a key, secret or token.
 */
function emulatorSecrets(stateFile: string): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (/key|secret|token/i.test(key) && value.length >= 20) found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (typeof value === 'object' && value !== null) {
      for (const [name, item] of Object.entries(value)) walk(item, name);
    }
  };
  walk(JSON.parse(readFileSync(stateFile, 'utf8')), '');
  return [...found];
}

/** The files of the run folder a person reads (runner files, summaries, reports), not the emulator's own state. */
function runnerFiles(runDir: string): string[] {
  return readdirSync(runDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(runDir, file).startsWith(`emulator${path.sep}`));
}

/**
 * No key or token of the run was printed, written to an output or put in a job summary or report: it shows only in
 * the ::add-mask:: commands that hide it from the log.
 */
function expectNoSecretShown(run: DemoRun): void {
  const secrets = emulatorSecrets(path.join(run.runDir, 'emulator', 'state.json'));
  expect(secrets.length).toBeGreaterThanOrEqual(3); // at least the workspaces' storage keys
  const unmasked = run.stdout.split('\n').filter((line) => !line.includes('::add-mask::'));
  const readable = [
    unmasked.join('\n'),
    ...runnerFiles(run.runDir).map((file) => readFileSync(file, 'latin1')),
  ];
  for (const secret of secrets) {
    for (const form of [secret, Buffer.from(secret).toString('base64')]) {
      expect(readable.filter((text) => text.includes(form))).toEqual([]);
    }
  }
}

/** The recap table's rows: stage number → its line. */
function recap(stdout: string): string[] {
  const table = stdout.slice(stdout.lastIndexOf('\nRecap\n'));
  return table.split('\n').filter((line) => /^\d+ /.test(line));
}

describe('npm run demo', () => {
  it('runs the whole loop: train, guard, release to staging and production, drift, retrain, release v2', async () => {
    const run = await demo('full');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const rows = recap(run.stdout);
    for (const row of rows) expect(row).toContain('✔');
    const release = (suffix: string, promoteSteps: string): string[] => [
      `copy-model dev → staging${suffix} | staging → staging`,
      `deploy at 0 %${suffix} | staging → staging`,
      `smoke-test${suffix} | staging → staging`,
      `promote 100${suffix} | staging → staging`,
      `approval (required reviewers)${suffix} | production → prod`,
      `copy-model staging → prod${suffix} | production → prod`,
      `deploy at 0 %${suffix} | production → prod`,
      `smoke-test${suffix} | production → prod`,
      `promote ${promoteSteps}${suffix} | production → prod`,
      `score${suffix} | production → prod`,
    ];
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
      ...release('', 'mirror:20,10,50,100'),
      'shifted traffic, collected | production → prod',
      'drift-check → drift | production → prod',
      'retrain on the latest data | development → dev',
      'register the new version | development → dev',
      ...release(' (v2)', 'mirror:20,10,50,100'),
    ]);
    // The guard is the action's own error: ARM's 403 for the development identity on the prod workspace.
    expect(run.stdout).toMatch(
      /refused, as it should be: HTTP 403 AuthorizationFailed: The client '[0-9a-f-]+' .* does not have authorization to perform action 'Microsoft\.MachineLearningServices\/workspaces\/[a-z/]+' over scope '\/subscriptions\/[^']+\/workspaces\/prod'/,
    );
    // The model travels dev → staging → prod as registered versions (copy-model), v1 and then the retrained v2.
    for (const version of ['1', '2']) {
      expect(run.stdout).toContain(`bank-marketing:${version} of dev → bank-marketing:${version} in staging`);
      expect(run.stdout).toContain(
        `bank-marketing:${version} of staging → bank-marketing:${version} in prod`,
      );
    }
    // Each environment has its own endpoint (ml-cd.yml's endpoint-name): names are unique per region, and the
    // emulator's workspaces share one.
    expect(run.stdout).toMatch(
      /scoring-uri: https:\/\/127\.0\.0\.1:\d+\/endpoints\/staging\/bank-marketing-staging\/score/,
    );
    expect(run.stdout).toMatch(
      /scoring-uri: https:\/\/127\.0\.0\.1:\d+\/endpoints\/prod\/bank-marketing-prod\/score/,
    );
    expect(run.stdout).not.toMatch(/endpoints\/\w+\/bank-marketing\/score/);
    // Each new deployment was smoke-tested directly at 0 %, then promoted; v2 in prod step by step from blue.
    expect(run.stdout.match(/→ passed: true/g)).toHaveLength(4);
    expect(run.stdout.match(/→ result: promoted/g)).toHaveLength(4);
    expect(run.stdout.match(/→ traffic: \{"blue":0,"green":100\}/g)).toHaveLength(2);
    expect(run.stdout).toContain("HTTP: 200 from deployment 'blue'");
    expect(run.stdout).toContain("HTTP: 200 from deployment 'green'");
    // The shifted production traffic was collected and drift-check found exactly the features that changed.
    expect(run.stdout).toContain('drift-detected: true');
    expect(run.stdout).toContain('drifted-features: age,contact,euribor3m');
    expect(run.stdout).toContain('azureml:bank-marketing:2, gates auc>=0.75, accuracy>=0.8 passed');
    // Each action step printed the path of its job summary, and the file is there.
    const summaries = [...run.stdout.matchAll(/Job summary: (\S+)/g)].map((m) => path.resolve(m[1] ?? ''));
    const releaseSteps = (first: number): string[] =>
      ['staging', 'production'].flatMap((environment, e) =>
        ['copy-model', 'deploy-endpoint', 'smoke-test', 'promote'].map(
          (action, a) =>
            `${String(first + e * 4 + a).padStart(2, '0')}-deploy-${environment}-${action}/summary.md`,
        ),
      );
    expect(summaries.map((file) => path.relative(run.runDir, file))).toEqual([
      '01-train-run-job/summary.md',
      '02-train-register-model/summary.md',
      '03-train-register-model/summary.md',
      ...releaseSteps(4),
      '12-monitor-drift-check/summary.md',
      '13-retrain-run-job/summary.md',
      '14-retrain-register-model/summary.md',
      ...releaseSteps(15),
    ]);
    for (const file of summaries) expect(existsSync(file)).toBe(true);
    expect(await readFile(summaries[0] ?? '', 'utf8')).toContain('Completed');
    expect(await readFile(summaries[4] ?? '', 'utf8')).toContain('blue');
    // v2's promotion in prod went through the four steps, mirrored first.
    const promotion = await readFile(summaries.at(-1) ?? '', 'utf8');
    expect(promotion).toContain('mirror green=20');
    expect(promotion).toMatch(/Promoted 'green' to 100% in 4 step/);
    const report = JSON.parse(
      await readFile(
        path.join(run.runDir, '12-monitor-drift-check', 'runner-temp', 'drift-report.json'),
        'utf8',
      ),
    ) as unknown;
    expect(JSON.stringify(report)).toContain('euribor3m');
    expect(existsSync(path.join(run.runDir, 'latest-labelled-data', 'train.csv'))).toBe(true);
    expect(run.stdout).toContain('Emulator stopped');
    expect(leftovers(run.runDir)).toEqual([]);
    expectNoSecretShown(run);
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
    expectNoSecretShown(run);
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
    expectNoSecretShown(run);
  });
});
