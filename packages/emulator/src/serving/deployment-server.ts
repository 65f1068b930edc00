/**
 * The serving side of one provisioned deployment: `instances` × WORKER_COUNT python processes that really run in
 * parallel, a queue in front of them, the service's limits (more than 2 × max_concurrent_requests_per_instance ×
 * instance_count requests in flight → 429; request_timeout → 408), per-deployment faults, restarts of crashed
 * instances, and the data collector fed with what the script collects and (payload logging) what it received.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ScoringFault } from '../http-types.js';
import type { ContainerLog } from './container-log.js';
import { PAYLOAD_COLLECTIONS, type DataCollector } from './data-collector.js';
import {
  startWorker,
  type PythonWorker,
  type WorkerOptions,
  type WorkerRequest,
  type WorkerResult,
} from './python-worker.js';

export interface ServingSettings {
  instances: number;
  workersPerInstance: number;
  maxConcurrentRequestsPerInstance: number;
  requestTimeoutMs: number;
}

export interface CollectionSettings {
  /** Enabled collections → sampling rate (0..1). */
  rates: Record<string, number>;
  collector: DataCollector;
}

export interface ScoreInput {
  body: string;
  headers: Record<string, string>;
  path: string;
  method: string;
  requestId: string;
  correlationId: string;
}

export type ScoreOutcome =
  | { kind: 'answer'; result: WorkerResult }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'too-many'; limit: number }
  | { kind: 'crashed'; message: string }
  | { kind: 'fault'; fault: ScoringFault };

export interface DeploymentServerOptions {
  name: string;
  settings: ServingSettings;
  /** How to start one worker process (log and collect callbacks are filled in per instance). */
  worker: Omit<WorkerOptions, 'onCollect'>;
  log: ContainerLog;
  collections?: CollectionSettings;
  /** The fault for a request, if a rule scoped to this deployment fires. */
  fault: () => ScoringFault | undefined;
  random?: () => number;
}

export interface DeploymentServer {
  readonly name: string;
  /** Starts every instance; rejects with the first init failure (the others are stopped). */
  start(): Promise<void>;
  score(input: ScoreInput): Promise<ScoreOutcome>;
  stop(): Promise<void>;
}

interface Slot {
  instance: string;
  worker: PythonWorker;
}

interface Task {
  input: WorkerRequest;
  deadline: number;
  resolve: (outcome: ScoreOutcome) => void;
  done: boolean;
  onSlot: (slot: Slot) => void;
}

/** Extra time the python side gets past the deadline, so the front end's 408 always comes first. */
const WORKER_GRACE_MS = 100;

export function createDeploymentServer(options: DeploymentServerOptions): DeploymentServer {
  const { settings, log } = options;
  const random = options.random ?? Math.random;
  const limit = 2 * settings.maxConcurrentRequestsPerInstance * settings.instances;
  const idle: Slot[] = [];
  const queue: Task[] = [];
  const slots = new Set<Slot>();
  let inFlight = 0;
  let stopped = false;

  function launch(instance: string): Slot {
    const worker = startWorker({
      ...options.worker,
      onCollect: (message) =>
        options.collections?.collector.add({
          collection: message.collection,
          instance,
          data: message.rows,
          correlationId: message.correlationId,
          requestId: message.correlationId,
          time: new Date(message.time * 1000),
          dataType: message.dataType,
        }),
    });
    const slot = { instance, worker };
    slots.add(slot);
    void worker.exited.then(() => {
      slots.delete(slot);
      const index = idle.indexOf(slot);
      if (index >= 0) idle.splice(index, 1);
    });
    return slot;
  }

  /** A crashed worker is replaced, as the container restarts; init() runs again. */
  function restart(slot: Slot): void {
    if (stopped) return;
    log.note(`WARNING Instance ${slot.instance}: the inference server process ended; restarting it.`);
    const next = launch(slot.instance);
    next.worker.ready.then(
      () => {
        release(next);
      },
      (error: unknown) => {
        log.note(`ERROR Instance ${slot.instance} did not restart: ${String(error)}`);
      },
    );
  }

  function release(slot: Slot): void {
    if (stopped || !slots.has(slot)) return;
    for (;;) {
      const task = queue.shift();
      if (task === undefined) break;
      if (!task.done) {
        task.onSlot(slot);
        return;
      }
    }
    idle.push(slot);
  }

  function dispatch(task: Task): void {
    const slot = idle.shift();
    if (slot === undefined) queue.push(task);
    else task.onSlot(slot);
  }

  function run(slot: Slot, task: Task): void {
    const remaining = task.deadline - Date.now();
    slot.worker.run({ ...task.input, timeoutMs: Math.max(remaining, 1) + WORKER_GRACE_MS }).then(
      (result) => {
        // An answer after the deadline is one the front end no longer waits for.
        const late = Date.now() >= task.deadline;
        finish(
          task,
          late ? { kind: 'timeout', timeoutMs: settings.requestTimeoutMs } : { kind: 'answer', result },
        );
        release(slot);
      },
      (error: unknown) => {
        finish(task, { kind: 'crashed', message: (error as Error).message });
        restart(slot);
      },
    );
  }

  function finish(task: Task, outcome: ScoreOutcome): void {
    if (task.done) return;
    task.done = true;
    task.resolve(outcome);
  }

  function sampled(): { custom: string[]; payload: string[] } {
    const rates = options.collections?.rates ?? {};
    const draw = random();
    const chosen = Object.keys(rates).filter((name) => draw < (rates[name] ?? 0));
    const isPayload = (name: string): boolean => PAYLOAD_COLLECTIONS.some((c) => c === name);
    return { custom: chosen.filter((n) => !isPayload(n)), payload: chosen.filter(isPayload) };
  }

  async function score(input: ScoreInput): Promise<ScoreOutcome> {
    if (inFlight >= limit) return { kind: 'too-many', limit };
    inFlight += 1;
    try {
      const deadline = Date.now() + settings.requestTimeoutMs;
      const fault = options.fault();
      if (fault?.kind === 'delay') await sleep(fault.delayMs ?? 1000);
      else if (fault !== undefined && fault.kind !== 'crash') return { kind: 'fault', fault };
      if (Date.now() >= deadline) return { kind: 'timeout', timeoutMs: settings.requestTimeoutMs };
      const collect = sampled();
      const request: WorkerRequest = {
        body: input.body,
        headers: input.headers,
        timeoutMs: settings.requestTimeoutMs,
        correlationId: input.correlationId,
        collect: collect.custom,
      };
      let served: string | undefined;
      const outcome = await new Promise<ScoreOutcome>((resolve) => {
        const timer = setTimeout(
          () => {
            finish(task, { kind: 'timeout', timeoutMs: settings.requestTimeoutMs });
          },
          Math.max(deadline - Date.now(), 0),
        );
        const task: Task = {
          input: request,
          deadline,
          done: false,
          resolve: (result) => {
            clearTimeout(timer);
            resolve(result);
          },
          onSlot: (slot) => {
            served = slot.instance;
            if (fault?.kind !== 'crash') {
              run(slot, task);
              return;
            }
            log.note(`WARNING Fault ${fault.id}: ending the process of instance ${slot.instance}.`);
            slot.worker.kill();
            finish(task, { kind: 'crashed', message: `Fault ${fault.id} ended instance ${slot.instance}` });
            restart(slot);
          },
        };
        dispatch(task);
      });
      if (served !== undefined) collectPayload(collect.payload, served, input, outcome);
      return outcome;
    } finally {
      inFlight -= 1;
    }
  }

  function collectPayload(names: string[], instance: string, input: ScoreInput, outcome: ScoreOutcome): void {
    const collector = options.collections?.collector;
    if (collector === undefined) return;
    const common = {
      instance,
      correlationId: input.correlationId,
      requestId: input.requestId,
      path: input.path,
      method: input.method,
    };
    if (names.includes('request')) {
      collector.add({ ...common, collection: 'request', data: parseJson(input.body), time: new Date() });
    }
    if (names.includes('response') && outcome.kind === 'answer') {
      collector.add({
        ...common,
        collection: 'response',
        data: parseJson(outcome.result.body),
        time: new Date(),
      });
    }
  }

  return {
    name: options.name,
    async start() {
      const started: Slot[] = [];
      for (let i = 0; i < settings.instances; i++) {
        const instance = `${options.name}-${i}`;
        for (let w = 0; w < settings.workersPerInstance; w++) started.push(launch(instance));
      }
      try {
        await Promise.all(started.map((slot) => slot.worker.ready));
      } catch (error) {
        started.forEach((slot) => {
          slot.worker.kill();
        });
        await Promise.all(started.map((slot) => slot.worker.exited));
        throw error;
      }
      // Alternate instances so that consecutive requests spread over them.
      for (let w = 0; w < settings.workersPerInstance; w++) {
        for (let i = 0; i < settings.instances; i++) {
          const slot = started[i * settings.workersPerInstance + w];
          if (slot !== undefined) idle.push(slot);
        }
      }
    },
    score,
    async stop() {
      stopped = true;
      for (const task of queue.splice(0))
        finish(task, { kind: 'crashed', message: 'The deployment is stopping.' });
      const all = [...slots];
      all.forEach((slot) => {
        slot.worker.kill();
      });
      await Promise.all(all.map((slot) => slot.worker.exited));
      await options.collections?.collector.close();
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
