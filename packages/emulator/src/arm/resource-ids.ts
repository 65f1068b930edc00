/** ARM ids and resource types of Microsoft.MachineLearningServices, and the workspaces the emulator serves. */
import type { EmulatorConfig, WorkspaceConfig } from '../config.js';
import type { ResourceKind } from './arm-state.js';

export const PROVIDER = 'Microsoft.MachineLearningServices';

/** Route pattern of a workspace, relative paths of child resources are appended to it. */
export const WORKSPACE_PATTERN = `/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/${PROVIDER}/workspaces/:workspaceName`;

export const RESOURCE_TYPES: Record<ResourceKind, string> = {
  datastore: `${PROVIDER}/workspaces/datastores`,
  modelContainer: `${PROVIDER}/workspaces/models`,
  modelVersion: `${PROVIDER}/workspaces/models/versions`,
  codeContainer: `${PROVIDER}/workspaces/codes`,
  codeVersion: `${PROVIDER}/workspaces/codes/versions`,
  environmentContainer: `${PROVIDER}/workspaces/environments`,
  environmentVersion: `${PROVIDER}/workspaces/environments/versions`,
  dataContainer: `${PROVIDER}/workspaces/data`,
  dataVersion: `${PROVIDER}/workspaces/data/versions`,
  onlineEndpoint: `${PROVIDER}/workspaces/onlineEndpoints`,
  onlineDeployment: `${PROVIDER}/workspaces/onlineEndpoints/deployments`,
  job: `${PROVIDER}/workspaces/jobs`,
  schedule: `${PROVIDER}/workspaces/schedules`,
};

export function resourceGroupId(config: EmulatorConfig): string {
  return `/subscriptions/${config.subscriptionId}/resourceGroups/${config.resourceGroup}`;
}

export function workspaceId(config: EmulatorConfig, workspaceName: string): string {
  return `${resourceGroupId(config)}/providers/${PROVIDER}/workspaces/${workspaceName}`;
}

export function findWorkspace(config: EmulatorConfig, name: string): WorkspaceConfig | undefined {
  const lower = name.toLowerCase();
  return config.workspaces.find((w) => w.name.toLowerCase() === lower);
}

/** The last segment of an ARM id (a resource's name). */
export function lastSegment(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
