/** Jobs: create (sync), get, list, cancel (LRO, Location), delete (LRO). Execution belongs to a JobRunner. */
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { JsonObject } from './arm-state.js';
import { isResponse } from './arm-errors.js';
import { type ArmScope, armRoute } from './arm-route.js';
import { readJobProperties } from './job-body.js';
import { type JobRunner, TERMINAL_JOB_STATUSES } from './job-runner.js';
import { matchesListView, matchesMapFilter, pageOf } from './list-paging.js';
import { accepted, checkNotBusy, startOperation } from './operations.js';
import { checkAssetName, isObject, optionalObject } from './request-checks.js';
import { findOr404, getResponse, idIn } from './resource-lookup.js';
import { childrenOf, envelope, getResource, propertiesOf, saveResource } from './resource-store.js';
import { present } from './version-fields.js';

const jobPath = (req: EmuRequest): string => `/jobs/${req.params.id ?? ''}`;
/** What a PUT may change on an existing job. */
const MUTABLE = ['description', 'tags', 'properties', 'isArchived', 'notificationSetting'];

function createOrUpdate(runner: JobRunner | undefined) {
  return (req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse => {
    const name = req.params.id ?? '';
    const nameError = checkAssetName(name, 'job');
    if (nameError !== undefined) return nameError;
    const body = optionalObject(req.body, 'body');
    if (isResponse(body)) return body;
    const props = readJobProperties(scope, body.properties, 'properties');
    if (isResponse(props)) return props;
    const id = idIn(scope, jobPath(req));
    const existing = getResource(scope.state, id, 'job');
    let properties: JsonObject;
    if (existing === undefined) {
      properties = {
        displayName: name,
        ...props,
        status: 'NotStarted',
        services: {
          ...(isObject(props.services) ? props.services : {}),
          Studio: {
            jobServiceType: 'Studio',
            endpoint: `https://ml.azure.com/runs/${name}?wsid=${scope.workspaceId}`,
          },
        },
      };
    } else {
      properties = { ...propertiesOf(existing) };
      for (const key of MUTABLE) if (props[key] !== undefined) properties[key] = props[key];
    }
    const saved = saveResource(
      scope.state,
      'job',
      scope.workspaceId,
      { ...envelope(id, 'job', existing, ctx, scope.actor), properties },
      existing,
    );
    if (existing === undefined) runner?.submitted(saved.id, ctx);
    return { status: existing === undefined ? 201 : 200, body: present(saved, scope.apiVersion) };
  };
}

function list(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const q = req.url.searchParams;
  const jobType = q.get('jobType')?.toLowerCase();
  const tag = q.get('tag');
  const items = childrenOf(scope.state, scope.workspaceId, 'job')
    .reverse()
    .filter((j) => {
      const p = propertiesOf(j);
      return (
        (jobType === undefined || String(p.jobType).toLowerCase() === jobType) &&
        matchesListView(p, q.get('listViewType')) &&
        matchesMapFilter(p.tags, tag) &&
        matchesMapFilter(p.properties, q.get('properties'))
      );
    })
    .map((j) => present(j, scope.apiVersion));
  return pageOf(req, ctx, items, 0);
}

function cancel(runner: JobRunner | undefined) {
  return (req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse => {
    const job = findOr404(scope, 'job', jobPath(req), req.params.id ?? '');
    if (isResponse(job)) return job;
    const props = propertiesOf(job);
    if (TERMINAL_JOB_STATUSES.some((s) => s === props.status)) return { status: 200 };
    const busy = checkNotBusy(scope, job, 'Job');
    if (busy !== undefined) return busy;
    const previousStatus = String(props.status);
    props.status = 'CancelRequested';
    const operation = startOperation(ctx, scope, job, 'Jobs_Cancel', 'cancel', { previousStatus });
    runner?.cancelRequested(job.id, ctx);
    return accepted(ctx, scope, operation);
  };
}

function remove(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const job = getResource(scope.state, idIn(scope, jobPath(req)), 'job');
  if (job === undefined) return { status: 204 };
  const busy = checkNotBusy(scope, job, 'Job');
  if (busy !== undefined) return busy;
  return accepted(ctx, scope, startOperation(ctx, scope, job, 'Jobs_Delete', 'delete'));
}

export function jobRoutes(runner: JobRunner | undefined): Route[] {
  const one = '/jobs/:id';
  return [
    armRoute({
      method: 'GET',
      path: '/jobs',
      operationId: 'Jobs_List',
      access: 'read',
      handler: list,
    }),
    armRoute({
      method: 'GET',
      path: one,
      operationId: 'Jobs_Get',
      access: 'read',
      handler: (req, _ctx, scope) => getResponse(scope, 'job', jobPath(req), req.params.id ?? ''),
    }),
    armRoute({
      method: 'PUT',
      path: one,
      operationId: 'Jobs_CreateOrUpdate',
      access: 'write',
      handler: createOrUpdate(runner),
    }),
    armRoute({
      method: 'DELETE',
      path: one,
      operationId: 'Jobs_Delete',
      access: 'write',
      handler: remove,
    }),
    armRoute({
      method: 'POST',
      path: `${one}/cancel`,
      operationId: 'Jobs_Cancel',
      access: 'write',
      handler: cancel(runner),
    }),
  ];
}
