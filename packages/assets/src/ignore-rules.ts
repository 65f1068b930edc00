/**
 * Which files of a folder are left out of its upload, the way the Azure ML CLI v2 decides it: the `.amlignore` at the
 * root of the folder, or its `.gitignore` when there is no `.amlignore` (never both), read with gitignore
 * (gitwildmatch) semantics, case-sensitive, relative to that root. Ignore files in subfolders are not read, as the
 * CLI does not read them either. The ignore file itself is uploaded unless a pattern excludes it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignoreModule from 'ignore';
import { UserError } from '@aml-actions/action-kit';

export const IGNORE_FILE_NAMES = ['.amlignore', '.gitignore'] as const;

export interface IgnoreRules {
  /** The ignore file that applies (its base name), if the folder has one. */
  source: (typeof IGNORE_FILE_NAMES)[number] | undefined;
  /** Whether a path relative to the folder (POSIX separators; folders end with '/') is left out. */
  excludes(relativePath: string): boolean;
}

/** No ignore file: nothing is left out. */
export const NO_IGNORE_RULES: IgnoreRules = { source: undefined, excludes: () => false };

export async function loadIgnoreRules(root: string): Promise<IgnoreRules> {
  for (const name of IGNORE_FILE_NAMES) {
    const file = path.join(root, name);
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      throw new UserError(
        `The ignore file '${file}' cannot be read (${code ?? String(error)}): it decides which files are uploaded. Make it a readable text file or remove it.`,
        { kind: 'input', cause: error },
      );
    });
    if (text !== undefined) return ignoreRules(name, text);
  }
  return NO_IGNORE_RULES;
}

/** Rules from the text of an ignore file. */
export function ignoreRules(source: IgnoreRules['source'], text: string): IgnoreRules {
  // The package is CommonJS: under NodeNext its callable factory is the `default` property of module.exports.
  const matcher = ignoreModule.default({ ignorecase: false }).add(text);
  return { source, excludes: (relativePath) => matcher.ignores(relativePath) };
}
