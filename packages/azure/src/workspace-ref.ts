/**
 * Which Azure ML workspace an action works on: `subscription-id` + `resource-group` + `workspace`, or `workspace-id`
 * (the workspace's full ARM id). The subscription falls back to the AZURE_SUBSCRIPTION_ID environment variable.
 */
import { UserError } from '@aml-actions/action-kit';
import { nonEmpty, type Env } from './env.js';

export interface WorkspaceRef {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  /** The workspace's ARM id, rebuilt in canonical casing. */
  id: string;
}

/** The raw values of the workspace inputs (empty strings count as absent). */
export interface WorkspaceInputValues {
  subscriptionId?: string;
  resourceGroup?: string;
  workspace?: string;
  workspaceId?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// ARM rules: resource group 1-90 of letters, digits, _ - . ( ), not ending in '.'; workspace 3-33, starting alphanumeric.
const RESOURCE_GROUP = /^[-\w.()]{0,89}[-\w()]$/u;
const WORKSPACE = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/;
const WORKSPACE_ID =
  /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/providers\/microsoft\.machinelearningservices\/workspaces\/([^/]+)\/?$/i;

const INPUT_NAMES = {
  subscriptionId: 'subscription-id',
  resourceGroup: 'resource-group',
  workspace: 'workspace',
} as const;

export function workspaceArmId(subscriptionId: string, resourceGroup: string, workspace: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`;
}

/** Parse a workspace ARM id (segment names are case-insensitive, as in ARM). */
export function parseWorkspaceId(value: string, input = 'workspace-id'): WorkspaceRef {
  const match = WORKSPACE_ID.exec(value.trim());
  if (!match) {
    throw new UserError(
      `Input '${input}' has the value '${value}', which is not an Azure ML workspace id. Expected ` +
        `/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.MachineLearningServices/workspaces/<workspace> ` +
        `(shown as "Resource ID" on the workspace's Properties page in the Azure portal).`,
    );
  }
  const [, subscriptionId = '', resourceGroup = '', workspace = ''] = match;
  const source = `Input '${input}'`;
  return checkedRef(subscriptionId, resourceGroup, workspace, {
    subscriptionId: source,
    resourceGroup: source,
    workspace: source,
  });
}

/**
 * The workspace the inputs name. `workspace-id` and the three separate inputs may both be given only when they agree
 * (case-insensitive, as ARM compares them). `inputPrefix` names a second workspace's inputs in errors (`source-`:
 * source-workspace-id, source-subscription-id, ...).
 */
export function resolveWorkspaceRef(values: WorkspaceInputValues, env: Env, inputPrefix = ''): WorkspaceRef {
  const names = {
    subscriptionId: `${inputPrefix}${INPUT_NAMES.subscriptionId}`,
    resourceGroup: `${inputPrefix}${INPUT_NAMES.resourceGroup}`,
    workspace: `${inputPrefix}${INPUT_NAMES.workspace}`,
  };
  const idInput = `${inputPrefix}workspace-id`;
  const given = {
    subscriptionId: nonEmpty(values.subscriptionId),
    resourceGroup: nonEmpty(values.resourceGroup),
    workspace: nonEmpty(values.workspace),
  };
  const workspaceId = nonEmpty(values.workspaceId);
  if (workspaceId !== undefined) {
    const ref = parseWorkspaceId(workspaceId, idInput);
    for (const [key, input] of Object.entries(names) as [keyof typeof INPUT_NAMES, string][]) {
      const value = given[key];
      if (value !== undefined && value.toLowerCase() !== ref[key].toLowerCase()) {
        throw new UserError(
          `Input '${input}' is '${value}' but input '${idInput}' names '${ref[key]}'. ` +
            `Give either '${idInput}' or '${Object.values(names).join("', '")}', not conflicting values of both.`,
        );
      }
    }
    return ref;
  }
  const subscriptionId = given.subscriptionId ?? nonEmpty(env.AZURE_SUBSCRIPTION_ID);
  const missing = [
    subscriptionId === undefined
      ? `'${names.subscriptionId}' (or the AZURE_SUBSCRIPTION_ID environment variable)`
      : undefined,
    given.resourceGroup === undefined ? `'${names.resourceGroup}'` : undefined,
    given.workspace === undefined ? `'${names.workspace}'` : undefined,
  ].filter((item) => item !== undefined);
  if (subscriptionId === undefined || given.resourceGroup === undefined || given.workspace === undefined) {
    throw new UserError(
      `No workspace given: input ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing. ` +
        `Set '${names.subscriptionId}', '${names.resourceGroup}' and '${names.workspace}', or '${idInput}' to the workspace's full ARM id.`,
    );
  }
  return checkedRef(subscriptionId, given.resourceGroup, given.workspace, {
    subscriptionId:
      given.subscriptionId === undefined
        ? 'Environment variable AZURE_SUBSCRIPTION_ID'
        : `Input '${names.subscriptionId}'`,
    resourceGroup: `Input '${names.resourceGroup}'`,
    workspace: `Input '${names.workspace}'`,
  });
}

function checkedRef(
  subscriptionId: string,
  resourceGroup: string,
  workspace: string,
  /** Where each value came from, for the error message ("Input 'workspace'"). */
  sources: Record<keyof typeof INPUT_NAMES, string>,
): WorkspaceRef {
  if (!GUID.test(subscriptionId)) {
    throw new UserError(
      `${sources.subscriptionId} gives the subscription '${subscriptionId}', which is not a subscription id: ` +
        `expected a GUID such as 00000000-1111-2222-3333-444444444444 (az account show --query id).`,
    );
  }
  if (!RESOURCE_GROUP.test(resourceGroup)) {
    throw new UserError(
      `${sources.resourceGroup} gives the resource group '${resourceGroup}', which is not a valid name: ` +
        `1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'.`,
    );
  }
  if (!WORKSPACE.test(workspace)) {
    throw new UserError(
      `${sources.workspace} gives the workspace '${workspace}', which is not a valid workspace name: ` +
        `3-33 letters, digits, '_' or '-', starting with a letter or digit.`,
    );
  }
  return {
    subscriptionId,
    resourceGroup,
    workspace,
    id: workspaceArmId(subscriptionId, resourceGroup, workspace),
  };
}
