/** The serving queue of one deployment: sampling of data collection, payload logging, 429 and restarts. */
import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { createContainerLog } from '../../../packages/emulator/src/serving/container-log.js';
import type { CollectedEntry, DataCollector } from '../../../packages/emulator/src/serving/data-collector.js';
import {
  createDeploymentServer,
  type DeploymentServer,
  type ScoreInput,
} from '../../../packages/emulator/src/serving/deployment-server.js';

const FIXTURE = path.resolve('__tests__/fixtures/serving/worker');
const servers: DeploymentServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

function serve(rates: Record<string, number>, draws: number[]) {
  const collected: CollectedEntry[] = [];
  const collector: DataCollector = {
    add: (entry) => collected.push(entry),
    flush: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  let i = 0;
  const log = createContainerLog(() => new Date());
  const server = createDeploymentServer({
    name: 'blue',
    log,
    settings: {
      instances: 1,
      workersPerInstance: 1,
      maxConcurrentRequestsPerInstance: 1,
      requestTimeoutMs: 5000,
    },
    worker: {
      python: 'python3',
      appRoot: FIXTURE,
      entryScript: 'score.py',
      env: { PATH: process.env.PATH, AZUREML_EMULATOR_COLLECTIONS: JSON.stringify(Object.keys(rates)) },
      log,
    },
    collections: { rates, collector },
    fault: () => undefined,
    random: () => draws[i++ % draws.length] ?? 0,
  });
  servers.push(server);
  return { server, collected };
}

const input = (body: unknown): ScoreInput => ({
  body: JSON.stringify(body),
  headers: { 'x-tenant': 't' },
  path: '/score',
  method: 'POST',
  requestId: 'req',
  correlationId: 'corr',
});

describe('deployment server', () => {
  it('collects a request in every collection whose sampling rate its draw is under', async () => {
    const { server, collected } = serve({ model_inputs: 0.5, request: 0.5, response: 0.25 }, [0.1, 0.9, 0.4]);
    await server.start();
    for (const n of [1, 2, 3]) expect((await server.score(input({ n }))).kind).toBe('answer');
    const seen = collected.map((entry) => `${entry.collection}:${JSON.stringify(entry.data)}`);
    expect(seen).toEqual([
      'model_inputs:[{"a":1,"b":3},{"a":2,"b":4}]',
      'request:{"n":1}',
      'response:{"tenant":"t","n":1}',
      'model_inputs:[{"a":1,"b":3},{"a":2,"b":4}]',
      'request:{"n":3}',
    ]);
    expect(collected[1]).toMatchObject({
      instance: 'blue-0',
      path: '/score',
      method: 'POST',
      requestId: 'req',
    });
  });

  it('refuses requests beyond 2 × max concurrent × instances with too-many', async () => {
    const { server } = serve({}, [1]);
    await server.start();
    const outcomes = await Promise.all([1, 2, 3].map(() => server.score(input({ sleep: 0.3 }))));
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['answer', 'answer', 'too-many']);
  });
});
