/**
 * Authorization of scoring requests by the endpoint's authMode, as the service does it: `Key` takes the primary or
 * secondary key, `AMLToken` a token from the endpoint's token route (HS256, audience the scoring URI, expiring),
 * `AADToken` an Entra token for https://ml.azure.com whose identity may score in the workspace. Anything else is 401.
 */
import { timingSafeEqual } from 'node:crypto';
import { errors, jwtVerify } from 'jose';
import { AML_TOKEN_ISSUER } from '../arm/endpoint-auth-routes.js';
import type { StoredResource } from '../arm/arm-state.js';
import { propertiesOf } from '../arm/resource-store.js';
import type { EmulatorContext, EmuRequest, EmuResponse } from '../http-types.js';
import { bearerToken } from '../identity/access-token.js';
import { authorizeWorkspace } from '../identity/arm-auth.js';
import { verifyMlToken } from '../identity/scoring-auth.js';

const SCORE_ACTION = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/score/action';

function unauthorized(code: string, detail: string): EmuResponse {
  return {
    status: 401,
    headers: {
      'WWW-Authenticate': `Bearer error="invalid_token", error_description="${detail.replace(/"/g, "'")}"`,
    },
    body: code,
  };
}

function sameSecret(given: string, expected: string | undefined): boolean {
  if (expected === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Undefined when the request may score on this endpoint; else the 401 to answer. Sets req.principal for AAD. */
export async function authorizeScoring(
  req: EmuRequest,
  ctx: EmulatorContext,
  endpoint: StoredResource,
  workspaceName: string,
): Promise<EmuResponse | undefined> {
  const mode = String(propertiesOf(endpoint).authMode);
  const token = bearerToken(req.headers.authorization);
  const prefix = { Key: 'key', AMLToken: 'aml_token', AADToken: 'aad' }[mode] ?? 'key';
  const denied = `${prefix}_auth_access_denied`;
  if (typeof token !== 'string') {
    return unauthorized(
      denied,
      `Send 'Authorization: Bearer <${mode === 'Key' ? 'key' : 'token'}>' (authMode ${mode}).`,
    );
  }
  switch (mode) {
    case 'Key':
      return sameSecret(token, endpoint.secrets?.primaryKey) ||
        sameSecret(token, endpoint.secrets?.secondaryKey)
        ? undefined
        : unauthorized(
            denied,
            'The key is neither the primary nor the secondary key of this endpoint (listKeys).',
          );
    case 'AMLToken':
      return verifyAmlToken(token, ctx, endpoint, denied);
    case 'AADToken': {
      const check = verifyMlToken(req, ctx);
      if (!check.ok) {
        const detail =
          check.failure.kind === 'expired'
            ? `The token expired at ${check.failure.expiresAt.toISOString()}.`
            : `The token is not a valid Entra token for https://ml.azure.com (${check.failure.kind}).`;
        return unauthorized(check.failure.kind === 'expired' ? 'aad_token_expired' : denied, detail);
      }
      req.principal = check.principal;
      const forbidden = authorizeWorkspace(check.principal, workspaceName, 'write', ctx, {
        action: SCORE_ACTION,
        scope: endpoint.id,
      });
      return forbidden === undefined
        ? undefined
        : unauthorized(
            denied,
            `Identity '${check.principal.name}' may not perform ${SCORE_ACTION} on this endpoint.`,
          );
    }
    default:
      return unauthorized(denied, `authMode '${mode}' is not one the emulator serves.`);
  }
}

async function verifyAmlToken(
  token: string,
  ctx: EmulatorContext,
  endpoint: StoredResource,
  denied: string,
): Promise<EmuResponse | undefined> {
  try {
    const { payload } = await jwtVerify(token, Buffer.from(ctx.state.arm.endpointTokenKey, 'base64url'), {
      issuer: AML_TOKEN_ISSUER,
      audience: String(propertiesOf(endpoint).scoringUri),
      currentDate: ctx.now(),
      algorithms: ['HS256'],
    });
    if (String(payload.endpoint).toLowerCase() !== endpoint.id.toLowerCase()) {
      return unauthorized(denied, 'The token was issued for another endpoint.');
    }
    return undefined;
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      return unauthorized(
        'aml_token_expired',
        "The token expired: get a new one from the endpoint's token route.",
      );
    }
    if (error instanceof errors.JOSEError) {
      return unauthorized(denied, `The token is not an AML token of this endpoint (${error.code}).`);
    }
    throw error;
  }
}
