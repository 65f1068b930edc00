/** Finding the resource a request names, answering 404 as the service does when it is missing. */
import type { EmuResponse } from '../http-types.js';
import type { ResourceKind, StoredResource } from './arm-state.js';
import { isResponse, notFound } from './arm-errors.js';
import type { ArmScope } from './arm-route.js';
import { getResource } from './resource-store.js';
import { present } from './version-fields.js';

const LABELS: Record<ResourceKind, string> = {
  datastore: 'Datastore',
  modelContainer: 'Model container',
  modelVersion: 'Model version',
  codeContainer: 'Code container',
  codeVersion: 'Code version',
  environmentContainer: 'Environment container',
  environmentVersion: 'Environment version',
  dataContainer: 'Data container',
  dataVersion: 'Data version',
  onlineEndpoint: 'Online endpoint',
  onlineDeployment: 'Online deployment',
  job: 'Job',
  schedule: 'Schedule',
};

export function labelOf(kind: ResourceKind): string {
  return LABELS[kind];
}

/** `{workspace id}{relative}`, e.g. relative '/onlineEndpoints/blue'. */
export function idIn(scope: ArmScope, relative: string): string {
  return `${scope.workspaceId}${relative}`;
}

export function findOr404(
  scope: ArmScope,
  kind: ResourceKind,
  relative: string,
  displayName: string,
): StoredResource | EmuResponse {
  return (
    getResource(scope.state, idIn(scope, relative), kind) ??
    notFound(LABELS[kind], displayName, `workspace '${scope.workspace.name}'`)
  );
}

/** 200 with the resource as the request's api-version shows it, or the 404. */
export function getResponse(
  scope: ArmScope,
  kind: ResourceKind,
  relative: string,
  name: string,
): EmuResponse {
  const found = findOr404(scope, kind, relative, name);
  return isResponse(found) ? found : { status: 200, body: present(found, scope.apiVersion) };
}
