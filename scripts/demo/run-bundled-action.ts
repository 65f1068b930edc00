/**
 * Runs a bundled action (dist/<name>/index.js) the way the GitHub runner does: INPUT_* variables, the GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH files, the GITHUB_* context of a job in a GitHub
 * environment, and that environment's identity variables from the emulator's ready line. Its log is shown as the
 * runner shows it: workflow commands interpreted (groups, annotations, ::add-mask:: applied to later lines).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseOutputFile, parseWorkflowCommand, runnerStepEnv } from '../lib/github-runner.js';

export interface ActionRun {
  /** dist/<action>/index.js under `repoRoot`. */
  action: string;
  inputs: Record<string, string>;
  /** The job's name (GITHUB_JOB). */
  job: string;
}

export interface RunContext {
  repoRoot: string;
  /** GITHUB_WORKSPACE: the checked-out model repository. */
  workspace: string;
  /** Where this step's runner files go (kept after the demo: the job summary is read there). */
  stepDir: string;
  /** The emulator's `env` plus the `env` of the identity of the job's GitHub environment. */
  env: Record<string, string>;
  signal: AbortSignal;
  /** Each log line of the action, as the runner would show it. */
  print: (line: string) => void;
}

export interface ActionResult {
  exitCode: number | null;
  outputs: Record<string, string>;
  /** Path of the step's job summary file (GITHUB_STEP_SUMMARY). */
  summaryFile: string;
  /** ::error:: annotations, unescaped. */
  errors: string[];
}

export async function runBundledAction(run: ActionRun, context: RunContext): Promise<ActionResult> {
  const entry = path.join(context.repoRoot, 'dist', run.action, 'index.js');
  if (!existsSync(entry)) {
    throw new Error(`${path.relative(context.repoRoot, entry)} does not exist: run 'npm run build' first.`);
  }
  const { env, files } = await runnerStepEnv(
    { workspace: context.workspace, stepDir: context.stepDir, job: run.job },
    run.inputs,
    context.env,
  );
  const { exitCode, errors } = await spawnAction(entry, env, context);
  return {
    exitCode,
    outputs: parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summaryFile: files.GITHUB_STEP_SUMMARY,
    errors,
  };
}

function spawnAction(
  entry: string,
  env: NodeJS.ProcessEnv,
  context: RunContext,
): Promise<{ exitCode: number | null; errors: string[] }> {
  return new Promise((resolve, reject) => {
    // Its own process group, as on a runner: a Ctrl-C in the terminal reaches the action once, through `signal`.
    const child = spawn(process.execPath, [entry], {
      cwd: context.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const render = workflowCommandRenderer(context.print);
    createInterface({ input: child.stdout }).on('line', render.line);
    createInterface({ input: child.stderr }).on('line', render.line);
    // The runner cancels a step with SIGINT; the action then cancels what it started in Azure.
    const cancel = (): void => {
      child.kill('SIGINT');
    };
    context.signal.addEventListener('abort', cancel, { once: true });
    child.on('error', reject);
    child.on('close', (code) => {
      context.signal.removeEventListener('abort', cancel);
      resolve({ exitCode: code, errors: render.errors });
    });
  });
}

/** Shows workflow commands as the runner's log does, and applies ::add-mask:: to every later line. */
function workflowCommandRenderer(print: (line: string) => void): {
  line: (text: string) => void;
  errors: string[];
} {
  const masks: string[] = [];
  const errors: string[] = [];
  const masked = (text: string): string => masks.reduce((out, secret) => out.split(secret).join('***'), text);
  return {
    errors,
    line: (text) => {
      const command = parseWorkflowCommand(text);
      if (command === undefined) {
        print(masked(text));
        return;
      }
      const message = masked(command.message);
      const place = annotationPlace(command.properties);
      if (command.name === 'add-mask') {
        if (command.message !== '') masks.push(command.message);
      } else if (command.name === 'group') print(`▸ ${message}`);
      else if (command.name === 'error') {
        errors.push(message);
        print(`✖ Error${place}: ${message}`);
      } else if (command.name === 'warning' || command.name === 'notice') {
        print(`! ${command.name === 'warning' ? 'Warning' : 'Notice'}${place}: ${message}`);
      }
      // ::endgroup::, ::debug:: and the other commands print nothing in the runner's log.
    },
  };
}

function annotationPlace(properties: Record<string, string>): string {
  if (properties.file === undefined) return '';
  return ` (${properties.file}${properties.line === undefined ? '' : `:${properties.line}`})`;
}
