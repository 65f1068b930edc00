/**
 * Runs a bundled action (dist/<name>/index.js) the way the GitHub runner does: INPUT_* variables, the GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH files, the GITHUB_* context of a job in a GitHub
 * environment, and that environment's identity variables from the emulator's ready line. Its log is shown as the
 * runner shows it: workflow commands interpreted (groups, annotations, ::add-mask:: applied to later lines).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

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

const GITHUB_CONTEXT = {
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  GITHUB_REPOSITORY: 'contoso/churn-model',
  GITHUB_REPOSITORY_OWNER: 'contoso',
  GITHUB_SHA: '5f3c1a9e0b7d4c2a8e6f1b3d5c7a9e0f2b4d6c8a',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_REF_TYPE: 'branch',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_WORKFLOW: 'ml-cd',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_NUMBER: '1',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_NAME: 'local-demo',
};

export async function runBundledAction(run: ActionRun, context: RunContext): Promise<ActionResult> {
  const entry = path.join(context.repoRoot, 'dist', run.action, 'index.js');
  if (!existsSync(entry)) {
    throw new Error(`${path.relative(context.repoRoot, entry)} does not exist: run 'npm run build' first.`);
  }
  await mkdir(context.stepDir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(context.stepDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(context.stepDir, 'summary.md'),
    GITHUB_ENV: path.join(context.stepDir, 'env'),
    GITHUB_STATE: path.join(context.stepDir, 'state'),
    GITHUB_PATH: path.join(context.stepDir, 'path'),
    GITHUB_EVENT_PATH: path.join(context.stepDir, 'event.json'),
  };
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify({ ref: GITHUB_CONTEXT.GITHUB_REF }));
  const env: NodeJS.ProcessEnv = {
    ...runnerBaseEnv(),
    ...GITHUB_CONTEXT,
    ...files,
    GITHUB_WORKSPACE: context.workspace,
    GITHUB_JOB: run.job,
    RUNNER_TEMP: path.join(context.stepDir, 'runner-temp'),
    RUNNER_TOOL_CACHE: path.join(context.stepDir, 'runner-temp'),
    ...context.env,
    ...Object.fromEntries(
      Object.entries(run.inputs).map(([name, value]) => [
        `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
        value,
      ]),
    ),
  };
  await mkdir(env.RUNNER_TEMP ?? context.stepDir, { recursive: true });
  const { exitCode, errors } = await spawnAction(entry, env, context);
  return {
    exitCode,
    outputs: parseOutputs(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summaryFile: files.GITHUB_STEP_SUMMARY,
    errors,
  };
}

/** What a runner's job starts with: this machine's PATH and HOME, none of the demo's own INPUT_/GITHUB_/Azure state. */
function runnerBaseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(INPUT_|GITHUB_|ACTIONS_|AZURE|RUNNER_)/.test(name) && name !== 'NODE_OPTIONS',
    ),
  );
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
      const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(text);
      if (command === null) {
        print(masked(text));
        return;
      }
      const [, name = '', properties = '', raw = ''] = command;
      const message = masked(unescapeCommand(raw));
      if (name === 'add-mask') {
        if (raw !== '') masks.push(unescapeCommand(raw));
      } else if (name === 'group') print(`▸ ${message}`);
      else if (name === 'error') {
        errors.push(message);
        print(`✖ Error${annotationPlace(properties)}: ${message}`);
      } else if (name === 'warning' || name === 'notice') {
        print(`! ${name === 'warning' ? 'Warning' : 'Notice'}${annotationPlace(properties)}: ${message}`);
      }
      // ::endgroup::, ::debug:: and the other commands print nothing in the runner's log.
    },
  };
}

function annotationPlace(properties: string): string {
  const values = Object.fromEntries(
    properties
      .split(',')
      .map((pair) => pair.split('=', 2))
      .filter((pair): pair is [string, string] => pair.length === 2),
  );
  if (values.file === undefined) return '';
  return ` (${unescapeCommand(values.file)}${values.line === undefined ? '' : `:${values.line}`})`;
}

function unescapeCommand(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** GITHUB_OUTPUT: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block !== null) {
      const [, name = '', delimiter = ''] = block;
      const end = lines.indexOf(delimiter, index + 1);
      outputs[name] = lines.slice(index + 1, end < 0 ? lines.length : end).join('\n');
      index = end < 0 ? lines.length : end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}
