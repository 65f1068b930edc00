/**
 * register-model's hashing and content-addressed upload against a local Azurite blob store: MB/s, peak memory
 * (RSS) and the time of an unchanged re-run (hash only, nothing sent). Each size runs in its own process, so the
 * peak RSS of one does not hide the other's: memory must stay flat as the folder grows.
 *
 *   npx tsx bench/register-upload.ts                         # 256 MiB / 250 files, then 1 GiB / 1,000 files
 *   npx tsx bench/register-upload.ts --mb 1024 --files 1000  # one size, in this process
 *
 * Generated files and Azurite's data live under a temporary folder in /tmp, removed at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { nullLogger, type Logger } from '@aml-actions/action-kit';
import { hashContent, uploadContent } from '@aml-actions/assets';

/** Azurite's well-known development account (public, documented by Microsoft). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const MiB = 1024 * 1024;

interface Figures {
  sizeMb: number;
  files: number;
  hashSeconds: number;
  uploadSeconds: number;
  uploadMbPerSecond: number;
  firstRunSeconds: number;
  rerunSeconds: number;
  rerunSent: number;
  /** CPU time (user + system) of this process: what the work costs on an idle runner, whatever the load here. */
  hashCpuSeconds: number;
  uploadCpuSeconds: number;
  rerunCpuSeconds: number;
  loadAverage: number;
  peakRssMb: number;
  baselineRssMb: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

interface Azurite {
  url: string;
  /** Stops Azurite and waits until it has exited (its files are closed). */
  stop: () => Promise<void>;
}

async function startAzurite(location: string): Promise<Azurite> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      path.resolve('node_modules/azurite/dist/src/blob/main.js'),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--location',
      location,
      '--silent',
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const stop = async (): Promise<void> => {
    child.kill();
    await exited;
  };
  const url = `http://127.0.0.1:${port}/${ACCOUNT}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    const up = await fetch(`${url}?comp=list`).then(
      () => true,
      () => false,
    );
    if (up) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error('Azurite did not start within 60 s');
}

/** `files` files of random bytes, `sizeMb` in all, in a few subfolders. */
async function generate(root: string, sizeMb: number, files: number): Promise<void> {
  const perFile = Math.floor((sizeMb * MiB) / files);
  const buffer = Buffer.alloc(perFile);
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `shard-${i % 10}`);
    await mkdir(dir, { recursive: true });
    randomFillSync(buffer);
    await writeFile(path.join(dir, `part-${String(i).padStart(5, '0')}.bin`), buffer);
  }
}

async function measure(sizeMb: number, files: number): Promise<Figures> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'register-upload-bench-'));
  let azurite: Azurite | undefined;
  try {
    azurite = await startAzurite(path.join(scratch, 'azurite'));
    const model = path.join(scratch, 'model');
    await generate(model, sizeMb, files);
    const container = new ContainerClient(
      `${azurite.url}/bench`,
      new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY),
    );
    await container.create();

    global.gc?.();
    const baselineRss = process.memoryUsage().rss;
    let peakRss = baselineRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    const logger: Logger = {
      ...nullLogger,
      info: (line) => {
        console.error(`  ${line}`);
      },
    };

    const cpu = (since: NodeJS.CpuUsage): number => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1e6;
    };
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const content = await hashContent(model);
    const hashed = performance.now();
    const hashCpuSeconds = cpu(cpuStarted);
    const cpuHashed = process.cpuUsage();
    const upload = await uploadContent(container, content, logger, { progressIntervalMs: 10_000 });
    const uploaded = performance.now();
    const uploadCpuSeconds = cpu(cpuHashed);
    const cpuUploaded = process.cpuUsage();

    const again = await uploadContent(container, await hashContent(model), nullLogger);
    const rerun = performance.now();
    const rerunCpuSeconds = cpu(cpuUploaded);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);

    const uploadSeconds = (uploaded - hashed) / 1000;
    return {
      sizeMb,
      files,
      hashSeconds: (hashed - started) / 1000,
      uploadSeconds,
      uploadMbPerSecond: upload.uploadedBytes / MiB / uploadSeconds,
      firstRunSeconds: (uploaded - started) / 1000,
      rerunSeconds: (rerun - uploaded) / 1000,
      rerunSent: again.uploadedFiles,
      hashCpuSeconds,
      uploadCpuSeconds,
      rerunCpuSeconds,
      loadAverage: loadavg()[0] ?? 0,
      peakRssMb: peakRss / MiB,
      baselineRssMb: baselineRss / MiB,
    };
  } finally {
    await azurite?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { mb: { type: 'string' }, files: { type: 'string' } } });
if (values.mb !== undefined) {
  const figures = await measure(Number(values.mb), Number(values.files ?? 1000));
  console.log(JSON.stringify(figures));
} else {
  const rows: Figures[] = [];
  for (const [mb, files] of [
    [256, 250],
    [1024, 1000],
  ] as const) {
    console.error(`${mb} MiB in ${files} files:`);
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', process.argv[1] ?? '', '--mb', String(mb), '--files', String(files)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (run.status !== 0) throw new Error(`bench for ${mb} MiB failed (exit ${run.status ?? 'signal'})`);
    rows.push(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Figures);
  }
  console.log(
    '| Folder | Hash (CPU) | Upload (CPU) | Upload MB/s | First run | Unchanged re-run (CPU, files sent) | Peak RSS (baseline) | Load avg |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.sizeMb} MiB, ${r.files} files | ${r.hashSeconds.toFixed(1)} s (${r.hashCpuSeconds.toFixed(1)} s) | ` +
        `${r.uploadSeconds.toFixed(1)} s (${r.uploadCpuSeconds.toFixed(1)} s) | ${r.uploadMbPerSecond.toFixed(0)} | ` +
        `${r.firstRunSeconds.toFixed(1)} s | ${r.rerunSeconds.toFixed(1)} s (${r.rerunCpuSeconds.toFixed(1)} s, ${r.rerunSent}) | ` +
        `${r.peakRssMb.toFixed(0)} MB (${r.baselineRssMb.toFixed(0)} MB) | ${r.loadAverage.toFixed(1)} |`,
    );
  }
}
