/**
 * Builds ARM routes: every handler first gets ARM's checks in ARM's order (api-version, subscription, resource
 * group, workspace), then pending long-running operations are settled, then the handler runs with an ArmScope.
 */
import type { EmulatorConfig, WorkspaceConfig } from '../config.js';
import type { EmulatorContext, EmuRequest, EmuResponse, HttpMethod, Route } from '../http-types.js';
import type { ArmState } from './arm-state.js';
import { API_VERSIONS, type ApiVersion, readApiVersion } from './api-versions.js';
import { armError, isResponse } from './arm-errors.js';
import { settleOperations } from './operations.js';
import { PROVIDER, WORKSPACE_PATTERN, findWorkspace, workspaceId } from './resource-ids.js';

export interface ArmScope {
  apiVersion: ApiVersion;
  state: ArmState;
  config: EmulatorConfig;
  workspace: WorkspaceConfig;
  /** The workspace's ARM id in the configuration's casing. */
  workspaceId: string;
  /** Who is calling, for systemData (the identity's name, or 'emulator' for unauthenticated test calls). */
  actor: string;
}

export type ArmHandler = (
  req: EmuRequest,
  ctx: EmulatorContext,
  scope: ArmScope,
) => EmuResponse | Promise<EmuResponse>;

export interface ArmRouteSpec {
  method: HttpMethod;
  /** Path below the workspace, e.g. '/onlineEndpoints/:endpointName' ('' for the workspace itself). */
  path: string;
  operationId: string;
  access: 'read' | 'write';
  handler: ArmHandler;
}

/** Subscription and resource group checks; the ARM errors for unknown ones. */
export function checkResourceGroup(
  params: Record<string, string>,
  config: EmulatorConfig,
): EmuResponse | undefined {
  const subscription = params.subscriptionId ?? '';
  if (subscription.toLowerCase() !== config.subscriptionId.toLowerCase()) {
    return armError(404, 'SubscriptionNotFound', `The subscription '${subscription}' could not be found.`);
  }
  const group = params.resourceGroupName ?? '';
  if (group.toLowerCase() !== config.resourceGroup.toLowerCase()) {
    return armError(404, 'ResourceGroupNotFound', `Resource group '${group}' could not be found.`);
  }
  return undefined;
}

export function workspaceNotFound(name: string, config: EmulatorConfig): EmuResponse {
  return armError(
    404,
    'ResourceNotFound',
    `The Resource '${PROVIDER}/workspaces/${name}' under resource group '${config.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

/** Settles due operations and tells the platform to persist when anything changed. */
export function settle(ctx: EmulatorContext): void {
  if (settleOperations(ctx)) ctx.state.markDirty();
}

export function armRoute(spec: ArmRouteSpec): Route {
  const route: Route = {
    method: spec.method,
    pattern: `${WORKSPACE_PATTERN}${spec.path}`,
    auth: 'arm',
    access: spec.access,
    operationId: spec.operationId,
    apiVersions: API_VERSIONS,
    handler: async (req, ctx) => {
      const config = ctx.state.config;
      const apiVersion = readApiVersion(req, route, config);
      if (isResponse(apiVersion)) return apiVersion;
      const groupError = checkResourceGroup(req.params, config);
      if (groupError !== undefined) return groupError;
      const name = req.params.workspaceName ?? '';
      const workspace = findWorkspace(config, name);
      if (workspace === undefined) return workspaceNotFound(name, config);
      settle(ctx);
      const scope: ArmScope = {
        apiVersion,
        state: ctx.state.arm,
        config,
        workspace,
        workspaceId: workspaceId(config, workspace.name),
        actor: req.principal?.name ?? 'emulator',
      };
      const response = await spec.handler(req, ctx, scope);
      if (spec.method !== 'GET' && response.status < 300) ctx.state.markDirty();
      return response;
    },
  };
  return route;
}
