/** The ready line: what a script or test needs to point actions (and SDK clients) at the emulator. */
import type { WorkspaceRole } from '../config.js';
import type { EmulatorContext } from '../http-types.js';
import { federatedSubject, identityEnv } from '../identity/index.js';
import { ADMIN_PREFIX } from './admin-routes.js';

export interface IdentityInfo {
  clientId: string;
  objectId: string;
  /** OIDC subject the identity's federated credential trusts: repo:OWNER/REPO:environment:NAME */
  subject: string;
  environment: string;
  roles: Record<string, WorkspaceRole>;
  /** Variables that make a process act as a GitHub job in this identity's environment (OIDC request URL and token, ...). */
  env: Record<string, string>;
}

export interface ReadyInfo {
  armEndpoint: string;
  authorityHost: string;
  tenantId: string;
  subscriptionId: string;
  resourceGroup: string;
  workspaces: string[];
  /** Azurite's blob service, e.g. https://127.0.0.1:10000 (the account is the first path segment). */
  blobEndpoint: string;
  identities: Record<string, IdentityInfo>;
  /** Loopback-only control routes: {adminUrl}/faults, {adminUrl}/requests, {adminUrl}/info. */
  adminUrl: string;
  /** The emulator's certificate (PEM); trust it with NODE_EXTRA_CA_CERTS. */
  caFile: string;
  /** Variables that, added to any action's environment, make it talk to the emulator. */
  env: Record<string, string>;
  /** The emulator's process id. */
  pid: number;
  stateDir?: string;
}

export const ARM_AUDIENCE = 'https://management.azure.com';

export function buildReadyInfo(
  ctx: EmulatorContext,
  blobEndpoint: string,
  caFile: string,
  stateDir?: string,
): ReadyInfo {
  const { config } = ctx.state;
  const info: ReadyInfo = {
    armEndpoint: ctx.baseUrl,
    authorityHost: ctx.baseUrl,
    tenantId: config.tenantId,
    subscriptionId: config.subscriptionId,
    resourceGroup: config.resourceGroup,
    workspaces: config.workspaces.map((w) => w.name),
    blobEndpoint,
    identities: Object.fromEntries(
      config.identities.map((identity) => [
        identity.name,
        {
          clientId: identity.clientId,
          objectId: identity.objectId,
          subject: federatedSubject(config, identity),
          environment: identity.environment,
          roles: identity.roles,
          env: identityEnv(identity, ctx),
        },
      ]),
    ),
    adminUrl: `${ctx.baseUrl}${ADMIN_PREFIX}`,
    caFile,
    env: {
      NODE_EXTRA_CA_CERTS: caFile,
      AZUREML_CLOUD_ARM_ENDPOINT: ctx.baseUrl,
      AZUREML_CLOUD_AUTHORITY_HOST: ctx.baseUrl,
      AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN: `${blobEndpoint}/{account}`,
      AZUREML_CLOUD_ARM_AUDIENCE: ARM_AUDIENCE,
      AZURE_SUBSCRIPTION_ID: config.subscriptionId,
    },
    pid: process.pid,
  };
  if (stateDir !== undefined) info.stateDir = stateDir;
  return info;
}
