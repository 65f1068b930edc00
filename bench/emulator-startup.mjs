// Start-up time of `azureml-emulator start` (CLI from TypeScript sources via tsx, Azurite included) until its ready
// line, over 5 runs; prints the median. On Linux it also prints the CPU time the emulator and Azurite used until
// ready, a figure that a busy machine inflates far less than wall time. Usage: node bench/emulator-startup.mjs [runs]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

const runs = Number(process.argv[2] ?? 5);
const bin = join(import.meta.dirname, '..', 'packages', 'emulator', 'bin', 'azureml-emulator.js');

/** utime + stime (ms) of a process and its children, from /proc; undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return children.reduce((sum, child) => sum + (cpuMs(child) ?? 0), own);
  } catch {
    return undefined;
  }
}

async function once_() {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'start'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = once(child, 'exit');
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    exited.then(() => reject(new Error('the emulator exited before its ready line')));
  });
  const elapsed = performance.now() - started;
  const cpu = cpuMs(child.pid);
  JSON.parse(line);
  child.kill('SIGTERM');
  await exited;
  return { elapsed, cpu };
}

await once_(); // warm-up: fills tsx's transform cache and the OS file cache
const results = [];
for (let i = 0; i < runs; i++) results.push(await once_());
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = results.map((r) => r.elapsed).sort((a, b) => a - b);
const cpus = results.map((r) => r.cpu).filter((c) => c !== undefined);
console.log(
  JSON.stringify({
    benchmark: 'emulator start-up to ready line (CLI, Azurite included)',
    runs,
    medianMs: Math.round(median(times)),
    minMs: Math.round(times[0]),
    maxMs: Math.round(times.at(-1)),
    medianCpuMs: cpus.length > 0 ? Math.round(median(cpus)) : null,
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
    cpus: (await import('node:os')).cpus().length,
  }),
);
