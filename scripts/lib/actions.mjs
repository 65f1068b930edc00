/** The actions of the repository: the folders under actions/, each with action.yml, README.md and src/main.ts. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Action folder names, sorted, so every generated file lists them in the same order. */
export function listActions(root = repoRoot) {
  const dir = join(root, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Actions whose entry point exists (an action folder being written may not have one yet). */
export function listBundledActions(root = repoRoot) {
  return listActions(root).filter((name) => existsSync(join(root, 'actions', name, 'src', 'main.ts')));
}
