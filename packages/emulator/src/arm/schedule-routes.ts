/** Schedules: create/update (LRO, Azure-AsyncOperation), get, list, delete (LRO, Location). */
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { JsonObject } from './arm-state.js';
import { isAtLeast2024 } from './api-versions.js';
import { invalidValue, isResponse } from './arm-errors.js';
import { type ArmScope, armRoute } from './arm-route.js';
import { readJobProperties } from './job-body.js';
import { pageOf } from './list-paging.js';
import { accepted, checkNotBusy, startOperation, startPut } from './operations.js';
import {
  checkAssetName,
  requireEnum,
  requireObject,
  requireString,
  checkStringMaps,
  withoutKeys,
} from './request-checks.js';
import { getResponse, idIn } from './resource-lookup.js';
import { childrenOf, envelope, getResource, propertiesOf, saveResource } from './resource-store.js';
import { present } from './version-fields.js';

const schedulePath = (req: EmuRequest): string => `/schedules/${req.params.name ?? ''}`;
const FREQUENCIES = ['Minute', 'Hour', 'Day', 'Week', 'Month'] as const;

function readTrigger(value: unknown): JsonObject | EmuResponse {
  const trigger = requireObject(value, 'properties.trigger', 'Set a Cron or Recurrence trigger.');
  if (isResponse(trigger)) return trigger;
  const triggerType = requireEnum(
    trigger.triggerType,
    ['Cron', 'Recurrence'] as const,
    'properties.trigger.triggerType',
  );
  if (isResponse(triggerType)) return triggerType;
  if (triggerType === 'Cron') {
    const expression = requireString(
      trigger.expression,
      'properties.trigger.expression',
      'A cron expression, e.g. "0 6 * * 1".',
    );
    if (isResponse(expression)) return expression;
    if (expression.trim().split(/\s+/).length !== 5) {
      return invalidValue(
        'properties.trigger.expression',
        `'${expression}' is not a cron expression of 5 fields (minute hour day month weekday).`,
      );
    }
  } else {
    const frequency = requireEnum(trigger.frequency, FREQUENCIES, 'properties.trigger.frequency');
    if (isResponse(frequency)) return frequency;
    if (typeof trigger.interval !== 'number' || !Number.isInteger(trigger.interval) || trigger.interval < 1) {
      return invalidValue(
        'properties.trigger.interval',
        "'properties.trigger.interval' must be a positive integer.",
      );
    }
  }
  return { timeZone: 'UTC', ...trigger, triggerType };
}

function readAction(scope: ArmScope, value: unknown): JsonObject | EmuResponse {
  const action = requireObject(value, 'properties.action', 'Set actionType CreateJob with a jobDefinition.');
  if (isResponse(action)) return action;
  const types = isAtLeast2024(scope.apiVersion)
    ? (['CreateJob', 'InvokeBatchEndpoint', 'CreateMonitor'] as const)
    : (['CreateJob', 'InvokeBatchEndpoint'] as const);
  const actionType = requireEnum(action.actionType, types, 'properties.action.actionType');
  if (isResponse(actionType)) return actionType;
  if (actionType === 'CreateJob') {
    const job = readJobProperties(scope, action.jobDefinition, 'properties.action.jobDefinition');
    if (isResponse(job)) return job;
    return { ...action, actionType, jobDefinition: job };
  }
  if (actionType === 'InvokeBatchEndpoint') {
    const request = requireObject(
      action.endpointInvocationDefinition,
      'properties.action.endpointInvocationDefinition',
      'The batch endpoint invocation.',
    );
    if (isResponse(request)) return request;
  }
  return { ...action, actionType };
}

function createOrUpdate(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const nameError = checkAssetName(req.params.name ?? '', 'schedule');
  if (nameError !== undefined) return nameError;
  const id = idIn(scope, schedulePath(req));
  const existing = getResource(scope.state, id, 'schedule');
  const busy = checkNotBusy(scope, existing, 'Schedule');
  if (busy !== undefined) return busy;
  const body = requireObject(req.body, 'body', 'Send {"properties": {"action": ..., "trigger": ...}}.');
  if (isResponse(body)) return body;
  const props = requireObject(body.properties, 'properties', 'A schedule needs an action and a trigger.');
  if (isResponse(props)) return props;
  const action = readAction(scope, props.action);
  if (isResponse(action)) return action;
  const trigger = readTrigger(props.trigger);
  if (isResponse(trigger)) return trigger;
  const mapError = checkStringMaps(props, ['tags', 'properties'], 'properties.');
  if (mapError !== undefined) return mapError;
  if (props.isEnabled !== undefined && typeof props.isEnabled !== 'boolean') {
    return invalidValue('properties.isEnabled', "'properties.isEnabled' must be true or false.");
  }
  const properties: JsonObject = {
    isEnabled: true,
    tags: {},
    properties: {},
    ...withoutKeys(props, ['provisioningState']),
    action,
    trigger,
    provisioningState: existing === undefined ? 'Creating' : 'Updating',
  };
  const saved = saveResource(
    scope.state,
    'schedule',
    scope.workspaceId,
    { ...envelope(id, 'schedule', existing, ctx, scope.actor), properties },
    existing,
  );
  return startPut(ctx, scope, saved, 'Schedules_CreateOrUpdate', existing === undefined);
}

function list(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const view = (req.url.searchParams.get('listViewType') ?? 'EnabledOnly').toLowerCase();
  if (!['enabledonly', 'disabledonly', 'all'].includes(view)) {
    return invalidValue(
      'listViewType',
      `'${view}' is not a valid listViewType; use EnabledOnly, DisabledOnly or All.`,
    );
  }
  const items = childrenOf(scope.state, scope.workspaceId, 'schedule')
    .filter((s) => {
      const enabled = propertiesOf(s).isEnabled !== false;
      return view === 'all' || (view === 'enabledonly') === enabled;
    })
    .map((s) => present(s, scope.apiVersion));
  return pageOf(req, ctx, items, 0);
}

function remove(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const existing = getResource(scope.state, idIn(scope, schedulePath(req)), 'schedule');
  if (existing === undefined) return { status: 204 };
  const busy = checkNotBusy(scope, existing, 'Schedule');
  if (busy !== undefined) return busy;
  propertiesOf(existing).provisioningState = 'Deleting';
  return accepted(ctx, scope, startOperation(ctx, scope, existing, 'Schedules_Delete', 'delete'));
}

export function scheduleRoutes(): Route[] {
  const one = '/schedules/:name';
  return [
    armRoute({
      method: 'GET',
      path: '/schedules',
      operationId: 'Schedules_List',
      access: 'read',
      handler: list,
    }),
    armRoute({
      method: 'GET',
      path: one,
      operationId: 'Schedules_Get',
      access: 'read',
      handler: (req, _ctx, scope) => getResponse(scope, 'schedule', schedulePath(req), req.params.name ?? ''),
    }),
    armRoute({
      method: 'PUT',
      path: one,
      operationId: 'Schedules_CreateOrUpdate',
      access: 'write',
      handler: createOrUpdate,
    }),
    armRoute({
      method: 'DELETE',
      path: one,
      operationId: 'Schedules_Delete',
      access: 'write',
      handler: remove,
    }),
  ];
}
