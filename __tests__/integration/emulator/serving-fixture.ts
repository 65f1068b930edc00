/**
 * Helpers of the scoring tests: assets uploaded to the workspace's datastore in Azurite and registered as ARM code
 * and model versions (as the actions do), endpoints and deployments created through their LROs (api-version
 * 2024-04-01), and scoring calls on the endpoint's scoringUri.
 */
import { expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import { Agent, request } from 'node:https';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import {
  ContainerClient,
  StorageSharedKeyCredential,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import type { EmulatorHandle } from '../helpers/emulator.js';
import { sharedPath } from '../../shared-dir.js';

export const API = '2024-04-01';
export const FIXTURES = path.resolve('__tests__/fixtures/serving');
export const BANK_TRAIN = sharedPath('fixtures/datasets/bank-marketing/train.csv');
export const BANK_TEST = sharedPath('fixtures/datasets/bank-marketing/test.csv');

export function datastore(emu: EmulatorHandle, workspace = 'dev'): ContainerClient {
  const ws = emu.running.state.config.workspaces.find((w) => w.name === workspace);
  if (ws === undefined) throw new Error(`no workspace ${workspace}`);
  return new ContainerClient(
    `${emu.info.blobEndpoint}/${ws.storageAccount}/${ws.defaultContainer}`,
    new StorageSharedKeyCredential(ws.storageAccount, ws.storageAccountKey),
    { tlsOptions: { ca: emu.ca } } as StoragePipelineOptions,
  );
}

async function upload(emu: EmulatorHandle, folder: string, prefix: string): Promise<void> {
  const container = datastore(emu);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(folder, file).split(path.sep).join('/');
    await container.getBlockBlobClient(`${prefix}/${relative}`).uploadFile(file);
  }
}

async function put(emu: EmulatorHandle, relative: string, body: unknown): Promise<void> {
  const response = await emu.arm('PUT', relative, { body, apiVersion: API });
  expect([200, 201]).toContain(response.status);
}

/** Uploads a folder as code and registers codes/{name}/versions/1; returns the version id. */
export async function registerCode(emu: EmulatorHandle, name: string, folder: string): Promise<string> {
  const prefix = `LocalUpload/${name}/code`;
  await upload(emu, folder, prefix);
  await put(emu, `codes/${name}/versions/1`, {
    properties: { codeUri: `azureml://datastores/workspaceblobstore/paths/${prefix}` },
  });
  return `${emu.workspaceId('dev')}/codes/${name}/versions/1`;
}

/** Uploads a folder (holding model/…) as a custom model and registers models/{name}/versions/1. */
export async function registerModel(
  emu: EmulatorHandle,
  name: string,
  folder: string,
  modelType = 'custom_model',
): Promise<string> {
  const prefix = `LocalUpload/${name}`;
  await upload(emu, folder, prefix);
  await put(emu, `models/${name}/versions/1`, {
    properties: { modelType, modelUri: `azureml://datastores/workspaceblobstore/paths/${prefix}/model` },
  });
  return `${emu.workspaceId('dev')}/models/${name}/versions/1`;
}

export async function registerEnvironment(emu: EmulatorHandle): Promise<string> {
  await put(emu, 'environments/sklearn/versions/1', {
    properties: {
      image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
      condaFile: 'dependencies: [numpy]',
    },
  });
  return `${emu.workspaceId('dev')}/environments/sklearn/versions/1`;
}

/** Trains the bank-marketing model (numpy) into a temporary folder holding model/weights.json. */
export async function trainBankModel(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bank-model-'));
  await promisify(execFile)('python3', [path.join(FIXTURES, 'train_bank_model.py'), BANK_TRAIN, dir]);
  return dir;
}

async function waitFor(emu: EmulatorHandle, relative: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 300; i++) {
    const response = await emu.arm('GET', relative, { apiVersion: API });
    const properties = (response.json as { properties: Record<string, unknown> }).properties;
    if (['Succeeded', 'Failed', 'Canceled'].includes(String(properties.provisioningState))) return properties;
    await sleep(50);
  }
  throw new Error(`${relative} did not finish provisioning`);
}

export async function createEndpoint(
  emu: EmulatorHandle,
  name: string,
  properties: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  await put(emu, `onlineEndpoints/${name}`, { location: 'eastus', properties });
  return waitFor(emu, `onlineEndpoints/${name}`);
}

export interface DeploymentSpec {
  /** Code version id; null deploys without code_configuration. */
  code: string | null;
  script?: string;
  model?: string;
  environment: string;
  capacity?: number;
  properties?: Record<string, unknown>;
}

export async function createDeployment(
  emu: EmulatorHandle,
  endpoint: string,
  name: string,
  spec: DeploymentSpec,
): Promise<Record<string, unknown>> {
  const relative = `onlineEndpoints/${endpoint}/deployments/${name}`;
  await put(emu, relative, {
    location: 'eastus',
    sku: { name: 'Default', capacity: spec.capacity ?? 1 },
    properties: {
      endpointComputeType: 'Managed',
      instanceType: 'Standard_DS3_v2',
      environmentId: spec.environment,
      ...(spec.code === null
        ? {}
        : { codeConfiguration: { codeId: spec.code, scoringScript: spec.script ?? 'score.py' } }),
      ...(spec.model === undefined ? {} : { model: spec.model }),
      ...spec.properties,
    },
  });
  return waitFor(emu, relative);
}

export async function getLogs(
  emu: EmulatorHandle,
  endpoint: string,
  deployment: string,
  body: Record<string, unknown> = {},
): Promise<string> {
  const response = await emu.arm('POST', `onlineEndpoints/${endpoint}/deployments/${deployment}/getLogs`, {
    body,
    apiVersion: API,
  });
  expect(response.status).toBe(200);
  return (response.json as { content: string }).content;
}

export async function listKeys(
  emu: EmulatorHandle,
  endpoint: string,
): Promise<{ primaryKey: string; secondaryKey: string }> {
  const response = await emu.arm('POST', `onlineEndpoints/${endpoint}/listKeys`, { apiVersion: API });
  return response.json as { primaryKey: string; secondaryKey: string };
}

export interface ScoreResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A scoring client: keep-alive connections (many requests), the emulator's CA. */
export function scorer(ca: string): {
  score: (uri: string, body: unknown, headers?: Record<string, string>) => Promise<ScoreResult>;
  close: () => void;
} {
  const agent = new Agent({ keepAlive: true, maxSockets: 32, ca });
  return {
    score(uri, body, headers = {}) {
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      const attempt = (retry: boolean): Promise<ScoreResult> =>
        new Promise((resolve, reject) => {
          const req = request(
            uri,
            { method: 'POST', agent, headers: { 'Content-Type': 'application/json', ...headers } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('error', reject);
              res.on('end', () => {
                resolve({
                  status: res.statusCode ?? 0,
                  headers: res.headers,
                  text: Buffer.concat(chunks).toString('utf8'),
                });
              });
            },
          );
          // A kept-alive socket the server closed meanwhile: retry once on a new one (Node's documented pattern).
          req.on('error', (error: NodeJS.ErrnoException) => {
            if (retry && req.reusedSocket && error.code === 'ECONNRESET') resolve(attempt(false));
            else reject(error);
          });
          req.end(payload);
        });
      return attempt(true);
    },
    close: () => {
      agent.destroy();
    },
  };
}

/** Runs `count` calls with at most `concurrency` at a time; results in call order. */
export async function inParallel<T>(
  count: number,
  concurrency: number,
  call: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await call(i);
      }
    }),
  );
  return results;
}

/** The bank-marketing test rows as the scoring script takes them. */
export async function bankRows(count: number): Promise<Record<string, string>[]> {
  const { readFile } = await import('node:fs/promises');
  const [header = '', ...lines] = (await readFile(BANK_TEST, 'utf8')).trim().split('\n');
  const names = header.split(',');
  return lines
    .slice(0, count)
    .map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i] ?? '', v])));
}
