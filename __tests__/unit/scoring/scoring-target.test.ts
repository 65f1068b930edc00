/** resolveScoringTarget and checkDeploymentReady with a fake ML client and credential (the SDK is not under test). */
import { describe, expect, it } from '@jest/globals';
import { RestError } from '@azure/core-rest-pipeline';
import { recordingLogger } from '@aml-actions/action-kit';
import { resolveCloud } from '@aml-actions/azure';
import { checkDeploymentReady, resolveScoringTarget, type ScoringSession } from '@aml-actions/scoring';
import { userError } from './user-error.js';

const WORKSPACE = {
  subscriptionId: '00000000-0000-0000-0000-000000000001',
  resourceGroup: 'rg-mlops',
  workspace: 'dev',
  id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-mlops/providers/Microsoft.MachineLearningServices/workspaces/dev',
};

function notFound(): RestError {
  return new RestError('not found', { statusCode: 404, code: 'ResourceNotFound' });
}

async function* items<T>(values: T[]): AsyncGenerator<T> {
  for (const value of values) yield await Promise.resolve(value);
}

interface FakeOptions {
  authMode?: string;
  endpoints?: Record<string, { traffic?: Record<string, number> }>;
  deployments?: Record<string, string>;
  token?: { accessToken: string; expiryTimeUtc?: number; refreshAfterTimeUtc?: number };
}

function fakeSession(options: FakeOptions = {}): { session: ScoringSession; calls: string[] } {
  const calls: string[] = [];
  const endpoints = options.endpoints ?? { churn: { traffic: { blue: 100 } } };
  let tokens = 0;
  const mlClient = {
    onlineEndpoints: {
      get: (_rg: string, _ws: string, name: string) => {
        calls.push(`get ${name}`);
        const found = endpoints[name];
        if (found === undefined) return Promise.reject(notFound());
        return Promise.resolve({
          name,
          properties: {
            authMode: options.authMode ?? 'Key',
            scoringUri: `https://churn.eastus.inference.ml.azure.com/score`,
            provisioningState: 'Succeeded',
            traffic: found.traffic,
          },
        });
      },
      list: () => items(Object.keys(endpoints).map((name) => ({ name }))),
      listKeys: () => {
        calls.push('listKeys');
        return Promise.resolve({ primaryKey: 'primary-key-0123456789', secondaryKey: 'secondary' });
      },
      getToken: () => {
        tokens++;
        calls.push('getToken');
        const token = options.token ?? { accessToken: 'aaa.bbb.ccc' };
        return Promise.resolve({ ...token, accessToken: `${token.accessToken}${tokens}` });
      },
    },
    onlineDeployments: {
      list: () =>
        items(
          Object.entries(options.deployments ?? {}).map(([name, state]) => ({
            name,
            properties: { provisioningState: state },
          })),
        ),
    },
  };
  const credential = {
    getToken: (scope: string | string[]) => {
      calls.push(`credential ${String(scope)}`);
      return Promise.resolve({ token: 'entra.jwt.token', expiresOnTimestamp: Date.now() + 3_600_000 });
    },
  };
  const session = {
    mlClient,
    credential,
    workspace: WORKSPACE,
    cloud: resolveCloud('AzureCloud', {}),
  } as unknown as ScoringSession;
  return { session, calls };
}

describe('resolveScoringTarget', () => {
  it('reads the endpoint and masks the key before handing it out, once for every call', async () => {
    const { session, calls } = fakeSession();
    const log = recordingLogger();
    const target = await resolveScoringTarget(session, 'churn', log);
    expect(target).toMatchObject({
      endpointName: 'churn',
      workspace: 'dev',
      authMode: 'key',
      scoringUri: 'https://churn.eastus.inference.ml.azure.com/score',
      traffic: { blue: 100 },
    });
    expect(log.masked).toEqual([]);
    const headers = await Promise.all([target.authHeaders(), target.authHeaders()]);
    expect(headers[0]).toEqual({ Authorization: 'Bearer primary-key-0123456789' });
    expect(headers[1]).toEqual(headers[0]);
    expect(calls.filter((c) => c === 'listKeys')).toHaveLength(1);
    expect(log.masked).toContain('primary-key-0123456789');
    expect(log.masked).toContain('Bearer primary-key-0123456789');
    expect(
      target.redact('{"authorization": "Bearer primary-key-0123456789", "k": "primary-key-0123456789"}'),
    ).toBe('{"authorization": "***", "k": "***"}');
  });

  it('refreshes an AML token when the service says, masking each new one', async () => {
    let now = 1_000_000_000_000;
    const { session, calls } = fakeSession({
      authMode: 'AMLToken',
      token: { accessToken: 'aml.token.v', expiryTimeUtc: 1_000_003_600, refreshAfterTimeUtc: 1_000_001_800 },
    });
    const log = recordingLogger();
    const target = await resolveScoringTarget(session, 'churn', log, { now: () => now });
    expect(target.authMode).toBe('aml_token');
    expect(await target.authHeaders()).toEqual({ Authorization: 'Bearer aml.token.v1' });
    now += 1_799_000;
    expect(await target.authHeaders()).toEqual({ Authorization: 'Bearer aml.token.v1' });
    now += 2000;
    expect(await target.authHeaders()).toEqual({ Authorization: 'Bearer aml.token.v2' });
    expect(calls.filter((c) => c === 'getToken')).toHaveLength(2);
    expect(log.masked).toEqual(expect.arrayContaining(['aml.token.v1', 'aml.token.v2']));
    expect(target.redact('x aml.token.v2 y')).toBe('x *** y');
  });

  it('asks the credential for an Entra ID token for the Azure ML audience of the cloud', async () => {
    const { session, calls } = fakeSession({ authMode: 'AADToken' });
    const log = recordingLogger();
    const target = await resolveScoringTarget(session, 'churn', log);
    expect(target.authMode).toBe('aad_token');
    expect(await target.authHeaders()).toEqual({ Authorization: 'Bearer entra.jwt.token' });
    expect(calls).toContain('credential https://ml.azure.com/.default');
    expect(log.masked).toContain('entra.jwt.token');
  });

  it('names the endpoint, the workspace and the endpoints there are when it is missing', async () => {
    const { session } = fakeSession({ endpoints: { churn: {}, fraud: {} } });
    const error = await userError(resolveScoringTarget(session, 'chrun', recordingLogger()));
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(
      "Input 'endpoint-name' is 'chrun', but workspace 'dev' (resource group rg-mlops) has no online endpoint of that " +
        "name (it has: churn, fraud); did you mean 'churn'? Check 'endpoint-name' and the workspace inputs, or " +
        'deploy the endpoint first (deploy-endpoint).',
    );
  });
});

describe('checkDeploymentReady', () => {
  it('accepts a Succeeded deployment', async () => {
    const { session } = fakeSession({ deployments: { blue: 'Succeeded' } });
    const log = recordingLogger();
    await checkDeploymentReady(session, 'churn', 'blue', log);
    expect(log.text()).toContain('Deployment blue: Succeeded');
  });

  it('lists the deployments when the one named is missing', async () => {
    const { session } = fakeSession({ deployments: { blue: 'Succeeded', green: 'Succeeded' } });
    const error = await userError(checkDeploymentReady(session, 'churn', 'gren', recordingLogger()));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain(
      "has no deployment of that name (it has: blue, green); did you mean 'green'?",
    );
  });

  it.each([
    ['Updating', 'Wait until its operation has finished'],
    ['Failed', 'Fix and redeploy it'],
  ])('refuses a deployment that is %s', async (state, fix) => {
    const { session } = fakeSession({ deployments: { green: state } });
    const error = await userError(checkDeploymentReady(session, 'churn', 'green', recordingLogger()));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain(
      `Deployment 'green' of online endpoint 'churn' is ${state}, not Succeeded`,
    );
    expect(error.message).toContain(fix);
  });
});
