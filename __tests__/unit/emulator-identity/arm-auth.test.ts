import { describe, expect, it } from '@jest/globals';
import { decodeProtectedHeader } from 'jose';
import type { EmuRequest, EmuResponse, Principal } from '../../../packages/emulator/src/http-types.js';
import {
  armPermission,
  authenticateArm,
  authorizeWorkspace,
  createIdentityState,
  verifyMlToken,
} from '../../../packages/emulator/src/identity/index.js';
import { generateSigningKey } from '../../../packages/emulator/src/identity/signing-keys.js';
import { BASE_URL, TENANT, armToken, identityNamed, testConfig, testContext } from './identity-fixture.js';
import type { TestContext } from './identity-fixture.js';

const WS =
  '/subscriptions/22222222-0000-4000-8000-000000000000/resourceGroups/rg-mlops/providers/Microsoft.MachineLearningServices/workspaces';

function armRequest(authorization?: string): EmuRequest {
  return {
    method: 'GET',
    url: new URL(`${BASE_URL}${WS}/dev?api-version=2022-10-01`),
    params: { workspaceName: 'dev' },
    headers: authorization === undefined ? {} : { authorization },
    body: undefined,
    rawBody: Buffer.alloc(0),
    remoteAddress: '127.0.0.1',
  };
}

function expectArmError(
  result: Principal | EmuResponse,
  status: number,
  code: string,
  message: string | RegExp,
): EmuResponse {
  if (!('status' in result)) throw new Error(`expected a ${status}, got principal ${result.name}`);
  expect(result.status).toBe(status);
  const error = (result.body as { error: { code: string; message: string } }).error;
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
  return result;
}

async function principal(ctx: TestContext, name: string): Promise<Principal> {
  const result = authenticateArm(armRequest(`Bearer ${await armToken(ctx, name)}`), ctx);
  if ('status' in result) throw new Error(JSON.stringify(result.body));
  return result;
}

describe('authenticateArm', () => {
  it('returns the principal of a valid token for the ARM audience or the emulator’s own endpoint', async () => {
    const ctx = testContext();
    const production = identityNamed(ctx, 'production');
    expect(await principal(ctx, 'production')).toEqual({
      clientId: production.clientId,
      name: 'production',
      objectId: production.objectId,
      tenantId: TENANT,
      audience: 'https://management.azure.com',
    });
    const ownEndpoint = authenticateArm(
      armRequest(`Bearer ${await armToken(ctx, 'staging', `${BASE_URL}/.default`)}`),
      ctx,
    );
    expect(ownEndpoint).toMatchObject({ name: 'staging', audience: BASE_URL });
  });

  it('answers a missing header with AuthenticationFailed and a WWW-Authenticate challenge', () => {
    const ctx = testContext();
    const response = expectArmError(
      authenticateArm(armRequest(), ctx),
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing.",
    );
    expect(response.headers?.['WWW-Authenticate']).toBe(
      `Bearer authorization_uri="${BASE_URL}/${TENANT}", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`,
    );
  });

  it('answers a non-Bearer header with AuthenticationFailed and garbage with InvalidAuthenticationToken', () => {
    const ctx = testContext();
    expectArmError(
      authenticateArm(armRequest('Basic dXNlcjpwYXNz'), ctx),
      401,
      'AuthenticationFailed',
      /invalid format/,
    );
    expectArmError(
      authenticateArm(armRequest('Bearer abc.def.ghi'), ctx),
      401,
      'InvalidAuthenticationToken',
      'The access token is invalid.',
    );
  });

  it('refuses an expired token with ExpiredAuthenticationToken, in ARM’s time wording', async () => {
    const ctx = testContext();
    const token = await armToken(ctx, 'development');
    ctx.advance(3600 + 3 * 3600 + 125);
    const response = expectArmError(
      authenticateArm(armRequest(`Bearer ${token}`), ctx),
      401,
      'ExpiredAuthenticationToken',
      "The access token expiry UTC time '5/4/2026 11:00:00 AM' is earlier than current UTC time '5/4/2026 2:02:05 PM'.",
    );
    expect(response.headers?.['WWW-Authenticate']).toMatch(
      /error="invalid_token", error_description="The access token has expired\."/,
    );
  });

  it('refuses a token for another audience with InvalidAuthenticationTokenAudience', async () => {
    const ctx = testContext();
    const token = await armToken(ctx, 'development', 'https://ml.azure.com/.default');
    expectArmError(
      authenticateArm(armRequest(`Bearer ${token}`), ctx),
      401,
      'InvalidAuthenticationTokenAudience',
      `The access token has been obtained for wrong audience or resource 'https://ml.azure.com'. It should exactly match with one of the allowed audiences 'https://management.azure.com','https://management.core.windows.net','${BASE_URL}'.`,
    );
  });

  it('refuses a token signed by another authority, and one from another issuer', async () => {
    const ctx = testContext();
    const other = testContext({ otherKeys: true });
    expectArmError(
      authenticateArm(armRequest(`Bearer ${await armToken(other, 'development')}`), ctx),
      401,
      'InvalidAuthenticationToken',
      /signature/,
    );
    const elsewhere = { ...ctx, baseUrl: 'https://127.0.0.1:9999' };
    expectArmError(
      authenticateArm(armRequest(`Bearer ${await armToken(elsewhere, 'development')}`), ctx),
      401,
      'InvalidAuthenticationTokenTenant',
      /from the wrong issuer 'https:\/\/127\.0\.0\.1:9999\//,
    );
  });

  it('keeps accepting tokens after the state went through JSON (--state-dir)', async () => {
    const ctx = testContext({ otherKeys: true });
    const token = await armToken(ctx, 'development');
    ctx.state.identity = JSON.parse(JSON.stringify(ctx.state.identity)) as typeof ctx.state.identity;
    expect(authenticateArm(armRequest(`Bearer ${token}`), ctx)).toMatchObject({ name: 'development' });
  });

  it('keeps accepting tokens of a state saved with an RS256 authority key, and refuses a key used under another alg', async () => {
    const ctx = testContext();
    ctx.state.identity.authorityKey = await generateSigningKey('RS256');
    const token = await armToken(ctx, 'development');
    expect(decodeProtectedHeader(token).alg).toBe('RS256');
    expect(authenticateArm(armRequest(`Bearer ${token}`), ctx)).toMatchObject({ name: 'development' });

    const esCtx = testContext();
    const [header = '', payload = '', signature = ''] = (await armToken(esCtx, 'development')).split('.');
    const relabelled = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(header, 'base64url').toString()), alg: 'RS256' }),
    ).toString('base64url');
    expectArmError(
      authenticateArm(armRequest(`Bearer ${relabelled}.${payload}.${signature}`), esCtx),
      401,
      'InvalidAuthenticationToken',
      /signature/,
    );
  });
});

describe('authorizeWorkspace', () => {
  it('lets writers read and write and readers read', async () => {
    const ctx = testContext();
    const development = await principal(ctx, 'development');
    expect(authorizeWorkspace(development, 'dev', 'write', ctx)).toBeUndefined();
    expect(authorizeWorkspace(development, 'DEV', 'read', ctx)).toBeUndefined();
    expect(authorizeWorkspace(development, 'staging', 'read', ctx)).toBeUndefined();
  });

  it('refuses a reader’s write and any access without a role with AuthorizationFailed, worded as ARM does', async () => {
    const ctx = testContext();
    const development = await principal(ctx, 'development');
    const oid = development.objectId;
    expectArmError(
      authorizeWorkspace(
        development,
        'prod',
        'write',
        ctx,
        armPermission('PUT', `${WS}/prod/onlineEndpoints/churn`),
      )!,
      403,
      'AuthorizationFailed',
      `The client '${oid}' with object id '${oid}' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write' over scope '${WS}/prod/onlineEndpoints/churn' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    );
    expectArmError(
      authorizeWorkspace(development, 'staging', 'write', ctx)!,
      403,
      'AuthorizationFailed',
      new RegExp(
        `perform action 'Microsoft\\.MachineLearningServices/workspaces/write' over scope '${WS}/staging' or the scope`,
      ),
    );
    expectArmError(
      authorizeWorkspace(development, 'prod', 'read', ctx)!,
      403,
      'AuthorizationFailed',
      /workspaces\/read/,
    );
  });
});

describe('armPermission', () => {
  it.each([
    ['GET', `${WS}/dev`, 'workspaces/read', `${WS}/dev`],
    ['GET', `${WS}/dev/onlineEndpoints`, 'workspaces/onlineEndpoints/read', `${WS}/dev`],
    [
      'PUT',
      `${WS}/dev/models/churn/versions/3`,
      'workspaces/models/versions/write',
      `${WS}/dev/models/churn/versions/3`,
    ],
    [
      'PATCH',
      `${WS}/dev/onlineEndpoints/ep`,
      'workspaces/onlineEndpoints/write',
      `${WS}/dev/onlineEndpoints/ep`,
    ],
    [
      'DELETE',
      `${WS}/dev/onlineEndpoints/ep/deployments/blue`,
      'workspaces/onlineEndpoints/deployments/delete',
      `${WS}/dev/onlineEndpoints/ep/deployments/blue`,
    ],
    [
      'POST',
      `${WS}/dev/onlineEndpoints/ep/listKeys`,
      'workspaces/onlineEndpoints/listKeys/action',
      `${WS}/dev/onlineEndpoints/ep`,
    ],
    [
      'POST',
      `${WS}/dev/datastores/workspaceblobstore/listSecrets`,
      'workspaces/datastores/listSecrets/action',
      `${WS}/dev/datastores/workspaceblobstore`,
    ],
  ] as const)('%s %s needs %s', (method, path, action, scope) => {
    expect(armPermission(method, path)).toEqual({
      action: `Microsoft.MachineLearningServices/${action}`,
      scope,
    });
  });
});

describe('verifyMlToken', () => {
  it('accepts an Entra token for https://ml.azure.com and refuses an ARM token or no token', async () => {
    const ctx = testContext();
    const mlToken = await armToken(ctx, 'staging', 'https://ml.azure.com/.default');
    expect(verifyMlToken(armRequest(`Bearer ${mlToken}`), ctx)).toMatchObject({
      ok: true,
      principal: { name: 'staging' },
    });
    expect(verifyMlToken(armRequest(`Bearer ${await armToken(ctx, 'staging')}`), ctx)).toEqual({
      ok: false,
      failure: { kind: 'audience', audience: 'https://management.azure.com' },
    });
    expect(verifyMlToken(armRequest(), ctx)).toEqual({ ok: false, failure: { kind: 'malformed' } });
  });
});

describe('createIdentityState', () => {
  it('creates JSON-only state: an ES256 authority key, an RS256 GitHub key, one job per identity with distinct request tokens', async () => {
    const state = await createIdentityState(testConfig());
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.authorityKey.kid).not.toBe(state.githubKey.kid);
    expect(state.authorityKey.jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(state.githubKey.jwk).toMatchObject({ kty: 'RSA', alg: 'RS256' });
    const tokens = Object.values(state.jobs).map((job) => job.requestToken);
    expect(Object.keys(state.jobs)).toEqual(['development', 'staging', 'production']);
    expect(new Set(tokens).size).toBe(3);
  });
});
