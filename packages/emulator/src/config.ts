/** Emulator configuration: what exists when it starts. Owned by the platform module (server/ and cli). */

export type WorkspaceRole = 'reader' | 'writer';

export interface IdentityConfig {
  /** Identity name, e.g. 'development'. Also the GitHub environment it is federated with, unless `environment` says otherwise. */
  name: string;
  clientId: string;
  /** Service principal object id (ARM names it in AuthorizationFailed). */
  objectId: string;
  /** GitHub environment whose OIDC subject this app trusts: repo:OWNER/REPO:environment:NAME */
  environment: string;
  /** Optional client secret, for the client-secret grant. */
  clientSecret?: string;
  /** workspace name → role */
  roles: Record<string, WorkspaceRole>;
}

export interface WorkspaceConfig {
  name: string;
  location: string;
  /** Storage account that backs the workspace's default datastore (an Azurite account). */
  storageAccount: string;
}

export interface EmulatorConfig {
  tenantId: string;
  subscriptionId: string;
  resourceGroup: string;
  /** GitHub repository the OIDC service issues tokens for, OWNER/REPO. */
  repository: string;
  workspaces: WorkspaceConfig[];
  identities: IdentityConfig[];
  /** Lifetime of issued access tokens, seconds. */
  tokenLifetimeSeconds: number;
  /** How long long-running operations take before they reach a terminal state, milliseconds. */
  provisioningDelayMs: number;
  /** Retry-After (seconds) sent on LRO poll responses; omitted when undefined. */
  retryAfterSeconds?: number;
}
