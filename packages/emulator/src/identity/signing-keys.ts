/** RS256 signing keys kept as plain JWKs (so the state stays JSON), with signing (jose) and synchronous verification. */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import type { JsonWebKeyInput, KeyObject } from 'node:crypto';
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import type { JWK, JWTPayload } from 'jose';

export interface SigningKey {
  kid: string;
  /** Private RSA key as a JWK (kty, n, e, d, p, q, dp, dq, qi, kid, alg, use). */
  jwk: JWK;
}

export interface PublicJwks {
  keys: JWK[];
}

/** Outcome of checking a compact JWS: the decoded payload, or why it cannot be trusted. */
export type JwtCheck =
  | { ok: true; kid: string; payload: JWTPayload }
  | { ok: false; reason: 'malformed' | 'signature'; payload?: JWTPayload };

const privateKeys = new Map<string, KeyObject>();
const publicKeys = new Map<string, KeyObject>();

export function generateSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(16).toString('base64url');
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  return { kid, jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}

export function publicJwks(...keys: SigningKey[]): PublicJwks {
  return {
    keys: keys.map(({ kid, jwk }) => ({ kty: 'RSA', use: 'sig', alg: 'RS256', kid, n: jwk.n, e: jwk.e })),
  };
}

/** Node key objects are cached by kid and modulus: importing a JWK costs more than a signature. */
function keyObject(
  cache: Map<string, KeyObject>,
  key: SigningKey,
  make: (input: JsonWebKeyInput) => KeyObject,
): KeyObject {
  const cacheKey = `${key.kid}.${key.jwk.n ?? ''}`;
  let object = cache.get(cacheKey);
  if (!object) {
    object = make({ key: key.jwk, format: 'jwk' });
    cache.set(cacheKey, object);
  }
  return object;
}

export async function signJwt(key: SigningKey, payload: JWTPayload): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .sign(keyObject(privateKeys, key, createPrivateKey));
}

function decode(
  token: string,
): { kid: string | undefined; alg: string | undefined; payload: JWTPayload } | undefined {
  try {
    const header = decodeProtectedHeader(token);
    return { kid: header.kid, alg: header.alg, payload: decodeJwt(token) };
  } catch {
    return undefined;
  }
}

/**
 * Checks a compact JWS against the given keys (by kid, RS256 only). Synchronous, so ARM authentication needs no await.
 * Time claims are not checked here: callers word expiry their own way (Entra and ARM differ).
 */
export function verifyJwt(token: string, keys: readonly SigningKey[]): JwtCheck {
  const decoded = decode(token);
  const parts = token.split('.');
  if (!decoded || parts.length !== 3) return { ok: false, reason: 'malformed' };
  const key = keys.find((candidate) => candidate.kid === decoded.kid);
  if (decoded.alg !== 'RS256' || !key) return { ok: false, reason: 'signature', payload: decoded.payload };
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${parts[0] ?? ''}.${parts[1] ?? ''}`),
    keyObject(publicKeys, key, createPublicKey),
    Buffer.from(parts[2] ?? '', 'base64url'),
  );
  return valid
    ? { ok: true, kid: key.kid, payload: decoded.payload }
    : { ok: false, reason: 'signature', payload: decoded.payload };
}
