/**
 * The command itself: `bash -c <command>` in the job's working folder, in its own process group so that cancelling
 * ends the whole tree (SIGTERM, then SIGKILL after a grace period), with stdout and stderr going to the job log.
 * Also the probes of what this machine offers in place of the environment's image.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { JobLog } from './job-log.js';

export interface CommandResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: JobLog;
  signal: AbortSignal;
  /** Between SIGTERM and SIGKILL when cancelled (default 5 s). */
  graceMs?: number;
}

export function runCommand(command: string, options: CommandOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      options.log.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      options.log.write(chunk);
    });
    let killTimer: NodeJS.Timeout | undefined;
    const killGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is gone already.
      }
    };
    const onAbort = (): void => {
      killGroup('SIGTERM');
      killTimer = setTimeout(() => {
        killGroup('SIGKILL');
      }, options.graceMs ?? 5000);
    };
    if (options.signal.aborted) onAbort();
    options.signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      options.signal.removeEventListener('abort', onAbort);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(killTimer);
      options.signal.removeEventListener('abort', onAbort);
      resolve({ exitCode, signal });
    });
  });
}

const run = promisify(execFile);

export interface MachineTools {
  /** `Python 3.11.7`, or undefined when python3 is missing. */
  python: string | undefined;
  /** Whether the real mlflow package is importable. */
  mlflow: boolean;
}

/** What the machine offers jobs (asked once per emulator, with one python3 start: pyenv shims are slow). */
export async function probeMachine(): Promise<MachineTools> {
  const script =
    'import importlib.util, sys; print("Python " + sys.version.split()[0]); print(importlib.util.find_spec("mlflow") is not None)';
  try {
    const { stdout } = await run('python3', ['-c', script]);
    const [python, mlflow] = stdout.trim().split('\n');
    return { python, mlflow: mlflow === 'True' };
  } catch {
    return { python: undefined, mlflow: false };
  }
}
