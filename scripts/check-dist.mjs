/**
 * npm run check-dist: builds into a temporary folder and fails when the committed dist/ differs from it,
 * naming every file that is missing, extra or different. Fix: `npm run build` and commit dist/.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './lib/actions.mjs';
import { buildDist, listFiles } from './lib/bundle.mjs';

function executable(file) {
  return (statSync(file).mode & 0o111) !== 0;
}

/** Differences between the committed folder and the fresh one, as readable lines. */
function compareTrees(committed, fresh) {
  const committedFiles = existsSync(committed) ? listFiles(committed) : [];
  const freshFiles = listFiles(fresh);
  const problems = [];
  for (const file of freshFiles.filter((f) => !committedFiles.includes(f))) {
    problems.push(`missing:   dist/${file} (a fresh build writes it)`);
  }
  for (const file of committedFiles.filter((f) => !freshFiles.includes(f))) {
    problems.push(`stale:     dist/${file} (a fresh build no longer writes it)`);
  }
  for (const file of freshFiles.filter((f) => committedFiles.includes(f))) {
    const [a, b] = [join(committed, file), join(fresh, file)];
    if (!readFileSync(a).equals(readFileSync(b))) problems.push(`different: dist/${file}`);
    else if (executable(a) !== executable(b)) problems.push(`mode:      dist/${file} (executable bit)`);
  }
  return problems;
}

const fresh = mkdtempSync(join(tmpdir(), 'aml-dist-'));
try {
  await buildDist(fresh);
  const problems = compareTrees(join(repoRoot, 'dist'), fresh);
  if (problems.length > 0) {
    console.error(`dist/ is not what the sources build (${problems.length} files):\n${problems.join('\n')}`);
    console.error('Run `npm run build` and commit dist/.');
    process.exitCode = 1;
  } else {
    console.log('dist/ is up to date with a fresh build.');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
