/**
 * References from deployments and jobs to model, environment and code versions. A workspace ARM id must name a
 * version that exists in the workspace (as the service checks); registry asset ids (azureml://registries/...) are
 * accepted as they are, since the emulator has no registries.
 */
import type { EmuResponse } from '../http-types.js';
import type { ResourceKind } from './arm-state.js';
import { armError, invalidValue } from './arm-errors.js';
import type { ArmScope } from './arm-route.js';
import { labelOf } from './resource-lookup.js';
import { getResource } from './resource-store.js';

const SEGMENTS: Partial<Record<ResourceKind, string>> = {
  modelVersion: 'models',
  environmentVersion: 'environments',
  codeVersion: 'codes',
};

/** undefined when the reference is acceptable, else the 400/404 the service gives. */
export function checkAssetReference(
  scope: ArmScope,
  value: unknown,
  kind: 'modelVersion' | 'environmentVersion' | 'codeVersion',
  target: string,
): EmuResponse | undefined {
  if (value === undefined || value === null) return undefined;
  const segment = SEGMENTS[kind] ?? '';
  const example = `${scope.workspaceId}/${segment}/{name}/versions/{version}`;
  if (typeof value !== 'string' || value === '') {
    return invalidValue(target, `'${target}' must be an asset id such as '${example}'.`);
  }
  if (value.toLowerCase().startsWith('azureml://registries/')) return undefined;
  const pattern = new RegExp(
    `^(/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.MachineLearningServices/workspaces/[^/]+)/${segment}/([^/]+)/versions/([^/]+)$`,
    'i',
  );
  const match = pattern.exec(value);
  if (match === null) {
    return invalidValue(
      target,
      `'${value}' is not a valid ${labelOf(kind).toLowerCase()} id for '${target}'. Use the ARM id of a registered version, e.g. '${example}', or a registry asset id 'azureml://registries/{registry}/${segment}/{name}/versions/{version}'.`,
    );
  }
  if (match[1]?.toLowerCase() !== scope.workspaceId.toLowerCase()) {
    return invalidValue(
      target,
      `'${value}' belongs to another workspace; '${target}' must reference an asset of workspace '${scope.workspace.name}' (share assets across workspaces through a registry).`,
    );
  }
  if (getResource(scope.state, value, kind) !== undefined) return undefined;
  return armError(
    404,
    'ResourceNotFound',
    `${labelOf(kind)} '${match[2] ?? ''}:${match[3] ?? ''}' referenced by '${target}' was not found in workspace '${scope.workspace.name}'. Register it first or fix '${target}'.`,
    target,
  );
}
