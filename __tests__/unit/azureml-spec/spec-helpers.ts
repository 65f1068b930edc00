/** Shared helpers for the azureml-spec tests: temporary spec folders and capturing the UserError a call throws. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';

export const WS = {
  id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws',
};

/** A temporary folder holding `files` (path → content); returns its absolute path. */
export function specFolder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'azureml-spec-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** The UserError `run` throws (fails the test when it throws nothing or something else). */
export function userError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}
