/** Entra access tokens: issuing them (token endpoint) and checking them (ARM, scoring). */
import { randomBytes } from 'node:crypto';
import type { IdentityConfig } from '../config.js';
import type { EmulatorContext, Principal } from '../http-types.js';
import { STORAGE_AUDIENCE, authorityIssuer, sameResource, storageTokenIssuer } from './identity-urls.js';
import { signJwt, verifyJwt } from './signing-keys.js';

/** How the client proved who it is: appidacr/azpacr are '1' for a secret, '2' for an assertion. */
export type ClientAuthMethod = 'secret' | 'assertion';

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

export type TokenFailure =
  | { kind: 'malformed' }
  | { kind: 'signature' }
  | { kind: 'issuer'; issuer: string }
  | { kind: 'audience'; audience: string }
  | { kind: 'expired'; expiresAt: Date }
  | { kind: 'not-yet-valid'; notBefore: Date };

export type TokenCheck = { ok: true; principal: Principal } | { ok: false; failure: TokenFailure };

export async function issueAccessToken(
  ctx: EmulatorContext,
  identity: IdentityConfig,
  audience: string,
  method: ClientAuthMethod,
): Promise<IssuedToken> {
  const iat = Math.floor(ctx.now().getTime() / 1000);
  const expiresIn = ctx.state.config.tokenLifetimeSeconds;
  const acr = method === 'secret' ? '1' : '2';
  const storage = sameResource(audience, STORAGE_AUDIENCE);
  const issuer = storage ? storageTokenIssuer(ctx) : authorityIssuer(ctx);
  const accessToken = await signJwt(ctx.state.identity.authorityKey, {
    aud: audience,
    iss: issuer,
    iat,
    nbf: iat,
    exp: iat + expiresIn,
    appid: identity.clientId,
    appidacr: acr,
    azp: identity.clientId,
    azpacr: acr,
    idp: issuer,
    idtyp: 'app',
    oid: identity.objectId,
    sub: identity.objectId,
    tid: ctx.state.config.tenantId,
    uti: randomBytes(16).toString('base64url'),
    ver: storage ? '1.0' : '2.0',
  });
  return { accessToken, expiresIn };
}

function stringClaim(payload: Record<string, unknown>, name: string): string {
  const value = payload[name];
  return typeof value === 'string' ? value : '';
}

/** Checks signature, issuer, audience (one of `audiences`) and lifetime of a token from the authority. */
export function verifyAccessToken(
  ctx: EmulatorContext,
  token: string,
  audiences: readonly string[],
): TokenCheck {
  const checked = verifyJwt(token, [ctx.state.identity.authorityKey]);
  if (!checked.ok) return { ok: false, failure: { kind: checked.reason } };
  const { payload } = checked;
  const issuer = payload.iss ?? '';
  if (issuer !== authorityIssuer(ctx)) return { ok: false, failure: { kind: 'issuer', issuer } };
  const audience = typeof payload.aud === 'string' ? payload.aud : '';
  if (!audiences.some((accepted) => sameResource(accepted, audience))) {
    return { ok: false, failure: { kind: 'audience', audience } };
  }
  const now = ctx.now().getTime() / 1000;
  if (typeof payload.exp !== 'number') return { ok: false, failure: { kind: 'malformed' } };
  if (payload.exp <= now)
    return { ok: false, failure: { kind: 'expired', expiresAt: new Date(payload.exp * 1000) } };
  if (typeof payload.nbf === 'number' && payload.nbf > now) {
    return { ok: false, failure: { kind: 'not-yet-valid', notBefore: new Date(payload.nbf * 1000) } };
  }
  const clientId = stringClaim(payload, 'appid') || stringClaim(payload, 'azp');
  const identity = ctx.state.config.identities.find((candidate) => candidate.clientId === clientId);
  return {
    ok: true,
    principal: {
      clientId,
      name: identity?.name ?? clientId,
      objectId: stringClaim(payload, 'oid'),
      tenantId: stringClaim(payload, 'tid'),
      audience,
    },
  };
}

/** The token of an `Authorization: Bearer …` header; undefined when the header is absent, null when it is not Bearer. */
export function bearerToken(header: string | undefined): string | undefined | null {
  if (header === undefined || header === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}
