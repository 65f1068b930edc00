/** Listing an endpoint's data collector output hour by hour, over the lookback window only. */
import { describe, expect, it } from '@jest/globals';
import type { ContainerClient } from '@azure/storage-blob';
import { UserError, recordingLogger } from '@aml-actions/action-kit';
import { collectorFiles, hourFolder, hoursOf, readTable } from '@aml-actions/drift';

/** A container whose listing answers by prefix and whose blobs download as streams. */
function fakeContainer(blobs: Record<string, string>): { container: ContainerClient; listed: string[] } {
  const listed: string[] = [];
  const container = {
    url: 'https://acct.blob.core.windows.net/azureml-blobstore',
    listBlobsFlat: ({ prefix }: { prefix: string }) => {
      listed.push(prefix);
      const names = Object.keys(blobs).filter((name) => name.startsWith(prefix));
      return (async function* () {
        await Promise.resolve();
        for (const name of names) yield { name, properties: { contentLength: blobs[name]?.length ?? 0 } };
      })();
    },
    listBlobsByHierarchy: (_: string, { prefix }: { prefix: string }) => {
      const next = new Set(
        Object.keys(blobs)
          .filter((name) => name.startsWith(prefix))
          .map((name) => `${prefix}${name.slice(prefix.length).split('/')[0] ?? ''}/`),
      );
      return (async function* () {
        await Promise.resolve();
        for (const name of next) yield { kind: 'prefix', name };
      })();
    },
    getBlobClient: (name: string) => ({
      download: () =>
        Promise.resolve({
          readableStreamBody: (async function* () {
            await Promise.resolve();
            yield Buffer.from(blobs[name] ?? '');
          })(),
        }),
    }),
  } as unknown as ContainerClient;
  return { container, listed };
}

const line = (time: string, rows: unknown[]): string =>
  `${JSON.stringify({ specversion: '1.0', type: 'azureml.inference.model_inputs', time, data: rows })}\n`;

describe('hours', () => {
  it('lists every hour overlapping the window, in UTC', () => {
    const hours = hoursOf(new Date('2024-03-05T22:30:00Z'), new Date('2024-03-06T01:00:00Z'));
    expect(hours.map(hourFolder)).toEqual(['2024/03/05/22', '2024/03/05/23', '2024/03/06/00']);
  });
});

describe('collectorFiles', () => {
  const blobs = {
    'modelDataCollector/ep/blue/model_inputs/2024/03/05/22/blue-0.jsonl': line('2024-03-05T22:10:00Z', [
      { a: 1 },
    ]),
    'modelDataCollector/ep/blue/model_inputs/2024/03/05/23/blue-0.jsonl': line('2024-03-05T23:40:00Z', [
      { a: 2 },
    ]),
    'modelDataCollector/ep/blue/model_inputs/2024/03/05/20/blue-0.jsonl': line('2024-03-05T20:00:00Z', [
      { a: 9 },
    ]),
    'modelDataCollector/ep/green/model_inputs/2024/03/05/23/green-0.jsonl': line('2024-03-05T23:50:00Z', [
      { a: 3 },
    ]),
  };
  const window = { start: new Date('2024-03-05T22:30:00Z'), end: new Date('2024-03-06T00:00:00Z') };

  it('reads only the hours of the window, and the lines inside it', async () => {
    const { container, listed } = fakeContainer(blobs);
    const source = { endpoint: 'ep', deployment: 'blue', collection: 'model_inputs', ...window };
    const found = await collectorFiles(container, 'workspaceblobstore', source, recordingLogger());
    expect(listed).toEqual([
      'modelDataCollector/ep/blue/model_inputs/2024/03/05/22/',
      'modelDataCollector/ep/blue/model_inputs/2024/03/05/23/',
    ]);
    expect(found.files.map((f) => f.name)).toEqual([
      'azureml://datastores/workspaceblobstore/paths/modelDataCollector/ep/blue/model_inputs/2024/03/05/22/blue-0.jsonl',
      'azureml://datastores/workspaceblobstore/paths/modelDataCollector/ep/blue/model_inputs/2024/03/05/23/blue-0.jsonl',
    ]);
    const table = await readTable(found.files, {
      label: 'production',
      input: 'production',
      log: recordingLogger(),
      window,
    });
    // The 22:10 line is in the 22h folder but before the window's start.
    expect(table.rowCount).toBe(1);
  });

  it('reads every deployment when none is named', async () => {
    const { container } = fakeContainer(blobs);
    const source = { endpoint: 'ep', deployment: undefined, collection: 'model_inputs', ...window };
    const found = await collectorFiles(container, 'workspaceblobstore', source, recordingLogger());
    expect(found.deployments).toEqual(['blue', 'green']);
    expect(found.files).toHaveLength(3);
  });

  it('says where it looked when nothing was collected', async () => {
    const { container } = fakeContainer(blobs);
    const source = { endpoint: 'ep', deployment: 'blue', collection: 'model_outputs', ...window };
    const error = await collectorFiles(container, 'workspaceblobstore', source, recordingLogger()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe('not-found');
    expect((error as UserError).message).toContain(
      'looked under modelDataCollector/ep/blue/model_outputs/yyyy/MM/dd/HH/ in datastore workspaceblobstore',
    );
  });
});
