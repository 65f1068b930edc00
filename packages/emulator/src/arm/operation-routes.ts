/**
 * Where clients poll long-running operations: mfeOperationsStatus/{id} (the Azure-AsyncOperation URL, status
 * InProgress → Succeeded/Failed) and mfeOperationResults/{id} (the Location URL: 202 while running, then 200
 * with the updated resource for PATCH and an empty body otherwise).
 */
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { ArmOperation, JsonObject } from './arm-state.js';
import { armError, notFound } from './arm-errors.js';
import { type ArmScope, armRoute } from './arm-route.js';
import { accepted, retryAfter } from './operations.js';
import { present } from './version-fields.js';

function operationOf(req: EmuRequest, scope: ArmScope): ArmOperation | undefined {
  const operation = scope.state.operations[req.params.operationId ?? ''];
  return operation?.workspaceName === scope.workspace.name ? operation : undefined;
}

function status(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const operation = operationOf(req, scope);
  if (operation === undefined)
    return notFound('Operation', req.params.operationId ?? '', `workspace '${scope.workspace.name}'`);
  const body: JsonObject = {
    id: `${scope.workspaceId}/mfeOperationsStatus/${operation.id}`,
    name: operation.id,
    resourceId: operation.resourceId,
    status: operation.status,
    startTime: operation.startedAt,
  };
  if (operation.endedAt !== undefined) body.endTime = operation.endedAt;
  if (operation.error !== undefined) body.error = operation.error;
  return { status: 200, headers: operation.status === 'InProgress' ? retryAfter(ctx) : {}, body };
}

function result(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const operation = operationOf(req, scope);
  if (operation === undefined)
    return notFound('Operation', req.params.operationId ?? '', `workspace '${scope.workspace.name}'`);
  if (operation.status === 'InProgress') return accepted(ctx, scope, operation);
  if (operation.status === 'Failed') {
    return armError(
      400,
      operation.error?.code ?? 'OperationFailed',
      operation.error?.message ?? 'The operation failed.',
    );
  }
  const resource = scope.state.resources[operation.resourceId.toLowerCase()];
  if (operation.action === 'patch' && resource !== undefined) {
    return { status: 200, body: present(resource, scope.apiVersion) };
  }
  return { status: 200 };
}

export function operationRoutes(): Route[] {
  const base = { method: 'GET' as const, access: 'read' as const };
  return [
    armRoute({
      ...base,
      path: '/mfeOperationsStatus/:operationId',
      operationId: 'MfeOperationsStatus_Get',
      handler: status,
    }),
    armRoute({
      ...base,
      path: '/mfeOperationResults/:operationId',
      operationId: 'MfeOperationResults_Get',
      handler: result,
    }),
  ];
}
