import { describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import { githubClaims } from '../../../packages/emulator/src/identity/github-oidc.js';
import { generateSigningKey, signJwt } from '../../../packages/emulator/src/identity/signing-keys.js';
import {
  BASE_URL,
  TENANT,
  bodyOf,
  call,
  githubToken,
  identityNamed,
  testContext,
  tokenRequest,
} from './identity-fixture.js';
import type { TestContext } from './identity-fixture.js';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const ARM_SCOPE = 'https://management.azure.com/.default';

function assertionGrant(ctx: TestContext, clientName: string, assertion: string): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: identityNamed(ctx, clientName).clientId,
    scope: ARM_SCOPE,
    client_assertion_type: JWT_BEARER,
    client_assertion: assertion,
  };
}

function secretGrant(ctx: TestContext, secret: string, scope = ARM_SCOPE): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: identityNamed(ctx, 'development').clientId,
    scope,
    client_secret: secret,
  };
}

async function expectEntraError(
  responsePromise: ReturnType<typeof tokenRequest>,
  status: number,
  error: string,
  code: number,
  description: RegExp,
): Promise<void> {
  const response = await responsePromise;
  expect(response.status).toBe(status);
  const body = bodyOf(response);
  expect(body).toMatchObject({ error, error_codes: [code], correlation_id: 'corr-1' });
  expect(body.error_description).toMatch(new RegExp(`^AADSTS${code}: `));
  expect(body.error_description).toMatch(description);
}

describe('token endpoint: client assertion (workload identity federation)', () => {
  it('exchanges the GitHub token of the app’s own environment for an ARM token', async () => {
    const ctx = testContext();
    const response = await tokenRequest(
      ctx,
      assertionGrant(ctx, 'development', await githubToken(ctx, 'development')),
    );
    expect(response.status).toBe(200);
    const body = bodyOf(response);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600 });
    const claims = decodeJwt(body.access_token as string);
    const development = identityNamed(ctx, 'development');
    expect(claims).toMatchObject({
      aud: 'https://management.azure.com',
      iss: `${BASE_URL}/${TENANT}/v2.0`,
      appid: development.clientId,
      azp: development.clientId,
      appidacr: '2',
      oid: development.objectId,
      tid: TENANT,
      idtyp: 'app',
    });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.iat).toBe(ctx.now().getTime() / 1000);
  });

  it('refuses another environment’s subject with AADSTS700213, naming the subject', async () => {
    const ctx = testContext();
    await expectEntraError(
      tokenRequest(ctx, assertionGrant(ctx, 'production', await githubToken(ctx, 'development'))),
      401,
      'invalid_client',
      700213,
      /No matching federated identity record found for presented assertion subject 'repo:contoso\/churn-model:environment:development'\. Check your federated identity credential Subject, Audience and Issuer/,
    );
  });

  it('says when the subject differs from the credential only by case (AADSTS7002138)', async () => {
    const ctx = testContext();
    const claims = { ...githubClaims(ctx, identityNamed(ctx, 'production'), 'api://AzureADTokenExchange') };
    claims.sub = 'repo:Contoso/churn-model:environment:production';
    const assertion = await signJwt(ctx.state.identity.githubKey, claims);
    await expectEntraError(
      tokenRequest(ctx, assertionGrant(ctx, 'production', assertion)),
      401,
      'invalid_client',
      7002138,
      /matches with case-insensitive comparison, but not with case-sensitive comparison/,
    );
  });

  it('refuses a token requested for another audience with AADSTS700212', async () => {
    const ctx = testContext();
    const assertion = await githubToken(ctx, 'development', 'https://github.com/contoso');
    await expectEntraError(
      tokenRequest(ctx, assertionGrant(ctx, 'development', assertion)),
      401,
      'invalid_client',
      700212,
      /presented assertion audience 'https:\/\/github\.com\/contoso'/,
    );
  });

  it('refuses an expired GitHub token with AADSTS700024 and Entra’s time wording', async () => {
    const ctx = testContext();
    const assertion = await githubToken(ctx, 'development');
    ctx.advance(301);
    await expectEntraError(
      tokenRequest(ctx, assertionGrant(ctx, 'development', assertion)),
      401,
      'invalid_client',
      700024,
      /Current time: 2026-05-04T10:05:01\.0000000Z, assertion valid from 2026-05-04T10:00:00\.0000000Z, expiry time of assertion 2026-05-04T10:05:00\.0000000Z\./,
    );
  });

  it('refuses a token of an unknown issuer (AADSTS700211), a forged signature (700027) and garbage (50027)', async () => {
    const ctx = testContext();
    const claims = githubClaims(ctx, identityNamed(ctx, 'development'), 'api://AzureADTokenExchange');
    const foreignIssuer = await signJwt(ctx.state.identity.githubKey, {
      ...claims,
      iss: 'https://token.actions.githubusercontent.com',
    });
    await expectEntraError(
      tokenRequest(ctx, assertionGrant(ctx, 'development', foreignIssuer)),
      401,
      'invalid_client',
      700211,
      /assertion issuer 'https:\/\/token\.actions\.githubusercontent\.com'/,
    );
    const forged = await signJwt(
      { ...(await generateSigningKey('RS256')), kid: ctx.state.identity.githubKey.kid },
      claims,
    );
    await expectEntraError(
      tokenRequest(ctx, assertionGrant(ctx, 'development', forged)),
      401,
      'invalid_client',
      700027,
      /signature validation/,
    );
    await expectEntraError(
      tokenRequest(ctx, assertionGrant(ctx, 'development', 'not.a.jwt')),
      401,
      'invalid_client',
      50027,
      /JWT token is invalid or malformed/,
    );
  });

  it('requires the jwt-bearer assertion type', async () => {
    const ctx = testContext();
    const form = {
      ...assertionGrant(ctx, 'development', await githubToken(ctx, 'development')),
      client_assertion_type: 'x',
    };
    await expectEntraError(
      tokenRequest(ctx, form),
      400,
      'invalid_request',
      900144,
      /'client_assertion_type'/,
    );
  });
});

describe('token endpoint: client secret and request checks', () => {
  it('issues a token for the right secret, with appidacr 1 and the requested resource as audience', async () => {
    const ctx = testContext();
    const response = await tokenRequest(
      ctx,
      secretGrant(ctx, 'dev-secret', 'https://ml.azure.com/.default openid profile offline_access'),
    );
    expect(response.status).toBe(200);
    expect(decodeJwt(bodyOf(response).access_token as string)).toMatchObject({
      aud: 'https://ml.azure.com',
      appidacr: '1',
    });
  });

  it('accepts the emulator’s own ARM endpoint as a resource', async () => {
    const ctx = testContext();
    const response = await tokenRequest(ctx, secretGrant(ctx, 'dev-secret', `${BASE_URL}/.default`));
    expect(decodeJwt(bodyOf(response).access_token as string).aud).toBe(BASE_URL);
  });

  it('refuses a wrong secret with AADSTS7000215 and an app without a secret alike', async () => {
    const ctx = testContext();
    const wrong =
      /Invalid client secret provided\. Ensure the secret being sent in the request is the client secret value/;
    await expectEntraError(
      tokenRequest(ctx, secretGrant(ctx, 'guess')),
      401,
      'invalid_client',
      7000215,
      wrong,
    );
    const noSecretApp = {
      ...secretGrant(ctx, 'dev-secret'),
      client_id: identityNamed(ctx, 'staging').clientId,
    };
    await expectEntraError(tokenRequest(ctx, noSecretApp), 401, 'invalid_client', 7000215, wrong);
  });

  it.each([
    [
      'an unknown app',
      { client_id: 'nobody' },
      400,
      'unauthorized_client',
      700016,
      /Application with identifier 'nobody' was not found in the directory/,
    ],
    ['no grant type', { grant_type: '' }, 400, 'invalid_request', 900144, /parameter: 'grant_type'/],
    [
      'another grant type',
      { grant_type: 'password' },
      400,
      'unsupported_grant_type',
      70003,
      /unsupported grant type 'password'/,
    ],
    ['no client id', { client_id: '' }, 400, 'invalid_request', 900144, /parameter: 'client_id'/],
    ['no scope', { scope: '' }, 400, 'invalid_request', 900144, /parameter: 'scope'/],
    [
      'a scope without /.default',
      { scope: 'https://management.azure.com/user_impersonation' },
      400,
      'invalid_scope',
      1002012,
      /must have a scope value with \/\.default suffixed/,
    ],
    [
      'an unknown resource',
      { scope: 'https://vault.azure.net/.default' },
      400,
      'invalid_resource',
      500011,
      /resource principal named https:\/\/vault\.azure\.net was not found/,
    ],
    [
      'no credential',
      { client_secret: '' },
      401,
      'invalid_client',
      7000218,
      /'client_assertion' or 'client_secret'/,
    ],
  ])(
    'answers %s as Entra does',
    async (_label, override: Record<string, string>, status, error, code, description) => {
      const ctx = testContext();
      // An empty override leaves the field out of the form.
      const form = Object.fromEntries(
        Object.entries({ ...secretGrant(ctx, 'dev-secret'), ...override }).filter(
          ([, value]) => value !== '',
        ),
      );
      await expectEntraError(tokenRequest(ctx, form), status, error, code, description);
    },
  );

  it('answers a token request to another tenant with AADSTS90002', async () => {
    const ctx = testContext();
    const response = await call(ctx, 'POST', '/other-tenant/oauth2/v2.0/token', {
      form: secretGrant(ctx, 'dev-secret'),
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).error_codes).toEqual([90002]);
  });
});
