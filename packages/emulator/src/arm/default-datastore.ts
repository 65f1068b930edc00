/** The default `workspaceblobstore` datastore each workspace has, backed by the workspace's Azurite account. */
import type { EmulatorConfig, WorkspaceConfig } from '../config.js';
import type { ArmState, JsonObject } from './arm-state.js';
import { RESOURCE_TYPES, workspaceId } from './resource-ids.js';

export const DEFAULT_DATASTORE = 'workspaceblobstore';

export function defaultDatastoreId(config: EmulatorConfig, workspaceName: string): string {
  return `${workspaceId(config, workspaceName)}/datastores/${DEFAULT_DATASTORE}`;
}

export function defaultDatastoreBody(
  config: EmulatorConfig,
  workspace: WorkspaceConfig,
  createdAt: string,
): JsonObject {
  return {
    id: defaultDatastoreId(config, workspace.name),
    name: DEFAULT_DATASTORE,
    type: RESOURCE_TYPES.datastore,
    properties: {
      description: `Default blob datastore of workspace ${workspace.name}`,
      tags: {},
      properties: {},
      isDefault: true,
      credentials: { credentialsType: 'AccountKey' },
      datastoreType: 'AzureBlob',
      accountName: workspace.storageAccount,
      containerName: workspace.defaultContainer,
      endpoint: 'core.windows.net',
      protocol: 'https',
      serviceDataAccessAuthIdentity: 'None',
    },
    systemData: {
      createdAt,
      createdBy: 'Azure Machine Learning',
      createdByType: 'Application',
      lastModifiedAt: createdAt,
      lastModifiedBy: 'Azure Machine Learning',
      lastModifiedByType: 'Application',
    },
  };
}

/** Adds the workspace's default datastore to a new state. */
export function ensureDefaultDatastore(
  state: ArmState,
  config: EmulatorConfig,
  workspace: WorkspaceConfig,
  createdAt: string,
): void {
  const id = defaultDatastoreId(config, workspace.name);
  if (state.resources[id.toLowerCase()] !== undefined) return;
  state.sequence += 1;
  state.resources[id.toLowerCase()] = {
    kind: 'datastore',
    id,
    parentId: workspaceId(config, workspace.name).toLowerCase(),
    body: defaultDatastoreBody(config, workspace, createdAt),
    seq: state.sequence,
  };
}
