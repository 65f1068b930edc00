/**
 * runAction(name, fn): the one wrapper around every action's main. It gives fn a logger, an abort signal
 * (SIGINT/SIGTERM), typed outputs and a job-summary builder, and turns anything thrown into a failed step:
 * user errors as one clear message (with annotation), bugs with their stack, never a green step.
 */
import { type ActionCore, githubCore } from './action-core.js';
import { cancelOnSignals, type SignalSource } from './abort.js';
import { annotationProperties } from './annotations.js';
import { UserError, errorMessage } from './errors.js';
import { githubLogger } from './github-logger.js';
import type { Logger } from './logger.js';
import { createOutputs, type OutputValue, type Outputs } from './outputs.js';
import { SummaryBuilder } from './summary.js';

export interface ActionContext<O extends Record<string, OutputValue> = Record<string, OutputValue>> {
  log: Logger;
  /** Aborts on SIGINT/SIGTERM (reason: a `cancelled` UserError); pass it to every wait and request. */
  signal: AbortSignal;
  outputs: Outputs<O>;
  /** Written to the job summary when the action ends, even when it fails, if anything was added. */
  summary: SummaryBuilder;
}

export interface RunDeps {
  core: ActionCore;
  signals: SignalSource;
  setExitCode: (code: number) => void;
  /** Called on a second stop signal, when the work did not stop after the first. */
  exit: (code: number) => void;
}

function describeBug(thrown: unknown): string {
  if (!(thrown instanceof Error))
    return `A value that is not an Error was thrown (${typeof thrown}): ${errorMessage(thrown)}`;
  const lines = [thrown.stack ?? `${thrown.name}: ${thrown.message}`];
  for (
    let cause = thrown.cause;
    cause !== undefined;
    cause = cause instanceof Error ? cause.cause : undefined
  ) {
    lines.push(`Caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : errorMessage(cause)}`);
  }
  return lines.join('\n');
}

/** Reports what was thrown as the step's failure and returns the failure message (without the name prefix). */
function reportFailure(name: string, thrown: unknown, signal: AbortSignal, core: ActionCore): string {
  if (thrown instanceof UserError) {
    if (thrown.cause !== undefined) core.debug(`Cause: ${describeBug(thrown.cause)}`);
    if (thrown.annotation === undefined) core.setFailed(`${name}: ${thrown.message}`);
    else core.error(`${name}: ${thrown.message}`, annotationProperties(thrown.annotation));
    return thrown.message;
  }
  if (signal.aborted) {
    const message = `${errorMessage(signal.reason)} (${errorMessage(thrown)})`;
    core.setFailed(`${name}: ${message}`);
    return message;
  }
  const message =
    thrown instanceof Error ? thrown.message : `unexpected ${typeof thrown} thrown: ${errorMessage(thrown)}`;
  core.setFailed(`${name}: ${message}`);
  core.info(
    `This is a bug in ${name}, not a problem with your inputs: please report it with this log.\n${describeBug(thrown)}`,
  );
  return message;
}

async function writeSummary(
  summary: SummaryBuilder,
  failure: string | undefined,
  core: ActionCore,
): Promise<void> {
  if (summary.isEmpty()) return;
  if (failure !== undefined) summary.status('failure', `Failed: ${failure}`);
  try {
    if (!(await core.appendSummary(summary.toString()))) {
      core.debug('No GITHUB_STEP_SUMMARY file: the job summary was not written.');
    }
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

/** runAction with its runner dependencies given: tests pass a fake core and signal source. */
export async function runActionWith<O extends Record<string, OutputValue> = Record<string, OutputValue>>(
  name: string,
  fn: (context: ActionContext<O>) => Promise<void>,
  deps: RunDeps,
): Promise<void> {
  const log = githubLogger(deps.core);
  const cancellation = cancelOnSignals(log, deps.signals, (signalName) => {
    deps.core.setFailed(`${name}: cancelled by ${signalName} before the work could stop`);
    deps.setExitCode(1);
    deps.exit(1);
  });
  const summary = new SummaryBuilder();
  let failure: string | undefined;
  try {
    await fn({ log, signal: cancellation.signal, outputs: createOutputs<O>(deps.core), summary });
  } catch (thrown) {
    failure = reportFailure(name, thrown, cancellation.signal, deps.core);
    deps.setExitCode(1);
  } finally {
    cancellation.dispose();
  }
  await writeSummary(summary, failure, deps.core);
}

/** Runs an action's main on the GitHub runner. Never rejects; a failure sets the step failed and exit code 1. */
export function runAction<O extends Record<string, OutputValue> = Record<string, OutputValue>>(
  name: string,
  fn: (context: ActionContext<O>) => Promise<void>,
): Promise<void> {
  return runActionWith(name, fn, {
    core: githubCore(),
    signals: process,
    setExitCode: (code) => {
      process.exitCode = code;
    },
    exit: (code) => process.exit(code),
  });
}
