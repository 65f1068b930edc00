/** In-memory stand-ins for the ARM model registry and a blob container, recording what was called. */
import type { ModelContainer, ModelVersion } from '@azure/arm-machinelearning';
import type { BlobItem } from '@azure/storage-blob';
import type { Logger } from '@aml-actions/action-kit';
import type { UploadContainer } from '@aml-actions/assets';
import type { ModelRegistry } from '@aml-actions/registration';

class FakeRestError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

function paged<T>(items: T[]): AsyncIterableIterator<T> & { byPage: () => AsyncIterableIterator<T[]> } {
  const iterator = (async function* () {
    for (const item of items) yield item;
    await Promise.resolve();
  })();
  return Object.assign(iterator, {
    byPage: () =>
      (async function* () {
        yield items;
        await Promise.resolve();
      })(),
  });
}

export interface FakeRegistry extends ModelRegistry {
  versions: Map<string, ModelVersion>;
  puts: string[];
  /** Called before a PUT lands: lets a test play a concurrent registration. */
  beforePut?: (name: string, version: string) => void;
  /** Whether PUT honours If-None-Match (412 on an existing version) or overwrites, as a careless server might. */
  honoursIfNoneMatch: boolean;
  /** Whether the container reports nextVersion. */
  reportsNextVersion: boolean;
  add(
    name: string,
    version: string,
    tags: Record<string, string>,
    properties?: Record<string, string>,
  ): ModelVersion;
}

export function fakeRegistry(): FakeRegistry {
  const versions = new Map<string, ModelVersion>();
  const key = (name: string, version: string): string => `${name}:${version}`;
  const idOf = (name: string, version: string): string =>
    `/subscriptions/sub/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/models/${name}/versions/${version}`;
  const store = (name: string, version: string, body: ModelVersion): ModelVersion => {
    const stored: ModelVersion = {
      ...body,
      id: idOf(name, version),
      name: version,
      systemData: { createdAt: new Date() },
    };
    versions.set(key(name, version), stored);
    return stored;
  };
  const ofModel = (name: string): ModelVersion[] =>
    [...versions.entries()].filter(([k]) => k.startsWith(`${name}:`)).map(([, v]) => v);

  const registry: FakeRegistry = {
    subscriptionId: 'sub',
    resourceGroup: 'rg',
    workspace: 'ws',
    versions,
    puts: [],
    honoursIfNoneMatch: true,
    reportsNextVersion: true,
    add(name, version, tags, properties = {}) {
      return store(name, version, {
        properties: { tags, properties, modelUri: `azureml://fake/${version}` },
      });
    },
    client: {
      modelVersions: {
        get: (_rg: string, _ws: string, name: string, version: string) => {
          const found = versions.get(key(name, version));
          return found ? Promise.resolve(found) : Promise.reject(new FakeRestError(404, 'not found'));
        },
        list: (_rg: string, _ws: string, name: string, options?: { tags?: string }) => {
          const [tagKey, tagValue] = (options?.tags ?? '').split('=');
          return paged(ofModel(name).filter((v) => !tagKey || v.properties.tags?.[tagKey] === tagValue));
        },
        createOrUpdate: (
          _rg: string,
          _ws: string,
          name: string,
          version: string,
          body: ModelVersion,
          options?: { requestOptions?: { customHeaders?: Record<string, string> } },
        ) => {
          registry.puts.push(version);
          registry.beforePut?.(name, version);
          const guarded = options?.requestOptions?.customHeaders?.['If-None-Match'] === '*';
          if (guarded && registry.honoursIfNoneMatch && versions.has(key(name, version))) {
            return Promise.reject(new FakeRestError(412, 'exists'));
          }
          return Promise.resolve(store(name, version, body));
        },
        delete: () => Promise.resolve(),
      },
      modelContainers: {
        get: (_rg: string, _ws: string, name: string) => {
          const all = ofModel(name);
          if (all.length === 0) return Promise.reject(new FakeRestError(404, 'no model'));
          const highest = Math.max(...all.map((v) => Number(v.name)).filter(Number.isInteger));
          const container: ModelContainer = {
            properties: registry.reportsNextVersion ? { nextVersion: String(highest + 1) } : {},
          };
          return Promise.resolve(container);
        },
        list: () => paged([]),
        delete: () => Promise.resolve(),
        createOrUpdate: () => Promise.reject(new Error('not used')),
      },
    } as unknown as ModelRegistry['client'],
  };
  return registry;
}

export interface FakeBlob {
  data: Buffer;
  metadata: Record<string, string>;
}

export interface FakeContainer extends UploadContainer {
  blobs: Map<string, FakeBlob>;
  uploads: string[];
  /** Fail the upload of blobs whose name matches (to leave an unfinished upload). */
  failOn?: RegExp;
}

export function fakeContainer(): FakeContainer {
  const blobs = new Map<string, FakeBlob>();
  const container: FakeContainer = {
    blobs,
    uploads: [],
    containerName: 'azureml-blobstore-test',
    listBlobsFlat: ((options?: { prefix?: string }) =>
      paged(
        [...blobs.entries()]
          .filter(([name]) => name.startsWith(options?.prefix ?? ''))
          .map(
            ([name, blob]) =>
              ({
                name,
                properties: { contentLength: blob.data.length },
                metadata: blob.metadata,
              }) as unknown as BlobItem,
          ),
      )) as unknown as UploadContainer['listBlobsFlat'],
    getBlockBlobClient: ((name: string) => ({
      uploadFile: async (
        file: string,
        options: { metadata: Record<string, string>; onProgress?: (e: { loadedBytes: number }) => void },
      ) => {
        const { readFile } = await import('node:fs/promises');
        if (container.failOn?.test(name)) throw new FakeRestError(500, `injected failure for ${name}`);
        const data = await readFile(file);
        container.uploads.push(name);
        options.onProgress?.({ loadedBytes: data.length });
        blobs.set(name, { data, metadata: { ...options.metadata } });
        return {};
      },
      setMetadata: (metadata: Record<string, string>) => {
        const blob = blobs.get(name);
        if (!blob) return Promise.reject(new FakeRestError(404, 'no blob'));
        blob.metadata = { ...metadata };
        return Promise.resolve({});
      },
    })) as unknown as UploadContainer['getBlockBlobClient'],
  };
  return container;
}

/** A logger that keeps its lines for assertions. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
    group: (_title, fn) => fn(),
    mask: () => undefined,
  };
}
