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
  /** Its account key (base64), generated at first start; listSecrets returns it. */
  storageAccountKey: string;
  /** Blob container of the default datastore `workspaceblobstore`. */
  defaultContainer: string;
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

/**
 * What a user may write in a config file (JSON or YAML) or pass to startEmulator({ config }): every field optional.
 * Missing ids, names and keys are generated at first start (and kept in --state-dir).
 */
export interface WorkspaceInput {
  name: string;
  location?: string;
  storageAccount?: string;
  storageAccountKey?: string;
  defaultContainer?: string;
}

export interface IdentityInput {
  name: string;
  environment?: string;
  clientId?: string;
  objectId?: string;
  clientSecret?: string;
  roles?: Record<string, WorkspaceRole>;
}

export interface EmulatorConfigInput {
  tenantId?: string;
  subscriptionId?: string;
  resourceGroup?: string;
  repository?: string;
  /** Default location of workspaces that name none. */
  location?: string;
  workspaces?: WorkspaceInput[];
  identities?: IdentityInput[];
  tokenLifetimeSeconds?: number;
  provisioningDelayMs?: number;
  retryAfterSeconds?: number;
}
