/**
 * Integration-test helpers: a real emulator per test file, and running a bundled action as the runner does.
 *
 * withEmulator(options?)
 *   Call once at the top level of a test file (or a describe). Starts the emulator in beforeAll (in memory,
 *   provisioningDelayMs 50 unless you pass options: any StartEmulatorOptions) and stops it in afterAll. Returns a
 *   handle to use inside tests (its getters throw if read before beforeAll ran):
 *     emu.info                 the ready line (armEndpoint, workspaces, identities, env, adminUrl, ...)
 *     emu.running              RunningEmulator: .faults (add/remove/list/clear), .requestLog (entries/clear), .state
 *     emu.ca                   the emulator's certificate (PEM): pass it as `tlsOptions: { ca }` to SDK clients built
 *                              in the test process (NODE_EXTRA_CA_CERTS only works for child processes)
 *     emu.envFor('staging')    info.env plus that identity's GitHub-job variables: the env of a bundled action
 *                              running in the `staging` GitHub environment
 *     emu.workspaceId('dev')   the workspace's full ARM id
 *     emu.arm(method, path, {identity?, body?, apiVersion?})
 *                              an ARM call with that identity's token (default 'development'); path is a full URL or
 *                              a path ('/subscriptions/...' or relative to the workspace: 'models/m1')
 *   Reset what you change: `emu.running.faults.clear()` and `emu.running.requestLog.clear()` in afterEach.
 *
 * runBundledAction(distPath, inputs, env?, options?)
 *   Spawns `node <distPath>` like the Actions runner: INPUT_<NAME> variables (name upper-cased, spaces to '_', dashes
 *   kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH files, GITHUB_* context
 *   (repository contoso/churn-model, ref refs/heads/main, event push; override any through `env`), RUNNER_TEMP.
 *   Jest's NODE_OPTIONS and any INPUT_* of this process are not passed on. Resolves (never rejects on a non-zero
 *   exit) with { exitCode, stdout, stderr, outputs, summary, annotations }: outputs parsed from GITHUB_OUTPUT
 *   (name=value and name<<DELIMITER multi-line blocks), summary the step summary's text, annotations the
 *   ::error/::warning/::notice commands from stdout.
 *   Typical: runBundledAction('dist/register-model/index.js', { workspace: 'dev', ... }, emu.envFor('development'))
 *
 * armToken(info, identity, ca) / httpsRequest(url, options)
 *   Low-level pieces used by emu.arm: an ARM access token obtained as the action would (GitHub OIDC token, then a
 *   client-assertion grant at the authority), and an HTTPS request that trusts the emulator's certificate.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { parseOutputFile, parseWorkflowCommand, runnerStepEnv } from '../../../scripts/lib/github-runner.js';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startEmulator,
  type ReadyInfo,
  type RunningEmulator,
  type StartEmulatorOptions,
} from '@aml-actions/emulator';

export interface EmulatorHandle {
  readonly running: RunningEmulator;
  readonly info: ReadyInfo;
  readonly ca: string;
  envFor(identity: string): Record<string, string>;
  workspaceId(workspace: string): string;
  arm(method: string, path: string, options?: ArmCallOptions): Promise<HttpsResult>;
}

export interface ArmCallOptions {
  /** Identity whose token is used (default 'development'); null sends no Authorization header. */
  identity?: string | null;
  body?: unknown;
  /** Default 2022-10-01; null sends none. */
  apiVersion?: string | null;
  /** Workspace that relative paths are under (default 'dev'). */
  workspace?: string;
}

export function withEmulator(options: StartEmulatorOptions = {}): EmulatorHandle {
  let running: RunningEmulator | undefined;
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    running = await startEmulator({ provisioningDelayMs: 50, ...options });
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
  }, 30_000);

  const current = (): RunningEmulator => {
    if (!running)
      throw new Error('withEmulator(): the emulator is not running (use it inside tests or hooks).');
    return running;
  };
  const handle: EmulatorHandle = {
    get running() {
      return current();
    },
    get info() {
      return current().info;
    },
    get ca() {
      return current().ca;
    },
    envFor(identity) {
      const { info } = current();
      const found = info.identities[identity];
      if (!found) {
        throw new Error(
          `No identity '${identity}'; the emulator has: ${Object.keys(info.identities).join(', ')}.`,
        );
      }
      return { ...info.env, ...found.env };
    },
    workspaceId(workspace) {
      const { info } = current();
      return (
        `/subscriptions/${info.subscriptionId}/resourceGroups/${info.resourceGroup}` +
        `/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`
      );
    },
    async arm(method, path, callOptions = {}) {
      const { info, ca } = current();
      const url = new URL(
        path.startsWith('https://')
          ? path
          : path.startsWith('/')
            ? `${info.armEndpoint}${path}`
            : `${info.armEndpoint}${handle.workspaceId(callOptions.workspace ?? 'dev')}/${path}`,
      );
      const apiVersion = callOptions.apiVersion === undefined ? '2022-10-01' : callOptions.apiVersion;
      if (apiVersion !== null && !url.searchParams.has('api-version'))
        url.searchParams.set('api-version', apiVersion);
      const headers: Record<string, string> = {};
      const identity = callOptions.identity === undefined ? 'development' : callOptions.identity;
      if (identity !== null) {
        let token = tokens.get(identity);
        if (token === undefined) {
          token = await armToken(info, identity, ca);
          tokens.set(identity, token);
        }
        headers.Authorization = `Bearer ${token}`;
      }
      return httpsRequest(url, { method, headers, body: callOptions.body, ca });
    },
  };
  return handle;
}

export interface HttpsResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON (undefined when empty). */
  json: unknown;
}

export interface HttpsOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are. */
  body?: unknown;
  ca: string;
}

/** One HTTPS request trusting `ca`. Rejects only on network errors (a dropped connection: ECONNRESET). */
export function httpsRequest(url: string | URL, options: HttpsOptions): Promise<HttpsResult> {
  const headers: Record<string, string> = { ...options.headers };
  let payload: string | undefined;
  if (typeof options.body === 'string') payload = options.body;
  else if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers, ca: options.ca, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text === '' ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** An ARM access token for the identity, obtained like an action does it in a GitHub job (OIDC + federated grant). */
export async function armToken(info: ReadyInfo, identity: string, ca: string): Promise<string> {
  const env = info.identities[identity]?.env;
  if (!env?.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN || !env.AZURE_CLIENT_ID) {
    throw new Error(`Identity '${identity}' has no GitHub OIDC variables in the ready line.`);
  }
  const oidc = await httpsRequest(
    `${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent('api://AzureADTokenExchange')}`,
    { headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` }, ca },
  );
  const assertion = (oidc.json as { value?: string } | undefined)?.value;
  if (assertion === undefined)
    throw new Error(`GitHub OIDC token request failed: ${oidc.status} ${oidc.text}`);
  const discovery = await httpsRequest(
    `${info.authorityHost}/${info.tenantId}/v2.0/.well-known/openid-configuration`,
    { ca },
  );
  const tokenEndpoint = (discovery.json as { token_endpoint?: string } | undefined)?.token_endpoint;
  if (tokenEndpoint === undefined)
    throw new Error(`OpenID discovery failed: ${discovery.status} ${discovery.text}`);
  const form = new URLSearchParams({
    client_id: env.AZURE_CLIENT_ID,
    scope: 'https://management.azure.com/.default',
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  });
  const token = await httpsRequest(tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: form.toString(),
    ca,
  });
  const accessToken = (token.json as { access_token?: string } | undefined)?.access_token;
  if (accessToken === undefined) throw new Error(`Token request failed: ${token.status} ${token.text}`);
  return accessToken;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** file, line, col, title, ... */
  properties: Record<string, string>;
}

export interface BundledActionResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

export interface RunOptions {
  /** GITHUB_WORKSPACE and working directory (default: the repository root, process.cwd()). */
  cwd?: string;
  /** Kill the action after this long (default 60 s); exitCode is then null. */
  timeoutMs?: number;
}

export async function runBundledAction(
  distPath: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  options: RunOptions = {},
): Promise<BundledActionResult> {
  const dir = await mkdtemp(join(tmpdir(), 'action-run-'));
  try {
    const cwd = options.cwd ?? process.cwd();
    const step = await runnerStepEnv(
      { workspace: cwd, stepDir: dir, job: 'deploy', context: TEST_CONTEXT },
      inputs,
      env,
    );
    const { exitCode, stdout, stderr } = await spawnNode(
      distPath,
      step.env,
      cwd,
      options.timeoutMs ?? 60_000,
    );
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(step.files.GITHUB_OUTPUT, 'utf8')),
      summary: await readFile(step.files.GITHUB_STEP_SUMMARY, 'utf8'),
      annotations: parseAnnotations(stdout),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The GitHub context the tests assert on (lineage tags, run URLs). */
const TEST_CONTEXT = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_WORKFLOW: 'mlops',
  GITHUB_RUN_ID: '1234567890',
  GITHUB_RUN_NUMBER: '7',
  RUNNER_NAME: 'emulator-runner',
};

function spawnNode(
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  timeoutMs: number,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        exitCode: code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** `::error file=a.yml,line=3::message` workflow commands (values unescaped as the runner does). */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const command = parseWorkflowCommand(line);
    if (command === undefined || !['error', 'warning', 'notice'].includes(command.name)) continue;
    annotations.push({
      level: command.name as Annotation['level'],
      message: command.message,
      properties: command.properties,
    });
  }
  return annotations;
}
