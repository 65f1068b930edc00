import { describe, expect, it } from '@jest/globals';
import { BASE_URL, TENANT, bodyOf, call, testContext } from './identity-fixture.js';

describe('Entra authority discovery', () => {
  it('serves the OpenID configuration MSAL requires, pointing at this authority', async () => {
    const response = await call(testContext(), 'GET', `/${TENANT}/v2.0/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(bodyOf(response)).toMatchObject({
      authorization_endpoint: `${BASE_URL}/${TENANT}/oauth2/v2.0/authorize`,
      token_endpoint: `${BASE_URL}/${TENANT}/oauth2/v2.0/token`,
      issuer: `${BASE_URL}/${TENANT}/v2.0`,
      jwks_uri: `${BASE_URL}/${TENANT}/discovery/v2.0/keys`,
    });
  });

  it('publishes only the public half of its signing key', async () => {
    const ctx = testContext();
    const jwks = bodyOf(await call(ctx, 'GET', `/${TENANT}/discovery/v2.0/keys`));
    expect(jwks.keys).toEqual([
      {
        kty: 'EC',
        crv: 'P-256',
        x: expect.any(String),
        y: expect.any(String),
        kid: ctx.state.identity.authorityKey.kid,
        alg: 'ES256',
        use: 'sig',
      },
    ]);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"/);
  });

  it('answers an unknown tenant with AADSTS90002 in the Entra error shape, echoing the correlation id', async () => {
    const response = await call(
      testContext(),
      'GET',
      '/someone-else/v2.0/.well-known/openid-configuration?client-request-id=abc-123',
    );
    expect(response.status).toBe(400);
    const body = bodyOf(response);
    expect(body).toMatchObject({ error: 'invalid_request', error_codes: [90002], correlation_id: 'abc-123' });
    expect(body.error_description).toMatch(
      /^AADSTS90002: Tenant 'someone-else' not found\..* Trace ID: [0-9a-f-]{36} Correlation ID: abc-123 Timestamp: 2026-05-04 10:00:00Z$/,
    );
    expect(body.timestamp).toBe('2026-05-04 10:00:00Z');
    expect(body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers MSAL instance discovery with this host as its own alias', async () => {
    const body = bodyOf(await call(testContext(), 'GET', '/common/discovery/instance?api-version=1.1'));
    expect(body).toMatchObject({
      tenant_discovery_endpoint: `${BASE_URL}/${TENANT}/v2.0/.well-known/openid-configuration`,
      metadata: [{ aliases: ['127.0.0.1:8443'] }],
    });
  });
});
