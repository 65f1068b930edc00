/**
 * Cold start of every built action: `node dist/<name>/index.js` with no inputs (as a runner with none would run
 * it), ending in the action's input error. Prints the median, min and max of N runs per action, interleaved so
 * that machine noise spreads evenly, next to `node -e 0` (Node's own start) and the 300 ms budget. Where
 * /usr/bin/time exists, also the CPU time (user + system) of each run: on a busy machine the wall time grows with
 * the load, the CPU time much less, so it tells what the start costs on an idle runner.
 *
 *   node bench/cold-start.mjs [--runs 15] [--dist dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const BUDGET_MS = 300;

/** The environment without inputs or credentials. */
function bareEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_|AZURE|NODE_OPTIONS$)/i.test(key),
    ),
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const TIME = '/usr/bin/time';
const timeOutput = join(mkdtempSync(join(tmpdir(), 'aml-cold-start-')), 'time.txt');
process.on('exit', () => rmSync(dirname(timeOutput), { recursive: true, force: true }));

/** One run: wall milliseconds, CPU milliseconds (or NaN without /usr/bin/time), exit code, last output line. */
function timeRun(args) {
  const withTime = existsSync(TIME);
  const [command, commandArgs] = withTime
    ? [TIME, ['-f', '%U %S', '-o', timeOutput, process.execPath, ...args]]
    : [process.execPath, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { env: bareEnv(), encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = withTime
    ? // The last line: before it, time notes a non-zero exit ("Command exited with non-zero status 1").
      (readFileSync(timeOutput, 'utf8').trim().split('\n').at(-1) ?? '')
        .split(' ')
        .reduce((sum, seconds) => sum + Number(seconds) * 1000, 0)
    : NaN;
  const lastLine = `${result.stdout}${result.stderr}`.trim().split('\n').at(-1) ?? '';
  return { ms, cpu, code: result.status, lastLine };
}

/** The built action entries of a dist folder: { label, file }. */
export function distEntries(dist) {
  return readdirSync(dist, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && entry.name !== 'shared' && existsSync(join(dist, entry.name, 'index.js')),
    )
    .map((entry) => ({ label: entry.name, file: join(dist, entry.name, 'index.js') }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Runs every entry `runs` times (round-robin) and returns one row per entry, plus Node's own start first. */
export function measureColdStarts(entries, runs) {
  const cases = [
    { label: '(node -e 0)', args: ['-e', '0'] },
    ...entries.map((e) => ({ label: e.label, args: [e.file] })),
  ];
  const samples = cases.map(() => []);
  for (let round = 0; round < runs; round++) {
    cases.forEach((c, i) => samples[i].push(timeRun(c.args)));
  }
  return cases.map((c, i) => {
    const times = samples[i].map((s) => s.ms);
    const last = samples[i].at(-1);
    return {
      label: c.label,
      median: median(times),
      cpu: median(samples[i].map((s) => s.cpu)),
      min: Math.min(...times),
      max: Math.max(...times),
      code: last.code,
      ending: last.lastLine.slice(0, 70),
    };
  });
}

export function printColdStarts(title, rows) {
  console.log(`\n${title}`);
  console.log('| action | median ms | min | max | CPU ms (median) | budget | exit | ends with |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |');
  for (const r of rows) {
    const budget = r.label.startsWith('(') ? '' : r.median <= BUDGET_MS ? 'ok' : 'OVER';
    console.log(
      `| ${r.label} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${Number.isNaN(r.cpu) ? '-' : r.cpu.toFixed(0)} | ${budget} | ${r.code} | ${r.ending} |`,
    );
  }
}

export function loadLine() {
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, Node ${process.version}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '15' }, dist: { type: 'string', default: 'dist' } },
  });
  const entries = distEntries(resolve(values.dist));
  console.log(`Cold start, ${values.runs} runs each (${loadLine()})`);
  if (entries.length === 0) console.log(`No action is built in ${values.dist}/ yet: npm run build.`);
  printColdStarts(`${values.dist}/`, measureColdStarts(entries, Number(values.runs)));
  console.log(`(${loadLine()})`);
}
