/**
 * One serving process: python3 running python/inference_worker.py on the deployment's code, speaking newline-delimited
 * JSON over two extra pipes (fd 3: requests, fd 4: answers) so the script's own stdout and stderr stay the container
 * log. `ready` settles when init() has returned or failed; `run` sends one request and resolves with its answer.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ContainerLog } from './container-log.js';

export const WORKER_SCRIPT = fileURLToPath(new URL('./python/inference_worker.py', import.meta.url));
export const SHIM_DIR = fileURLToPath(new URL('./python/shims', import.meta.url));

export interface WorkerRequest {
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  correlationId: string;
  /** Custom collections (model_inputs, ...) sampled in for this request. */
  collect: string[];
}

export interface WorkerResult {
  status: number;
  body: string;
  headers: Record<string, string>;
  /** Time run() took, ms. */
  ms: number;
}

/** A Collector.collect() call of the scoring script. */
export interface CollectMessage {
  collection: string;
  rows: unknown[];
  correlationId: string;
  dataType: string;
  /** Seconds since the epoch. */
  time: number;
}

/** init() (or the import of the script) failed; `missing` names a module that could not be imported. */
export class InitFailure extends Error {
  override name = 'InitFailure';
  constructor(
    message: string,
    readonly missing: string | undefined,
  ) {
    super(message);
  }
}

/** The process ended while a request was running or before it was ready. */
export class WorkerExited extends Error {
  override name = 'WorkerExited';
}

export interface WorkerOptions {
  python: string;
  appRoot: string;
  entryScript: string;
  env: NodeJS.ProcessEnv;
  log: ContainerLog;
  onCollect: (message: CollectMessage) => void;
}

export interface PythonWorker {
  readonly ready: Promise<void>;
  /** Resolves when the process has ended. */
  readonly exited: Promise<void>;
  run(request: WorkerRequest): Promise<WorkerResult>;
  /** Ends the process (SIGKILL: a serving instance has nothing to save). */
  kill(): void;
}

interface Pending {
  resolve: (result: WorkerResult) => void;
  reject: (error: Error) => void;
}

export function startWorker(options: WorkerOptions): PythonWorker {
  const child = spawn(options.python, ['-u', WORKER_SCRIPT, options.appRoot, options.entryScript], {
    cwd: options.appRoot,
    env: {
      ...options.env,
      PYTHONPATH: [SHIM_DIR, options.appRoot, options.env.PYTHONPATH]
        .filter((part) => part !== undefined && part !== '')
        .join(path.delimiter),
      PYTHONDONTWRITEBYTECODE: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
  });
  const requests = child.stdio[3] as Writable;
  const answers = child.stdio[4] as Readable;
  for (const output of [child.stdio[1], child.stdio[2]] as Readable[]) {
    const write = options.log.stream();
    output.on('data', write);
  }
  requests.on('error', () => undefined);

  const pending = new Map<number, Pending>();
  let nextId = 1;
  let settleReady: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  ready.catch(() => undefined);

  createInterface({ input: answers }).on('line', (line) => {
    const message = JSON.parse(line) as Record<string, unknown>;
    switch (message.op) {
      case 'ready':
        settleReady?.resolve();
        break;
      case 'init-failed':
        settleReady?.reject(
          new InitFailure(
            String(message.message),
            typeof message.missing === 'string' ? message.missing : undefined,
          ),
        );
        break;
      case 'result': {
        const id = Number(message.id);
        const waiting = pending.get(id);
        pending.delete(id);
        waiting?.resolve(message as unknown as WorkerResult);
        break;
      }
      case 'collect':
        options.onCollect(message as unknown as CollectMessage);
        break;
    }
  });

  const exited = new Promise<void>((resolve) => {
    const onEnd = (reason: string): void => {
      const error = new WorkerExited(reason);
      settleReady?.reject(error);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      resolve();
    };
    child.on('error', (error) => {
      onEnd(`python could not start: ${error.message}`);
    });
    child.on('close', (code, signal) => {
      onEnd(`The process exited (${signal ?? `code ${String(code)}`})`);
    });
  });

  return {
    ready,
    exited,
    run(request) {
      const id = nextId++;
      return new Promise<WorkerResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        requests.write(`${JSON.stringify({ op: 'run', id, ...request })}\n`);
      });
    },
    kill() {
      child.kill('SIGKILL');
    },
  };
}
