/**
 * Azure clouds: the named public and sovereign clouds, and the AZUREML_CLOUD_* variables that override one endpoint
 * each (how a private cloud, or the local emulator, is reached; no `if (emulator)` anywhere).
 */
import { UserError, nullLogger, type Logger } from '@aml-actions/action-kit';
import type { Env } from './env.js';

export const CLOUD_NAMES = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];

export interface CloudEndpoints {
  /** Azure Resource Manager base URL, no trailing slash. */
  armEndpoint: string;
  /** Token audience for ARM; the credential scope is `${armAudience}/.default`. */
  armAudience: string;
  /** Entra ID authority host; the tenant is appended to it. */
  authorityHost: string;
  /** Blob service URL of a storage account, with `{account}` where the account name goes. */
  blobEndpointPattern: string;
  /** Token audience of the Azure ML data plane. */
  mlAudience: string;
}

export interface Cloud extends CloudEndpoints {
  name: CloudName;
  /** The endpoints that came from AZUREML_CLOUD_* variables rather than from the named cloud. */
  overridden: (keyof CloudEndpoints)[];
}

const CLOUDS: Record<CloudName, CloudEndpoints> = {
  AzureCloud: {
    armEndpoint: 'https://management.azure.com',
    armAudience: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
    blobEndpointPattern: 'https://{account}.blob.core.windows.net',
    mlAudience: 'https://ml.azure.com',
  },
  AzureChinaCloud: {
    armEndpoint: 'https://management.chinacloudapi.cn',
    armAudience: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    blobEndpointPattern: 'https://{account}.blob.core.chinacloudapi.cn',
    mlAudience: 'https://ml.azure.cn',
  },
  AzureUSGovernment: {
    armEndpoint: 'https://management.usgovcloudapi.net',
    armAudience: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
    blobEndpointPattern: 'https://{account}.blob.core.usgovcloudapi.net',
    mlAudience: 'https://ml.azure.us',
  },
};

/** The environment variables of the cloud seam, and the endpoint each one overrides. */
export const CLOUD_OVERRIDE_VARIABLES = {
  AZUREML_CLOUD_ARM_ENDPOINT: 'armEndpoint',
  AZUREML_CLOUD_ARM_AUDIENCE: 'armAudience',
  AZUREML_CLOUD_AUTHORITY_HOST: 'authorityHost',
  AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN: 'blobEndpointPattern',
} as const satisfies Record<string, keyof CloudEndpoints>;

type OverrideVariable = keyof typeof CLOUD_OVERRIDE_VARIABLES;

/**
 * The cloud named by the `cloud` input (case-insensitive; empty means AzureCloud), with every AZUREML_CLOUD_*
 * variable present in `env` overriding its endpoint. Logs each override.
 */
export function resolveCloud(name: string | undefined, env: Env, logger: Logger = nullLogger): Cloud {
  const cloudName = parseCloudName(name);
  const endpoints: CloudEndpoints = { ...CLOUDS[cloudName] };
  const overridden: (keyof CloudEndpoints)[] = [];
  for (const [variable, key] of Object.entries(CLOUD_OVERRIDE_VARIABLES) as [
    OverrideVariable,
    keyof CloudEndpoints,
  ][]) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    endpoints[key] = checkOverride(variable, raw);
    overridden.push(key);
    logger.info(`Cloud ${cloudName}: ${key} overridden by ${variable} = ${endpoints[key]}`);
  }
  return { name: cloudName, ...endpoints, overridden };
}

function parseCloudName(name: string | undefined): CloudName {
  const wanted = (name ?? '').trim();
  if (wanted === '') return 'AzureCloud';
  const found = CLOUD_NAMES.find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  throw new UserError(
    `Input 'cloud' has the value '${wanted}', which is not an Azure cloud. Use one of: ${CLOUD_NAMES.join(', ')} ` +
      `(a private cloud is reached with the AZUREML_CLOUD_* environment variables, see packages/azure/README.md).`,
  );
}

function checkOverride(variable: OverrideVariable, raw: string): string {
  const value = raw.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(value.replace('{account}', 'account'));
  } catch {
    throw new UserError(`Environment variable ${variable} has the value '${raw}', which is not a URL.`);
  }
  if (variable === 'AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN') {
    if (!value.includes('{account}')) {
      throw new UserError(
        `Environment variable ${variable} has the value '${raw}', which lacks the '{account}' placeholder ` +
          `(e.g. https://{account}.blob.core.windows.net or https://127.0.0.1:10000/{account}).`,
      );
    }
    return value;
  }
  // Bearer tokens and Entra ID authorities are refused over plain HTTP by the Azure SDK; audiences may be any URI.
  if (variable !== 'AZUREML_CLOUD_ARM_AUDIENCE' && url.protocol !== 'https:') {
    throw new UserError(
      `Environment variable ${variable} has the value '${raw}', but the Azure SDK only sends tokens over HTTPS: use an https:// URL.`,
    );
  }
  return value;
}

const PUBLIC_AUTHORITY_HOSTS = new Set(Object.values(CLOUDS).map((cloud) => cloud.authorityHost));

/** Whether MSAL instance discovery must be skipped: always, unless the authority is one of Microsoft's own. */
export function needsInstanceDiscoveryDisabled(cloud: Cloud): boolean {
  return !PUBLIC_AUTHORITY_HOSTS.has(cloud.authorityHost);
}

/** The blob service URL of a storage account in this cloud. */
export function blobAccountUrl(cloud: Cloud, account: string): string {
  return cloud.blobEndpointPattern.replace('{account}', account);
}
