import { describe, expect, it } from '@jest/globals';
import { findChampion, parseCompareTo } from '@aml-actions/registration';
import { fakeRegistry } from './fakes.js';

describe('parseCompareTo', () => {
  it.each([
    ['latest', { kind: 'latest' }],
    [' 3 ', { kind: 'version', version: '3' }],
    ['stage=production', { kind: 'tag', key: 'stage', value: 'production' }],
    ['env=a=b', { kind: 'tag', key: 'env', value: 'a=b' }],
  ])('parses %j', (text, expected) => {
    expect(parseCompareTo(text)).toEqual(expected);
  });

  it.each(['=prod', 'stage=', 'stage=prod, env=x', 'v 3', ''])('refuses %j', (text) => {
    expect(() => parseCompareTo(text)).toThrow(
      /compare-to: '.*' is not a champion reference\. Use 'latest', a version/,
    );
  });
});

describe('findChampion', () => {
  const registry = fakeRegistry();
  registry.add('m', '1', { stage: 'production', 'content-hash': 'h1' }, { 'metric.auc': '0.8' });
  registry.add('m', '2', { stage: 'production', 'content-hash': 'h2' }, { 'metric.auc': '0.85' });
  registry.add('m', '3', { stage: 'staging', 'content-hash': 'h3' }, { 'metric.auc': '0.9' });

  it.each([
    ['latest', 'h9', { version: '3', metrics: { auc: 0.9 } }],
    ['latest', 'h3', { version: '2', metrics: { auc: 0.85 } }],
    ['stage=production', 'h9', { version: '2', metrics: { auc: 0.85 } }],
    ['1', 'h9', { version: '1', metrics: { auc: 0.8 } }],
    ['stage=canary', 'h9', undefined],
  ])('compare-to %s (challenger %s)', async (compareTo, hash, expected) => {
    await expect(findChampion(registry, 'm', parseCompareTo(compareTo), hash)).resolves.toEqual(expected);
  });

  it('says which version is missing', async () => {
    await expect(findChampion(registry, 'm', parseCompareTo('9'), 'h')).rejects.toThrow(
      /compare-to: model 'm' has no version 9 in workspace 'ws'/,
    );
  });
});
