/** Datastores: get, list, create/update, delete, listSecrets; `workspaceblobstore` comes from the configuration. */
import type { EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { JsonObject } from './arm-state.js';
import { isAtLeast2024 } from './api-versions.js';
import { armError, isResponse } from './arm-errors.js';
import { type ArmScope, armRoute } from './arm-route.js';
import { DEFAULT_DATASTORE } from './default-datastore.js';
import { intParam, matchesMapFilter, pageOf } from './list-paging.js';
import {
  checkAssetName,
  isObject,
  optionalObject,
  requireEnum,
  requireObject,
  withoutKeys,
} from './request-checks.js';
import { findOr404, getResponse, idIn } from './resource-lookup.js';
import {
  childrenOf,
  envelope,
  getResource,
  propertiesOf,
  removeResource,
  saveResource,
} from './resource-store.js';
import { present } from './version-fields.js';
import type { EmulatorContext } from '../http-types.js';

const TYPES_2022 = ['AzureBlob', 'AzureDataLakeGen1', 'AzureDataLakeGen2', 'AzureFile'] as const;
const TYPES_2024 = [...TYPES_2022, 'OneLake'] as const;
const CREDENTIALS = ['AccountKey', 'Certificate', 'None', 'Sas', 'ServicePrincipal'] as const;

const path = (req: EmuRequest): string => `/datastores/${req.params.name ?? ''}`;
const isDefaultName = (name: string): boolean => name.toLowerCase() === DEFAULT_DATASTORE;

function list(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const q = req.url.searchParams;
  const names = q
    .getAll('names')
    .flatMap((n) => n.split(','))
    .map((n) => n.toLowerCase());
  const search = q.get('searchText')?.toLowerCase();
  const isDefault = q.get('isDefault');
  const items = childrenOf(scope.state, scope.workspaceId, 'datastore')
    .map((d) => present(d, scope.apiVersion))
    .filter((d) => {
      const name = String(d.name).toLowerCase();
      const props = d.properties as JsonObject;
      return (
        (names.length === 0 || names.includes(name)) &&
        (search === undefined || name.includes(search)) &&
        (isDefault === null || String(props.isDefault === true) === isDefault.toLowerCase()) &&
        matchesMapFilter(props.tags, q.get('tags'))
      );
    });
  return pageOf(req, ctx, items, intParam(req, ['count'], 30));
}

function createOrUpdate(req: EmuRequest, ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const name = req.params.name ?? '';
  const nameError = checkAssetName(name, 'datastore');
  if (nameError !== undefined) return nameError;
  if (isDefaultName(name)) {
    return armError(
      400,
      'BadArgument',
      `The datastore '${name}' is the workspace's default datastore and is managed by the workspace; choose another name.`,
      'name',
    );
  }
  const body = requireObject(req.body, 'body', 'Send {"properties": {...}}.');
  if (isResponse(body)) return body;
  const props = requireObject(
    body.properties,
    'properties',
    'A datastore needs datastoreType and credentials.',
  );
  if (isResponse(props)) return props;
  const types = isAtLeast2024(scope.apiVersion) ? TYPES_2024 : TYPES_2022;
  const datastoreType = requireEnum(props.datastoreType, types, 'properties.datastoreType');
  if (isResponse(datastoreType)) return datastoreType;
  const credentials = requireObject(
    props.credentials,
    'properties.credentials',
    'Set credentials.credentialsType (None for identity-based access).',
  );
  if (isResponse(credentials)) return credentials;
  const credentialsType = requireEnum(
    credentials.credentialsType,
    CREDENTIALS,
    'properties.credentials.credentialsType',
  );
  if (isResponse(credentialsType)) return credentialsType;
  const secrets = optionalObject(credentials.secrets, 'properties.credentials.secrets');
  if (isResponse(secrets)) return secrets;
  const existing = getResource(scope.state, idIn(scope, path(req)), 'datastore');
  const stored = saveResource(
    scope.state,
    'datastore',
    scope.workspaceId,
    {
      ...envelope(idIn(scope, path(req)), 'datastore', existing, ctx, scope.actor),
      properties: {
        ...withoutKeys(props, ['isDefault', 'credentials']),
        datastoreType,
        credentials: { ...withoutKeys(credentials, ['secrets']), credentialsType },
        isDefault: false,
      },
    },
    existing,
  );
  stored.secrets = Object.fromEntries(
    Object.entries(secrets).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  return { status: existing === undefined ? 201 : 200, body: present(stored, scope.apiVersion) };
}

function listSecrets(req: EmuRequest, _ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const name = req.params.name ?? '';
  const found = findOr404(scope, 'datastore', path(req), name);
  if (isResponse(found)) return found;
  if (propertiesOf(found).isDefault === true) {
    return { status: 200, body: { secretsType: 'AccountKey', key: scope.workspace.storageAccountKey } };
  }
  const credentials = propertiesOf(found).credentials;
  const type = isObject(credentials) ? credentials.credentialsType : undefined;
  if (type === 'None' || found.secrets === undefined || Object.keys(found.secrets).length === 0) {
    return armError(
      400,
      'BadArgument',
      `Datastore '${name}' uses credentialsType '${String(type)}' and has no secrets to list.`,
    );
  }
  return { status: 200, body: { secretsType: type, ...found.secrets } };
}

function remove(req: EmuRequest, _ctx: EmulatorContext, scope: ArmScope): EmuResponse {
  const name = req.params.name ?? '';
  if (isDefaultName(name)) {
    return armError(
      400,
      'BadArgument',
      `The default datastore '${name}' cannot be deleted; it belongs to workspace '${scope.workspace.name}'.`,
    );
  }
  const existing = getResource(scope.state, idIn(scope, path(req)), 'datastore');
  if (existing === undefined) return { status: 204 };
  removeResource(scope.state, existing.id);
  return { status: 200 };
}

export function datastoreRoutes(): Route[] {
  return [
    armRoute({
      method: 'GET',
      path: '/datastores',
      operationId: 'Datastores_List',
      access: 'read',
      handler: list,
    }),
    armRoute({
      method: 'GET',
      path: '/datastores/:name',
      operationId: 'Datastores_Get',
      access: 'read',
      handler: (req, _ctx, scope) => getResponse(scope, 'datastore', path(req), req.params.name ?? ''),
    }),
    armRoute({
      method: 'PUT',
      path: '/datastores/:name',
      operationId: 'Datastores_CreateOrUpdate',
      access: 'write',
      handler: createOrUpdate,
    }),
    armRoute({
      method: 'DELETE',
      path: '/datastores/:name',
      operationId: 'Datastores_Delete',
      access: 'write',
      handler: remove,
    }),
    armRoute({
      method: 'POST',
      path: '/datastores/:name/listSecrets',
      operationId: 'Datastores_ListSecrets',
      access: 'write',
      handler: listSecrets,
    }),
  ];
}
