/**
 * Writes the generated parts of the READMEs (see lib/readme.mjs); `npm run build` does it too. With --check, writes
 * nothing and fails when a README is out of date or lacks its markers (the metadata test runs this).
 */
import { updateReadmes } from './lib/readme.mjs';

const check = process.argv.includes('--check');
const { stale, problems } = await updateReadmes({ check });
for (const problem of problems) console.error(problem);
if (check && stale.length > 0) {
  console.error(`Out of date: ${stale.join(', ')}. Run: node scripts/gen-readme.mjs`);
}
if (problems.length > 0 || (check && stale.length > 0)) process.exitCode = 1;
else console.log(stale.length === 0 ? 'READMEs are up to date.' : `Updated: ${stale.join(', ')}`);
