/**
 * The request bodies of the service's own examples (x-ms-examples of every PUT/PATCH/POST operation the emulator
 * serves) are accepted. Examples use placeholders such as "string" where real values are needed, so a few fields
 * are replaced by values the service itself would require, each listed in FIXUPS; everything else is sent as is.
 */
import { dirname, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { API_VERSIONS, armRoutes } from '../../../packages/emulator/src/arm/index.js';
import { createHarness, type Harness, ws } from './arm-harness.js';
import { assetId, deploymentBody, endpointBody, registerAssets } from './arm-scenario.js';
import { operations, readSpecJson } from './spec-schemas.js';

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Placeholder values the service would refuse, replaced by real ones (path inside the body → value). */
const FIXUPS: [string, (value: unknown) => unknown][] = [
  // Tracked resources live in their workspace's region; the examples say "string".
  ['location', () => 'eastus'],
  // Traffic may only name deployments that exist; the example names a deployment "string" that does not.
  ['properties.traffic', () => ({})],
  // Asset references must be ARM ids of registered versions.
  ['properties.model', () => assetId('models', 'churn', '1')],
  ['properties.environmentId', () => assetId('environments', 'sklearn', '1')],
  ['properties.codeId', () => assetId('codes', 'score', '1')],
  ['properties.codeConfiguration.codeId', () => assetId('codes', 'score', '1')],
  ['properties.trial.environmentId', () => assetId('environments', 'sklearn', '1')],
  ['properties.trial.codeId', () => assetId('codes', 'score', '1')],
  // A cron trigger needs a cron expression.
  ['properties.trigger.expression', () => '0 2 * * *'],
];

function fix(body: unknown): unknown {
  const copy = structuredClone(body);
  for (const [path, value] of FIXUPS) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let node: unknown = copy;
    for (const key of keys) node = isJson(node) ? node[key] : undefined;
    if (isJson(node) && node[last] !== undefined) node[last] = value(node[last]);
  }
  return copy;
}

interface Example {
  operationId: string;
  method: string;
  title: string;
  path: string;
  body: unknown;
}

/** Examples with a request body, for the operations the emulator serves. */
function examples(apiVersion: string): Example[] {
  const served = new Set(armRoutes().map((r) => r.operationId));
  const found: Example[] = [];
  for (const op of operations(apiVersion).values()) {
    if (!served.has(op.operationId) || op.method === 'GET' || op.method === 'DELETE') continue;
    for (const [title, ref] of Object.entries(
      (op.spec['x-ms-examples'] ?? {}) as Record<string, { $ref: string }>,
    )) {
      const example = readSpecJson(join(dirname(op.file), ref.$ref));
      const params = example.parameters as Json;
      if (params.body === undefined) continue;
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (name === 'subscriptionId' || name === 'resourceGroupName' || name === 'workspaceName')
          return `{${name}}`;
        return encodeURIComponent(String(params[name]));
      });
      found.push({
        operationId: op.operationId,
        method: op.method,
        title,
        path: path.replace(/^.*\/workspaces\/\{workspaceName\}/, ws()),
        body: params.body,
      });
    }
  }
  return found;
}

/** What must exist before the example's request makes sense (its endpoint, its deployment). */
async function prepare(h: Harness, example: Example): Promise<void> {
  await registerAssets(h);
  const endpoint = /\/onlineEndpoints\/([^/]+)/.exec(example.path)?.[1];
  if (endpoint === undefined || example.operationId === 'OnlineEndpoints_CreateOrUpdate') return;
  const endpointPath = `${ws()}/onlineEndpoints/${endpoint}`;
  await h.settle(await h.ok('PUT', endpointPath, 201, { body: endpointBody() }));
  const deployment = /\/deployments\/([^/]+)/.exec(example.path)?.[1];
  if (deployment === undefined || example.operationId === 'OnlineDeployments_CreateOrUpdate') return;
  await h.settle(
    await h.ok('PUT', `${endpointPath}/deployments/${deployment}`, 201, { body: deploymentBody() }),
  );
}

describe.each(API_VERSIONS)('spec examples at api-version %s', (apiVersion) => {
  const all = examples(apiVersion);

  it('cover the served operations that take a body', () => {
    const covered = new Set(all.map((e) => e.operationId));
    expect([...covered].sort()).toEqual(
      expect.arrayContaining([
        'OnlineEndpoints_CreateOrUpdate',
        'OnlineDeployments_CreateOrUpdate',
        'ModelVersions_CreateOrUpdate',
        'Jobs_CreateOrUpdate',
        'Schedules_CreateOrUpdate',
        'Datastores_CreateOrUpdate',
        'DataContainers_CreateOrUpdate',
        'DataVersions_CreateOrUpdate',
      ]),
    );
  });

  it.each(all.map((e) => [`${e.operationId} (${e.title})`, e] as const))(
    '%s is accepted',
    async (_name, example) => {
      const h = createHarness();
      await prepare(h, example);
      const response = await h.call(example.method as 'PUT', example.path, {
        apiVersion,
        body: fix(example.body),
      });
      expect(response.status < 300 ? 'accepted' : JSON.stringify(response.body)).toBe('accepted');
    },
  );
});
