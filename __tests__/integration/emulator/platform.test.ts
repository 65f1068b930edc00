/**
 * The emulator platform end to end: real HTTPS listener, real Azurite, the CLI's ready line, faults as an HTTPS
 * client sees them, the admin request log, and a restart with --state-dir that keeps resources, keys and blobs.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ReadyInfo } from '@aml-actions/emulator';
import { sharedKeyRequest } from '../../../packages/emulator/src/azurite/shared-key.js';
import { armToken, httpsRequest, withEmulator } from '../helpers/emulator.js';

const BIN = join(process.cwd(), 'packages/emulator/bin/azureml-emulator.js');

describe('emulator platform (in process)', () => {
  const emu = withEmulator();
  afterEach(() => {
    emu.running.faults.clear();
    emu.running.requestLog.clear();
  });

  it('answers ARM calls over HTTPS with ARM request ids, and logs them with the caller', async () => {
    const res = await emu.arm('GET', emu.workspaceId('dev'), { identity: 'staging' });
    expect(res.status).toBe(200);
    expect(res.headers['x-ms-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(emu.running.requestLog.entries({ operationId: 'Workspaces_Get' })).toEqual([
      expect.objectContaining({ method: 'GET', status: 200, identity: 'staging', apiVersion: '2022-10-01' }),
    ]);
  });

  it('shows injected faults to the client as Azure would: 429 with Retry-After, 503, a dropped connection', async () => {
    const { adminUrl } = emu.info;
    const added = await httpsRequest(`${adminUrl}/faults`, {
      method: 'POST',
      ca: emu.ca,
      body: [
        { id: 'throttle', kind: 'throttle', operationId: 'Workspaces_Get', count: 1, retryAfterSeconds: 3 },
        { id: 'unavailable', kind: 'error', status: 503, resource: '/workspaces/staging', count: 1 },
        { id: 'drop', kind: 'drop', method: 'GET', resource: '/workspaces/prod', count: 1 },
      ],
    });
    expect(added.status).toBe(201);

    const throttled = await emu.arm('GET', emu.workspaceId('dev'));
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('3');
    expect(throttled.json).toMatchObject({ error: { code: 'SubscriptionRequestsThrottled' } });
    expect((await emu.arm('GET', emu.workspaceId('dev'))).status).toBe(200);

    const unavailable = await emu.arm('GET', emu.workspaceId('staging'));
    expect(unavailable).toMatchObject({ status: 503, json: { error: { code: 'ServiceUnavailable' } } });

    const asProduction = { identity: 'production' };
    await expect(emu.arm('GET', emu.workspaceId('prod'), asProduction)).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
    expect((await emu.arm('GET', emu.workspaceId('prod'), asProduction)).status).toBe(200);

    const rules = await httpsRequest(`${adminUrl}/faults`, { ca: emu.ca });
    expect(rules.json).toEqual({
      value: [
        expect.objectContaining({ id: 'throttle', hits: 1, remaining: 0 }),
        expect.objectContaining({ id: 'unavailable', hits: 1, remaining: 0 }),
        expect.objectContaining({ id: 'drop', hits: 1, remaining: 0 }),
      ],
    });
    const log = await httpsRequest(`${adminUrl}/requests?operationId=Workspaces_Get`, { ca: emu.ca });
    expect(
      (log.json as { value: { status: number; fault?: string }[] }).value.map((e) => [
        e.status,
        e.fault ?? '',
      ]),
    ).toEqual([
      [429, 'throttle:throttle'],
      [200, ''],
      [503, 'error:unavailable'],
      [0, 'drop:drop'],
      [200, ''],
    ]);
  });

  it('refuses a missing or unsupported api-version as ARM does', async () => {
    const missing = await emu.arm('GET', emu.workspaceId('dev'), { apiVersion: null });
    expect(missing).toMatchObject({ status: 400, json: { error: { code: 'MissingApiVersionParameter' } } });
    const unsupported = await emu.arm('GET', emu.workspaceId('dev'), { apiVersion: '2020-01-01' });
    expect(unsupported).toMatchObject({
      status: 400,
      json: { error: { code: 'NoRegisteredProviderFound' } },
    });
  });
});

interface CliRun {
  info: ReadyInfo;
  stop(): Promise<{ code: number | null; stdoutLines: string[]; stderr: string }>;
}

async function startCli(args: string[]): Promise<CliRun> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [BIN, ...args], { env });
  const stdoutLines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdoutLines.push(line);
      resolve(line);
    });
    void exited.then(() => {
      reject(new Error(`emulator exited before it was ready:\n${stderr}`));
    });
  });
  const info = JSON.parse(await firstLine) as ReadyInfo;
  return {
    info,
    async stop() {
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      return { code, stdoutLines, stderr };
    },
  };
}

describe('azureml-emulator CLI', () => {
  it('prints one ready line, stops on SIGTERM, and restarts from --state-dir with nothing lost', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'emu-cli-'));
    try {
      const first = await startCli(['start', '--state-dir', stateDir, '--provisioning-delay', '0']);
      const { info } = first;
      expect(info).toMatchObject({
        armEndpoint: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/),
        authorityHost: info.armEndpoint,
        resourceGroup: 'rg-mlops',
        workspaces: ['dev', 'staging', 'prod'],
        blobEndpoint: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/),
        adminUrl: `${info.armEndpoint}/_emulator`,
        caFile: join(stateDir, 'tls', 'cert.pem'),
        stateDir,
        env: {
          NODE_EXTRA_CA_CERTS: join(stateDir, 'tls', 'cert.pem'),
          AZUREML_CLOUD_ARM_ENDPOINT: info.armEndpoint,
          AZUREML_CLOUD_AUTHORITY_HOST: info.armEndpoint,
          AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN: `${info.blobEndpoint}/{account}`,
          AZUREML_CLOUD_ARM_AUDIENCE: 'https://management.azure.com',
          AZURE_SUBSCRIPTION_ID: info.subscriptionId,
        },
      });
      expect(info.identities.production).toMatchObject({
        subject: 'repo:contoso/churn-model:environment:production',
        roles: { prod: 'writer', staging: 'reader' },
        env: { AZURE_CLIENT_ID: info.identities.production?.clientId, AZURE_TENANT_ID: info.tenantId },
      });
      expect(existsSync(info.caFile)).toBe(true);
      const ca = await readFile(info.caFile, 'utf8');

      // A resource in ARM and a blob in the default datastore, written through the public APIs.
      const ws = `${info.armEndpoint}/subscriptions/${info.subscriptionId}/resourceGroups/${info.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/dev`;
      const auth = { Authorization: `Bearer ${await armToken(info, 'development', ca)}` };
      const put = await httpsRequest(`${ws}/models/churn?api-version=2022-10-01`, {
        method: 'PUT',
        headers: auth,
        body: { properties: { description: 'churn model' } },
        ca,
      });
      expect([200, 201]).toContain(put.status);
      const datastore = await httpsRequest(`${ws}/datastores/workspaceblobstore?api-version=2022-10-01`, {
        headers: auth,
        ca,
      });
      const { accountName, containerName } = (datastore.json as { properties: Record<string, string> })
        .properties;
      const secrets = await httpsRequest(
        `${ws}/datastores/workspaceblobstore/listSecrets?api-version=2022-10-01`,
        {
          method: 'POST',
          headers: auth,
          ca,
        },
      );
      const key = (secrets.json as { key: string }).key;
      const blob = {
        endpoint: info.blobEndpoint,
        account: accountName!,
        key,
        ca,
        path: `/${containerName!}/hello.txt`,
      };
      const upload = await sharedKeyRequest({
        ...blob,
        method: 'PUT',
        headers: { 'x-ms-blob-type': 'BlockBlob', 'Content-Type': 'text/plain' },
        body: Buffer.from('hello from before the restart'),
      });
      expect(upload.status).toBe(201);

      const stopped = await first.stop();
      expect(stopped.code).toBe(0);
      expect(stopped.stdoutLines).toHaveLength(1);
      expect(stopped.stderr).toContain('stopped');

      const second = await startCli(['start', '--state-dir', stateDir]);
      try {
        expect(second.info).toMatchObject({
          tenantId: info.tenantId,
          subscriptionId: info.subscriptionId,
          caFile: info.caFile,
          identities: {
            development: { clientId: info.identities.development?.clientId },
          },
        });
        const again = { Authorization: `Bearer ${await armToken(second.info, 'development', ca)}` };
        const model = await httpsRequest(
          `${second.info.armEndpoint}${new URL(ws).pathname}/models/churn?api-version=2022-10-01`,
          { headers: again, ca },
        );
        expect(model).toMatchObject({ status: 200, json: { properties: { description: 'churn model' } } });
        const download = await sharedKeyRequest({
          ...blob,
          endpoint: second.info.blobEndpoint,
          method: 'GET',
        });
        expect(download.status).toBe(200);
        expect(download.body.toString()).toBe('hello from before the restart');
      } finally {
        expect((await second.stop()).code).toBe(0);
      }
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('explains bad flags and exits 2', async () => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [BIN, 'start', '--port', 'abc'], { env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(2);
    expect(stderr).toContain("--port 'abc' is not a whole number from 0 to 65535.");
    expect(stderr).toContain('Usage: azureml-emulator start');
  }, 30_000);
});
