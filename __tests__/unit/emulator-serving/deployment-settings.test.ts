import { describe, expect, it } from '@jest/globals';
import type { StoredResource } from '../../../packages/emulator/src/arm/arm-state.js';
import {
  collectorSettings,
  durationMs,
  servingSettings,
} from '../../../packages/emulator/src/serving/deployment-settings.js';

const deployment = (properties: Record<string, unknown>, sku?: Record<string, unknown>): StoredResource => ({
  kind: 'onlineDeployment',
  id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/dev/onlineEndpoints/e/deployments/blue',
  parentId: 'e',
  body: { name: 'blue', properties, ...(sku === undefined ? {} : { sku }) },
  seq: 1,
});

describe('durationMs', () => {
  it.each([
    ['PT5S', 5000],
    ['PT0.5S', 500],
    ['PT1M30S', 90_000],
    ['P1DT2H', 93_600_000],
    ['pt2s', 2000],
  ])('%s is %d ms', (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '5s', 'PT5X', 5])('%p is no duration', (value) => {
    expect(durationMs(value)).toBeUndefined();
  });
});

describe('servingSettings', () => {
  it('reads capacity, WORKER_COUNT and request settings, with the service defaults', () => {
    expect(servingSettings(deployment({}))).toEqual({
      instances: 1,
      workersPerInstance: 1,
      maxConcurrentRequestsPerInstance: 1,
      requestTimeoutMs: 5000,
    });
    expect(
      servingSettings(
        deployment(
          {
            environmentVariables: { WORKER_COUNT: '3' },
            requestSettings: { maxConcurrentRequestsPerInstance: 4, requestTimeout: 'PT0.25S' },
          },
          { capacity: 2 },
        ),
      ),
    ).toEqual({
      instances: 2,
      workersPerInstance: 3,
      maxConcurrentRequestsPerInstance: 4,
      requestTimeoutMs: 250,
    });
  });
});

describe('collectorSettings', () => {
  it('keeps enabled collections with their sampling rates and the rolling rate', () => {
    const settings = collectorSettings(
      deployment({
        dataCollector: {
          collections: {
            model_inputs: { dataCollectionMode: 'Enabled', samplingRate: 0.25 },
            model_outputs: { dataCollectionMode: 'enabled', dataId: '/data/x/versions/1' },
            request: { dataCollectionMode: 'Disabled' },
          },
          rollingRate: 'day',
        },
      }),
    );
    expect(settings).toEqual({
      rates: { model_inputs: 0.25, model_outputs: 1 },
      rollingRate: 'Day',
      withDataId: ['model_outputs'],
    });
  });

  it('is undefined when nothing is enabled', () => {
    expect(collectorSettings(deployment({}))).toBeUndefined();
    expect(
      collectorSettings(
        deployment({ dataCollector: { collections: { request: { dataCollectionMode: 'Disabled' } } } }),
      ),
    ).toBeUndefined();
  });
});
