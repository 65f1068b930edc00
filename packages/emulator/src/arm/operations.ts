/**
 * Long-running operations as the service runs them: PUT answers 201 + Azure-AsyncOperation, PATCH/DELETE/POST
 * answer 202 + Location (+ Retry-After). Each operation ends config.provisioningDelayMs after it started, measured
 * with ctx.now; it is settled by the first request that arrives after that (see settleOperations).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorContext, EmuResponse } from '../http-types.js';
import type { ArmOperation, JsonObject, OperationAction, StoredResource } from './arm-state.js';
import type { ArmScope } from './arm-route.js';
import { conflict } from './arm-errors.js';
import { finishOperation } from './operation-finish.js';
import { present } from './version-fields.js';

/** Finished operations are kept this long for late pollers, then forgotten. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

export function startOperation(
  ctx: EmulatorContext,
  scope: ArmScope,
  resource: StoredResource,
  operationId: string,
  action: OperationAction,
  pending?: Record<string, string>,
): ArmOperation {
  const started = ctx.now();
  const operation: ArmOperation = {
    id: randomUUID(),
    operationId,
    action,
    resourceId: resource.id,
    workspaceName: scope.workspace.name,
    apiVersion: scope.apiVersion,
    startedAt: started.toISOString(),
    completesAt: new Date(started.getTime() + ctx.state.config.provisioningDelayMs).toISOString(),
    status: 'InProgress',
  };
  if (pending !== undefined) operation.pending = pending;
  scope.state.operations[operation.id] = operation;
  resource.activeOperation = operation.id;
  return operation;
}

function operationUrl(ctx: EmulatorContext, scope: ArmScope, kind: string, operation: ArmOperation): string {
  return `${ctx.baseUrl}${scope.workspaceId}/${kind}/${operation.id}?api-version=${operation.apiVersion}`;
}

/** Retry-After header (seconds) from the config, omitted when it is not set. */
export function retryAfter(ctx: EmulatorContext): Record<string, string> {
  const seconds = ctx.state.config.retryAfterSeconds;
  return seconds === undefined ? {} : { 'Retry-After': String(seconds) };
}

/** 201 for a PUT that started an operation: the body shows Creating/Updating, the header says where to poll. */
export function asyncCreated(
  ctx: EmulatorContext,
  scope: ArmScope,
  operation: ArmOperation,
  body: JsonObject,
): EmuResponse {
  return {
    status: 201,
    headers: {
      'Azure-AsyncOperation': operationUrl(ctx, scope, 'mfeOperationsStatus', operation),
      ...retryAfter(ctx),
    },
    body,
  };
}

/** Starts the create/update operation of a PUT on `resource` and answers 201 with the resource being provisioned. */
export function startPut(
  ctx: EmulatorContext,
  scope: ArmScope,
  resource: StoredResource,
  operationId: string,
  created: boolean,
): EmuResponse {
  const operation = startOperation(ctx, scope, resource, operationId, created ? 'create' : 'update');
  return asyncCreated(ctx, scope, operation, present(resource, scope.apiVersion));
}

/** 202 for a PATCH, DELETE or POST that started an operation. */
export function accepted(ctx: EmulatorContext, scope: ArmScope, operation: ArmOperation): EmuResponse {
  return {
    status: 202,
    headers: { Location: operationUrl(ctx, scope, 'mfeOperationResults', operation), ...retryAfter(ctx) },
  };
}

/** Finishes every operation whose time has come; true when anything changed. */
export function settleOperations(ctx: EmulatorContext): boolean {
  const state = ctx.state.arm;
  const now = ctx.now().getTime();
  let changed = false;
  for (const operation of Object.values(state.operations)) {
    const waiting = operation.awaitsRunner === true && operation.provisioned === undefined;
    if (operation.status === 'InProgress' && Date.parse(operation.completesAt) <= now && !waiting) {
      finishOperation(ctx, operation);
      operation.endedAt =
        operation.awaitsRunner === true ? new Date(now).toISOString() : operation.completesAt;
      changed = true;
    } else if (operation.endedAt !== undefined && Date.parse(operation.endedAt) + KEEP_FINISHED_MS < now) {
      Reflect.deleteProperty(state.operations, operation.id);
      changed = true;
    }
  }
  return changed;
}

/** The operation running on a resource, if any (a second change gets 409 while it runs). */
export function activeOperation(
  scope: ArmScope,
  resource: StoredResource | undefined,
): ArmOperation | undefined {
  const id = resource?.activeOperation;
  if (id === undefined) return undefined;
  const operation = scope.state.operations[id];
  return operation?.status === 'InProgress' ? operation : undefined;
}

/** 409 while an operation runs on the resource, as the service answers a second change. */
export function checkNotBusy(
  scope: ArmScope,
  resource: StoredResource | undefined,
  what: string,
): EmuResponse | undefined {
  const running = activeOperation(scope, resource);
  if (running === undefined || resource === undefined) return undefined;
  const provisioning = (resource.body.properties as JsonObject).provisioningState;
  const state = typeof provisioning === 'string' ? provisioning : running.action;
  return conflict(
    `${what} '${String(resource.body.name)}' is busy: operation ${running.operationId} (${state}) started at ${running.startedAt} is still in progress. Wait for it to finish, then retry.`,
  );
}
