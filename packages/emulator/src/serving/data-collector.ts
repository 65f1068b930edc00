/**
 * Azure ML's model data collector for one deployment: CloudEvents-style records as JSON Lines appended to
 * `modelDataCollector/{endpoint}/{deployment}/{collection}/{yyyy}/{MM}/{dd}/{HH}/{instance}.jsonl` in the workspace's
 * default datastore. Custom collections (model_inputs, model_outputs, …) are batched: the rows collected within one
 * flush interval go into one line. Payload collections (request, response) get one line per request. A line over
 * 4 MB goes to its own blob and the line holds its URL (`datainblob`), as the service does.
 */
import { randomUUID } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';

export const PAYLOAD_COLLECTIONS = ['request', 'response'] as const;
const MAX_LINE_BYTES = 4 * 1024 * 1024;

export type RollingRate = 'Year' | 'Month' | 'Day' | 'Hour' | 'Minute';

export interface CollectedEntry {
  collection: string;
  instance: string;
  /** Rows (custom collections) or the payload (request/response). */
  data: unknown;
  correlationId: string;
  requestId: string;
  time: Date;
  /** Python type of the collected data, e.g. pandas.core.frame.DataFrame. */
  dataType?: string;
  /** Payload collections: the request's path and method. */
  path?: string;
  method?: string;
}

export interface DataCollectorOptions {
  container: ContainerClient;
  endpoint: string;
  deployment: string;
  /** The deployment's ARM id (the records' `source`). */
  source: string;
  rollingRate: RollingRate;
  /** Rows collected within this interval share a line (default 1000 ms). */
  flushMs?: number;
  report: (message: string) => void;
}

export interface DataCollector {
  add(entry: CollectedEntry): void;
  /** Writes what is buffered now. */
  flush(): Promise<void>;
  /** Stops the periodic flush after a last one. */
  close(): Promise<void>;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The blob path of a collection's records at `time` (UTC, as deep as the rolling rate). */
export function collectionBlobPath(
  options: Pick<DataCollectorOptions, 'endpoint' | 'deployment' | 'rollingRate'>,
  collection: string,
  instance: string,
  time: Date,
): string {
  const parts = [
    pad(time.getUTCFullYear(), 4),
    pad(time.getUTCMonth() + 1),
    pad(time.getUTCDate()),
    pad(time.getUTCHours()),
    pad(time.getUTCMinutes()),
  ];
  const depth = { Year: 1, Month: 2, Day: 3, Hour: 4, Minute: 5 }[options.rollingRate];
  return [
    'modelDataCollector',
    options.endpoint,
    options.deployment,
    collection,
    ...parts.slice(0, depth),
    `${instance}.jsonl`,
  ].join('/');
}

function record(
  options: DataCollectorOptions,
  first: CollectedEntry,
  data: unknown,
): Record<string, unknown> {
  const payload = PAYLOAD_COLLECTIONS.some((c) => c === first.collection);
  const content = JSON.stringify(data);
  const size = Buffer.byteLength(content);
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: options.source,
    type: `azureml.inference.${first.collection}`,
    datacontenttype: 'application/json',
    time: first.time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    data,
    ...(payload ? { path: first.path, method: first.method } : {}),
    contentrange: `bytes 0-${Math.max(size - 1, 0)}/${size}`,
    correlationid: first.correlationId,
    xrequestid: first.requestId,
    modelversion: 'default',
    collectdatatype: first.dataType ?? (payload ? 'application/json' : 'builtins.list'),
    agent: payload ? 'azureml-emulator/payload-logging' : 'azureml-ai-monitoring/0.1.0b4',
  };
}

export function createDataCollector(options: DataCollectorOptions): DataCollector {
  let buffered: CollectedEntry[] = [];
  let writing: Promise<void> = Promise.resolve();
  const created = new Set<string>();

  async function append(blob: string, line: Record<string, unknown>): Promise<void> {
    let text = `${JSON.stringify(line)}\n`;
    if (Buffer.byteLength(text) > MAX_LINE_BYTES) {
      const dataBlob = blob.replace(/\.jsonl$/, `/${String(line.id)}.json`);
      const client = options.container.getBlockBlobClient(dataBlob);
      await client.uploadData(Buffer.from(JSON.stringify(line.data)));
      text = `${JSON.stringify({ ...line, data: client.url, datainblob: 'true' })}\n`;
    }
    const client = options.container.getAppendBlobClient(blob);
    if (!created.has(blob)) {
      await client.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/jsonl' } });
      created.add(blob);
    }
    await client.appendBlock(text, Buffer.byteLength(text));
  }

  /** One line per payload entry; one line per (blob, flush) for rows of custom collections. */
  function lines(entries: CollectedEntry[]): [string, Record<string, unknown>][] {
    const out: [string, Record<string, unknown>][] = [];
    const batches = new Map<string, CollectedEntry[]>();
    for (const entry of entries) {
      const blob = collectionBlobPath(options, entry.collection, entry.instance, entry.time);
      if (PAYLOAD_COLLECTIONS.some((c) => c === entry.collection)) {
        out.push([blob, record(options, entry, entry.data)]);
        continue;
      }
      batches.set(blob, [...(batches.get(blob) ?? []), entry]);
    }
    for (const [blob, batch] of batches) {
      const first = batch[0];
      if (first === undefined) continue;
      const rows = batch.flatMap((entry): unknown[] =>
        Array.isArray(entry.data) ? (entry.data as unknown[]) : [entry.data],
      );
      out.push([blob, record(options, first, rows)]);
    }
    return out;
  }

  function flush(): Promise<void> {
    const entries = buffered;
    buffered = [];
    if (entries.length === 0) return writing;
    writing = writing.then(async () => {
      for (const [blob, line] of lines(entries)) {
        await append(blob, line).catch((error: unknown) => {
          options.report(
            `Data collection of ${options.deployment} could not write ${blob}: ${String(error)}`,
          );
        });
      }
    });
    return writing;
  }

  const timer = setInterval(() => void flush(), options.flushMs ?? 1000);
  timer.unref();
  return {
    add(entry) {
      buffered.push(entry);
    },
    flush,
    close() {
      clearInterval(timer);
      return flush();
    },
  };
}
