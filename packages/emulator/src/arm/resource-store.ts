/** Reading and writing resources in ArmState: keyed by lower-cased id, listed by parent in creation order. */
import type { EmulatorContext, EmuResponse } from '../http-types.js';
import { isResponse } from './arm-errors.js';
import { stringMap } from './request-checks.js';
import type { ArmState, JsonObject, ResourceKind, StoredResource } from './arm-state.js';
import { RESOURCE_TYPES, lastSegment } from './resource-ids.js';

export function getResource(state: ArmState, id: string, kind: ResourceKind): StoredResource | undefined {
  const found = state.resources[id.toLowerCase()];
  return found?.kind === kind ? found : undefined;
}

export function childrenOf(state: ArmState, parentId: string, kind: ResourceKind): StoredResource[] {
  const parent = parentId.toLowerCase();
  return Object.values(state.resources)
    .filter((r) => r.kind === kind && r.parentId === parent)
    .sort((a, b) => a.seq - b.seq);
}

/** The ARM envelope common to every resource: id, name, type, systemData (created/modified by the caller). */
export function envelope(
  id: string,
  kind: ResourceKind,
  existing: StoredResource | undefined,
  ctx: EmulatorContext,
  actor: string,
): JsonObject {
  const now = ctx.now().toISOString();
  const previous = existing?.body.systemData as JsonObject | undefined;
  return {
    id: existing?.id ?? id,
    name: lastSegment(existing?.id ?? id),
    type: RESOURCE_TYPES[kind],
    systemData: {
      createdAt: previous?.createdAt ?? now,
      createdBy: previous?.createdBy ?? actor,
      createdByType: 'Application',
      lastModifiedAt: now,
      lastModifiedBy: actor,
      lastModifiedByType: 'Application',
    },
  };
}

/** Stores a resource (keeping its creation order when it already existed) and returns it. */
export function saveResource(
  state: ArmState,
  kind: ResourceKind,
  parentId: string,
  body: JsonObject,
  existing: StoredResource | undefined,
): StoredResource {
  const id = String(body.id);
  let seq = existing?.seq;
  if (seq === undefined) {
    state.sequence += 1;
    seq = state.sequence;
  }
  const stored: StoredResource = { ...existing, kind, id, parentId: parentId.toLowerCase(), body, seq };
  state.resources[id.toLowerCase()] = stored;
  return stored;
}

/** Removes a resource and everything under it (deployments of an endpoint, versions of a container). */
export function removeResource(state: ArmState, id: string): void {
  const key = id.toLowerCase();
  for (const other of Object.keys(state.resources)) {
    if (other === key || other.startsWith(`${key}/`)) Reflect.deleteProperty(state.resources, other);
  }
}

export function propertiesOf(resource: StoredResource): JsonObject {
  return resource.body.properties as JsonObject;
}

/** PATCH of `tags` (when the body has them); the 400 for a bad map. */
export function patchTags(resource: StoredResource, body: JsonObject): EmuResponse | undefined {
  if (body.tags === undefined) return undefined;
  const tags = stringMap(body.tags, 'tags');
  if (isResponse(tags)) return tags;
  resource.body.tags = tags;
  return undefined;
}
