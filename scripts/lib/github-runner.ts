/**
 * What the GitHub Actions runner gives a JavaScript action's process, for running a bundled action locally (the
 * demo) and in integration tests: the runner files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ...), the GITHUB_* context,
 * INPUT_* variables, and the parsing of GITHUB_OUTPUT and of workflow commands (`::error file=a.yml::message`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface RunnerJob {
  /** GITHUB_WORKSPACE and the action's working directory. */
  workspace: string;
  /** Folder for this step's runner files and RUNNER_TEMP. */
  stepDir: string;
  /** GITHUB_JOB. */
  job: string;
  /** Any GITHUB_* value to change (e.g. GITHUB_SHA, GITHUB_WORKFLOW). */
  context?: Record<string, string>;
}

export interface RunnerFiles {
  GITHUB_OUTPUT: string;
  GITHUB_STEP_SUMMARY: string;
  GITHUB_ENV: string;
  GITHUB_STATE: string;
  GITHUB_PATH: string;
  GITHUB_EVENT_PATH: string;
}

const GITHUB_CONTEXT: Record<string, string> = {
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
  RUNNER_NAME: 'local-runner',
};

/**
 * The environment of a step: this machine's PATH, HOME etc. without this process's own INPUT_/GITHUB_/ACTIONS_/Azure
 * state or NODE_OPTIONS, then the runner files and context, then `env` (emulator/identity variables), then inputs
 * as `INPUT_<NAME>` (upper-cased, spaces to '_', dashes kept). Creates the runner files, empty.
 */
export async function runnerStepEnv(
  job: RunnerJob,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<{ env: NodeJS.ProcessEnv; files: RunnerFiles }> {
  const runnerTemp = path.join(job.stepDir, 'runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  const files: RunnerFiles = {
    GITHUB_OUTPUT: path.join(job.stepDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(job.stepDir, 'summary.md'),
    GITHUB_ENV: path.join(job.stepDir, 'env'),
    GITHUB_STATE: path.join(job.stepDir, 'state'),
    GITHUB_PATH: path.join(job.stepDir, 'path'),
    GITHUB_EVENT_PATH: path.join(job.stepDir, 'event.json'),
  };
  const context = { ...GITHUB_CONTEXT, ...job.context };
  await Promise.all(Object.values<string>({ ...files }).map((file) => writeFile(file, '')));
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify({ ref: context.GITHUB_REF }));
  const inherited = Object.entries(process.env).filter(
    ([name]) =>
      !/^(INPUT_|GITHUB_|ACTIONS_|AZURE|RUNNER_)/.test(name) &&
      name !== 'NODE_OPTIONS' &&
      name !== 'NODE_EXTRA_CA_CERTS',
  );
  return {
    files,
    env: {
      ...Object.fromEntries(inherited),
      ...context,
      ...files,
      GITHUB_WORKSPACE: job.workspace,
      GITHUB_JOB: job.job,
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: runnerTemp,
      ...env,
      ...Object.fromEntries(
        Object.entries(inputs).map(([name, value]) => [
          `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
          value,
        ]),
      ),
    },
  };
}

/** The GITHUB_OUTPUT file format: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] !== undefined && heredoc[2] !== undefined) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0)
        throw new Error(`GITHUB_OUTPUT: no closing delimiter '${heredoc[2]}' for '${heredoc[1]}'.`);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`GITHUB_OUTPUT: unrecognised line '${line}'.`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

export interface WorkflowCommand {
  name: string;
  /** `file=a.yml,line=3` properties, unescaped. */
  properties: Record<string, string>;
  /** The message, unescaped. */
  message: string;
}

/** A `::name props::message` workflow command line, or undefined for an ordinary log line. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (match === null) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1));
  }
  return { name: match[1] ?? '', properties, message: unescapeCommand(match[3] ?? '') };
}

function unescapeCommand(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}
