/** ARM's gate: bearer token authentication (401s as ARM words them) and workspace role checks (403 AuthorizationFailed). */
import type { HttpMethod, EmuRequest, EmuResponse, EmulatorContext, Principal } from '../http-types.js';
import { bearerToken, verifyAccessToken } from './access-token.js';
import type { TokenFailure } from './access-token.js';
import { armAudiences, authorityIssuer, authorityUrl } from './identity-urls.js';

const PROVIDER = 'Microsoft.MachineLearningServices';

/** The RBAC action a request needs and the scope ARM names in AuthorizationFailed. */
export interface ArmPermission {
  action: string;
  scope: string;
}

interface ArmAuthFailure {
  code: string;
  message: string;
  /** error_description of the WWW-Authenticate challenge. */
  challenge: string;
}

/** "6/15/2026 8:22:51 AM": ARM's wording of UTC times in ExpiredAuthenticationToken. */
function armUtcTime(date: Date): string {
  const hours = date.getUTCHours();
  const pad = (value: number): string => String(value).padStart(2, '0');
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${clock} ${hours < 12 ? 'AM' : 'PM'}`;
}

function tokenFailure(failure: TokenFailure, ctx: EmulatorContext): ArmAuthFailure {
  switch (failure.kind) {
    case 'malformed':
      return {
        code: 'InvalidAuthenticationToken',
        message: 'The access token is invalid.',
        challenge: 'The access token is invalid.',
      };
    case 'signature':
      return {
        code: 'InvalidAuthenticationToken',
        message: 'The access token is invalid. Its signature could not be validated.',
        challenge: 'The access token signature is invalid.',
      };
    case 'issuer': {
      const message = `The access token is from the wrong issuer '${failure.issuer}'. It must match the tenant '${authorityIssuer(ctx)}' associated with this subscription. Please use the authority (URL) '${authorityUrl(ctx)}' to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.`;
      return { code: 'InvalidAuthenticationTokenTenant', message, challenge: message };
    }
    case 'audience': {
      const allowed = armAudiences(ctx)
        .map((audience) => `'${audience}'`)
        .join(',');
      const message = `The access token has been obtained for wrong audience or resource '${failure.audience}'. It should exactly match with one of the allowed audiences ${allowed}.`;
      return { code: 'InvalidAuthenticationTokenAudience', message, challenge: message };
    }
    case 'expired': {
      const message = `The access token expiry UTC time '${armUtcTime(failure.expiresAt)}' is earlier than current UTC time '${armUtcTime(ctx.now())}'.`;
      return { code: 'ExpiredAuthenticationToken', message, challenge: 'The access token has expired.' };
    }
    case 'not-yet-valid': {
      const message = `The access token is not yet valid: it is valid from UTC time '${armUtcTime(failure.notBefore)}', later than current UTC time '${armUtcTime(ctx.now())}'.`;
      return { code: 'InvalidAuthenticationToken', message, challenge: message };
    }
  }
}

function unauthorized(failure: ArmAuthFailure, ctx: EmulatorContext): EmuResponse {
  const challenge = failure.challenge.replace(/"/g, "'");
  return {
    status: 401,
    headers: {
      'WWW-Authenticate': `Bearer authorization_uri="${authorityUrl(ctx)}", error="invalid_token", error_description="${challenge}"`,
      'x-ms-failure-cause': 'gateway',
    },
    body: { error: { code: failure.code, message: failure.message } },
  };
}

/** Verifies the request's bearer token for the ARM audience: the caller's Principal, or the 401 ARM answers. */
export function authenticateArm(req: EmuRequest, ctx: EmulatorContext): Principal | EmuResponse {
  const token = bearerToken(req.headers.authorization);
  if (token === undefined) {
    return unauthorized(
      {
        code: 'AuthenticationFailed',
        message: "Authentication failed. The 'Authorization' header is missing.",
        challenge: "The authentication failed because of missing 'Authorization' header.",
      },
      ctx,
    );
  }
  if (token === null) {
    const message = "Authentication failed. The 'Authorization' header is provided in an invalid format.";
    return unauthorized({ code: 'AuthenticationFailed', message, challenge: message }, ctx);
  }
  const checked = verifyAccessToken(ctx, token, armAudiences(ctx));
  return checked.ok ? checked.principal : unauthorized(tokenFailure(checked.failure, ctx), ctx);
}

function workspaceScope(ctx: EmulatorContext, workspaceName: string): string {
  const { subscriptionId, resourceGroup } = ctx.state.config;
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${PROVIDER}/workspaces/${workspaceName}`;
}

/**
 * The RBAC action and scope of an ARM request, derived from its method and path the way ARM does:
 * resource types joined after the provider, then read/write/delete, or `<name>/action` for a POST action.
 */
export function armPermission(method: HttpMethod, path: string): ArmPermission {
  const segments = path.split('/').filter((segment) => segment !== '');
  const providerIndex = segments.findIndex((segment) => segment.toLowerCase() === 'providers');
  const namespace = segments[providerIndex + 1] ?? PROVIDER;
  const rest = segments.slice(providerIndex + 2);
  const types = rest.filter((_, index) => index % 2 === 0);
  const endsOnName = rest.length % 2 === 0;
  const postAction = method === 'POST' && !endsOnName ? types.pop() : undefined;
  const scopeLength = providerIndex + 2 + (endsOnName ? rest.length : rest.length - 1);
  const verb =
    postAction !== undefined
      ? `${postAction}/action`
      : { GET: 'read', HEAD: 'read', PUT: 'write', PATCH: 'write', POST: 'write', DELETE: 'delete' }[method];
  return {
    action: [namespace, ...types, verb].join('/'),
    scope: `/${segments.slice(0, scopeLength).join('/')}`,
  };
}

/**
 * Role check on a workspace: readers may read, writers may read and write. Undefined when allowed, else the 403
 * AuthorizationFailed ARM answers. `permission` names the exact action and scope (see armPermission); without it
 * the workspace's own read/write action is named.
 */
export function authorizeWorkspace(
  principal: Principal,
  workspaceName: string,
  access: 'read' | 'write',
  ctx: EmulatorContext,
  permission?: ArmPermission,
): EmuResponse | undefined {
  const identity = ctx.state.config.identities.find((candidate) => candidate.clientId === principal.clientId);
  const role = Object.entries(identity?.roles ?? {}).find(
    ([workspace]) => workspace.toLowerCase() === workspaceName.toLowerCase(),
  )?.[1];
  if (role === 'writer' || (role === 'reader' && access === 'read')) return undefined;
  const action = permission?.action ?? `${PROVIDER}/workspaces/${access}`;
  const scope = permission?.scope ?? workspaceScope(ctx, workspaceName);
  return {
    status: 403,
    headers: { 'x-ms-failure-cause': 'gateway' },
    body: {
      error: {
        code: 'AuthorizationFailed',
        message: `The client '${principal.objectId}' with object id '${principal.objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      },
    },
  };
}
