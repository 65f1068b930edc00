/**
 * The slice of @actions/core the kit uses, as an interface so runActionWith can take a fake in tests.
 * githubCore() is the real one; this file and github-logger.ts are the kit's only contact with the runner.
 */
import * as core from '@actions/core';

export interface ActionCore {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: core.AnnotationProperties): void;
  error(message: string, properties?: core.AnnotationProperties): void;
  startGroup(title: string): void;
  endGroup(): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** Appends markdown to the job summary; false when the runner offers no summary file (local runs). */
  appendSummary(markdown: string): Promise<boolean>;
}

export type AnnotationProperties = core.AnnotationProperties;

/** The runner's implementation, backed by @actions/core. */
export function githubCore(env: NodeJS.ProcessEnv = process.env): ActionCore {
  return {
    debug: core.debug,
    info: core.info,
    warning: core.warning,
    error: core.error,
    startGroup: core.startGroup,
    endGroup: core.endGroup,
    setSecret: core.setSecret,
    setOutput: core.setOutput,
    setFailed: core.setFailed,
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return false;
      await core.summary.addRaw(markdown, true).write();
      return true;
    },
  };
}
