/**
 * Production data from an online endpoint's model data collector: the JSON Lines files under
 * modelDataCollector/{endpoint}/{deployment}/{collection}/yyyy/MM/dd/HH/ in the workspace's default datastore,
 * listed hour by hour over the lookback window only.
 */
import type { ContainerClient } from '@azure/storage-blob';
import { UserError, type Logger } from '@aml-actions/action-kit';
import type { DataFile } from '../data/read-table.js';
import { blobFile, listBlobs } from './blob-files.js';

export interface CollectorSource {
  endpoint: string;
  /** undefined: every deployment of the endpoint. */
  deployment: string | undefined;
  collection: string;
  start: Date;
  end: Date;
}

const HOUR = 3_600_000;
const LISTING_CONCURRENCY = 8;
const pad = (n: number): string => String(n).padStart(2, '0');

/** yyyy/MM/dd/HH of an hour (UTC), as the collector writes it. */
export function hourFolder(time: Date): string {
  return `${time.getUTCFullYear()}/${pad(time.getUTCMonth() + 1)}/${pad(time.getUTCDate())}/${pad(time.getUTCHours())}`;
}

/** Every hour that overlaps [start, end). */
export function hoursOf(start: Date, end: Date): Date[] {
  const hours: Date[] = [];
  for (let t = Math.floor(start.getTime() / HOUR) * HOUR; t < end.getTime(); t += HOUR)
    hours.push(new Date(t));
  return hours;
}

async function deploymentsOf(
  container: ContainerClient,
  endpoint: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const names: string[] = [];
  const prefix = `modelDataCollector/${endpoint}/`;
  for await (const item of container.listBlobsByHierarchy('/', { prefix, abortSignal: signal })) {
    if (item.kind === 'prefix') names.push(item.name.slice(prefix.length).replace(/\/$/, ''));
  }
  return names;
}

export interface CollectedFiles {
  files: DataFile[];
  deployments: string[];
  hours: number;
  /** Reads a line's data stored in its own blob (lines over 4 MB). */
  fetchReferenced: (url: string) => Promise<unknown>;
}

export async function collectorFiles(
  container: ContainerClient,
  datastore: string,
  source: CollectorSource,
  log: Logger,
  signal?: AbortSignal,
): Promise<CollectedFiles> {
  const { endpoint, collection } = source;
  const deployments =
    source.deployment === undefined ? await deploymentsOf(container, endpoint, signal) : [source.deployment];
  const hours = hoursOf(source.start, source.end);
  const prefixes = deployments.flatMap((deployment) =>
    hours.map((hour) => `modelDataCollector/${endpoint}/${deployment}/${collection}/${hourFolder(hour)}/`),
  );
  log.info(
    `Listing ${prefixes.length} hourly folder(s) of collection ${collection} for ${deployments.length === 0 ? 'no deployment' : `deployment(s) ${deployments.join(', ')}`} ` +
      `of endpoint ${endpoint}, ${source.start.toISOString()} to ${source.end.toISOString()}.`,
  );
  const found: { name: string; size: number | undefined }[] = [];
  for (let i = 0; i < prefixes.length; i += LISTING_CONCURRENCY) {
    const batch = await Promise.all(
      prefixes.slice(i, i + LISTING_CONCURRENCY).map((prefix) => listBlobs(container, prefix, signal)),
    );
    found.push(...batch.flat().filter((blob) => blob.name.endsWith('.jsonl')));
  }
  const base = `azureml://datastores/${datastore}/paths/`;
  const files = found
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((blob) => blobFile(container, blob.name, blob.size, `${base}${blob.name}`, signal))
    .filter((file): file is DataFile => file !== undefined);
  if (files.length === 0) {
    const where = `modelDataCollector/${endpoint}/${source.deployment ?? '<deployment>'}/${collection}/yyyy/MM/dd/HH/`;
    throw new UserError(
      `No ${collection} data was collected for endpoint '${endpoint}'` +
        `${source.deployment === undefined ? (deployments.length === 0 ? ' (no deployment has collected anything)' : '') : ` deployment '${source.deployment}'`} ` +
        `between ${source.start.toISOString()} and ${source.end.toISOString()} (looked under ${where} in datastore ${datastore}). ` +
        `Check that the deployment's data_collector enables collections.${collection} (rolling_rate Hour or Minute) and ` +
        'that its scoring script collects it, that requests were scored in that time, or widen lookback.',
      { kind: 'not-found' },
    );
  }
  const containerPath = new URL(container.url).pathname.replace(/\/$/, '');
  return {
    files,
    deployments,
    hours: hours.length,
    fetchReferenced: async (url) => {
      const path = new URL(url).pathname;
      if (!path.startsWith(`${containerPath}/`)) {
        throw new UserError(
          `A collected line refers to ${url}, outside datastore ${datastore}: it cannot be read.`,
          {
            kind: 'not-found',
          },
        );
      }
      const blob = decodeURIComponent(path.slice(containerPath.length + 1));
      const buffer = await container
        .getBlobClient(blob)
        .downloadToBuffer(undefined, undefined, { abortSignal: signal });
      return JSON.parse(buffer.toString('utf8')) as unknown;
    },
  };
}
