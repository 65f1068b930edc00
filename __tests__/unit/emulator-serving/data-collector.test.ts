import { describe, expect, it } from '@jest/globals';
import type { ContainerClient } from '@azure/storage-blob';
import {
  collectionBlobPath,
  createDataCollector,
} from '../../../packages/emulator/src/serving/data-collector.js';

/** An in-memory container: append blobs and block blobs, as the collector uses them. */
function memoryContainer(): { container: ContainerClient; blobs: Map<string, string> } {
  const blobs = new Map<string, string>();
  const container = {
    getAppendBlobClient: (name: string) => ({
      createIfNotExists: () => {
        if (!blobs.has(name)) blobs.set(name, '');
        return Promise.resolve();
      },
      appendBlock: (text: string) => {
        blobs.set(name, (blobs.get(name) ?? '') + text);
        return Promise.resolve();
      },
    }),
    getBlockBlobClient: (name: string) => ({
      url: `https://blob/${name}`,
      uploadData: (data: Buffer) => {
        blobs.set(name, data.toString());
        return Promise.resolve();
      },
    }),
  } as unknown as ContainerClient;
  return { container, blobs };
}

const at = new Date('2024-03-05T18:16:25.123Z');
const options = { endpoint: 'ep', deployment: 'blue', rollingRate: 'Hour' as const };

describe('collectionBlobPath', () => {
  it.each([
    ['Hour', 'modelDataCollector/ep/blue/model_inputs/2024/03/05/18/blue-0.jsonl'],
    ['Day', 'modelDataCollector/ep/blue/model_inputs/2024/03/05/blue-0.jsonl'],
    ['Minute', 'modelDataCollector/ep/blue/model_inputs/2024/03/05/18/16/blue-0.jsonl'],
  ] as const)('rolls by %s', (rollingRate, expected) => {
    expect(collectionBlobPath({ ...options, rollingRate }, 'model_inputs', 'blue-0', at)).toBe(expected);
  });
});

describe('createDataCollector', () => {
  it('batches the rows collected within one flush into one CloudEvents line per blob', async () => {
    const { container, blobs } = memoryContainer();
    const collector = createDataCollector({
      ...options,
      container,
      source: '/ws/onlineEndpoints/ep/deployments/blue',
      flushMs: 60_000,
      report: () => undefined,
    });
    for (const [i, correlationId] of ['a', 'b'].entries()) {
      collector.add({
        collection: 'model_inputs',
        instance: 'blue-0',
        data: [{ x: i }],
        correlationId,
        requestId: correlationId,
        time: at,
        dataType: 'pandas.core.frame.DataFrame',
      });
    }
    collector.add({
      collection: 'request',
      instance: 'blue-0',
      data: { data: [1] },
      correlationId: 'a',
      requestId: 'r',
      time: at,
      path: '/score',
      method: 'POST',
    });
    await collector.close();
    const inputs = blobs.get('modelDataCollector/ep/blue/model_inputs/2024/03/05/18/blue-0.jsonl') ?? '';
    const lines = inputs
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      specversion: '1.0',
      source: '/ws/onlineEndpoints/ep/deployments/blue',
      type: 'azureml.inference.model_inputs',
      datacontenttype: 'application/json',
      time: '2024-03-05T18:16:25Z',
      data: [{ x: 0 }, { x: 1 }],
      correlationid: 'a',
      collectdatatype: 'pandas.core.frame.DataFrame',
      contentrange: 'bytes 0-16/17',
    });
    const request = JSON.parse(
      blobs.get('modelDataCollector/ep/blue/request/2024/03/05/18/blue-0.jsonl') ?? '',
    ) as Record<string, unknown>;
    expect(request).toMatchObject({
      type: 'azureml.inference.request',
      data: { data: [1] },
      path: '/score',
      method: 'POST',
      xrequestid: 'r',
    });
  });

  it('stores a line over 4 MB in its own blob and references it', async () => {
    const { container, blobs } = memoryContainer();
    const collector = createDataCollector({
      ...options,
      container,
      source: 's',
      flushMs: 60_000,
      report: () => undefined,
    });
    collector.add({
      collection: 'model_outputs',
      instance: 'blue-0',
      data: [{ big: 'x'.repeat(4_200_000) }],
      correlationId: 'c',
      requestId: 'c',
      time: at,
    });
    await collector.close();
    const line = JSON.parse(
      blobs.get('modelDataCollector/ep/blue/model_outputs/2024/03/05/18/blue-0.jsonl') ?? '',
    ) as Record<string, string>;
    expect(line.datainblob).toBe('true');
    expect(line.data).toMatch(
      /^https:\/\/blob\/modelDataCollector\/ep\/blue\/model_outputs\/2024\/03\/05\/18\/blue-0\/.+\.json$/,
    );
    expect(blobs.get(line.data?.replace('https://blob/', '') ?? '')).toContain('"big"');
  });
});
