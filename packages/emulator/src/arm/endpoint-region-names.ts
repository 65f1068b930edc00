/**
 * Online endpoint names are unique per Azure region, across workspaces and subscriptions: the scoring URI is
 * https://<name>.<region>.inference.ml.azure.com. Creating an endpoint whose name another workspace in the same
 * region holds fails as the service fails it (400, the inference service's validation problem as the detail);
 * the name is free again once that endpoint's delete has finished.
 */
import type { EmuResponse } from '../http-types.js';
import { armError } from './arm-errors.js';
import type { ArmScope } from './arm-route.js';
import { sameLocation } from './endpoint-body.js';
import { workspaceId } from './resource-ids.js';
import { childrenOf } from './resource-store.js';

export const REGION_NAME_TAKEN =
  'There is already an endpoint with this name, Endpoint name needs to be unique within a region. Try some other name.';

/** The 400 when `name` is an online endpoint of another workspace in the scope workspace's region. */
export function checkNameFreeInRegion(scope: ArmScope, name: string): EmuResponse | undefined {
  const lower = name.toLowerCase();
  const holder = scope.config.workspaces.find(
    (w) =>
      w.name.toLowerCase() !== scope.workspace.name.toLowerCase() &&
      sameLocation(w.location, scope.workspace.location) &&
      childrenOf(scope.state, workspaceId(scope.config, w.name), 'onlineEndpoint').some(
        (e) => String(e.body.name).toLowerCase() === lower,
      ),
  );
  if (holder === undefined) return undefined;
  const problem = { errors: { '': [REGION_NAME_TAKEN] }, title: 'One or more validation errors occurred.' };
  return armError(400, 'UserError', REGION_NAME_TAKEN, undefined, [
    { code: 'InferencingClientCallFailed', message: JSON.stringify(problem) },
  ]);
}
