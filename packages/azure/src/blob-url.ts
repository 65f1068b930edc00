/**
 * Blob URLs (`https://<account>.blob.core.windows.net/<container>/<path>`) in the action's cloud, reached with the
 * signed-in identity (Entra token; reading needs a Storage Blob Data role on the account). URLs of another cloud's
 * storage, or of anything that is not blob storage, are refused with an error saying so.
 */
import type { TokenCredential } from '@azure/identity';
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { UserError } from '@aml-actions/action-kit';
import { blobAccountUrl, type Cloud } from './clouds.js';

export interface BlobUrlLocation {
  account: string;
  container: string;
  /** Path below the container, without leading '/'. */
  path: string;
}

const ACCOUNT = '([a-z0-9]{3,24})';

/** The account, container and path of a blob URL of this cloud; `input` names where the URL came from. */
export function parseBlobUrl(url: string, cloud: Cloud, input: string): BlobUrlLocation {
  const escaped = cloud.blobEndpointPattern
    .split('{account}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(ACCOUNT);
  const match = new RegExp(`^${escaped}/([^/?#]+)/([^?#]*)$`, 'i').exec(url.split('?')[0] ?? '');
  const [, account, container, path] = match ?? [];
  if (account === undefined || container === undefined || path === undefined) {
    throw new UserError(
      `${input}: '${url}' is not a blob URL of the ${cloud.name} storage (${blobAccountUrl(cloud, '<account>')}/<container>/<path>). ` +
        'Copying from storage in another cloud, or from outside Azure Storage, is not supported: register the model from a ' +
        'datastore of a workspace in this cloud first.',
    );
  }
  return { account: account.toLowerCase(), container, path: decodeURIComponent(path).replace(/\/+$/, '') };
}

/** A client for the URL's container, signed in with `credential`. */
export function blobUrlContainer(
  location: BlobUrlLocation,
  cloud: Cloud,
  credential: TokenCredential,
  clientOptions?: StoragePipelineOptions,
): ContainerClient {
  return new ContainerClient(
    `${blobAccountUrl(cloud, location.account)}/${encodeURIComponent(location.container)}`,
    credential,
    clientOptions,
  );
}
