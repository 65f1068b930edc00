/** File and folder names are kebab-case (CONTRIBUTING.md) in every source tree of the repository. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from './repo.js';

const TREES = ['actions', 'packages', '__tests__', 'bench', 'scripts'];
/** Names fixed by convention elsewhere (tools, Azure ML's model format). */
const CONVENTIONAL = new Set(['README.md', 'CHANGELOG.md', 'LICENSE', 'MLmodel', 'Dockerfile']);
/** Files of other ecosystems keep theirs (Python modules are snake_case, packages have `__init__.py`). */
const FOREIGN = /\.(py|pyc|ipynb|pkl|onnx|parquet|csv|txt)$|^__pycache__$/;
/** kebab-case words, then dotted extensions (`run-action.test.ts`, `action.yml`); `__fixtures__` style folders. */
const KEBAB = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*|__[a-z]+__)$/;
const SKIPPED = new Set(['node_modules', 'dist', 'coverage']);

/** A folder of Python modules: its name is imported by Python, so it follows Python's snake_case. */
function isPythonPackage(dir: string): boolean {
  return readdirSync(dir).some((name) => name.endsWith('.py'));
}

/** Paths (relative to the repository) whose last part is not kebab-case. Fixture data keeps its own names. */
function offenders(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (FOREIGN.test(entry.name) || (entry.isDirectory() && isPythonPackage(path))) continue;
    if (!KEBAB.test(entry.name) && !CONVENTIONAL.has(entry.name)) found.push(relative(repoRoot, path));
    if (entry.isDirectory() && entry.name !== 'fixtures' && entry.name !== '__fixtures__') {
      found.push(...offenders(path));
    }
  }
  return found;
}

describe('file names', () => {
  it.each(TREES)('are kebab-case under %s/', (tree) => {
    let found: string[] = [];
    try {
      found = offenders(join(repoRoot, tree));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    expect(found).toEqual([]);
  });
});
