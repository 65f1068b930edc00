/** What finishing a long-running operation does to its resource, success or (injected) failure. */
import type { EmulatorContext, LroFailure } from '../http-types.js';
import type { ArmOperation, ArmState, StoredResource } from './arm-state.js';
import { deploymentLogs } from './deployment-logs.js';
import { TERMINAL_JOB_STATUSES } from './job-runner.js';
import { isObject } from './request-checks.js';
import { propertiesOf, removeResource } from './resource-store.js';

export function finishOperation(ctx: EmulatorContext, operation: ArmOperation): void {
  const state = ctx.state.arm;
  const failure =
    ctx.faults.lroFailure(operation.operationId, operation.resourceId) ?? runnerFailure(operation);
  operation.status = failure === undefined ? 'Succeeded' : 'Failed';
  if (failure !== undefined) operation.error = { code: failure.code, message: failure.message };
  const resource = state.resources[operation.resourceId.toLowerCase()];
  if (resource === undefined) return;
  if (resource.activeOperation === operation.id) delete resource.activeOperation;
  const properties = propertiesOf(resource);
  switch (operation.action) {
    case 'create':
    case 'update':
    case 'patch':
      properties.provisioningState = failure === undefined ? 'Succeeded' : 'Failed';
      if (resource.kind === 'onlineDeployment') {
        resource.logs =
          failure === undefined && operation.provisioned?.ok === true
            ? operation.provisioned.logs
            : deploymentLogs(resource, ctx.now(), failure);
      }
      break;
    case 'delete':
      if (failure === undefined) deleteResource(state, resource);
      else properties.provisioningState = 'Failed';
      break;
    case 'regenerateKeys':
      if (failure === undefined) resource.secrets = { ...resource.secrets, ...operation.pending };
      break;
    case 'cancel':
      finishCancel(resource, operation, failure);
      break;
  }
}

/** The deployment runner's failure report as an LRO failure (its container logs become the deployment's logs). */
function runnerFailure(operation: ArmOperation): LroFailure | undefined {
  const outcome = operation.provisioned;
  if (outcome === undefined || outcome.ok) return undefined;
  return { code: outcome.code, message: outcome.message, logs: outcome.logs };
}

function finishCancel(
  resource: StoredResource,
  operation: ArmOperation,
  failure: LroFailure | undefined,
): void {
  const properties = propertiesOf(resource);
  if (failure !== undefined) {
    properties.status = operation.pending?.previousStatus ?? properties.status;
  } else if (!TERMINAL_JOB_STATUSES.some((s) => s === properties.status)) {
    properties.status = 'Canceled';
  }
}

/** Deletes a resource; a deleted deployment also leaves its endpoint's traffic maps. */
function deleteResource(state: ArmState, resource: StoredResource): void {
  removeResource(state, resource.id);
  if (resource.kind !== 'onlineDeployment') return;
  const endpoint = state.resources[resource.parentId];
  if (endpoint === undefined) return;
  const name = String(resource.body.name).toLowerCase();
  const properties = propertiesOf(endpoint);
  for (const key of ['traffic', 'mirrorTraffic']) {
    const map = properties[key];
    if (!isObject(map)) continue;
    for (const entry of Object.keys(map))
      if (entry.toLowerCase() === name) Reflect.deleteProperty(map, entry);
  }
}
