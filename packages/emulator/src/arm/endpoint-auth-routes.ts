/**
 * Endpoint credentials: listKeys and regenerateKeys (LRO, Location) for authMode Key, token for authMode AMLToken.
 * Reading secrets needs more than Reader in Azure RBAC (they are POST actions), so these routes need 'write'.
 */
import { SignJWT } from 'jose';
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { StoredResource } from './arm-state.js';
import { armError, isResponse } from './arm-errors.js';
import { type ArmScope, armRoute } from './arm-route.js';
import { endpointPath, newEndpointKey } from './endpoint-routes.js';
import { accepted, checkNotBusy, startOperation } from './operations.js';
import { optionalObject, requireEnum } from './request-checks.js';
import { findOr404 } from './resource-lookup.js';
import { propertiesOf } from './resource-store.js';

/** Issuer of the AML tokens the scoring data plane accepts. */
export const AML_TOKEN_ISSUER = 'azureml-emulator';

function endpointWithAuth(
  req: EmuRequest,
  scope: ArmScope,
  mode: string,
  operation: string,
): StoredResource | EmuResponse {
  const endpoint = findOr404(scope, 'onlineEndpoint', endpointPath(req), req.params.endpointName ?? '');
  if (isResponse(endpoint)) return endpoint;
  const authMode = String(propertiesOf(endpoint).authMode);
  if (authMode !== mode) {
    return armError(
      400,
      'BadArgument',
      `${operation} is only available for endpoints with authMode '${mode}'; endpoint '${String(endpoint.body.name)}' uses '${authMode}'.`,
      'properties.authMode',
    );
  }
  return endpoint;
}

function listKeys(req: EmuRequest, _ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const endpoint = endpointWithAuth(req, scope, 'Key', 'listKeys');
  if (isResponse(endpoint)) return endpoint;
  return {
    status: 200,
    body: { primaryKey: endpoint.secrets?.primaryKey, secondaryKey: endpoint.secrets?.secondaryKey },
  };
}

function regenerateKeys(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const endpoint = endpointWithAuth(req, scope, 'Key', 'regenerateKeys');
  if (isResponse(endpoint)) return endpoint;
  const busy = checkNotBusy(scope, endpoint, 'Online endpoint');
  if (busy !== undefined) return busy;
  const body = optionalObject(req.body, 'body');
  if (isResponse(body)) return body;
  const keyType = requireEnum(body.keyType, ['Primary', 'Secondary'] as const, 'keyType');
  if (isResponse(keyType)) return keyType;
  if (
    body.keyValue !== undefined &&
    body.keyValue !== null &&
    (typeof body.keyValue !== 'string' || body.keyValue === '')
  ) {
    return armError(
      400,
      'BadArgument',
      "'keyValue' must be a non-empty string, or be left out to generate a key.",
      'keyValue',
    );
  }
  const value = typeof body.keyValue === 'string' ? body.keyValue : newEndpointKey();
  const pending = { [keyType === 'Primary' ? 'primaryKey' : 'secondaryKey']: value };
  return accepted(
    ctx,
    scope,
    startOperation(ctx, scope, endpoint, 'OnlineEndpoints_RegenerateKeys', 'regenerateKeys', pending),
  );
}

async function token(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): Promise<EmuResponse> {
  const endpoint = endpointWithAuth(req, scope, 'AMLToken', 'token');
  if (isResponse(endpoint)) return endpoint;
  const issuedAt = Math.floor(ctx.now().getTime() / 1000);
  const lifetime = scope.config.tokenLifetimeSeconds;
  const accessToken = await new SignJWT({ endpoint: endpoint.id })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(AML_TOKEN_ISSUER)
    .setAudience(String(propertiesOf(endpoint).scoringUri))
    .setSubject(req.principal?.objectId ?? 'emulator')
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .sign(Buffer.from(scope.state.endpointTokenKey, 'base64url'));
  return {
    status: 200,
    body: {
      accessToken,
      tokenType: 'Bearer',
      expiryTimeUtc: issuedAt + lifetime,
      refreshAfterTimeUtc: issuedAt + Math.floor(lifetime / 2),
    },
  };
}

export function endpointAuthRoutes(): Route[] {
  const base = {
    access: 'write' as const,
    method: 'POST' as const,
  };
  return [
    armRoute({
      ...base,
      path: '/onlineEndpoints/:endpointName/listKeys',
      operationId: 'OnlineEndpoints_ListKeys',
      handler: listKeys,
    }),
    armRoute({
      ...base,
      path: '/onlineEndpoints/:endpointName/regenerateKeys',
      operationId: 'OnlineEndpoints_RegenerateKeys',
      handler: regenerateKeys,
    }),
    armRoute({
      ...base,
      path: '/onlineEndpoints/:endpointName/token',
      operationId: 'OnlineEndpoints_GetToken',
      handler: token,
    }),
  ];
}
