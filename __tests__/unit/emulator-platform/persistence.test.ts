import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createStateStore,
  loadState,
  snapshot,
  STATE_FILE,
} from '../../../packages/emulator/src/state/persistence.js';
import { resolveConfig } from '../../../packages/emulator/src/state/resolve-config.js';
import type { EmulatorState } from '../../../packages/emulator/src/state/types.js';

async function withTempDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'emu-state-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function fakeState(): EmulatorState {
  const config = resolveConfig({});
  return {
    config,
    arm: { resources: { '/x': { name: 'model-1' } } } as unknown as EmulatorState['arm'],
    identity: { jobs: { development: { requestToken: 't' } } } as unknown as EmulatorState['identity'],
    markDirty: () => undefined,
  };
}

describe('resolveConfig', () => {
  it('gives the default layout with generated ids and keys', () => {
    const config = resolveConfig({});
    expect(config.resourceGroup).toBe('rg-mlops');
    expect(config.repository).toBe('contoso/churn-model');
    expect(config.workspaces.map((w) => w.name)).toEqual(['dev', 'staging', 'prod']);
    expect(Object.fromEntries(config.identities.map((i) => [i.name, i.roles]))).toEqual({
      development: { dev: 'writer', staging: 'reader' },
      staging: { staging: 'writer', dev: 'reader' },
      production: { prod: 'writer', staging: 'reader' },
    });
    for (const ws of config.workspaces) {
      expect(ws.storageAccount).toMatch(/^[a-z0-9]{3,24}$/);
      expect(Buffer.from(ws.storageAccountKey, 'base64')).toHaveLength(64);
      expect(ws.defaultContainer).toMatch(/^azureml-blobstore-[0-9a-f-]{36}$/);
    }
    expect(resolveConfig({}).tenantId).not.toBe(config.tenantId);
  });

  it('keeps the generated values of a saved config and takes new timings', () => {
    const saved = resolveConfig({ provisioningDelayMs: 5 });
    const again = resolveConfig({ provisioningDelayMs: 9, retryAfterSeconds: 1 }, saved);
    expect(again).toEqual({ ...saved, provisioningDelayMs: 9, retryAfterSeconds: 1 });
  });

  it('lets a saved state dir change identities but not workspaces', () => {
    const saved = resolveConfig({});
    const changed = resolveConfig(
      { identities: [{ name: 'development', roles: { prod: 'reader' } }] },
      saved,
    );
    expect(changed.identities).toEqual([{ ...saved.identities[0], roles: { prod: 'reader' } }]);
    expect(() => resolveConfig({ workspaces: [{ name: 'dev' }] }, saved)).toThrow(
      /state dir was created with workspaces \[dev, prod, staging\] but the config asks for \[dev\]/,
    );
  });

  it('refuses roles on unknown workspaces and duplicate names', () => {
    expect(() => resolveConfig({ identities: [{ name: 'x', roles: { qa: 'writer' } }] })).toThrow(
      /Identity 'x' has a role on workspace 'qa', which is not configured/,
    );
    expect(() => resolveConfig({ workspaces: [{ name: 'a' }, { name: 'A' }] })).toThrow(
      /Duplicate workspace name 'A'/,
    );
  });
});

describe('state persistence', () => {
  it('round-trips the whole state through the state dir', async () => {
    await withTempDir(async (dir) => {
      const state = fakeState();
      const store = createStateStore(
        dir,
        () => snapshot(state, { https: 8443, blob: 10000 }, new Date(0)),
        () => undefined,
      );
      store.markDirty();
      await store.flush();
      const loaded = await loadState(dir);
      expect(loaded).toEqual({
        version: 1,
        savedAt: new Date(0).toISOString(),
        config: state.config,
        arm: state.arm,
        identity: state.identity,
        ports: { https: 8443, blob: 10000 },
      });
    });
  });

  it('debounces markDirty into one write with the latest state', async () => {
    await withTempDir(async (dir) => {
      const state = fakeState();
      let snapshots = 0;
      const store = createStateStore(
        dir,
        () => {
          snapshots += 1;
          return snapshot(state, { https: 1, blob: 2 }, new Date());
        },
        () => undefined,
      );
      store.markDirty();
      state.config.provisioningDelayMs = 1234;
      store.markDirty();
      await store.flush();
      expect(snapshots).toBe(1);
      expect((await loadState(dir))?.config.provisioningDelayMs).toBe(1234);
    });
  });

  it('saves a last time on close and ignores later changes', async () => {
    await withTempDir(async (dir) => {
      const state = fakeState();
      let snapshots = 0;
      const store = createStateStore(
        dir,
        () => {
          snapshots += 1;
          return snapshot(state, { https: 1, blob: 2 }, new Date());
        },
        () => undefined,
      );
      store.markDirty();
      await store.close();
      store.markDirty();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(snapshots).toBe(1);
    });
  });

  it('reports a failed background save instead of crashing', async () => {
    await withTempDir(async (dir) => {
      const messages: string[] = [];
      const store = createStateStore(
        join(dir, STATE_FILE, 'not-a-dir'),
        () => snapshot(fakeState(), { https: 1, blob: 2 }, new Date()),
        (m) => messages.push(m),
      );
      await writeFile(join(dir, STATE_FILE), 'x');
      await store.flush();
      expect(messages).toEqual([expect.stringMatching(/saving state to .* failed/)]);
    });
  });

  it('has nothing to load from an empty dir, and refuses a corrupt or foreign file with a fix', async () => {
    await withTempDir(async (dir) => {
      expect(await loadState(dir)).toBeUndefined();
      await writeFile(join(dir, STATE_FILE), '{"version":1');
      await expect(loadState(dir)).rejects.toThrow(/is not valid JSON .* delete the state dir/);
      await writeFile(join(dir, STATE_FILE), '{"version":99}');
      await expect(loadState(dir)).rejects.toThrow(/not an emulator state file of version 1/);
      expect(await readFile(join(dir, STATE_FILE), 'utf8')).toBe('{"version":99}');
    });
  });
});
