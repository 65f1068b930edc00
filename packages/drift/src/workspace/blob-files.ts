/** Data files in an Azure ML datastore: one blob, every data blob under a folder or matching a pattern, read as streams. */
import type { ContainerClient } from '@azure/storage-blob';
import { UserError } from '@aml-actions/action-kit';
import { SUPPORTED_FORMATS, formatOf, type DataFile } from '../data/read-table.js';

/** A blob as a data file; `label` (its azureml:// URI) is what messages name. */
export function blobFile(
  container: ContainerClient,
  blob: string,
  size: number | undefined,
  label: string,
  signal?: AbortSignal,
): DataFile | undefined {
  const format = formatOf(blob);
  if (format === undefined) return undefined;
  return {
    name: label,
    format,
    ...(size === undefined ? {} : { size }),
    async *chunks() {
      const response = await container.getBlobClient(blob).download(0, undefined, { abortSignal: signal });
      const body = response.readableStreamBody;
      if (body === undefined) return;
      for await (const chunk of body) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    },
  };
}

/** Every blob whose name starts with `prefix`, with its size. */
export async function listBlobs(
  container: ContainerClient,
  prefix: string,
  signal?: AbortSignal,
): Promise<{ name: string; size: number | undefined }[]> {
  const blobs: { name: string; size: number | undefined }[] = [];
  for await (const blob of container.listBlobsFlat({ prefix, abortSignal: signal })) {
    blobs.push({ name: blob.name, size: blob.properties.contentLength });
  }
  return blobs;
}

/**
 * The data files at `path` in a datastore: the blob of that name, or the data blobs under that folder (name order).
 * `uri` is the input's value, `input` its name, for messages.
 */
export async function datastoreFiles(
  container: ContainerClient,
  datastore: string,
  path: string,
  input: string,
  signal?: AbortSignal,
): Promise<DataFile[]> {
  const base = `azureml://datastores/${datastore}/paths/`;
  const trimmed = path.replace(/\/+$/, '');
  const blobs = await listBlobs(container, trimmed, signal);
  const exact = blobs.find((blob) => blob.name === trimmed);
  const chosen =
    exact === undefined
      ? blobs.filter((blob) => blob.name.startsWith(`${trimmed}/`) || trimmed === '')
      : [exact];
  const files = chosen
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((blob) => blobFile(container, blob.name, blob.size, `${base}${blob.name}`, signal))
    .filter((file): file is DataFile => file !== undefined);
  if (files.length === 0) {
    throw new UserError(
      `Input '${input}' is ${base}${path}, where datastore '${datastore}' holds ` +
        `${chosen.length === 0 ? 'no blob of that name or under that folder' : `no data file (${chosen.length} other blobs)`}. ` +
        `Give the path of a file or folder of data: ${SUPPORTED_FORMATS}.`,
      { kind: 'not-found' },
    );
  }
  return files;
}

/** The data blobs under `prefix` whose names match (name order); an empty list when none does. */
export async function matchingBlobFiles(
  container: ContainerClient,
  datastore: string,
  prefix: string,
  matches: (name: string) => boolean,
  signal?: AbortSignal,
): Promise<DataFile[]> {
  const base = `azureml://datastores/${datastore}/paths/`;
  return (await listBlobs(container, prefix, signal))
    .filter((blob) => matches(blob.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((blob) => blobFile(container, blob.name, blob.size, `${base}${blob.name}`, signal))
    .filter((file): file is DataFile => file !== undefined);
}

/** A blob's text (UTF-8), undefined when it does not exist. */
export async function readBlobText(
  container: ContainerClient,
  blob: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  try {
    const buffer = await container
      .getBlobClient(blob)
      .downloadToBuffer(undefined, undefined, { abortSignal: signal });
    return buffer.toString('utf8');
  } catch (error) {
    if ((error as { statusCode?: number } | null)?.statusCode === 404) return undefined;
    throw error;
  }
}
