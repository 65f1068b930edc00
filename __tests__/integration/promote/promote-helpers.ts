/** Running the bundled promote against the emulator, on an endpoint the bundled deploy-endpoint set up. */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseOutputFile, runnerStepEnv } from '../../../scripts/lib/github-runner.js';
import {
  parseAnnotations,
  runBundledAction,
  type BundledActionResult,
  type EmulatorHandle,
} from '../helpers/emulator.js';
import { APP, WORKSPACE, deploy } from '../deploy-endpoint/deploy-helpers.js';

export const PROMOTE = path.resolve('dist/promote/index.js');
export const REQUESTS = path.resolve('__tests__/integration/promote/fixtures/requests.jsonl');

/** Deploys the fixture app as `deployment` of `endpoint` (traffic and mirror as given); throws when it fails. */
export async function deployApp(
  emu: EmulatorHandle,
  endpoint: string,
  deployment: string,
  traffic = 'none',
  mirror = '',
): Promise<void> {
  const result = await deploy(emu, {
    'endpoint-name': endpoint,
    'deployment-name': deployment,
    'deployment-file': `${APP}/deployment.yml`,
    traffic,
    'mirror-traffic': mirror,
  });
  if (result.exitCode !== 0) {
    throw new Error(
      `deploy-endpoint failed (${String(result.exitCode)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

const PROMOTE_DEFAULTS = {
  'request-file': REQUESTS,
  'bake-time': '1s',
  'check-interval': '1s',
  'request-count': '6',
};

/** The bundled promote with short bakes (1 s, checks every second) and a few requests per probe. */
export function promote(emu: EmulatorHandle, inputs: Record<string, string>): Promise<BundledActionResult> {
  return runBundledAction(
    PROMOTE,
    { ...WORKSPACE, ...PROMOTE_DEFAULTS, ...inputs },
    emu.envFor('development'),
    { timeoutMs: 90_000 },
  );
}

export function trafficOutput(result: BundledActionResult, name = 'traffic'): Record<string, number> {
  return JSON.parse(result.outputs[name] ?? '{}') as Record<string, number>;
}

/**
 * The bundled promote as the runner cancels it: SIGINT once stdout shows `when`, then SIGTERM 7.5 s later as the
 * runner does (which makes runAction exit at once, so the rollback must be done by then).
 */
export async function promoteThenCancel(
  emu: EmulatorHandle,
  inputs: Record<string, string>,
  when: RegExp,
): Promise<BundledActionResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'promote-cancel-'));
  try {
    const step = await runnerStepEnv(
      { workspace: process.cwd(), stepDir: dir, job: 'production' },
      { ...WORKSPACE, ...PROMOTE_DEFAULTS, ...inputs },
      emu.envFor('development'),
    );
    const child = spawn(process.execPath, [PROMOTE], { env: step.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const timers: NodeJS.Timeout[] = [setTimeout(() => child.kill('SIGKILL'), 60_000)];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!signalled && when.test(stdout)) {
        signalled = true;
        child.kill('SIGINT');
        timers.push(setTimeout(() => child.kill('SIGTERM'), 7500));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    for (const timer of timers) clearTimeout(timer);
    return {
      exitCode,
      stdout,
      stderr,
      annotations: parseAnnotations(stdout),
      outputs: parseOutputFile(await readFile(step.files.GITHUB_OUTPUT, 'utf8')),
      summary: await readFile(step.files.GITHUB_STEP_SUMMARY, 'utf8'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
