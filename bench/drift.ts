/**
 * Drift check on 1,000,000 rows × 10 features (7 numerical, 3 categorical) per dataset, baseline vs a shifted
 * production: (1) compareTables on tables already in memory, with the default metrics (normalized Wasserstein,
 * Jensen-Shannon) and with every other metric (PSI, JSD on histograms, KS asymptotic, chi-squared); (2) the same
 * end to end from CSV files (about 80 MB each: parse, type, compare). Median of `--runs` runs (default 5; 3 for the
 * CSV path), after one warm-up. Data is generated (seeded), so runs are comparable.
 *
 * Usage: npx tsx bench/drift.ts [--rows N] [--runs N]
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { nullLogger } from '../packages/action-kit/src/index.js';
import {
  TableBuilder,
  compareTables,
  localDataFiles,
  readTable,
  type CompareOptions,
  type Table,
} from '../packages/drift/src/index.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const NUMERICAL = 7;
const CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* records(seed: number, shift: number): Generator<Record<string, number | string>> {
  const next = random(seed);
  for (let i = 0; i < rows; i++) {
    const row: Record<string, number | string> = {};
    for (let f = 0; f < NUMERICAL; f++) {
      const normal = Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
      row[`x${f}`] = Math.round((normal + (f < 2 ? shift : 0) + f) * 1000) / 1000;
    }
    for (let c = 0; c < 3; c++) {
      const skew = c === 0 ? shift / 4 : 0;
      row[`c${c}`] = CATEGORIES[Math.min(7, Math.floor(next() ** (1 + skew) * 8))] ?? 'a';
    }
    yield row;
  }
}

function table(label: string, seed: number, shift: number): Table {
  const builder = new TableBuilder(label);
  builder.startFile(`${label} (generated)`);
  for (const row of records(seed, shift)) builder.addRecord(row);
  return builder.build();
}

async function writeCsv(file: string, seed: number, shift: number): Promise<void> {
  const out = createWriteStream(file);
  const header = [...Array.from({ length: NUMERICAL }, (_, f) => `x${f}`), 'c0', 'c1', 'c2'];
  out.write(`${header.join(',')}\n`);
  let batch: string[] = [];
  for (const row of records(seed, shift)) {
    batch.push(header.map((name) => row[name]).join(','));
    if (batch.length === 10_000) {
      if (!out.write(`${batch.join('\n')}\n`))
        await new Promise<void>((resolve) =>
          out.once('drain', () => {
            resolve();
          }),
        );
      batch = [];
    }
  }
  out.end(batch.length > 0 ? `${batch.join('\n')}\n` : '');
  await new Promise<void>((resolve) =>
    out.once('finish', () => {
      resolve();
    }),
  );
}

function time(label: string, count: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  const result = median(times);
  console.log(
    `${label.padEnd(58)} median ${result.toFixed(0).padStart(6)} ms  (${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  return result;
}

console.log(
  `drift bench: ${rows.toLocaleString('en-US')} rows × 10 features per dataset, ${runs} runs, Node ${process.version}, ` +
    `${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
let started = performance.now();
const baseline = table('baseline', 1, 0);
const production = table('production', 2, 0.3);
console.log(`generated both tables in memory in ${(performance.now() - started).toFixed(0)} ms`);

const options: Record<string, CompareOptions> = {
  'default metrics (nwd, jsd)': {},
  'psi (numerical histograms, categories)': {
    metrics: { numerical: 'population_stability_index', categorical: 'population_stability_index' },
  },
  'jsd on histograms, chi-squared': {
    metrics: { numerical: 'jensen_shannon_distance', categorical: 'pearsons_chi_squared_test' },
  },
  'ks (asymptotic), jsd': { metrics: { numerical: 'two_sample_kolmogorov_smirnov_test' } },
};
for (const [label, option] of Object.entries(options)) {
  let drifted = '';
  time(`compareTables, ${label}`, runs, () => {
    drifted = compareTables(baseline, production, option).drifted.join(',');
  });
  console.log(`${''.padEnd(58)} drifted: ${drifted}`);
}

const dir = await mkdtemp(path.join(tmpdir(), 'drift-bench-'));
try {
  started = performance.now();
  await writeCsv(path.join(dir, 'baseline.csv'), 1, 0);
  await writeCsv(path.join(dir, 'production.csv'), 2, 0.3);
  const files = {
    baseline: await localDataFiles(path.join(dir, 'baseline.csv'), 'baseline'),
    production: await localDataFiles(path.join(dir, 'production.csv'), 'production'),
  };
  const mb = ((files.baseline[0]?.size ?? 0) / 1024 / 1024).toFixed(1);
  console.log(`wrote two CSV files of ${mb} MB in ${(performance.now() - started).toFixed(0)} ms`);
  const endToEnd = async (): Promise<number> => {
    const t0 = performance.now();
    const b = await readTable(files.baseline, { label: 'baseline', input: 'baseline', log: nullLogger });
    const p = await readTable(files.production, {
      label: 'production',
      input: 'production',
      log: nullLogger,
    });
    compareTables(b, p);
    return performance.now() - t0;
  };
  await endToEnd();
  const times: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) times.push(await endToEnd());
  console.log(
    `${'CSV read (both files) + compareTables, default metrics'.padEnd(58)} median ${median(times).toFixed(0).padStart(6)} ms  (${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
