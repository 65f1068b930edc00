/**
 * Size of dist/ against its 8 MiB budget (every `uses:` of one action downloads the whole repository, so all of
 * dist/ counts). With --compare, also builds the other design, one self-contained bundle per action, into a
 * temporary folder and prints both designs' total size and cold starts side by side.
 *
 *   node bench/bundle-size.mjs [--compare] [--runs 15]
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listBundledActions, repoRoot } from '../scripts/lib/actions.mjs';
import { buildDist, bundle, listFiles } from '../scripts/lib/bundle.mjs';
import { distEntries, loadLine, measureColdStarts, printColdStarts } from './cold-start.mjs';

const BUDGET_BYTES = 8 * 1024 * 1024;

function mib(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** { file, bytes } for every file under dir, largest first. */
function sizes(dir) {
  return listFiles(dir)
    .map((file) => ({ file, bytes: statSync(join(dir, file)).size }))
    .sort((a, b) => b.bytes - a.bytes);
}

function total(rows) {
  return rows.reduce((sum, row) => sum + row.bytes, 0);
}

function printSizes(title, dir) {
  const rows = sizes(dir);
  console.log(`\n${title}: ${mib(total(rows))} in ${rows.length} files (budget ${mib(BUDGET_BYTES)})`);
  for (const row of rows.slice(0, 8)) console.log(`  ${mib(row.bytes).padStart(10)}  ${row.file}`);
  return total(rows);
}

/** Design (a): one self-contained bundle per action, each from a one-line entry importing its main.ts. */
async function buildPerAction(outDir) {
  const work = mkdtempSync(join(tmpdir(), 'aml-per-action-entry-'));
  try {
    // What scripts/bundle/tsconfig.json sets (ncc reads the tsconfig.json nearest to the entry).
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
    );
    for (const name of listBundledActions()) {
      const entry = join(work, `${name}.mjs`);
      writeFileSync(entry, `import ${JSON.stringify(join(repoRoot, 'actions', name, 'src', 'main.ts'))};\n`);
      await bundle(entry, join(outDir, name));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { compare: { type: 'boolean', default: false }, runs: { type: 'string', default: '15' } },
});
const dist = join(repoRoot, 'dist');
if (!values.compare) {
  printSizes('dist/ (one shared bundle + an entry per action)', dist);
} else {
  const scratch = mkdtempSync(join(tmpdir(), 'aml-designs-'));
  try {
    const shared = join(scratch, 'shared-design');
    const perAction = join(scratch, 'per-action-design');
    await buildDist(shared);
    await buildPerAction(perAction);
    printSizes('(b) one shared bundle + entry stubs', shared);
    printSizes('(a) one bundle per action', perAction);
    console.log(`\nCold start, ${values.runs} runs each (${loadLine()})`);
    const runs = Number(values.runs);
    const rows = measureColdStarts(
      [
        ...distEntries(shared).map((e) => ({ ...e, label: `(b) ${e.label}` })),
        ...distEntries(perAction).map((e) => ({ ...e, label: `(a) ${e.label}` })),
      ],
      runs,
    );
    printColdStarts('both designs, interleaved', rows);
    console.log(`(${loadLine()})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
