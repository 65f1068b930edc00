import { describe, expect, it } from '@jest/globals';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { identityEnv } from '../../../packages/emulator/src/identity/index.js';
import { BASE_URL, bodyOf, call, githubToken, identityNamed, testContext } from './identity-fixture.js';

describe('GitHub OIDC token service', () => {
  it('issues a token signed with the issuer JWKS, with the claims GitHub puts in an environment job', async () => {
    const ctx = testContext();
    const token = await githubToken(ctx, 'staging', 'api://AzureADTokenExchange');
    const metadata = bodyOf(await call(ctx, 'GET', '/github-oidc/.well-known/openid-configuration'));
    expect(metadata.issuer).toBe(`${BASE_URL}/github-oidc`);
    expect(metadata.jwks_uri).toBe(`${BASE_URL}/github-oidc/.well-known/jwks`);
    const jwks = bodyOf(await call(ctx, 'GET', '/github-oidc/.well-known/jwks')) as unknown as JSONWebKeySet;
    expect(jwks.keys.every((key) => !('d' in key))).toBe(true);

    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: `${BASE_URL}/github-oidc`,
      audience: 'api://AzureADTokenExchange',
      currentDate: ctx.now(),
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    const job = ctx.state.identity.jobs.staging!;
    expect(payload).toMatchObject({
      sub: 'repo:contoso/churn-model:environment:staging',
      environment: 'staging',
      repository: 'contoso/churn-model',
      repository_owner: 'contoso',
      ref: 'refs/heads/main',
      sha: job.sha,
      run_id: job.runId,
      event_name: 'push',
      job_workflow_ref: 'contoso/churn-model/.github/workflows/deploy.yml@refs/heads/main',
    });
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(typeof payload.jti).toBe('string');
  });

  it('defaults the audience to the repository owner URL, as GitHub does', async () => {
    const ctx = testContext();
    const job = ctx.state.identity.jobs.development!;
    const response = await call(ctx, 'GET', '/github-oidc/idtoken?api-version=2.0', {
      headers: { Authorization: `Bearer ${job.requestToken}` },
    });
    expect(decodeJwt(bodyOf(response).value as string).aud).toBe('https://github.com/contoso');
  });

  it.each([
    ['no Authorization header', {}],
    ['an unknown request token', { Authorization: 'Bearer not-a-request-token' }],
    ['a non-Bearer header', { Authorization: 'Basic abc' }],
  ])('answers 401 to %s', async (_label, headers: Record<string, string>) => {
    const response = await call(testContext(), 'GET', '/github-oidc/idtoken?api-version=2.0&audience=x', {
      headers,
    });
    expect(response.status).toBe(401);
    expect(bodyOf(response).message).toMatch(/ACTIONS_ID_TOKEN_REQUEST_TOKEN/);
  });
});

describe('identityEnv', () => {
  it('gives a request URL that already has a query and the job token of that identity', () => {
    const ctx = testContext();
    const env = identityEnv(identityNamed(ctx, 'production'), ctx);
    expect(env).toEqual({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${BASE_URL}/github-oidc/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: ctx.state.identity.jobs.production!.requestToken,
      AZURE_CLIENT_ID: identityNamed(ctx, 'production').clientId,
      AZURE_TENANT_ID: ctx.state.config.tenantId,
    });
    expect(ctx.dirtyCount()).toBe(0);
  });

  it('gives an identity added to the config after the state was saved a job of its own, and saves it', async () => {
    const ctx = testContext();
    const added = { ...identityNamed(ctx, 'staging'), name: 'qa', environment: 'qa', clientId: 'qa-client' };
    ctx.state.config.identities.push(added);
    const env = identityEnv(added, ctx);
    expect(ctx.dirtyCount()).toBe(1);
    const response = await call(ctx, 'GET', `/github-oidc/idtoken?api-version=2.0&audience=a`, {
      headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!}` },
    });
    expect(decodeJwt(bodyOf(response).value as string).sub).toBe('repo:contoso/churn-model:environment:qa');
  });
});
