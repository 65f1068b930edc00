/** Stand-ins for copy-model's unit tests: a registry whose list understands key-only tag filters, a readable container. */
import { writeFile } from 'node:fs/promises';
import type { ModelVersion } from '@azure/arm-machinelearning';
import { workspaceArmId, type WorkspaceRef } from '@aml-actions/azure';
import type { DownloadContainer } from '@aml-actions/promotion';
import { fakeContainer, fakeRegistry, type FakeContainer, type FakeRegistry } from '../registration/fakes.js';

export { recordingLogger } from '../registration/fakes.js';

export const SUB = '00000000-1111-2222-3333-444444444444';
/** The source workspace of the tests. */
export const stagingRef: WorkspaceRef = {
  subscriptionId: SUB,
  resourceGroup: 'rg',
  workspace: 'staging',
  id: workspaceArmId(SUB, 'rg', 'staging'),
};

export class StatusError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code?: string,
  ) {
    super(`HTTP ${statusCode}${code === undefined ? '' : ` ${code}`}`);
  }
}

/** fakeRegistry, with `tags` filters of the service's form `key` or `key=value`, and a workspace name. */
export function registry(workspace: string): FakeRegistry {
  const fake = fakeRegistry();
  fake.workspace = workspace;
  const versions = fake.client.modelVersions;
  const list = versions.list.bind(versions);
  versions.list = ((rg: string, ws: string, name: string, options?: { tags?: string }) => {
    const filter = options?.tags ?? '';
    if (filter === '' || filter.includes('=')) return list(rg, ws, name, options);
    const all = list(rg, ws, name, {}) as AsyncIterable<ModelVersion>;
    return (async function* () {
      for await (const version of all) if (version.properties.tags?.[filter] !== undefined) yield version;
    })();
  }) as typeof versions.list;
  return fake;
}

export interface ReadableContainer extends FakeContainer, DownloadContainer {
  /** Fail downloads with this status. */
  failWith?: number;
}

/** fakeContainer that can also be downloaded from. */
export function readableContainer(files: Record<string, string | Buffer> = {}): ReadableContainer {
  const base = fakeContainer();
  for (const [name, data] of Object.entries(files)) {
    base.blobs.set(name, { data: Buffer.from(data), metadata: {} });
  }
  const container = base as ReadableContainer;
  Object.assign(container, {
    accountName: 'ststaging',
    getBlobClient: (name: string) => ({
      downloadToFile: async (
        file: string,
        _offset: number,
        _count: undefined,
        options: { onProgress?: (e: { loadedBytes: number }) => void },
      ) => {
        if (container.failWith !== undefined)
          throw new StatusError(container.failWith, 'AuthorizationPermissionMismatch');
        const blob = base.blobs.get(name);
        if (blob === undefined) throw new StatusError(404, 'BlobNotFound');
        await writeFile(file, blob.data);
        options.onProgress?.({ loadedBytes: blob.data.length });
        return {};
      },
    }),
  });
  return container;
}
