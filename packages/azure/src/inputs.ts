/**
 * The Azure inputs every action shares (same names everywhere), as an input spec for action-kit, and their
 * resolution into a cloud, a workspace and the identity to sign in with.
 */
import { input, type InputValues, type Logger } from '@aml-actions/action-kit';
import { CLOUD_NAMES, resolveCloud, type Cloud } from './clouds.js';
import type { IdentityInputs } from './credentials.js';
import type { Env } from './env.js';
import { resolveWorkspaceRef, type WorkspaceRef } from './workspace-ref.js';

/** Spread into each action's spec: `defineInputs({ ...azureInputSpec, 'model-name': input.string(...) })`. */
export const azureInputSpec = {
  'subscription-id': input.string({
    description:
      'Azure subscription id (GUID) of the workspace. Defaults to the AZURE_SUBSCRIPTION_ID environment variable ' +
      '(set by azure/login). Not needed with workspace-id.',
  }),
  'resource-group': input.string({
    description: 'Resource group of the Azure ML workspace. Not needed with workspace-id.',
  }),
  workspace: input.string({
    description: 'Name of the Azure ML workspace. Not needed with workspace-id.',
  }),
  'workspace-id': input.string({
    description:
      'Full ARM id of the workspace (/subscriptions/…/resourceGroups/…/providers/Microsoft.MachineLearningServices/' +
      'workspaces/…), instead of subscription-id, resource-group and workspace.',
  }),
  cloud: input.enum(CLOUD_NAMES, {
    default: 'AzureCloud',
    description:
      'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment. AZUREML_CLOUD_* environment variables ' +
      'override single endpoints (private clouds, the local emulator).',
  }),
  'client-id': input.string({
    description:
      'Client id of the Entra ID application or managed identity to sign in as (OIDC or client secret). ' +
      'Defaults to the AZURE_CLIENT_ID environment variable.',
  }),
  'tenant-id': input.string({
    description: 'Entra ID tenant id. Defaults to the AZURE_TENANT_ID environment variable.',
  }),
} as const;

export type AzureInputValues = InputValues<typeof azureInputSpec>;

export interface AzureInputs {
  cloud: Cloud;
  workspace: WorkspaceRef;
  identity: IdentityInputs;
}

/**
 * Resolve the common Azure inputs (already parsed by action-kit's readInputs) with their environment fallbacks.
 * Logs cloud endpoint overrides and the workspace; throws a UserError for a missing or conflicting workspace.
 */
export function readAzureInputs(values: AzureInputValues, env: Env, logger: Logger): AzureInputs {
  const cloud = resolveCloud(values.cloud, env, logger);
  const workspace = resolveWorkspaceRef(values, env);
  logger.info(
    `Workspace ${workspace.workspace} (resource group ${workspace.resourceGroup}, subscription ${workspace.subscriptionId}, cloud ${cloud.name})`,
  );
  return {
    cloud,
    workspace,
    identity: { clientId: values.clientId, tenantId: values.tenantId },
  };
}
