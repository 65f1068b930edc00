import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  AggregateAuthenticationError,
  AuthenticationError,
  AzureCliCredential,
  ClientAssertionCredential,
  ClientSecretCredential,
  CredentialUnavailableError,
  DefaultAzureCredential,
  type TokenCredential,
} from '@azure/identity';
import { UserError, runActionWith } from '@aml-actions/action-kit';
import {
  OIDC_AUDIENCE,
  SignInReportingCredential,
  azureCliProfile,
  chooseCredential,
  connectAzure,
  createCredential,
  createMlClient,
  resolveCloud,
  resolveWorkspaceRef,
  translateArmError,
  type CredentialKind,
} from '@aml-actions/azure';
import { fakeRunner } from '../action-kit/fake-core.js';
import { RecordingLogger } from './helpers/fake-arm.js';
import { startLocalEntra, type LocalEntra } from './helpers/local-entra.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '11111111-2222-3333-4444-555555555555';
const SUB = '00000000-1111-2222-3333-444444444444';
const OIDC = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.example/idtoken?x=1',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt',
};

/** A PATH with a fake `az` and an Azure CLI config dir with a profile, as azure/login leaves them. */
let cliDir: string;
let cliEnv: Record<string, string>;
beforeAll(() => {
  cliDir = mkdtempSync(join(tmpdir(), 'azure-cli-'));
  mkdirSync(join(cliDir, 'bin'));
  writeFileSync(join(cliDir, 'bin', 'az'), '#!/bin/sh\nexit 1\n');
  chmodSync(join(cliDir, 'bin', 'az'), 0o755);
  mkdirSync(join(cliDir, 'config'));
  writeFileSync(join(cliDir, 'config', 'azureProfile.json'), '{"subscriptions":[]}');
  cliEnv = { PATH: join(cliDir, 'bin'), AZURE_CONFIG_DIR: join(cliDir, 'config') };
});
afterAll(() => {
  rmSync(cliDir, { recursive: true, force: true });
});

describe('chooseCredential', () => {
  const none = { PATH: '/nonexistent', HOME: '/nonexistent' };
  it.each<
    [
      string,
      { clientId?: string; tenantId?: string },
      Record<string, string>,
      CredentialKind,
      RegExp | undefined,
    ]
  >([
    ['OIDC with inputs', { clientId: CLIENT, tenantId: TENANT }, { ...none, ...OIDC }, 'oidc', undefined],
    [
      'OIDC with AZURE_CLIENT_ID/AZURE_TENANT_ID',
      {},
      { ...none, ...OIDC, AZURE_CLIENT_ID: CLIENT, AZURE_TENANT_ID: TENANT },
      'oidc',
      undefined,
    ],
    [
      'OIDC before a client secret',
      { clientId: CLIENT, tenantId: TENANT },
      { ...none, ...OIDC, AZURE_CLIENT_SECRET: 's' },
      'oidc',
      undefined,
    ],
    [
      'client secret',
      { clientId: CLIENT, tenantId: TENANT },
      { ...none, AZURE_CLIENT_SECRET: 's' },
      'client-secret',
      undefined,
    ],
    [
      'client secret without a runner token URL',
      { clientId: CLIENT, tenantId: TENANT },
      { ...none, AZURE_CLIENT_SECRET: 's', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt' },
      'client-secret',
      undefined,
    ],
    [
      'default: ids but neither OIDC nor secret',
      { clientId: CLIENT, tenantId: TENANT },
      none,
      'default',
      /permissions: id-token: write/,
    ],
    [
      'default: only client-id',
      { clientId: CLIENT },
      { ...none, ...OIDC },
      'default',
      /Only one of 'client-id'/,
    ],
    [
      'default: secret without ids',
      {},
      { ...none, AZURE_CLIENT_SECRET: 's' },
      'default',
      /AZURE_CLIENT_SECRET is set but/,
    ],
    ['default: nothing at all', {}, none, 'default', undefined],
  ])('%s', (_name, inputs, env, kind, warning) => {
    const choice = chooseCredential(inputs, env);
    expect(choice.kind).toBe(kind);
    if (warning) expect(choice.warnings.join('\n')).toMatch(warning);
    else expect(choice.warnings).toEqual([]);
  });

  it('records why it passed over each earlier credential', () => {
    expect(chooseCredential({}, none).skipped).toEqual([
      "GitHub OIDC: 'client-id' and 'tenant-id' are not set (inputs, or AZURE_CLIENT_ID / AZURE_TENANT_ID)",
      'client secret: AZURE_CLIENT_SECRET is not set',
      "Azure CLI: no signed-in session ('az' on PATH and azureProfile.json in AZURE_CONFIG_DIR or ~/.azure)",
    ]);
    const ids = { clientId: CLIENT, tenantId: TENANT };
    expect(chooseCredential(ids, { ...none, AZURE_CLIENT_SECRET: 's' }).skipped).toEqual([
      "GitHub OIDC: the runner offers no GitHub ID token (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN): the job lacks 'permissions: id-token: write'",
    ]);
    expect(chooseCredential({ clientId: CLIENT }, { ...none, AZURE_CLIENT_SECRET: 's' }).skipped).toEqual([
      "GitHub OIDC: 'tenant-id' is not set (inputs, or AZURE_CLIENT_ID / AZURE_TENANT_ID)",
      "client secret: 'tenant-id' is not set, which it needs",
      expect.stringMatching(/^Azure CLI: no signed-in session/),
    ]);
    expect(chooseCredential(ids, { ...none, ...OIDC }).skipped).toEqual([]);
  });

  it('picks the Azure CLI session when az is on PATH and signed in', () => {
    const choice = chooseCredential({}, cliEnv);
    expect(choice.kind).toBe('azure-cli');
    expect(choice.description).toContain(join(cliDir, 'config', 'azureProfile.json'));
  });

  it('prefers OIDC and client secret over the CLI session', () => {
    const ids = { clientId: CLIENT, tenantId: TENANT };
    expect(chooseCredential(ids, { ...cliEnv, ...OIDC }).kind).toBe('oidc');
    expect(chooseCredential(ids, { ...cliEnv, AZURE_CLIENT_SECRET: 's' }).kind).toBe('client-secret');
  });

  it('needs both az on PATH and a profile', () => {
    expect(
      azureCliProfile({ PATH: join(cliDir, 'bin'), AZURE_CONFIG_DIR: join(cliDir, 'bin') }),
    ).toBeUndefined();
    expect(
      azureCliProfile({ PATH: '/nonexistent', AZURE_CONFIG_DIR: join(cliDir, 'config') }),
    ).toBeUndefined();
    expect(
      azureCliProfile({ PATH: `/nonexistent:${join(cliDir, 'bin')}`, HOME: cliDir, AZURE_CONFIG_DIR: '' }),
    ).toBeUndefined();
  });
});

describe('createCredential', () => {
  const cloud = resolveCloud('AzureCloud', {});
  const getIdToken = () => Promise.resolve('unused');

  it.each([
    [{ ...OIDC }, ClientAssertionCredential, 'GitHub OIDC workload identity federation'],
    [{ AZURE_CLIENT_SECRET: 'p@ss-w0rd' }, ClientSecretCredential, 'client secret from AZURE_CLIENT_SECRET'],
    [{ PATH: '/nonexistent', HOME: '/nonexistent' }, DefaultAzureCredential, 'DefaultAzureCredential'],
  ])('builds the chosen credential and logs which (%j)', (env, type, description) => {
    const logger = new RecordingLogger();
    const { credential } = createCredential(
      { clientId: CLIENT, tenantId: TENANT },
      { cloud, env, logger, getIdToken },
    );
    expect(credential).toBeInstanceOf(SignInReportingCredential);
    expect(credential.inner).toBeInstanceOf(type);
    expect(logger.text('info')).toContain(`Azure sign-in: ${description}`);
    expect(logger.text()).not.toContain('p@ss-w0rd');
  });

  it('builds the Azure CLI credential', () => {
    const { credential } = createCredential(
      {},
      { cloud, env: cliEnv, logger: new RecordingLogger(), getIdToken },
    );
    expect(credential.inner).toBeInstanceOf(AzureCliCredential);
  });

  it('masks the client secret', () => {
    const logger = new RecordingLogger();
    createCredential(
      { clientId: CLIENT, tenantId: TENANT },
      { cloud, env: { AZURE_CLIENT_SECRET: 'p@ss-w0rd' }, logger, getIdToken },
    );
    expect(logger.masked).toContain('p@ss-w0rd');
    expect(logger.masked).toContain(Buffer.from('p@ss-w0rd').toString('base64'));
  });

  it('warns about a likely missing id-token permission', () => {
    const logger = new RecordingLogger();
    createCredential(
      { clientId: CLIENT, tenantId: TENANT },
      { cloud, env: { PATH: '' }, logger, getIdToken },
    );
    expect(logger.text('warning')).toContain("'permissions: id-token: write'");
  });
});

describe('OIDC against a local Entra ID', () => {
  let entra: LocalEntra;
  beforeAll(async () => {
    entra = await startLocalEntra(60);
  });
  afterAll(async () => {
    await entra.close();
  });

  function session(getIdToken: (audience: string) => Promise<string>, logger = new RecordingLogger()) {
    const env = {
      ...OIDC,
      AZUREML_CLOUD_ARM_ENDPOINT: entra.url,
      AZUREML_CLOUD_AUTHORITY_HOST: entra.url,
      AZURE_SUBSCRIPTION_ID: SUB,
    };
    const cloud = resolveCloud('AzureCloud', env, logger);
    const workspace = resolveWorkspaceRef({ resourceGroup: 'rg-mlops', workspace: 'dev' }, env);
    return connectAzure(
      { cloud, workspace, identity: { clientId: CLIENT, tenantId: TENANT } },
      {
        env,
        logger,
        getIdToken,
        actionName: 'register-model',
        clientOptions: { tlsOptions: { ca: entra.ca } },
      },
    );
  }

  function fakeGitHub() {
    let issued = 0;
    return jest.fn((_audience: string) => {
      issued += 1;
      return Promise.resolve(
        `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmNvbnRvc28vY2h1cm4tbW9kZWwifQ.sig-${issued}`,
      );
    });
  }
  const signatures = () => entra.tokenRequests.map((r) => r.form.client_assertion?.split('.').at(-1));

  it('signs ARM requests with an Entra ID token obtained with the GitHub ID token', async () => {
    entra.tokenRequests.length = 0;
    const getIdToken = fakeGitHub();
    const logger = new RecordingLogger();
    const { mlClient, credentialChoice } = session(getIdToken, logger);
    expect(credentialChoice.kind).toBe('oidc');
    expect(logger.text('info')).toContain(
      `Azure sign-in: GitHub OIDC workload identity federation (client ${CLIENT} in tenant ${TENANT}`,
    );

    const workspace = await mlClient.workspaces.get('rg-mlops', 'dev');
    expect(workspace.name).toBe('dev');
    expect(entra.tokenRequests).toHaveLength(1);
    expect(entra.tokenRequests[0]).toMatchObject({
      tenant: TENANT,
      form: {
        client_id: CLIENT,
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        scope: 'https://management.azure.com/.default',
      },
    });
    expect(getIdToken.mock.calls.every(([audience]) => audience === OIDC_AUDIENCE)).toBe(true);
    expect(entra.armAuthorizations.at(-1)).toBe('Bearer access-1');
  });

  it('asks GitHub for a fresh ID token on every token refresh', async () => {
    entra.tokenRequests.length = 0;
    const getIdToken = fakeGitHub();
    const { credential } = session(getIdToken);
    // Tokens live 60 s, inside MSAL's 5-minute renewal margin: each getToken is a refresh at Entra ID.
    const tokens = [];
    for (let i = 0; i < 3; i += 1) {
      const callsBefore = getIdToken.mock.calls.length;
      tokens.push((await credential.getToken('https://management.azure.com/.default'))?.token);
      expect(getIdToken.mock.calls.length).toBeGreaterThan(callsBefore);
      // The assertion sent was issued by GitHub during this refresh, not reused from an earlier one.
      const sent = Number(signatures().at(-1)?.replace('sig-', ''));
      expect(sent).toBeGreaterThan(callsBefore);
      expect(sent).toBeLessThanOrEqual(getIdToken.mock.calls.length);
    }
    expect(tokens).toEqual(['access-1', 'access-2', 'access-3']);
    expect(new Set(signatures()).size).toBe(3);
  });

  it('turns a failing ID token request into a hint about the id-token permission', async () => {
    entra.tokenRequests.length = 0;
    const getIdToken = () =>
      Promise.reject(new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'));
    const { credential } = session(getIdToken);
    const failure = credential.getToken('https://management.azure.com/.default');
    await expect(failure).rejects.toThrow(
      /Could not get a GitHub OIDC token: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable\. The job needs 'permissions: id-token: write'/,
    );
    const error = await failure.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ kind: 'permission' });
    expect((error as Error).message).toMatch(
      /^Azure sign-in failed: Could not get a GitHub OIDC token.*\nCredential used: GitHub OIDC workload identity federation/,
    );
    // Already a user error: the ARM error translation keeps it as it is.
    expect(translateArmError(error, { action: 'Reading workspace dev' })).toBe(error);
    expect(entra.tokenRequests).toEqual([]);
  });
});

describe('sign-in failures', () => {
  const none = { PATH: '/nonexistent', HOME: '/nonexistent' };
  const scope = 'https://management.azure.com/.default';
  // What DefaultAzureCredential throws on a runner with nothing configured (messages as @azure/identity 4 words them).
  const nothingWorks = () =>
    new AggregateAuthenticationError(
      [
        new CredentialUnavailableError(
          'EnvironmentCredential is unavailable. No underlying credential could be used. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.',
        ),
        new CredentialUnavailableError(
          'ManagedIdentityCredential: Network unreachable. Message: network_error: See https://aka.ms/msal.js.errors#network_error for details',
        ),
        new CredentialUnavailableError(
          "Azure CLI could not be found. Please visit https://aka.ms/azure-cli for installation instructions and then, once installed, authenticate to your Azure account using 'az login'.",
        ),
      ],
      'ChainedTokenCredential authentication failed.',
    );
  const failing = (error: Error): TokenCredential => ({ getToken: () => Promise.reject(error) });
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a failure');
      },
      (e: unknown) => e as Error,
    );

  it('says which credentials were tried and how to configure sign-in when none works', async () => {
    const choice = chooseCredential({}, none);
    const error = await failureOf(
      new SignInReportingCredential(failing(nothingWorks()), choice).getToken(scope),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ kind: 'permission' });
    expect(error.message.split('\n')).toEqual([
      'Azure sign-in failed: no Azure credential could get a token. Tried:',
      '  - EnvironmentCredential is unavailable. No underlying credential could be used.',
      '  - ManagedIdentityCredential: Network unreachable. Message: network_error: See https://aka.ms/msal.js.errors#network_error for details',
      "  - Azure CLI could not be found. Please visit https://aka.ms/azure-cli for installation instructions and then, once installed, authenticate to your Azure account using 'az login'.",
      'Credential used: DefaultAzureCredential (environment, workload identity, managed identity, developer tools)',
      'Passed over, in the sign-in order of the suite:',
      "  - GitHub OIDC: 'client-id' and 'tenant-id' are not set (inputs, or AZURE_CLIENT_ID / AZURE_TENANT_ID)",
      '  - client secret: AZURE_CLIENT_SECRET is not set',
      "  - Azure CLI: no signed-in session ('az' on PATH and azureProfile.json in AZURE_CONFIG_DIR or ~/.azure)",
      'Configure one of:',
      expect.stringMatching(
        /^ {2}- GitHub OIDC \(recommended\): set the inputs 'client-id' and 'tenant-id'.*'permissions: id-token: write'\.$/,
      ),
      '  - azure/login: run the azure/login action in the job before this step; its Azure CLI session is used.',
      "  - A client secret: set AZURE_CLIENT_SECRET (from a GitHub secret) together with 'client-id' and 'tenant-id'.",
    ]);
  });

  it('explains an unavailable Azure CLI session with the setup, and a refused secret with its AADSTS hint only', async () => {
    const cli = await failureOf(
      new SignInReportingCredential(
        failing(new CredentialUnavailableError("Please run 'az login' to set up an account.")),
        chooseCredential({}, cliEnv),
      ).getToken(scope),
    );
    expect(cli).toMatchObject({ kind: 'permission' });
    expect(cli.message).toMatch(/^Azure sign-in failed: Please run 'az login' to set up an account\.\n/);
    expect(cli.message).toContain(
      `Credential used: Azure CLI session (${join(cliDir, 'config', 'azureProfile.json')})`,
    );
    expect(cli.message).toContain('Configure one of:');

    const refused = new AuthenticationError(401, {
      error: 'invalid_client',
      error_description: 'AADSTS7000215: Invalid client secret provided.',
      error_codes: [7000215],
    });
    const secretChoice = chooseCredential(
      { clientId: CLIENT, tenantId: TENANT },
      { ...none, AZURE_CLIENT_SECRET: 's' },
    );
    const secret = await failureOf(
      new SignInReportingCredential(failing(refused), secretChoice).getToken(scope),
    );
    expect(secret).toMatchObject({ kind: 'permission', cause: refused });
    expect(secret.message).toContain(
      'Hint: The client secret (AZURE_CLIENT_SECRET) is wrong or expired: create a new one.',
    );
    expect(secret.message).toContain(
      `Credential used: client secret from AZURE_CLIENT_SECRET (client ${CLIENT} in tenant ${TENANT})`,
    );
    expect(secret.message).not.toContain('Configure one of:');
  });

  it('passes other failures (aborts, bugs) through unchanged', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const credential = new SignInReportingCredential(failing(abort), chooseCredential({}, none));
    await expect(credential.getToken(scope)).rejects.toBe(abort);
  });

  it('reaches the action as a user error through the ARM client, not as a bug', async () => {
    const { credential } = createCredential(
      {},
      {
        cloud: resolveCloud('AzureCloud', {}),
        env: none,
        logger: new RecordingLogger(),
        getIdToken: () => Promise.resolve('unused'),
      },
    );
    const inner = credential.inner;
    jest.spyOn(inner, 'getToken').mockRejectedValue(nothingWorks());
    const runner = fakeRunner();
    await runActionWith(
      'register-model',
      async () => {
        await createMlClient(resolveCloud('AzureCloud', {}), credential, SUB).workspaces.get(
          'rg-mlops',
          'dev',
        );
      },
      runner.deps,
    );
    const [[failure]] = runner.of('setFailed') as [[string]];
    expect(failure).toMatch(/^register-model: Azure sign-in failed: no Azure credential could get a token\./);
    expect(failure).toContain("'permissions: id-token: write'");
    expect(runner.of('info').some(([text]) => String(text).includes('This is a bug'))).toBe(false);
    expect(runner.exitCodes).toEqual([1]);
  });
});
