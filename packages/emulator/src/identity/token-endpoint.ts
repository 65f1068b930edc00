/** POST /{tenant}/oauth2/v2.0/token: the client-credentials grant with a client secret or a federated client assertion. */
import { timingSafeEqual } from 'node:crypto';
import type { IdentityConfig } from '../config.js';
import type { EmuRequest, EmuResponse, EmulatorContext } from '../http-types.js';
import { issueAccessToken } from './access-token.js';
import type { ClientAuthMethod } from './access-token.js';
import { entraError, missingParameter, unknownTenant } from './entra-errors.js';
import type { EntraFailure } from './entra-errors.js';
import { checkClientAssertion } from './federated-credential.js';
import { knownResources, sameResource } from './identity-urls.js';

export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const DEFAULT_SUFFIX = '/.default';
/** Scopes MSAL may add to any request; they do not name a resource. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

interface TokenGrant {
  identity: IdentityConfig;
  audience: string;
  method: ClientAuthMethod;
}

function audienceOf(scope: string, ctx: EmulatorContext): string | EntraFailure {
  const scopes = scope.split(/\s+/).filter((value) => value !== '' && !OIDC_SCOPES.has(value.toLowerCase()));
  const requested = scopes[0];
  if (scopes.length !== 1 || !requested?.endsWith(DEFAULT_SUFFIX)) {
    return {
      status: 400,
      error: 'invalid_scope',
      code: 1002012,
      description: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    };
  }
  const resource = requested.slice(0, -DEFAULT_SUFFIX.length);
  if (!knownResources(ctx).some((known) => sameResource(known, resource))) {
    return {
      status: 400,
      error: 'invalid_resource',
      code: 500011,
      description: `The resource principal named ${resource} was not found in the tenant named ${ctx.state.config.tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    };
  }
  return resource;
}

function secretMatches(expected: string | undefined, presented: string): boolean {
  if (expected === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

function authenticateClient(
  form: URLSearchParams,
  identity: IdentityConfig,
  ctx: EmulatorContext,
): ClientAuthMethod | EntraFailure {
  const assertion = form.get('client_assertion');
  const secret = form.get('client_secret');
  if (assertion !== null) {
    if (form.get('client_assertion_type') !== JWT_BEARER_ASSERTION) {
      return {
        ...missingParameter('client_assertion_type'),
        description: `The request body must contain the following parameter: 'client_assertion_type' with the value '${JWT_BEARER_ASSERTION}'.`,
      };
    }
    return checkClientAssertion(ctx, identity, assertion) ?? 'assertion';
  }
  if (secret !== null) {
    if (secretMatches(identity.clientSecret, secret)) return 'secret';
    return {
      status: 401,
      error: 'invalid_client',
      code: 7000215,
      description: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${identity.clientId}'.`,
    };
  }
  return {
    status: 401,
    error: 'invalid_client',
    code: 7000218,
    description:
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  };
}

function checkTokenRequest(form: URLSearchParams, ctx: EmulatorContext): TokenGrant | EntraFailure {
  const grantType = form.get('grant_type');
  if (!grantType) return missingParameter('grant_type');
  if (grantType !== 'client_credentials') {
    return {
      status: 400,
      error: 'unsupported_grant_type',
      code: 70003,
      description: `The app requested an unsupported grant type '${grantType}'.`,
    };
  }
  const clientId = form.get('client_id');
  if (!clientId) return missingParameter('client_id');
  const identity = ctx.state.config.identities.find((candidate) => candidate.clientId === clientId);
  if (!identity) {
    return {
      status: 400,
      error: 'unauthorized_client',
      code: 700016,
      description: `Application with identifier '${clientId}' was not found in the directory '${ctx.state.config.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    };
  }
  const scope = form.get('scope');
  if (!scope) return missingParameter('scope');
  const audience = audienceOf(scope, ctx);
  if (typeof audience !== 'string') return audience;
  const method = authenticateClient(form, identity, ctx);
  return typeof method === 'string' ? { identity, audience, method } : method;
}

export async function tokenEndpoint(req: EmuRequest, ctx: EmulatorContext): Promise<EmuResponse> {
  const tenantError = unknownTenant(req, ctx);
  if (tenantError) return tenantError;
  const grant = checkTokenRequest(new URLSearchParams(req.rawBody.toString('utf8')), ctx);
  if ('error' in grant) return entraError(req, ctx, grant);
  const { accessToken, expiresIn } = await issueAccessToken(
    ctx,
    grant.identity,
    grant.audience,
    grant.method,
  );
  return {
    status: 200,
    headers: { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' },
    body: {
      token_type: 'Bearer',
      expires_in: expiresIn,
      ext_expires_in: expiresIn,
      access_token: accessToken,
    },
  };
}
