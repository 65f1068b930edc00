/** Reading an online endpoint PUT body into the stored resource, with the service's checks and defaults. */
import type { EmulatorContext, EmuRequest, EmuResponse } from '../http-types.js';
import type { JsonObject, StoredResource } from './arm-state.js';
import { isAtLeast2024 } from './api-versions.js';
import { invalidValue, isResponse } from './arm-errors.js';
import type { ArmScope } from './arm-route.js';
import {
  isObject,
  optionalEnum,
  optionalObject,
  requireEnum,
  requireObject,
  requireString,
  checkStringMaps,
  stringMap,
  withoutKeys,
} from './request-checks.js';
import { childrenOf, envelope, propertiesOf } from './resource-store.js';
import { stableGuid } from './stable-ids.js';
import { checkMirrorTraffic, checkTraffic } from './traffic-rules.js';
import { keepNewerProperties } from './version-fields.js';

const AUTH_MODES = ['AMLToken', 'Key', 'AADToken'] as const;

/** Same region, ignoring case and spaces ('East US' = 'eastus'). */
export function sameLocation(a: string, b: string): boolean {
  return a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();
}

/** The location of a tracked resource under a workspace: required, and the workspace's region. */
export function readLocation(body: JsonObject, scope: ArmScope): string | EmuResponse {
  const location = requireString(
    body.location,
    'location',
    `Use the workspace's region '${scope.workspace.location}'.`,
  );
  if (isResponse(location)) return location;
  if (!sameLocation(location, scope.workspace.location)) {
    return invalidValue(
      'location',
      `Location '${location}' differs from the region of workspace '${scope.workspace.name}' ('${scope.workspace.location}'); use '${scope.workspace.location}'.`,
    );
  }
  return location;
}

/** identity as the service returns it: a system-assigned identity gets its principal and tenant ids. */
export function readIdentity(value: unknown, id: string, tenantId: string): JsonObject | EmuResponse {
  const identity = optionalObject(value, 'identity');
  if (isResponse(identity)) return identity;
  const type = optionalEnum(
    identity.type,
    ['None', 'SystemAssigned', 'UserAssigned', 'SystemAssigned,UserAssigned'] as const,
    'identity.type',
    'SystemAssigned',
  );
  if (isResponse(type)) return type;
  const result: JsonObject = { ...identity, type };
  if (type.startsWith('SystemAssigned'))
    Object.assign(result, { principalId: stableGuid('identity', id), tenantId });
  if (isObject(identity.userAssignedIdentities)) {
    result.userAssignedIdentities = Object.fromEntries(
      Object.keys(identity.userAssignedIdentities).map((uai) => [
        uai,
        { principalId: stableGuid('uai-principal', uai), clientId: stableGuid('uai-client', uai) },
      ]),
    );
  }
  return result;
}

export interface EndpointPut {
  body: JsonObject;
  /** Keys set initially by the request (properties.keys), never stored in the body. */
  keys?: { primaryKey?: string; secondaryKey?: string };
}

export function readEndpointPut(
  req: EmuRequest,
  ctx: EmulatorContext,
  scope: ArmScope,
  id: string,
  existing: StoredResource | undefined,
): EndpointPut | EmuResponse {
  const body = requireObject(req.body, 'body', 'Send {"location": ..., "properties": {"authMode": ...}}.');
  if (isResponse(body)) return body;
  const location = readLocation(body, scope);
  if (isResponse(location)) return location;
  const props = requireObject(body.properties, 'properties', 'An online endpoint needs properties.authMode.');
  if (isResponse(props)) return props;
  const authMode = requireEnum(props.authMode, AUTH_MODES, 'properties.authMode');
  if (isResponse(authMode)) return authMode;
  const publicNetworkAccess = optionalEnum(
    props.publicNetworkAccess,
    ['Enabled', 'Disabled'] as const,
    'properties.publicNetworkAccess',
    'Enabled',
  );
  if (isResponse(publicNetworkAccess)) return publicNetworkAccess;
  const mapError = checkStringMaps(props, ['properties'], 'properties.');
  if (mapError !== undefined) return mapError;
  const tags = stringMap(body.tags, 'tags');
  if (isResponse(tags)) return tags;
  const identity = readIdentity(body.identity, id, scope.config.tenantId);
  if (isResponse(identity)) return identity;
  const deployments = existing === undefined ? [] : childrenOf(scope.state, existing.id, 'onlineDeployment');
  const previous = existing === undefined ? {} : propertiesOf(existing);
  const traffic = checkTraffic(props.traffic ?? previous.traffic, deployments);
  if (isResponse(traffic)) return traffic;
  const next: JsonObject = {
    ...withoutKeys(props, ['keys', 'scoringUri', 'swaggerUri', 'provisioningState', 'mirrorTraffic']),
    authMode,
    publicNetworkAccess,
    traffic,
  };
  if (isAtLeast2024(scope.apiVersion)) {
    const mirror = checkMirrorTraffic(props.mirrorTraffic ?? previous.mirrorTraffic, traffic, deployments);
    if (isResponse(mirror)) return mirror;
    next.mirrorTraffic = mirror;
  } else {
    keepNewerProperties('onlineEndpoint', next, existing, scope.apiVersion);
  }
  const base = `${ctx.baseUrl}/endpoints/${encodeURIComponent(scope.workspace.name)}/${encodeURIComponent(existing === undefined ? (req.params.endpointName ?? '') : String(existing.body.name))}`;
  next.scoringUri = `${base}/score`;
  next.swaggerUri = `${base}/swagger.json`;
  next.provisioningState = existing === undefined ? 'Creating' : 'Updating';
  const result: EndpointPut = {
    body: {
      ...envelope(id, 'onlineEndpoint', existing, ctx, scope.actor),
      ...withoutKeys(body, ['id', 'name', 'type', 'systemData', 'properties']),
      location,
      tags,
      identity,
      properties: next,
    },
  };
  if (isObject(props.keys)) {
    const keys = stringMap(props.keys, 'properties.keys');
    if (isResponse(keys)) return keys;
    result.keys = keys;
  }
  return result;
}
