/**
 * --state-dir persistence: the whole EmulatorState (config with generated ids and keys, ARM and identity state) and
 * the ports last used, in one JSON file written atomically, debounced after markDirty and on stop.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorConfig } from '../config.js';
import type { EmulatorState } from './types.js';
import { ConfigError } from './config-error.js';

export const STATE_FILE = 'state.json';
const FORMAT_VERSION = 1;
const DEBOUNCE_MS = 250;

export interface PersistedState {
  version: typeof FORMAT_VERSION;
  savedAt: string;
  config: EmulatorConfig;
  arm: EmulatorState['arm'];
  identity: EmulatorState['identity'];
  /** Ports of the last run, reused when free so stored URLs stay valid. */
  ports: { https: number; blob: number };
}

export interface StateStore {
  /** Schedules a save (debounced). */
  markDirty(): void;
  /** Writes now (pending saves included) and waits for it. */
  flush(): Promise<void>;
  /** Writes a last time; later markDirty calls are ignored (the emulator is stopping). */
  close(): Promise<void>;
}

export async function loadState(stateDir: string): Promise<PersistedState | undefined> {
  const file = join(stateDir, STATE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: Partial<PersistedState>;
  try {
    parsed = JSON.parse(text) as Partial<PersistedState>;
  } catch (error) {
    throw new ConfigError(
      `${file} is not valid JSON (${(error as Error).message}). Restore it, or delete the state dir to start afresh.`,
    );
  }
  if (parsed.version !== FORMAT_VERSION || !parsed.config || !parsed.arm || !parsed.identity) {
    throw new ConfigError(
      `${file} is not an emulator state file of version ${FORMAT_VERSION}. Delete the state dir to start afresh.`,
    );
  }
  return parsed as PersistedState;
}

export function snapshot(state: EmulatorState, ports: PersistedState['ports'], now: Date): PersistedState {
  return {
    version: FORMAT_VERSION,
    savedAt: now.toISOString(),
    config: state.config,
    arm: state.arm,
    identity: state.identity,
    ports,
  };
}

/** Saves `take()` into stateDir; errors go to `log` (a failed background save must not crash the emulator). */
export function createStateStore(
  stateDir: string,
  take: () => PersistedState,
  log: (message: string) => void,
): StateStore {
  const file = join(stateDir, STATE_FILE);
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let writing: Promise<void> = Promise.resolve();

  const write = async (): Promise<void> => {
    await mkdir(stateDir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(take(), null, 2), { mode: 0o600 });
    await rename(temp, file);
  };
  const save = (): Promise<void> => {
    timer = undefined;
    writing = writing.then(write).catch((error: unknown) => {
      log(`azureml-emulator: saving state to ${file} failed: ${(error as Error).message}`);
    });
    return writing;
  };

  return {
    markDirty() {
      if (!closed) timer ??= setTimeout(() => void save(), DEBOUNCE_MS);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await save();
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await save();
    },
  };
}
