/**
 * Signing keys kept as plain JWKs (so the state stays JSON), with signing (jose) and synchronous verification. The
 * GitHub OIDC issuer signs with RS256 as GitHub does; the Entra authority's access tokens use ES256 (P-256), which no
 * client checks (MSAL does not verify access tokens) and which, unlike RSA, costs nothing to generate at start-up.
 */
import { createPrivateKey, createPublicKey, generateKeyPair, randomBytes, verify } from 'node:crypto';
import type { JsonWebKeyInput, KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import type { JWK, JWTPayload } from 'jose';

export type SigningAlgorithm = 'RS256' | 'ES256';

export interface SigningKey {
  kid: string;
  /** Private key as a JWK (kty, the key's parameters, kid, alg, use); alg is the algorithm it signs with. */
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
const generatePair = promisify(generateKeyPair);

/** A new key; asynchronous, so an RSA key (~100-200 ms of CPU) is made on the thread pool, not the event loop. */
export async function generateSigningKey(alg: SigningAlgorithm): Promise<SigningKey> {
  const { privateKey } =
    alg === 'RS256'
      ? await generatePair('rsa', { modulusLength: 2048 })
      : await generatePair('ec', { namedCurve: 'P-256' });
  const kid = randomBytes(16).toString('base64url');
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  return { kid, jwk: { ...jwk, kid, alg, use: 'sig' } };
}

/** The algorithm a key signs with (states saved before ES256 keys existed hold RS256 keys). */
function algorithmOf(key: SigningKey): SigningAlgorithm {
  return key.jwk.alg === 'ES256' ? 'ES256' : 'RS256';
}

export function publicJwks(...keys: SigningKey[]): PublicJwks {
  return {
    keys: keys.map((key) => {
      const { kty, n, e, crv, x, y } = key.jwk;
      const material = kty === 'EC' ? { kty, crv, x, y } : { kty: 'RSA', n, e };
      return { ...material, use: 'sig', alg: algorithmOf(key), kid: key.kid };
    }),
  };
}

/** Node key objects are cached by kid and modulus: importing a JWK costs more than a signature. */
function keyObject(
  cache: Map<string, KeyObject>,
  key: SigningKey,
  make: (input: JsonWebKeyInput) => KeyObject,
): KeyObject {
  const cacheKey = `${key.kid}.${key.jwk.n ?? key.jwk.x ?? ''}`;
  let object = cache.get(cacheKey);
  if (!object) {
    object = make({ key: key.jwk, format: 'jwk' });
    cache.set(cacheKey, object);
  }
  return object;
}

export async function signJwt(key: SigningKey, payload: JWTPayload): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: algorithmOf(key), typ: 'JWT', kid: key.kid })
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
 * Checks a compact JWS against the given keys (by kid, in the key's own algorithm). Synchronous, so ARM authentication needs no await.
 * Time claims are not checked here: callers word expiry their own way (Entra and ARM differ).
 */
export function verifyJwt(token: string, keys: readonly SigningKey[]): JwtCheck {
  const decoded = decode(token);
  const parts = token.split('.');
  if (!decoded || parts.length !== 3) return { ok: false, reason: 'malformed' };
  const key = keys.find((candidate) => candidate.kid === decoded.kid);
  if (!key || decoded.alg !== algorithmOf(key)) {
    return { ok: false, reason: 'signature', payload: decoded.payload };
  }
  const publicKey = keyObject(publicKeys, key, createPublicKey);
  const valid = verify(
    'sha256',
    Buffer.from(`${parts[0] ?? ''}.${parts[1] ?? ''}`),
    // JWS carries ECDSA signatures as r||s (IEEE P1363), not DER.
    decoded.alg === 'ES256' ? { key: publicKey, dsaEncoding: 'ieee-p1363' } : publicKey,
    Buffer.from(parts[2] ?? '', 'base64url'),
  );
  return valid
    ? { ok: true, kid: key.kid, payload: decoded.payload }
    : { ok: false, reason: 'signature', payload: decoded.payload };
}
