/** Model, code, environment and data containers and versions: create/update, get, list (paged, filtered), delete. */
import { isDeepStrictEqual } from 'node:util';
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { JsonObject, StoredResource } from './arm-state.js';
import { conflict, invalidValue, isResponse } from './arm-errors.js';
import { type ArmScope, armRoute } from './arm-route.js';
import { ASSET_FAMILIES, type AssetFamily } from './asset-families.js';
import { intParam, matchesListView, matchesMapFilter, pageOf } from './list-paging.js';
import { checkAssetName, optionalObject, checkStringMaps, withoutKeys } from './request-checks.js';
import { findOr404, getResponse, idIn } from './resource-lookup.js';
import {
  childrenOf,
  envelope,
  getResource,
  propertiesOf,
  removeResource,
  saveResource,
} from './resource-store.js';
import { dropNewerProperties, present } from './version-fields.js';
import { latestAndNext, orderVersions } from './version-order.js';

const READ_ONLY = ['provisioningState', 'latestVersion', 'nextVersion', 'environmentType'];

const containerPath = (f: AssetFamily, req: EmuRequest): string => `/${f.segment}/${req.params.name ?? ''}`;
const versionPath = (f: AssetFamily, req: EmuRequest): string =>
  `${containerPath(f, req)}/versions/${req.params.version ?? ''}`;

/** Body properties common to containers and versions: description, tags, properties, isArchived. */
function readProperties(
  req: EmuRequest,
  scope: ArmScope,
  family: AssetFamily,
  kind: 'container' | 'version',
): JsonObject | EmuResponse {
  const body = optionalObject(req.body, 'body');
  if (isResponse(body)) return body;
  const props = optionalObject(body.properties, 'properties');
  if (isResponse(props)) return props;
  const mapError = checkStringMaps(props, ['tags', 'properties'], 'properties.');
  if (mapError !== undefined) return mapError;
  if (props.isArchived !== undefined && typeof props.isArchived !== 'boolean') {
    return invalidValue('properties.isArchived', "'properties.isArchived' must be true or false.");
  }
  const clean = withoutKeys(props, READ_ONLY);
  dropNewerProperties(kind === 'container' ? family.container : family.version, clean, scope.apiVersion);
  return { isArchived: false, tags: {}, properties: {}, ...clean };
}

/** Recomputes a container's latestVersion/nextVersion after its versions changed. */
function refreshContainer(scope: ArmScope, family: AssetFamily, container: StoredResource): void {
  const { latest, next } = latestAndNext(childrenOf(scope.state, container.id, family.version));
  const props = propertiesOf(container);
  props.nextVersion = next;
  if (latest === undefined) delete props.latestVersion;
  else props.latestVersion = latest;
}

function saveContainer(
  ctx: EmulatorContext,
  scope: ArmScope,
  family: AssetFamily,
  relative: string,
  props: JsonObject,
  existing: StoredResource | undefined,
): StoredResource {
  const container = saveResource(
    scope.state,
    family.container,
    scope.workspaceId,
    {
      ...envelope(idIn(scope, relative), family.container, existing, ctx, scope.actor),
      properties: family.provisioned ? { ...props, provisioningState: 'Succeeded' } : props,
    },
    existing,
  );
  refreshContainer(scope, family, container);
  return container;
}

function putContainer(family: AssetFamily) {
  return (req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse => {
    const nameError = checkAssetName(req.params.name ?? '', family.noun);
    if (nameError !== undefined) return nameError;
    const common = readProperties(req, scope, family, 'container');
    if (isResponse(common)) return common;
    const props = family.prepareContainer(common);
    if (isResponse(props)) return props;
    const relative = containerPath(family, req);
    const existing = getResource(scope.state, idIn(scope, relative), family.container);
    const saved = saveContainer(ctx, scope, family, relative, props, existing);
    return { status: existing === undefined ? 201 : 200, body: present(saved, scope.apiVersion) };
  };
}

function putVersion(family: AssetFamily) {
  return (req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse => {
    const name = req.params.name ?? '';
    const version = req.params.version ?? '';
    const nameError = checkAssetName(name, family.noun);
    if (nameError !== undefined) return nameError;
    if (!/^[a-zA-Z0-9][a-zA-Z0-9.\-_]{0,49}$/.test(version)) {
      return invalidValue(
        'version',
        `The ${family.noun} version '${version}' is invalid: use letters, digits, '.', '-' and '_' (at most 50 characters), e.g. '1'.`,
      );
    }
    const common = readProperties(req, scope, family, 'version');
    if (isResponse(common)) return common;
    const props = family.prepareVersion({ isAnonymous: false, ...common });
    if (isResponse(props)) return props;
    const relative = versionPath(family, req);
    const existing = getResource(scope.state, idIn(scope, relative), family.version);
    if (existing !== undefined) {
      const before = propertiesOf(existing);
      const changed = family.immutable.find(
        (key) => props[key] !== undefined && !isDeepStrictEqual(props[key], before[key]),
      );
      if (changed !== undefined) {
        const next = latestAndNext(childrenOf(scope.state, existing.parentId, family.version)).next;
        return conflict(
          `${family.op} version '${name}:${version}' already exists and its '${changed}' cannot change: asset versions are immutable. Register a new version instead (next free version: '${next}').`,
          `properties.${changed}`,
        );
      }
    }
    const containerRelative = containerPath(family, req);
    let container = getResource(scope.state, idIn(scope, containerRelative), family.container);
    container ??= saveContainer(
      ctx,
      scope,
      family,
      containerRelative,
      { isArchived: false, tags: {}, properties: {}, ...family.containerFrom(props) },
      undefined,
    );
    const saved = saveResource(
      scope.state,
      family.version,
      container.id,
      {
        ...envelope(idIn(scope, relative), family.version, existing, ctx, scope.actor),
        properties: {
          ...(existing === undefined ? {} : propertiesOf(existing)),
          ...props,
          ...(family.provisioned ? { provisioningState: 'Succeeded' } : {}),
        },
      },
      existing,
    );
    refreshContainer(scope, family, container);
    return { status: existing === undefined ? 201 : 200, body: present(saved, scope.apiVersion) };
  };
}

function listContainers(family: AssetFamily) {
  return (req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse => {
    const view = req.url.searchParams.get('listViewType');
    const items = childrenOf(scope.state, scope.workspaceId, family.container)
      .filter((c) => matchesListView(propertiesOf(c), view))
      .map((c) => present(c, scope.apiVersion));
    return pageOf(req, ctx, items, intParam(req, ['count'], 0));
  };
}

function listVersions(family: AssetFamily) {
  return (req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse => {
    const q = req.url.searchParams;
    const container = findOr404(scope, family.container, containerPath(family, req), req.params.name ?? '');
    if (isResponse(container)) return container;
    const filtered = childrenOf(scope.state, container.id, family.version).filter((v) => {
      const p = propertiesOf(v);
      const wanted = q.get('version');
      const description = q.get('description');
      return (
        matchesListView(p, q.get('listViewType')) &&
        (wanted === null || wanted === String(v.body.name)) &&
        (description === null || description === p.description) &&
        matchesMapFilter(p.tags, q.get('tags') ?? q.get('$tags')) &&
        matchesMapFilter(p.properties, q.get('properties'))
      );
    });
    const ordered = orderVersions(filtered, q.get('$orderBy'));
    if (isResponse(ordered)) return ordered;
    const offset = intParam(req, ['offset'], 0);
    if (isResponse(offset)) return offset;
    const items = ordered.slice(offset).map((v) => present(v, scope.apiVersion));
    return pageOf(req, ctx, items, intParam(req, ['$top'], 0));
  };
}

function deleteContainer(family: AssetFamily) {
  return (req: EmuRequest, _ctx: EmulatorContext, scope: ArmScope): EmuResponse => {
    const existing = getResource(scope.state, idIn(scope, containerPath(family, req)), family.container);
    if (existing === undefined) return { status: 204 };
    removeResource(scope.state, existing.id);
    return { status: 200 };
  };
}

function deleteVersion(family: AssetFamily) {
  return (req: EmuRequest, _ctx: EmulatorContext, scope: ArmScope): EmuResponse => {
    const existing = getResource(scope.state, idIn(scope, versionPath(family, req)), family.version);
    if (existing === undefined) return { status: 204 };
    removeResource(scope.state, existing.id);
    const container = scope.state.resources[existing.parentId];
    if (container !== undefined) refreshContainer(scope, family, container);
    return { status: 200 };
  };
}

function familyRoutes(f: AssetFamily): Route[] {
  const containers = `/${f.segment}`;
  const container = `${containers}/:name`;
  const versions = `${container}/versions`;
  const version = `${versions}/:version`;
  return [
    armRoute({
      method: 'GET',
      path: containers,
      operationId: `${f.op}Containers_List`,
      access: 'read',
      handler: listContainers(f),
    }),
    armRoute({
      method: 'GET',
      path: container,
      operationId: `${f.op}Containers_Get`,
      access: 'read',
      handler: (req, _ctx, scope) =>
        getResponse(scope, f.container, containerPath(f, req), req.params.name ?? ''),
    }),
    armRoute({
      method: 'PUT',
      path: container,
      operationId: `${f.op}Containers_CreateOrUpdate`,
      access: 'write',
      handler: putContainer(f),
    }),
    armRoute({
      method: 'DELETE',
      path: container,
      operationId: `${f.op}Containers_Delete`,
      access: 'write',
      handler: deleteContainer(f),
    }),
    armRoute({
      method: 'GET',
      path: versions,
      operationId: `${f.op}Versions_List`,
      access: 'read',
      handler: listVersions(f),
    }),
    armRoute({
      method: 'GET',
      path: version,
      operationId: `${f.op}Versions_Get`,
      access: 'read',
      handler: (req, _ctx, scope) =>
        getResponse(
          scope,
          f.version,
          versionPath(f, req),
          `${req.params.name ?? ''}:${req.params.version ?? ''}`,
        ),
    }),
    armRoute({
      method: 'PUT',
      path: version,
      operationId: `${f.op}Versions_CreateOrUpdate`,
      access: 'write',
      handler: putVersion(f),
    }),
    armRoute({
      method: 'DELETE',
      path: version,
      operationId: `${f.op}Versions_Delete`,
      access: 'write',
      handler: deleteVersion(f),
    }),
  ];
}

export function assetRoutes(): Route[] {
  return ASSET_FAMILIES.flatMap(familyRoutes);
}
