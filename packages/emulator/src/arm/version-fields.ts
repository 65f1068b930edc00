/**
 * Fields that exist only from api-version 2024-04-01 on. Requests at 2022-10-01 cannot set them (the service
 * ignores unknown properties) and responses at 2022-10-01 do not show them.
 */
import type { JsonObject, ResourceKind, StoredResource } from './arm-state.js';
import { type ApiVersion, isAtLeast2024 } from './api-versions.js';
import { isObject } from './request-checks.js';

const NEWER_PROPERTIES: Partial<Record<ResourceKind, readonly string[]>> = {
  onlineEndpoint: ['mirrorTraffic'],
  onlineDeployment: ['dataCollector'],
  modelContainer: ['provisioningState'],
  modelVersion: ['provisioningState', 'stage'],
  codeContainer: ['provisioningState'],
  codeVersion: ['provisioningState'],
  environmentContainer: ['provisioningState'],
  environmentVersion: ['provisioningState', 'stage'],
  job: ['queueSettings', 'notificationSetting'],
};

/** Removes, in place, the `properties` fields `kind` does not have at `apiVersion`. */
export function dropNewerProperties(
  kind: ResourceKind,
  properties: JsonObject,
  apiVersion: ApiVersion,
): void {
  if (isAtLeast2024(apiVersion)) return;
  for (const key of NEWER_PROPERTIES[kind] ?? []) Reflect.deleteProperty(properties, key);
  if (kind === 'job' && isObject(properties.services)) {
    for (const service of Object.values(properties.services)) {
      if (isObject(service)) delete service.nodes;
    }
  }
}

/** A resource as GET returns it at `apiVersion` (a deep copy, safe to hand out). */
export function present(resource: StoredResource, apiVersion: ApiVersion): JsonObject {
  const body = structuredClone(resource.body);
  if (isObject(body.properties)) dropNewerProperties(resource.kind, body.properties, apiVersion);
  return body;
}

/** On a 2022-10-01 update, newer fields the caller could not see are kept from the stored resource. */
export function keepNewerProperties(
  kind: ResourceKind,
  next: JsonObject,
  existing: StoredResource | undefined,
  apiVersion: ApiVersion,
): void {
  if (isAtLeast2024(apiVersion) || existing === undefined) return;
  const previous = existing.body.properties as JsonObject;
  for (const key of NEWER_PROPERTIES[kind] ?? []) {
    if (key !== 'provisioningState' && previous[key] !== undefined) next[key] = previous[key];
  }
}
