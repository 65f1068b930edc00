/** Workspaces_Get and Workspaces_ListByResourceGroup: the workspaces of the emulator's configuration. */
import type { EmulatorConfig, WorkspaceConfig } from '../config.js';
import type { EmulatorContext, EmuRequest, Route } from '../http-types.js';
import type { JsonObject } from './arm-state.js';
import { API_VERSIONS, type ApiVersion, isAtLeast2024, readApiVersion } from './api-versions.js';
import { isResponse } from './arm-errors.js';
import { armRoute, checkResourceGroup } from './arm-route.js';
import { pageOf } from './list-paging.js';
import { PROVIDER, resourceGroupId, workspaceId } from './resource-ids.js';
import { stableGuid } from './stable-ids.js';

function workspaceBody(config: EmulatorConfig, ws: WorkspaceConfig, apiVersion: ApiVersion): JsonObject {
  const id = workspaceId(config, ws.name);
  const group = resourceGroupId(config);
  const body: JsonObject = {
    id,
    name: ws.name,
    type: `${PROVIDER}/workspaces`,
    location: ws.location,
    tags: {},
    sku: { name: 'Basic', tier: 'Basic' },
    identity: { type: 'SystemAssigned', principalId: stableGuid('principal', id), tenantId: config.tenantId },
    properties: {
      workspaceId: stableGuid('workspace', id),
      friendlyName: ws.name,
      storageAccount: `${group}/providers/Microsoft.Storage/storageAccounts/${ws.storageAccount}`,
      keyVault: `${group}/providers/Microsoft.KeyVault/vaults/kv-${ws.name}`,
      applicationInsights: `${group}/providers/Microsoft.Insights/components/appi-${ws.name}`,
      provisioningState: 'Succeeded',
      hbiWorkspace: false,
      publicNetworkAccess: 'Enabled',
      tenantId: config.tenantId,
      storageHnsEnabled: false,
      v1LegacyMode: false,
      mlFlowTrackingUri: `azureml://${ws.location}.api.azureml.ms/mlflow/v1.0${id}`,
    },
  };
  if (isAtLeast2024(apiVersion)) body.kind = 'Default';
  return body;
}

/** Workspaces the caller holds a role on (all of them for unauthenticated test calls), as ARM lists them. */
function visibleWorkspaces(req: EmuRequest, config: EmulatorConfig): WorkspaceConfig[] {
  const principal = req.principal;
  if (principal === undefined) return config.workspaces;
  const identity = config.identities.find((i) => i.clientId === principal.clientId);
  const roles = Object.keys(identity?.roles ?? {}).map((name) => name.toLowerCase());
  return config.workspaces.filter((ws) => roles.includes(ws.name.toLowerCase()));
}

export function workspaceRoutes(): Route[] {
  const listRoute: Route = {
    method: 'GET',
    pattern: `/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/${PROVIDER}/workspaces`,
    auth: 'arm',
    access: 'read',
    operationId: 'Workspaces_ListByResourceGroup',
    apiVersions: API_VERSIONS,
    handler: (req: EmuRequest, ctx: EmulatorContext) => {
      const config = ctx.state.config;
      const apiVersion = readApiVersion(req, listRoute, config);
      if (isResponse(apiVersion)) return apiVersion;
      const groupError = checkResourceGroup(req.params, config);
      if (groupError !== undefined) return groupError;
      const items = visibleWorkspaces(req, config).map((ws) => workspaceBody(config, ws, apiVersion));
      return pageOf(req, ctx, items, 0);
    },
  };
  return [
    armRoute({
      method: 'GET',
      path: '',
      operationId: 'Workspaces_Get',
      access: 'read',
      handler: (_req, _ctx, scope) => ({
        status: 200,
        body: workspaceBody(scope.config, scope.workspace, scope.apiVersion),
      }),
    }),
    listRoute,
  ];
}
