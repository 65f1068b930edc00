/** Online deployments: create/update (LRO), get, list, patch (LRO), delete (LRO), getLogs, skus. */
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { StoredResource } from './arm-state.js';
import { conflict, invalidValue, isResponse } from './arm-errors.js';
import { type ArmScope, armRoute } from './arm-route.js';
import { readDeploymentPut, readSku } from './deployment-body.js';
import { awaitProvisioning, type DeploymentRunner } from './deployment-runner.js';
import { tailLines } from './deployment-logs.js';
import { endpointPath } from './endpoint-routes.js';
import { intParam, pageOf } from './list-paging.js';
import { accepted, checkNotBusy, startOperation, startPut } from './operations.js';
import { checkEndpointName, optionalEnum, optionalObject } from './request-checks.js';
import { findOr404, idIn } from './resource-lookup.js';
import { childrenOf, getResource, patchTags, propertiesOf, saveResource } from './resource-store.js';
import { trafficOf } from './traffic-rules.js';
import { present } from './version-fields.js';
import { orderVersions } from './version-order.js';

const deploymentPath = (req: EmuRequest): string =>
  `${endpointPath(req)}/deployments/${req.params.deploymentName ?? ''}`;

function endpointOf(req: EmuRequest, scope: ArmScope): StoredResource | EmuResponse {
  return findOr404(scope, 'onlineEndpoint', endpointPath(req), req.params.endpointName ?? '');
}

function deploymentOf(req: EmuRequest, scope: ArmScope): StoredResource | EmuResponse {
  const endpoint = endpointOf(req, scope);
  if (isResponse(endpoint)) return endpoint;
  return findOr404(
    scope,
    'onlineDeployment',
    deploymentPath(req),
    `${String(endpoint.body.name)}/${req.params.deploymentName ?? ''}`,
  );
}

/** Hands a deployment whose create/update/scale just started to the runner, which reports when it is up. */
function provision(
  runner: DeploymentRunner | undefined,
  ctx: EmulatorContext,
  scope: ArmScope,
  deployment: StoredResource,
): void {
  if (runner === undefined) return;
  awaitProvisioning(scope.state, deployment);
  runner.provision(deployment.id, ctx);
}

function createOrUpdate(
  req: EmuRequest,
  ctx: EmulatorContext,
  scope: ArmScope,
  runner: DeploymentRunner | undefined,
): EmuResponse {
  const endpoint = endpointOf(req, scope);
  if (isResponse(endpoint)) return endpoint;
  const nameError = checkEndpointName(req.params.deploymentName ?? '', 'deployment');
  if (nameError !== undefined) return nameError;
  const endpointState = String(propertiesOf(endpoint).provisioningState);
  if (endpointState === 'Creating' || endpointState === 'Deleting') {
    return conflict(
      `Online endpoint '${String(endpoint.body.name)}' is ${endpointState.toLowerCase()}; wait until it has provisioned before adding deployments.`,
    );
  }
  const id = idIn(scope, deploymentPath(req));
  const existing = getResource(scope.state, id, 'onlineDeployment');
  const busy = checkNotBusy(scope, existing, 'Online deployment');
  if (busy !== undefined) return busy;
  const body = readDeploymentPut(req, ctx, scope, id, existing);
  if (isResponse(body)) return body;
  const saved = saveResource(scope.state, 'onlineDeployment', endpoint.id, body, existing);
  const response = startPut(ctx, scope, saved, 'OnlineDeployments_CreateOrUpdate', existing === undefined);
  provision(runner, ctx, scope, saved);
  return response;
}

function list(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const endpoint = endpointOf(req, scope);
  if (isResponse(endpoint)) return endpoint;
  const orderBy = req.url.searchParams.get('$orderBy');
  const all = childrenOf(scope.state, endpoint.id, 'onlineDeployment');
  const ordered = orderBy === null ? all : orderVersions(all, orderBy);
  if (isResponse(ordered)) return ordered;
  return pageOf(
    req,
    ctx,
    ordered.map((d) => present(d, scope.apiVersion)),
    intParam(req, ['$top'], 0),
  );
}

function update(
  req: EmuRequest,
  ctx: EmulatorContext,
  scope: ArmScope,
  runner: DeploymentRunner | undefined,
): EmuResponse {
  const found = deploymentOf(req, scope);
  if (isResponse(found)) return found;
  const busy = checkNotBusy(scope, found, 'Online deployment');
  if (busy !== undefined) return busy;
  const body = optionalObject(req.body, 'body');
  if (isResponse(body)) return body;
  const tagError = patchTags(found, body);
  if (tagError !== undefined) return tagError;
  if (body.sku !== undefined) {
    const patch = optionalObject(body.sku, 'sku');
    if (isResponse(patch)) return patch;
    const sku = readSku({ ...(found.body.sku as object), ...patch }, undefined);
    if (isResponse(sku)) return sku;
    found.body.sku = sku;
  }
  propertiesOf(found).provisioningState = body.sku === undefined ? 'Updating' : 'Scaling';
  const operation = startOperation(ctx, scope, found, 'OnlineDeployments_Update', 'patch');
  if (body.sku !== undefined) provision(runner, ctx, scope, found);
  return accepted(ctx, scope, operation);
}

function remove(
  req: EmuRequest,
  ctx: EmulatorContext,
  scope: ArmScope,
  runner: DeploymentRunner | undefined,
): EmuResponse {
  const endpoint = endpointOf(req, scope);
  if (isResponse(endpoint)) return endpoint;
  const existing = getResource(scope.state, idIn(scope, deploymentPath(req)), 'onlineDeployment');
  if (existing === undefined) return { status: 204 };
  const name = String(existing.body.name);
  const { live, mirror } = trafficOf(endpoint, name);
  if (live > 0 || mirror > 0) {
    return invalidValue(
      'properties.traffic',
      `Deployment '${name}' receives ${live > 0 ? `${live}% of live traffic` : `${mirror}% of mirror traffic`} on endpoint '${String(endpoint.body.name)}' and cannot be deleted. Set its traffic to 0 first.`,
    );
  }
  const busy =
    checkNotBusy(scope, existing, 'Online deployment') ?? checkNotBusy(scope, endpoint, 'Online endpoint');
  if (busy !== undefined) return busy;
  propertiesOf(existing).provisioningState = 'Deleting';
  runner?.stop(existing.id);
  return accepted(ctx, scope, startOperation(ctx, scope, existing, 'OnlineDeployments_Delete', 'delete'));
}

function getLogs(
  req: EmuRequest,
  _ctx: EmulatorContext,
  scope: ArmScope,
  runner: DeploymentRunner | undefined,
): EmuResponse {
  const found = deploymentOf(req, scope);
  if (isResponse(found)) return found;
  const body = optionalObject(req.body, 'body');
  if (isResponse(body)) return body;
  const container = optionalEnum(
    body.containerType,
    ['InferenceServer', 'StorageInitializer'] as const,
    'containerType',
    'InferenceServer',
  );
  if (isResponse(container)) return container;
  const tail = body.tail;
  if (
    tail !== undefined &&
    tail !== null &&
    (typeof tail !== 'number' || !Number.isInteger(tail) || tail < 0)
  ) {
    return invalidValue(
      'tail',
      `'tail' must be a non-negative integer number of lines; got ${JSON.stringify(tail)}.`,
    );
  }
  // A failed deployment keeps the logs of its failure (the runner's, or an injected fault's).
  const live = propertiesOf(found).provisioningState === 'Failed' ? undefined : runner?.logs(found.id);
  const logs = live ?? found.logs;
  const content =
    logs === undefined
      ? ''
      : container === 'InferenceServer'
        ? logs.inferenceServer
        : logs.storageInitializer;
  return { status: 200, body: { content: tailLines(content, typeof tail === 'number' ? tail : undefined) } };
}

function skus(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const found = deploymentOf(req, scope);
  if (isResponse(found)) return found;
  const sku = {
    resourceType: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments',
    sku: { name: 'Default', tier: 'Standard' },
    capacity: { minimum: 1, maximum: 20, default: 1, scaleType: 'Manual' },
  };
  return pageOf(req, ctx, [sku], intParam(req, ['count'], 0));
}

export function deploymentRoutes(runner?: DeploymentRunner): Route[] {
  const all = '/onlineEndpoints/:endpointName/deployments';
  const one = `${all}/:deploymentName`;
  return [
    armRoute({
      method: 'GET',
      path: all,
      operationId: 'OnlineDeployments_List',
      access: 'read',
      handler: list,
    }),
    armRoute({
      method: 'GET',
      path: one,
      operationId: 'OnlineDeployments_Get',
      access: 'read',
      handler: (req, _ctx, scope) => {
        const found = deploymentOf(req, scope);
        return isResponse(found) ? found : { status: 200, body: present(found, scope.apiVersion) };
      },
    }),
    armRoute({
      method: 'PUT',
      path: one,
      operationId: 'OnlineDeployments_CreateOrUpdate',
      access: 'write',
      handler: (req, ctx, scope) => createOrUpdate(req, ctx, scope, runner),
    }),
    armRoute({
      method: 'PATCH',
      path: one,
      operationId: 'OnlineDeployments_Update',
      access: 'write',
      handler: (req, ctx, scope) => update(req, ctx, scope, runner),
    }),
    armRoute({
      method: 'DELETE',
      path: one,
      operationId: 'OnlineDeployments_Delete',
      access: 'write',
      handler: (req, ctx, scope) => remove(req, ctx, scope, runner),
    }),
    armRoute({
      method: 'POST',
      path: `${one}/getLogs`,
      operationId: 'OnlineDeployments_GetLogs',
      access: 'write',
      handler: (req, ctx, scope) => getLogs(req, ctx, scope, runner),
    }),
    armRoute({
      method: 'GET',
      path: `${one}/skus`,
      operationId: 'OnlineDeployments_ListSkus',
      access: 'read',
      handler: skus,
    }),
  ];
}
