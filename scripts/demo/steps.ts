/**
 * What every stage of the demo is made of: a title with the GitHub environment and workspace it runs in, and steps
 * that run a bundled action as that environment's job (runner files in their own folder under the run directory).
 */
import path from 'node:path';
import type { Narrator } from './narrative.js';
import { runBundledAction, type ActionResult } from './run-bundled-action.js';
import { environmentEnv, workspaceId, type Emulator } from './sign-in.js';

export interface Stage {
  /** A few words for the recap table. */
  name: string;
  title: string;
  /** The GitHub environment (and so the identity) the stage runs as. */
  environment: string;
  workspace: string;
  /** Runs the stage; returns its one-line result, throws when it fails. */
  run: () => Promise<string>;
}

/** A stage that did not do what it should (its message is the whole story: no stack trace). */
export class StageFailure extends Error {
  override name = 'StageFailure';
}

export interface LifecycleOptions {
  emulator: Emulator;
  repoRoot: string;
  /** The example model repository (GITHUB_WORKSPACE of every job). */
  modelRepo: string;
  /** Runner files of each step and the model artifact go here. */
  runDir: string;
  narrator: Narrator;
  signal: AbortSignal;
}

export interface Steps {
  readonly options: LifecycleOptions;
  /** Runs dist/<name>/index.js as GitHub job `job` in `environment`, printing its log and its job summary's path. */
  action(
    name: string,
    environment: string,
    job: string,
    inputs: Record<string, string>,
  ): Promise<ActionResult>;
  /** The result when the action succeeded; else a StageFailure with its first error. */
  succeeded(result: ActionResult, what: string): ActionResult;
  workspaceId(workspace: string): string;
}

export function createSteps(options: LifecycleOptions): Steps {
  const { narrator } = options;
  let step = 0;
  return {
    options,
    async action(name, environment, job, inputs) {
      step += 1;
      const stepDir = path.join(options.runDir, `${String(step).padStart(2, '0')}-${job}-${name}`);
      narrator.note(
        `uses: actions/${name}  (node dist/${name}/index.js in job '${job}', environment '${environment}')`,
      );
      const result = await runBundledAction(
        { action: name, job, inputs },
        {
          repoRoot: options.repoRoot,
          workspace: options.modelRepo,
          stepDir,
          env: environmentEnv(options.emulator, environment),
          signal: options.signal,
          print: narrator.log,
        },
      );
      narrator.note(`Job summary: ${path.relative(process.cwd(), result.summaryFile)}`);
      return result;
    },
    succeeded(result, what) {
      if (result.exitCode === 0) return result;
      if (options.signal.aborted) throw new StageFailure(`${what} was cancelled.`);
      throw new StageFailure(
        `${what} failed (exit code ${String(result.exitCode)}): ${result.errors[0] ?? 'see its log above'}`,
      );
    },
    workspaceId: (workspace) => workspaceId(options.emulator.info, workspace),
  };
}

/** A value an earlier stage should have handed on. */
export function need(value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw new StageFailure(`An earlier stage gave no ${what}.`);
  return value;
}
