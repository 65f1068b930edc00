/** Default emulator configuration and resolution of a partial input into a full EmulatorConfig (ids, keys generated). */
import { randomBytes, randomUUID } from 'node:crypto';
import type {
  EmulatorConfig,
  EmulatorConfigInput,
  IdentityConfig,
  IdentityInput,
  WorkspaceConfig,
  WorkspaceInput,
} from '../config.js';
import { ConfigError } from './config-error.js';

export const DEFAULT_LOCATION = 'eastus';
export const DEFAULT_PROVISIONING_DELAY_MS = 2000;
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

const DEFAULT_WORKSPACES: WorkspaceInput[] = [{ name: 'dev' }, { name: 'staging' }, { name: 'prod' }];
const DEFAULT_IDENTITIES: IdentityInput[] = [
  { name: 'development', roles: { dev: 'writer', staging: 'reader' } },
  { name: 'staging', roles: { staging: 'writer', dev: 'reader' } },
  { name: 'production', roles: { prod: 'writer', staging: 'reader' } },
];

/**
 * Builds the full configuration. `previous` is the configuration saved in --state-dir: its generated ids and keys are
 * kept, and it supplies the layout (workspaces, identities) when the input names none. A state dir cannot change its
 * workspaces, because the resources stored in it belong to them.
 */
export function resolveConfig(input: EmulatorConfigInput, previous?: EmulatorConfig): EmulatorConfig {
  const location = input.location ?? DEFAULT_LOCATION;
  const workspaceInputs = input.workspaces ?? previous?.workspaces ?? DEFAULT_WORKSPACES;
  const identityInputs = input.identities ?? previous?.identities ?? DEFAULT_IDENTITIES;
  if (previous) assertSameWorkspaces(workspaceInputs, previous.workspaces);
  const workspaces = workspaceInputs.map((ws) =>
    resolveWorkspace(
      ws,
      previous?.workspaces.find((p) => p.name === ws.name),
      location,
    ),
  );
  const identities = identityInputs.map((id) =>
    resolveIdentity(
      id,
      previous?.identities.find((p) => p.name === id.name),
    ),
  );
  const config: EmulatorConfig = {
    tenantId: input.tenantId ?? previous?.tenantId ?? randomUUID(),
    subscriptionId: input.subscriptionId ?? previous?.subscriptionId ?? randomUUID(),
    resourceGroup: input.resourceGroup ?? previous?.resourceGroup ?? 'rg-mlops',
    repository: input.repository ?? previous?.repository ?? 'contoso/churn-model',
    workspaces,
    identities,
    tokenLifetimeSeconds:
      input.tokenLifetimeSeconds ?? previous?.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
    provisioningDelayMs:
      input.provisioningDelayMs ?? previous?.provisioningDelayMs ?? DEFAULT_PROVISIONING_DELAY_MS,
  };
  const retryAfterSeconds = input.retryAfterSeconds ?? previous?.retryAfterSeconds;
  if (retryAfterSeconds !== undefined) config.retryAfterSeconds = retryAfterSeconds;
  checkConsistency(config);
  return config;
}

function resolveWorkspace(
  input: WorkspaceInput,
  previous: WorkspaceConfig | undefined,
  location: string,
): WorkspaceConfig {
  return {
    name: input.name,
    location: input.location ?? previous?.location ?? location,
    storageAccount: input.storageAccount ?? previous?.storageAccount ?? generatedAccountName(input.name),
    storageAccountKey:
      input.storageAccountKey ?? previous?.storageAccountKey ?? randomBytes(64).toString('base64'),
    defaultContainer:
      input.defaultContainer ?? previous?.defaultContainer ?? `azureml-blobstore-${randomUUID()}`,
  };
}

function resolveIdentity(input: IdentityInput, previous: IdentityConfig | undefined): IdentityConfig {
  const identity: IdentityConfig = {
    name: input.name,
    clientId: input.clientId ?? previous?.clientId ?? randomUUID(),
    objectId: input.objectId ?? previous?.objectId ?? randomUUID(),
    environment: input.environment ?? input.name,
    roles: input.roles ?? {},
  };
  const clientSecret = input.clientSecret ?? previous?.clientSecret;
  if (clientSecret !== undefined) identity.clientSecret = clientSecret;
  return identity;
}

/** Azure storage account names: 3-24 lowercase letters and digits, globally unique (hence the random suffix). */
function generatedAccountName(workspace: string): string {
  const stem = workspace
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 14);
  return `st${stem}${randomBytes(4).toString('hex')}`;
}

function assertSameWorkspaces(requested: WorkspaceInput[], saved: WorkspaceConfig[]): void {
  const names = (list: { name: string }[]): string =>
    list
      .map((w) => w.name)
      .sort()
      .join(', ');
  if (names(requested) !== names(saved)) {
    throw new ConfigError(
      `The state dir was created with workspaces [${names(saved)}] but the config asks for [${names(requested)}]. ` +
        'Use a new --state-dir (or delete this one) to change the workspaces.',
    );
  }
}

function checkConsistency(config: EmulatorConfig): void {
  const uniqueFields: [string, string[]][] = [
    ['workspace name', config.workspaces.map((w) => w.name)],
    ['workspace storageAccount', config.workspaces.map((w) => w.storageAccount)],
    ['identity name', config.identities.map((i) => i.name)],
    ['identity clientId', config.identities.map((i) => i.clientId)],
  ];
  for (const [what, values] of uniqueFields) assertUnique(values, what);
  const workspaceNames = new Set(config.workspaces.map((w) => w.name));
  for (const identity of config.identities) {
    for (const ws of Object.keys(identity.roles)) {
      if (!workspaceNames.has(ws)) {
        throw new ConfigError(
          `Identity '${identity.name}' has a role on workspace '${ws}', which is not configured ` +
            `(workspaces: ${[...workspaceNames].join(', ')}). Fix the name or add the workspace.`,
        );
      }
    }
  }
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    const key = value.toLowerCase();
    if (seen.has(key)) throw new ConfigError(`Duplicate ${what} '${value}': each must be unique.`);
    seen.add(key);
  }
}
