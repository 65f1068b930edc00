import { describe, expect, it } from '@jest/globals';
import type { OnlineDeploymentBody } from '@aml-actions/azureml-spec';
import {
  deploymentChanges,
  diffDesired,
  diffOwned,
  formatDifferences,
  type DeploymentResource,
} from '@aml-actions/endpoints';

const MODEL =
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/dev/models/m/versions/1';

describe('diffDesired: only what the desired side states', () => {
  it.each<[string, unknown, unknown, string[]]>([
    ['equal scalars', { a: 1 }, { a: 1 }, []],
    ['defaults Azure adds are no difference', { a: 1 }, { a: 1, b: 2 }, []],
    ['a changed value', { a: 1 }, { a: 2 }, ['a: 2 → 1']],
    ['a missing value', { a: { b: 'x' } }, {}, ['a: (not set) → {"b":"x"}']],
    ['nested', { p: { q: { r: true } } }, { p: { q: { r: false, s: 1 } } }, ['p.q.r: false → true']],
    ['undefined is not stated', { a: undefined }, { a: 5 }, []],
    ['ARM ids case-insensitively', { model: MODEL }, { model: MODEL.toLowerCase() }, []],
    ['other strings exactly', { name: 'Blue' }, { name: 'blue' }, ['name: blue → Blue']],
    ['arrays whole', { h: ['a', 'b'] }, { h: ['a'] }, ['h: ["a"] → ["a","b"]']],
  ])('%s', (_case, desired, current, expected) => {
    expect(formatDifferences(diffDesired(desired, current))).toEqual(expected);
  });
});

describe('diffOwned: what the file no longer states must go', () => {
  it.each<[string, unknown, unknown, string[]]>([
    ['removed map', {}, { p: { env: { A: '1' } } }, ['p.env: {"A":"1"} → (not set)']],
    [
      'removed key of a map',
      { p: { env: { A: '1' } } },
      { p: { env: { A: '1', B: '2' } } },
      ['p.env.B: 2 → (not set)'],
    ],
    ['nothing in Azure', { p: {} }, { p: {} }, []],
    ['same', { p: { env: { A: '1' } } }, { p: { env: { A: '1' } } }, []],
  ])('%s', (_case, desired, current, expected) => {
    expect(formatDifferences(diffOwned(desired, current, ['p.env']))).toEqual(expected);
  });
});

describe('deploymentChanges', () => {
  const body: OnlineDeploymentBody = {
    location: 'eastus',
    sku: { name: 'Default', capacity: 1 },
    properties: {
      endpointComputeType: 'Managed',
      model: MODEL,
      instanceType: 'Standard_DS3_v2',
      environmentVariables: { LOG_LEVEL: 'info' },
    },
  };
  const current: DeploymentResource = {
    id: 'x',
    name: 'blue',
    location: 'eastus',
    sku: { name: 'Default', tier: 'Standard', capacity: 1 },
    properties: {
      ...body.properties,
      provisioningState: 'Succeeded',
      appInsightsEnabled: false,
      requestSettings: { maxConcurrentRequestsPerInstance: 1 },
    },
    systemData: { lastModifiedAt: '2026-01-01T00:00:00Z' },
  };

  it('finds none when Azure only added defaults and read-only fields', () => {
    expect(deploymentChanges(body, current)).toEqual([]);
  });

  it('lists the instance count, the model and a removed environment variable', () => {
    const changed: OnlineDeploymentBody = {
      ...body,
      sku: { name: 'Default', capacity: 3 },
      properties: { ...body.properties, model: MODEL.replace('/1', '/2'), environmentVariables: {} },
    };
    const withExtra = {
      ...current,
      properties: { ...current.properties, environmentVariables: { LOG_LEVEL: 'info', DEBUG: '1' } },
    };
    expect(deploymentChanges(changed, withExtra)).toEqual([
      'sku.capacity: 1 → 3',
      `properties.model: ${MODEL} → ${MODEL.replace('/1', '/2')}`,
      'properties.environmentVariables.LOG_LEVEL: info → (not set)',
      'properties.environmentVariables.DEBUG: 1 → (not set)',
    ]);
  });
});
