/** Online endpoints: create/update (LRO), get, list, patch (LRO), delete (LRO). Keys and tokens: endpoint-auth-routes. */
import { randomBytes } from 'node:crypto';
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { JsonObject, StoredResource } from './arm-state.js';
import { armError, isResponse } from './arm-errors.js';
import { type ArmScope, armRoute } from './arm-route.js';
import type { DeploymentRunner } from './deployment-runner.js';
import { readEndpointPut, readIdentity } from './endpoint-body.js';
import { checkNameFreeInRegion } from './endpoint-region-names.js';
import { intParam, matchesMapFilter, pageOf } from './list-paging.js';
import { accepted, checkNotBusy, startOperation, startPut } from './operations.js';
import { checkEndpointName, optionalObject } from './request-checks.js';
import { findOr404, getResponse, idIn } from './resource-lookup.js';
import { childrenOf, getResource, patchTags, propertiesOf, saveResource } from './resource-store.js';
import { present } from './version-fields.js';

export const endpointPath = (req: EmuRequest): string => `/onlineEndpoints/${req.params.endpointName ?? ''}`;

export function newEndpointKey(): string {
  return randomBytes(32).toString('base64url');
}

function createOrUpdate(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const name = req.params.endpointName ?? '';
  const nameError = checkEndpointName(name, 'endpoint');
  if (nameError !== undefined) return nameError;
  const id = idIn(scope, endpointPath(req));
  const existing = getResource(scope.state, id, 'onlineEndpoint');
  const busy = checkNotBusy(scope, existing, 'Online endpoint');
  if (busy !== undefined) return busy;
  const put = readEndpointPut(req, ctx, scope, id, existing);
  if (isResponse(put)) return put;
  const taken = existing === undefined ? checkNameFreeInRegion(scope, name) : undefined;
  if (taken !== undefined) return taken;
  const saved = saveResource(scope.state, 'onlineEndpoint', scope.workspaceId, put.body, existing);
  saved.secrets = {
    primaryKey: put.keys?.primaryKey ?? saved.secrets?.primaryKey ?? newEndpointKey(),
    secondaryKey: put.keys?.secondaryKey ?? saved.secrets?.secondaryKey ?? newEndpointKey(),
  };
  return startPut(ctx, scope, saved, 'OnlineEndpoints_CreateOrUpdate', existing === undefined);
}

const ORDERS: Record<string, (a: StoredResource, b: StoredResource) => number> = {
  createdatasc: (a, b) => a.seq - b.seq,
  createdatdesc: (a, b) => b.seq - a.seq,
  updatedatasc: (a, b) => updatedAt(a).localeCompare(updatedAt(b)),
  updatedatdesc: (a, b) => updatedAt(b).localeCompare(updatedAt(a)),
};

function updatedAt(r: StoredResource): string {
  return String((r.body.systemData as JsonObject).lastModifiedAt);
}

function list(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const q = req.url.searchParams;
  const order = ORDERS[(q.get('orderBy') ?? 'CreatedAtAsc').toLowerCase()];
  if (order === undefined) {
    return armError(
      400,
      'BadArgument',
      `'${q.get('orderBy') ?? ''}' is not a valid orderBy; use CreatedAtDesc, CreatedAtAsc, UpdatedAtDesc or UpdatedAtAsc.`,
      'orderBy',
    );
  }
  const name = q.get('name')?.toLowerCase();
  const items = childrenOf(scope.state, scope.workspaceId, 'onlineEndpoint')
    .filter((e) => {
      const p = propertiesOf(e);
      return (
        (name === undefined || String(e.body.name).toLowerCase() === name) &&
        matchesMapFilter(e.body.tags, q.get('tags')) &&
        matchesMapFilter(p.properties, q.get('properties'))
      );
    })
    .sort(order)
    .map((e) => present(e, scope.apiVersion));
  return pageOf(req, ctx, items, intParam(req, ['count'], 0));
}

function update(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const found = findOr404(scope, 'onlineEndpoint', endpointPath(req), req.params.endpointName ?? '');
  if (isResponse(found)) return found;
  const busy = checkNotBusy(scope, found, 'Online endpoint');
  if (busy !== undefined) return busy;
  const body = optionalObject(req.body, 'body');
  if (isResponse(body)) return body;
  const tagError = patchTags(found, body);
  if (tagError !== undefined) return tagError;
  if (body.identity !== undefined) {
    const identity = readIdentity(body.identity, found.id, scope.config.tenantId);
    if (isResponse(identity)) return identity;
    found.body.identity = identity;
  }
  propertiesOf(found).provisioningState = 'Updating';
  return accepted(ctx, scope, startOperation(ctx, scope, found, 'OnlineEndpoints_Update', 'patch'));
}

function remove(
  req: EmuRequest,
  ctx: EmulatorContext,
  scope: ArmScope,
  runner: DeploymentRunner | undefined,
): EmuResponse {
  const existing = getResource(scope.state, idIn(scope, endpointPath(req)), 'onlineEndpoint');
  if (existing === undefined) return { status: 204 };
  const busy = checkNotBusy(scope, existing, 'Online endpoint');
  if (busy !== undefined) return busy;
  for (const deployment of childrenOf(scope.state, existing.id, 'onlineDeployment')) {
    const deploymentBusy = checkNotBusy(scope, deployment, 'Online deployment');
    if (deploymentBusy !== undefined) return deploymentBusy;
  }
  propertiesOf(existing).provisioningState = 'Deleting';
  runner?.stop(existing.id);
  return accepted(ctx, scope, startOperation(ctx, scope, existing, 'OnlineEndpoints_Delete', 'delete'));
}

export function endpointRoutes(runner?: DeploymentRunner): Route[] {
  const one = '/onlineEndpoints/:endpointName';
  return [
    armRoute({
      method: 'GET',
      path: '/onlineEndpoints',
      operationId: 'OnlineEndpoints_List',
      access: 'read',
      handler: list,
    }),
    armRoute({
      method: 'GET',
      path: one,
      operationId: 'OnlineEndpoints_Get',
      access: 'read',
      handler: (req, _ctx, scope) =>
        getResponse(scope, 'onlineEndpoint', endpointPath(req), req.params.endpointName ?? ''),
    }),
    armRoute({
      method: 'PUT',
      path: one,
      operationId: 'OnlineEndpoints_CreateOrUpdate',
      access: 'write',
      handler: createOrUpdate,
    }),
    armRoute({
      method: 'PATCH',
      path: one,
      operationId: 'OnlineEndpoints_Update',
      access: 'write',
      handler: update,
    }),
    armRoute({
      method: 'DELETE',
      path: one,
      operationId: 'OnlineEndpoints_Delete',
      access: 'write',
      handler: (req, ctx, scope) => remove(req, ctx, scope, runner),
    }),
  ];
}
