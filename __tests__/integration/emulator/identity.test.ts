/**
 * The real @azure/identity, @actions/core and @azure/arm-machinelearning clients against the emulator's authority, GitHub
 * OIDC service and ARM gate, over HTTPS. OIDC jobs run in a child process, as a job would: NODE_EXTRA_CA_CERTS plus the
 * identity's env from the ready line (@actions/core's HTTP client takes no CA option, so only a fresh process trusts it).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { ClientSecretCredential } from '@azure/identity';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { decodeJwt } from 'jose';
import { startEmulator } from '../../../packages/emulator/src/index.js';
import type { RunningEmulator } from '../../../packages/emulator/src/index.js';

const run = promisify(execFile);
const ARM_SCOPE = 'https://management.azure.com/.default';
/** Generous ceiling for steps that start processes (Azurite, a node child): a guard on a busy machine, not a timing check. */
const SLOW_MS = 120_000;

/**
 * GitHub "jobs", one after the other in one process (node start-up dominates): each sets its identity's env, then
 * getIDToken for api://AzureADTokenExchange → ClientAssertionCredential → ARM calls. Prints one JSON line.
 */
const JOBS_SCRIPT = `
import * as core from '@actions/core';
import { ClientAssertionCredential } from '@azure/identity';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
const { emulator, jobs } = JSON.parse(process.env.EMU_JOBS);
const failure = (error) => ({ ok: false, name: error.name, code: error.code, statusCode: error.statusCode, message: error.message });
const outcomes = [];
for (const job of jobs) {
  Object.assign(process.env, job.env);
  const credential = new ClientAssertionCredential(
    process.env.AZURE_TENANT_ID,
    job.clientId ?? process.env.AZURE_CLIENT_ID,
    () => core.getIDToken('api://AzureADTokenExchange'),
    { authorityHost: emulator.authorityHost, disableInstanceDiscovery: true },
  );
  const out = { calls: [] };
  try {
    out.token = (await credential.getToken('${ARM_SCOPE}')).token;
    const client = new AzureMachineLearningWorkspaces(credential, emulator.subscriptionId, { endpoint: emulator.armEndpoint });
    for (const call of job.calls) {
      try {
        if (call.op === 'read') await client.workspaces.get(emulator.resourceGroup, call.workspace);
        else await client.modelContainers.createOrUpdate(emulator.resourceGroup, call.workspace, 'churn', { properties: { description: 'x' } });
        out.calls.push({ ok: true });
      } catch (error) { out.calls.push(failure(error)); }
    }
  } catch (error) { out.login = failure(error); }
  outcomes.push(out);
}
console.log('RESULT ' + JSON.stringify(outcomes));
`;

interface Job {
  /** The identity whose env (GitHub environment, OIDC request token) the job runs with. */
  environment: string;
  calls: { op: 'read' | 'write'; workspace: string }[];
  /** Another app's client id to present instead of AZURE_CLIENT_ID. */
  clientId?: string;
}

interface CallOutcome {
  ok: boolean;
  name?: string;
  code?: string;
  statusCode?: number;
  message?: string;
}

interface JobOutcome {
  token?: string;
  login?: CallOutcome;
  calls: CallOutcome[];
}

let emulator: RunningEmulator;
let clockOffsetMs = 0;

beforeAll(async () => {
  emulator = await startEmulator({ provisioningDelayMs: 0, now: () => new Date(Date.now() + clockOffsetMs) });
}, SLOW_MS);

afterAll(async () => {
  await emulator.stop();
});

function identity(name: string): RunningEmulator['info']['identities'][string] {
  const found = emulator.info.identities[name];
  if (!found) throw new Error(`no identity ${name}`);
  return found;
}

/** Runs the jobs in a fresh process that trusts the emulator's certificate, as a runner would. */
async function runJobs(jobs: Job[]): Promise<JobOutcome[]> {
  const { armEndpoint, authorityHost, subscriptionId, resourceGroup, caFile } = emulator.info;
  const input = {
    emulator: { armEndpoint, authorityHost, subscriptionId, resourceGroup },
    jobs: jobs.map(({ environment, ...job }) => ({ ...job, env: identity(environment).env })),
  };
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_EXTRA_CA_CERTS: caFile,
    EMU_JOBS: JSON.stringify(input),
  };
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', JOBS_SCRIPT], {
    env,
    cwd: process.cwd(),
  });
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
  if (!line) throw new Error(`the jobs printed no result: ${stdout}`);
  return JSON.parse(line.slice('RESULT '.length)) as JobOutcome[];
}

function armClient(credential: TokenCredential): AzureMachineLearningWorkspaces {
  return new AzureMachineLearningWorkspaces(credential, emulator.info.subscriptionId, {
    endpoint: emulator.info.armEndpoint,
    credentialScopes: [ARM_SCOPE],
    tlsOptions: { ca: emulator.ca },
  });
}

describe('OIDC login per environment (real @actions/core getIDToken + ClientAssertionCredential)', () => {
  let ownApp: JobOutcome;
  let otherApp: JobOutcome;

  beforeAll(async () => {
    [ownApp, otherApp] = (await runJobs([
      {
        environment: 'development',
        calls: [
          { op: 'read', workspace: 'dev' },
          { op: 'read', workspace: 'staging' },
          { op: 'write', workspace: 'prod' },
        ],
      },
      { environment: 'development', calls: [], clientId: identity('production').clientId },
    ])) as [JobOutcome, JobOutcome];
  }, SLOW_MS);

  it('logs a job into its own app, reads where it may and is refused a write to prod with AuthorizationFailed', () => {
    const outcome = ownApp;
    expect(outcome.login).toBeUndefined();
    const development = identity('development');
    expect(decodeJwt(outcome.token!)).toMatchObject({
      aud: 'https://management.azure.com',
      appid: development.clientId,
      oid: development.objectId,
      tid: emulator.info.tenantId,
    });
    expect(outcome.calls.slice(0, 2)).toEqual([{ ok: true }, { ok: true }]);
    const denied = outcome.calls[2]!;
    expect(denied).toMatchObject({ ok: false, statusCode: 403, code: 'AuthorizationFailed' });
    // The action and scope are the model container's once the server passes armPermission(...), the workspace's before.
    const workspace = `/subscriptions/${emulator.info.subscriptionId}/resourceGroups/${emulator.info.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/prod`;
    expect([
      `'Microsoft.MachineLearningServices/workspaces/write' over scope '${workspace}'`,
      `'Microsoft.MachineLearningServices/workspaces/models/write' over scope '${workspace}/models/churn'`,
    ]).toContain(/perform action (.+) or the scope is invalid/.exec(denied.message!)?.[1]);
    expect(denied.message).toMatch(
      new RegExp(
        `^The client '${development.objectId}' with object id '${development.objectId}' does not have authorization to perform action .+ or the scope is invalid\\. If access was recently granted, please refresh your credentials\\.$`,
      ),
    );
  });

  it('refuses a job of another environment with AADSTS700213, surfaced by the SDK', () => {
    const outcome = otherApp;
    expect(outcome.token).toBeUndefined();
    expect(outcome.login).toMatchObject({ ok: false, name: 'AuthenticationRequiredError' });
    expect(outcome.login!.message).toContain(
      "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:contoso/churn-model:environment:development'.",
    );
  });
});

describe('client secret and token expiry (in-process clients trusting the emulator CA)', () => {
  const secretCredential = (secret: string): ClientSecretCredential =>
    new ClientSecretCredential(emulator.info.tenantId, identity('staging').clientId, secret, {
      authorityHost: emulator.info.authorityHost,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: emulator.ca },
    });

  it(
    'lets ClientSecretCredential in with the app’s secret and refuses a wrong one with AADSTS7000215',
    async () => {
      const staging = emulator.state.config.identities.find((candidate) => candidate.name === 'staging')!;
      staging.clientSecret = 'staging-secret';
      const workspace = await armClient(secretCredential('staging-secret')).workspaces.get(
        emulator.info.resourceGroup,
        'staging',
      );
      expect(workspace.name).toBe('staging');
      await expect(secretCredential('guess').getToken(ARM_SCOPE)).rejects.toThrow(
        /AADSTS7000215: Invalid client secret provided/,
      );
    },
    SLOW_MS,
  );

  it(
    'refuses a token once it has expired with ExpiredAuthenticationToken',
    async () => {
      const staging = emulator.state.config.identities.find((candidate) => candidate.name === 'staging')!;
      staging.clientSecret = 'staging-secret';
      const issued: AccessToken = await secretCredential('staging-secret').getToken(ARM_SCOPE);
      // A client that keeps using its token past the lifetime the emulator gave it (here: the emulator's clock moves on).
      const stale: TokenCredential = {
        getToken: () => Promise.resolve({ ...issued, expiresOnTimestamp: Date.now() + 3_600_000 }),
      };
      clockOffsetMs = (emulator.state.config.tokenLifetimeSeconds + 60) * 1000;
      try {
        await expect(
          armClient(stale).workspaces.get(emulator.info.resourceGroup, 'staging'),
        ).rejects.toMatchObject({
          statusCode: 401,
          code: 'ExpiredAuthenticationToken',
          message: expect.stringMatching(
            /^The access token expiry UTC time '.+' is earlier than current UTC time '.+'\.$/,
          ),
        });
      } finally {
        clockOffsetMs = 0;
      }
    },
    SLOW_MS,
  );
});
