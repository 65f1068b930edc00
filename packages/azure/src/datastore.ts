/**
 * Blob access to an Azure ML datastore (by default the workspace's `workspaceblobstore`): the datastore's storage
 * account and container, with its account key or SAS from listSecrets (masked before anything could print them),
 * or the signed-in identity for identity-based datastores.
 */
import type {
  AccountKeyDatastoreSecrets,
  AzureBlobDatastore,
  SasDatastoreSecrets,
} from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/identity';
import {
  AnonymousCredential,
  ContainerClient,
  StorageSharedKeyCredential,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import { UserError, maskSecret, type Logger } from '@aml-actions/action-kit';
import { isRestError } from '@azure/core-rest-pipeline';
import { translateArmError } from './arm-errors.js';
import { blobAccountUrl, type Cloud } from './clouds.js';
import type { MlClient } from './ml-client.js';
import type { WorkspaceRef } from './workspace-ref.js';

export const DEFAULT_DATASTORE = 'workspaceblobstore';

export interface DatastoreContainerOptions {
  /** Default: workspaceblobstore. */
  datastoreName?: string;
  /** Signs in to storage for identity-based datastores (credentials type None). */
  credential?: TokenCredential;
  /** Storage pipeline options (retries, TLS). */
  clientOptions?: StoragePipelineOptions;
  /**
   * When listing the datastore's secrets is forbidden (an identity that only reads the workspace), sign in to storage
   * with `credential` instead, as for an identity-based datastore: that needs a Storage Blob Data role on the account.
   */
  fallbackToIdentity?: boolean;
}

export async function getDatastoreContainer(
  mlClient: MlClient,
  workspace: WorkspaceRef,
  cloud: Cloud,
  logger: Logger,
  options: DatastoreContainerOptions = {},
): Promise<ContainerClient> {
  const name = options.datastoreName ?? DEFAULT_DATASTORE;
  const resource = `datastore '${name}' in workspace '${workspace.workspace}'`;
  const datastore = await mlClient.datastores
    .get(workspace.resourceGroup, workspace.workspace, name)
    .catch((e: unknown) => {
      throw translateArmError(e, { action: `Reading ${resource}`, resource });
    });
  const properties = datastore.properties;
  if (properties.datastoreType !== 'AzureBlob') {
    throw new UserError(
      `The ${resource} is of type ${properties.datastoreType}; only AzureBlob datastores can be used here. ` +
        `Use '${DEFAULT_DATASTORE}' or another Azure Blob datastore.`,
    );
  }
  const { accountName, containerName } = properties as AzureBlobDatastore;
  if (!accountName || !containerName) {
    throw new UserError(
      `The ${resource} names no storage account or container; fix the datastore in Azure ML.`,
    );
  }
  const containerUrl = `${blobAccountUrl(cloud, accountName)}/${encodeURIComponent(containerName)}`;
  const credentialsType = properties.credentials.credentialsType;
  const where = `container '${containerName}' of storage account '${accountName}'`;

  if (credentialsType === 'None') {
    if (options.credential === undefined) {
      throw new UserError(
        `The ${resource} is identity-based (no stored credentials), and no Azure credential was given to reach it.`,
      );
    }
    logger.info(`Datastore ${name}: ${where}, signed in as the action's identity`);
    return new ContainerClient(containerUrl, options.credential, options.clientOptions);
  }
  if (credentialsType !== 'AccountKey' && credentialsType !== 'Sas') {
    throw new UserError(
      `The ${resource} uses ${credentialsType} credentials, which this suite does not use for blob access. ` +
        `Give the datastore an account key, a SAS token, or make it identity-based.`,
    );
  }
  const fallback = options.fallbackToIdentity === true ? options.credential : undefined;
  const secrets = await mlClient.datastores
    .listSecrets(workspace.resourceGroup, workspace.workspace, name)
    .catch((e: unknown): TokenCredential => {
      if (fallback !== undefined && isForbidden(e)) return fallback;
      throw translateArmError(e, { action: `Reading the secrets of ${resource}`, resource });
    });
  if ('getToken' in secrets) {
    logger.info(
      `Datastore ${name}: ${where}, signed in as the action's identity (it may not list the datastore's secrets; ` +
        'reading needs the Storage Blob Data Reader role on the storage account)',
    );
    return new ContainerClient(containerUrl, secrets, options.clientOptions);
  }
  if (secrets.secretsType === 'AccountKey') {
    const key = (secrets as AccountKeyDatastoreSecrets).key;
    if (!key)
      throw new UserError(`Azure ML returned no account key for the ${resource}.`, { kind: 'service' });
    maskSecret(logger, key);
    logger.info(`Datastore ${name}: ${where}, with the account key`);
    return new ContainerClient(
      containerUrl,
      new StorageSharedKeyCredential(accountName, key),
      options.clientOptions,
    );
  }
  if (secrets.secretsType === 'Sas') {
    const sas = (secrets as SasDatastoreSecrets).sasToken?.replace(/^\?/, '');
    if (!sas) throw new UserError(`Azure ML returned no SAS token for the ${resource}.`, { kind: 'service' });
    maskSecret(logger, sas);
    logger.info(`Datastore ${name}: ${where}, with a SAS token`);
    return new ContainerClient(`${containerUrl}?${sas}`, new AnonymousCredential(), options.clientOptions);
  }
  throw new UserError(
    `Azure ML returned ${secrets.secretsType} secrets for the ${resource}, which has ${credentialsType} credentials.`,
    { kind: 'service' },
  );
}

function isForbidden(e: unknown): boolean {
  return isRestError(e) && e.statusCode === 403;
}
