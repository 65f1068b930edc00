/** Scoring authorization by authMode: keys and AML tokens (signature, audience, endpoint, expiry). */
import { describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import type { StoredResource } from '../../../packages/emulator/src/arm/arm-state.js';
import type { EmulatorContext, EmuRequest } from '../../../packages/emulator/src/http-types.js';
import { authorizeScoring } from '../../../packages/emulator/src/serving/scoring-auth.js';

const KEY = Buffer.alloc(32, 7).toString('base64url');
const NOW = new Date('2024-06-01T12:00:00Z');
const ctx = { now: () => NOW, state: { arm: { endpointTokenKey: KEY } } } as unknown as EmulatorContext;
const endpoint = (authMode: string): StoredResource => ({
  kind: 'onlineEndpoint',
  id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/dev/onlineEndpoints/ep',
  parentId: 'ws',
  seq: 1,
  body: { name: 'ep', properties: { authMode, scoringUri: 'https://127.0.0.1:1/endpoints/dev/ep/score' } },
  secrets: { primaryKey: 'primary', secondaryKey: 'secondary' },
});
const withAuth = (authorization?: string): EmuRequest =>
  ({ headers: authorization === undefined ? {} : { authorization } }) as unknown as EmuRequest;

async function amlToken(
  expiresAt: Date,
  audience = 'https://127.0.0.1:1/endpoints/dev/ep/score',
): Promise<string> {
  return new SignJWT({ endpoint: endpoint('AMLToken').id })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('azureml-emulator')
    .setAudience(audience)
    .setIssuedAt(Math.floor(expiresAt.getTime() / 1000) - 3600)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(Buffer.from(KEY, 'base64url'));
}

describe('authorizeScoring', () => {
  it('takes the primary or secondary key of a Key endpoint, nothing else', async () => {
    const ep = endpoint('Key');
    expect(await authorizeScoring(withAuth('Bearer primary'), ctx, ep, 'dev')).toBeUndefined();
    expect(await authorizeScoring(withAuth('Bearer secondary'), ctx, ep, 'dev')).toBeUndefined();
    for (const header of ['Bearer other', 'Basic primary', undefined]) {
      expect(await authorizeScoring(withAuth(header), ctx, ep, 'dev')).toMatchObject({
        status: 401,
        body: 'key_auth_access_denied',
      });
    }
  });

  it('takes an unexpired AML token of the endpoint, and refuses expired or foreign ones', async () => {
    const ep = endpoint('AMLToken');
    const valid = await amlToken(new Date(NOW.getTime() + 60_000));
    expect(await authorizeScoring(withAuth(`Bearer ${valid}`), ctx, ep, 'dev')).toBeUndefined();
    const expired = await amlToken(new Date(NOW.getTime() - 1000));
    expect(await authorizeScoring(withAuth(`Bearer ${expired}`), ctx, ep, 'dev')).toMatchObject({
      status: 401,
      body: 'aml_token_expired',
    });
    const foreign = await amlToken(
      new Date(NOW.getTime() + 60_000),
      'https://127.0.0.1:1/endpoints/dev/other/score',
    );
    expect(await authorizeScoring(withAuth(`Bearer ${foreign}`), ctx, ep, 'dev')).toMatchObject({
      status: 401,
      body: 'aml_token_auth_access_denied',
    });
    expect(await authorizeScoring(withAuth('Bearer primary'), ctx, ep, 'dev')).toMatchObject({ status: 401 });
  });
});
