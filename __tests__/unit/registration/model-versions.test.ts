import { describe, expect, it } from '@jest/globals';
import type { ModelVersion } from '@azure/arm-machinelearning';
import { UserError } from '@aml-actions/action-kit';
import { createVersion, findVersionByContent, nextFreeVersion } from '@aml-actions/registration';
import { fakeRegistry, recordingLogger } from './fakes.js';

const mine = 'sha256:mine';
const body = (hash = mine): ModelVersion => ({
  properties: { tags: { 'content-hash': hash }, modelUri: 'azureml://x' },
});

describe('nextFreeVersion', () => {
  it.each([
    ['a new model', [], true, 1],
    ['the container nextVersion', ['1', '2', '7'], true, 8],
    ['the highest numeric version when nextVersion is absent', ['1', '3', 'beta'], false, 4],
  ])('uses %s', async (_case, existing, reportsNextVersion, expected) => {
    const registry = fakeRegistry();
    registry.reportsNextVersion = reportsNextVersion;
    for (const version of existing) registry.add('m', version, {});
    await expect(nextFreeVersion(registry, 'm')).resolves.toBe(expected);
  });
});

describe('createVersion', () => {
  it('creates the next free version', async () => {
    const registry = fakeRegistry();
    registry.add('m', '1', { 'content-hash': 'other' });
    const created = await createVersion(registry, 'm', body(), {
      contentHash: mine,
      logger: recordingLogger(),
    });
    expect(created).toMatchObject({ version: '2', reused: false });
    expect(created.model.id).toMatch(/\/models\/m\/versions\/2$/);
  });

  it.each([
    ['rejects the PUT (412)', true],
    ['overwrites, detected on read-back', false],
  ])('moves on when a racer takes the version and the server %s', async (_case, honours) => {
    const registry = fakeRegistry();
    registry.honoursIfNoneMatch = honours;
    registry.add('m', '1', { 'content-hash': 'other' });
    let raced = false;
    registry.beforePut = (name, version) => {
      if (raced) return;
      raced = true;
      if (honours) registry.add(name, version, { 'content-hash': 'racer' });
      else queueMicrotask(() => registry.add(name, version, { 'content-hash': 'racer' }));
    };
    const logger = recordingLogger();
    const created = await createVersion(registry, 'm', body(), { contentHash: mine, logger });
    expect(created).toMatchObject({ version: '3', reused: false });
    expect(registry.versions.get('m:2')?.properties.tags?.['content-hash']).toBe('racer');
    expect(registry.versions.get('m:3')?.properties.tags?.['content-hash']).toBe(mine);
    expect(logger.lines.join('\n')).toMatch(
      /Version 2 of model 'm' (was taken by a concurrent registration|is taken by other content; trying 3)/,
    );
  });

  it('runs two concurrent registrations of different content into different versions', async () => {
    const registry = fakeRegistry();
    const [a, b] = await Promise.all([
      createVersion(registry, 'm', body('sha256:a'), { contentHash: 'sha256:a', logger: recordingLogger() }),
      createVersion(registry, 'm', body('sha256:b'), { contentHash: 'sha256:b', logger: recordingLogger() }),
    ]);
    expect(new Set([a.version, b.version])).toEqual(new Set(['1', '2']));
    expect(registry.versions.get(`m:${a.version}`)?.properties.tags?.['content-hash']).toBe('sha256:a');
    expect(registry.versions.get(`m:${b.version}`)?.properties.tags?.['content-hash']).toBe('sha256:b');
  });

  it('reuses a concurrent registration of the same content', async () => {
    const registry = fakeRegistry();
    registry.beforePut = (name, version) => {
      if (!registry.versions.has(`${name}:${version}`)) registry.add(name, version, { 'content-hash': mine });
    };
    const created = await createVersion(registry, 'm', body(), {
      contentHash: mine,
      logger: recordingLogger(),
    });
    expect(created).toMatchObject({ version: '1', reused: true });
  });

  it('reuses an explicit version that holds the same content', async () => {
    const registry = fakeRegistry();
    registry.add('m', '5', { 'content-hash': mine });
    const created = await createVersion(registry, 'm', body(), {
      explicitVersion: '5',
      contentHash: mine,
      logger: recordingLogger(),
    });
    expect(created).toMatchObject({ version: '5', reused: true });
    expect(registry.puts).toEqual([]);
  });

  it('never overwrites an explicit version holding other content', async () => {
    const registry = fakeRegistry();
    registry.add('m', '5', { 'content-hash': 'other' });
    const error = await createVersion(registry, 'm', body(), {
      explicitVersion: '5',
      contentHash: mine,
      logger: recordingLogger(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe('conflict');
    expect((error as Error).message).toMatch(
      /version: model 'm' version 5 already exists with other content \(content-hash other\)\. Versions are never overwritten/,
    );
    expect(registry.versions.get('m:5')?.properties.tags?.['content-hash']).toBe('other');
  });

  it('gives up with a clear error when every number is taken', async () => {
    const registry = fakeRegistry();
    registry.beforePut = (name, version) =>
      registry.add(name, version, { 'content-hash': `racer-${version}` });
    await expect(
      createVersion(registry, 'm', body(), { contentHash: mine, logger: recordingLogger() }),
    ).rejects.toThrow(/Could not find a free version of model 'm' after 20 attempts/);
  });
});

describe('findVersionByContent', () => {
  it('finds the latest version with the content-hash tag', async () => {
    const registry = fakeRegistry();
    registry.add('m', '1', { 'content-hash': mine });
    registry.add('m', '2', { 'content-hash': 'other' });
    registry.add('m', '3', { 'content-hash': mine });
    await expect(findVersionByContent(registry, 'm', mine)).resolves.toMatchObject({ name: '3' });
    await expect(findVersionByContent(registry, 'm', 'sha256:none')).resolves.toBeUndefined();
    await expect(findVersionByContent(registry, 'unknown', mine)).resolves.toBeUndefined();
  });
});
