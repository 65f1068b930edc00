/**
 * Azurite's blob service as a child process: loopback, HTTPS with the emulator's certificate, telemetry off, the
 * workspaces' storage accounts (AZURITE_ACCOUNTS), in memory or in a folder. Entra tokens are accepted (`--oauth
 * basic`) and checked against the blob data roles (see azurite-preload.cjs). It shuts down when its IPC channel
 * closes (see azurite-preload.cjs), so it never outlives the emulator.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

export interface AzuriteAccount {
  name: string;
  key: string;
}

/** Blob data roles by storage account and principal object id (Storage Blob Data Reader / Contributor). */
export type BlobDataRoles = Record<string, Record<string, 'reader' | 'writer'>>;

/** Where azurite-preload.cjs reads the blob data roles that bearer-token requests are checked against. */
export const BLOB_ROLES_VARIABLE = 'AZUREML_EMULATOR_BLOB_ROLES';

export interface AzuriteOptions {
  certFile: string;
  keyFile: string;
  accounts: AzuriteAccount[];
  /** Who may read or write each account's blobs with an Entra token (OAuth); shared key and SAS are unaffected. */
  blobRoles: BlobDataRoles;
  /** Folder for blobs and metadata; in memory when undefined. */
  location?: string;
  /** 0 picks a free port. */
  port: number;
  log: (message: string) => void;
  readyTimeoutMs?: number;
}

export interface AzuriteProcess {
  /** e.g. https://127.0.0.1:10000 */
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

const STOP_TIMEOUT_MS = 5000;
const READY_LINE = /successfully listens on (https?:\/\/\S+)/;

export async function startAzurite(options: AzuriteOptions): Promise<AzuriteProcess> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('azurite/dist/src/blob/main.js');
  const preload = fileURLToPath(new URL('./azurite-preload.cjs', import.meta.url));
  const args = [
    ...['--blobHost', '127.0.0.1', '--blobPort', String(options.port)],
    ...['--cert', options.certFile, '--key', options.keyFile],
    ...['--skipApiVersionCheck', '--loose', '--disableTelemetry', '--silent', '--oauth', 'basic'],
    ...(options.location === undefined ? ['--inMemoryPersistence'] : ['--location', options.location]),
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AZURITE_ACCOUNTS: options.accounts.map((a) => `${a.name}:${a.key}`).join(';'),
    [BLOB_ROLES_VARIABLE]: JSON.stringify(options.blobRoles),
  };
  delete env.NODE_OPTIONS;
  const child = fork(main, args, {
    env,
    execArgv: ['--require', preload],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const endpoint = await waitForReady(child, output, options.readyTimeoutMs ?? 60_000).catch(
    (error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    },
  );
  const port = Number(new URL(endpoint).port);
  return { endpoint: endpoint.replace(/\/$/, ''), port, stop: () => stopChild(child, options.log) };
}

function waitForReady(child: ChildProcess, output: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      fail(`Azurite did not report ready within ${timeoutMs} ms.`);
    }, timeoutMs);
    const fail = (reason: string): void => {
      clearTimeout(timer);
      reject(new Error(`${reason}\nAzurite output:\n${output.join('\n')}`));
    };
    const onLine = (line: string): void => {
      output.push(line);
      const match = READY_LINE.exec(line);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      fail(`Azurite exited before it was ready (code ${String(code)}, signal ${String(signal)}).`);
    };
    if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
    if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    child.once('exit', onExit);
    child.once('error', (error) => {
      fail(`Azurite could not start: ${error.message}`);
    });
  });
}

async function stopChild(child: ChildProcess, log: (message: string) => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  if (child.connected) child.disconnect();
  else child.kill('SIGTERM');
  const timer = setTimeout(() => {
    log(`azureml-emulator: Azurite did not stop within ${STOP_TIMEOUT_MS} ms; killing it.`);
    child.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
