/**
 * Scoring throughput of the emulator: a trivial scoring script (bench/scoring-fixture/score.py) behind a Key-auth
 * endpoint, loaded by autocannon at concurrency 16 for `--seconds` per run, `--runs` runs (default 5 × 5 s); prints
 * the median requests/s and latency percentiles. Then the same worker process driven directly over its pipe
 * protocol (no HTTPS, auth, routing or queueing), sequentially and 16 at a time, to give the emulator's own
 * overhead per request. One instance, one worker (the Azure default), max_concurrent_requests_per_instance 16.
 *
 * Usage: npx tsx bench/scoring.ts [--runs N] [--seconds S]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { request } from 'node:https';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import {
  ContainerClient,
  StorageSharedKeyCredential,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import { startEmulator, type ReadyInfo, type RunningEmulator } from '../packages/emulator/src/index.js';
import { createContainerLog } from '../packages/emulator/src/serving/container-log.js';
import { startWorker } from '../packages/emulator/src/serving/python-worker.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, seconds: { type: 'string', default: '5' } },
});
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const FIXTURE = path.join(import.meta.dirname, 'scoring-fixture');
const BODY = JSON.stringify({ data: [[1, 2, 3, 4]] });

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** One HTTPS call trusting the emulator's certificate; the JSON answer. */
function call(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; ca: string },
) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, ca: options.ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** An ARM token for the development identity, as a GitHub job gets it (OIDC token, then a federated grant). */
async function armToken(info: ReadyInfo, ca: string): Promise<string> {
  const env = info.identities.development?.env ?? {};
  const oidc = await call(`${String(env.ACTIONS_ID_TOKEN_REQUEST_URL)}&audience=api://AzureADTokenExchange`, {
    headers: { Authorization: `Bearer ${String(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)}` },
    ca,
  });
  const form = new URLSearchParams({
    client_id: String(env.AZURE_CLIENT_ID),
    scope: 'https://management.azure.com/.default',
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: (JSON.parse(oidc.text) as { value: string }).value,
  });
  const token = await call(`${info.authorityHost}/${info.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    ca,
  });
  return (JSON.parse(token.text) as { access_token: string }).access_token;
}

async function deploy(emu: RunningEmulator): Promise<{ uri: string; key: string }> {
  const { info, ca } = emu;
  const ws = `/subscriptions/${info.subscriptionId}/resourceGroups/${info.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/dev`;
  const token = await armToken(info, ca);
  const arm = async (method: string, relative: string, body?: unknown) => {
    const response = await call(`${info.armEndpoint}${ws}/${relative}?api-version=2024-04-01`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      ca,
    });
    if (response.status >= 300) throw new Error(`${method} ${relative}: ${response.status} ${response.text}`);
    return (response.text === '' ? {} : JSON.parse(response.text)) as Record<string, unknown>;
  };
  const waitFor = async (relative: string): Promise<Record<string, unknown>> => {
    for (;;) {
      const properties = (await arm('GET', relative)).properties as Record<string, unknown>;
      if (properties.provisioningState === 'Succeeded') return properties;
      if (properties.provisioningState === 'Failed') throw new Error(`${relative} failed`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const workspace = emu.state.config.workspaces.find((w) => w.name === 'dev');
  if (workspace === undefined) throw new Error('no dev workspace');
  const container = new ContainerClient(
    `${info.blobEndpoint}/${workspace.storageAccount}/${workspace.defaultContainer}`,
    new StorageSharedKeyCredential(workspace.storageAccount, workspace.storageAccountKey),
    { tlsOptions: { ca } } as StoragePipelineOptions,
  );
  await container.getBlockBlobClient('bench/code/score.py').uploadFile(path.join(FIXTURE, 'score.py'));
  await arm('PUT', 'codes/bench/versions/1', {
    properties: { codeUri: 'azureml://datastores/workspaceblobstore/paths/bench/code' },
  });
  await arm('PUT', 'environments/bench/versions/1', { properties: { image: 'python:3.11' } });
  await arm('PUT', 'onlineEndpoints/bench', { location: 'eastus', properties: { authMode: 'Key' } });
  const endpoint = await waitFor('onlineEndpoints/bench');
  await arm('PUT', 'onlineEndpoints/bench/deployments/blue', {
    location: 'eastus',
    sku: { name: 'Default', capacity: 1 },
    properties: {
      endpointComputeType: 'Managed',
      instanceType: 'Standard_DS3_v2',
      environmentId: `${ws}/environments/bench/versions/1`,
      codeConfiguration: { codeId: `${ws}/codes/bench/versions/1`, scoringScript: 'score.py' },
      requestSettings: { maxConcurrentRequestsPerInstance: 16, requestTimeout: 'PT5S' },
    },
  });
  await waitFor('onlineEndpoints/bench/deployments/blue');
  await arm('PUT', 'onlineEndpoints/bench', {
    location: 'eastus',
    properties: { authMode: 'Key', traffic: { blue: 100 } },
  });
  await waitFor('onlineEndpoints/bench');
  const keys = await arm('POST', 'onlineEndpoints/bench/listKeys');
  return { uri: String(endpoint.scoringUri), key: String(keys.primaryKey) };
}

/** autocannon in its own process (in this one it would take the event loop from the emulator it measures). */
async function throughEmulator(uri: string, key: string, connections: number) {
  const bin = path.join(import.meta.dirname, '..', 'node_modules', 'autocannon', 'autocannon.js');
  const args = [bin, '--json', '-c', String(connections), '-d', String(seconds), '-m', 'POST'];
  args.push('-H', `Authorization=Bearer ${key}`, '-H', 'Content-Type=application/json', '-b', BODY, uri);
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number; average: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0)
    throw new Error(`${failures} requests failed (non-2xx ${result.non2xx}, errors ${result.errors})`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
  };
}

/** The worker process alone: `concurrency` requests kept in flight over its pipe for `seconds`. */
async function direct(concurrency: number) {
  const worker = startWorker({
    python: 'python3',
    appRoot: FIXTURE,
    entryScript: 'score.py',
    env: { PATH: process.env.PATH },
    log: createContainerLog(() => new Date(), 100),
    onCollect: () => undefined,
  });
  await worker.ready;
  const request = { body: BODY, headers: {}, timeoutMs: 5000, correlationId: 'bench', collect: [] };
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        await worker.run(request);
        latencies.push(performance.now() - started);
      }
    }),
  );
  worker.kill();
  await worker.exited;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  };
}

const workDir = await mkdtemp(path.join(tmpdir(), 'bench-scoring-'));
const emu = await startEmulator({ provisioningDelayMs: 0 });
try {
  const { uri, key } = await deploy(emu);
  await throughEmulator(uri, key, 16); // warm-up
  const rows: Record<string, { rps: number[]; p50: number[]; p99: number[]; mean: number[] }> = {};
  const add = (name: string, figures: { rps: number; p99: number; mean: number; p50?: number }) => {
    const row = (rows[name] ??= { rps: [], p50: [], p99: [], mean: [] });
    row.rps.push(figures.rps);
    row.p99.push(figures.p99);
    row.mean.push(figures.mean);
    if (figures.p50 !== undefined) row.p50.push(figures.p50);
  };
  for (let run = 0; run < runs; run++) {
    add('emulator, autocannon c=16', await throughEmulator(uri, key, 16));
    add('emulator, autocannon c=1', await throughEmulator(uri, key, 1));
    add('worker direct, 16 in flight', await direct(16));
    add('worker direct, sequential', await direct(1));
  }
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`Median of ${runs} runs of ${seconds} s each:\n`);
  console.log('| Path | requests/s | mean latency (ms) | p99 latency (ms) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, row] of Object.entries(rows)) {
    console.log(
      `| ${name} | ${median(row.rps).toFixed(0)} | ${median(row.mean).toFixed(2)} | ${median(row.p99).toFixed(2)} |`,
    );
  }
  const perRequest = (name: string) => 1000 / median(rows[name]?.rps ?? [1]);
  console.log(
    `\nEmulator overhead per request (1/throughput difference against the worker alone): ` +
      `${(perRequest('emulator, autocannon c=1') - perRequest('worker direct, sequential')).toFixed(2)} ms sequential, ` +
      `${(perRequest('emulator, autocannon c=16') - perRequest('worker direct, 16 in flight')).toFixed(2)} ms at c=16.`,
  );
} finally {
  await emu.stop();
  await rm(workDir, { recursive: true, force: true });
}
