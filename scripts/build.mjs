/**
 * npm run build: dist/ (one shared bundle and an entry per action, see lib/bundle.mjs) and the generated parts of
 * the READMEs (see lib/readme.mjs).
 */
import { join } from 'node:path';
import { repoRoot } from './lib/actions.mjs';
import { buildDist } from './lib/bundle.mjs';
import { updateReadmes } from './lib/readme.mjs';

const started = Date.now();
try {
  const { actions, files } = await buildDist(join(repoRoot, 'dist'));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`dist/: ${files.length} files for ${actions.join(', ') || 'no action yet'} (${seconds} s)`);
  const { stale, problems } = await updateReadmes();
  if (stale.length > 0) console.log(`READMEs updated: ${stale.join(', ')}`);
  for (const problem of problems) console.error(`README: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
