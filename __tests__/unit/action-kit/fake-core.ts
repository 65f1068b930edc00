/** A recording fake of the kit's ActionCore, and a fake signal source, for runActionWith tests. */
import { EventEmitter } from 'node:events';
import type { ActionCore, AnnotationProperties, RunDeps } from '@aml-actions/action-kit';

export type CoreCall = [method: string, ...args: unknown[]];

export interface FakeRunner {
  deps: RunDeps;
  calls: CoreCall[];
  signals: EventEmitter;
  summaries: string[];
  exitCodes: number[];
  exits: number[];
  /** Calls of one method, without the method name. */
  of(method: string): unknown[][];
}

export function fakeRunner(options: { summaryAvailable?: boolean; summaryFails?: boolean } = {}): FakeRunner {
  const calls: CoreCall[] = [];
  const summaries: string[] = [];
  const exitCodes: number[] = [];
  const exits: number[] = [];
  const signals = new EventEmitter();
  const record =
    (method: string) =>
    (...args: unknown[]): void => {
      calls.push([method, ...args]);
    };
  const core: ActionCore = {
    debug: record('debug'),
    info: record('info'),
    warning: (message: string, properties?: AnnotationProperties) => {
      calls.push(properties === undefined ? ['warning', message] : ['warning', message, properties]);
    },
    error: (message: string, properties?: AnnotationProperties) => {
      calls.push(properties === undefined ? ['error', message] : ['error', message, properties]);
    },
    startGroup: record('startGroup'),
    endGroup: record('endGroup'),
    setSecret: record('setSecret'),
    setOutput: record('setOutput'),
    setFailed: record('setFailed'),
    appendSummary: (markdown) => {
      if (options.summaryFails === true) return Promise.reject(new Error('disk full'));
      if (options.summaryAvailable === false) return Promise.resolve(false);
      summaries.push(markdown);
      return Promise.resolve(true);
    },
  };
  return {
    deps: {
      core,
      signals,
      setExitCode: (code) => exitCodes.push(code),
      exit: (code) => exits.push(code),
    },
    calls,
    signals,
    summaries,
    exitCodes,
    exits,
    of: (method) => calls.filter(([name]) => name === method).map(([, ...args]) => args),
  };
}
