/**
 * copy-model end to end: models registered in staging by the bundled register-model (as the staging identity), then
 * copied to prod by the bundled copy-model as the production identity (writer on prod, reader on staging: it reads
 * the staging files with its Entra token as Storage Blob Data Reader), against the emulator.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClientAssertionCredential } from '@azure/identity';
import { ContainerClient } from '@azure/storage-blob';
import {
  httpsRequest,
  runBundledAction,
  withEmulator,
  type BundledActionResult,
} from '../helpers/emulator.js';

const COPY = 'dist/copy-model/index.js';
const REGISTER = 'dist/register-model/index.js';
const emu = withEmulator();
let work: string;
const registered: Record<string, string>[] = [];

interface StoredVersion {
  id: string;
  properties: {
    modelUri?: string;
    modelType?: string;
    description?: string;
    tags: Record<string, string>;
    properties: Record<string, string>;
    flavors?: Record<string, unknown>;
  };
}

async function modelFolder(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(work, name);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

async function registerInStaging(inputs: Record<string, string>): Promise<Record<string, string>> {
  const result = await runBundledAction(
    REGISTER,
    { workspace: 'staging', 'resource-group': 'rg-mlops', ...inputs },
    emu.envFor('staging'),
  );
  expect(result.exitCode).toBe(0);
  return result.outputs;
}

function copy(
  inputs: Record<string, string>,
  identity = 'production',
  target = 'prod',
): Promise<BundledActionResult> {
  return runBundledAction(
    COPY,
    {
      workspace: target,
      'resource-group': 'rg-mlops',
      'source-workspace-id': emu.workspaceId('staging'),
      ...inputs,
    },
    { ...emu.envFor(identity), GITHUB_ACTOR: 'release-manager' },
  );
}

async function prodVersion(model: string, version: string): Promise<StoredVersion> {
  const res = await emu.arm('GET', `models/${model}/versions/${version}`, {
    identity: 'production',
    workspace: 'prod',
  });
  expect(res.status).toBe(200);
  return res.json as StoredVersion;
}

function failureOf(result: BundledActionResult): string {
  return result.annotations.find((a) => a.level === 'error')?.message ?? result.stdout;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'copy-model-'));
  const v1 = await modelFolder('churn-v1', {
    'model.pkl': 'weights-1'.repeat(1000),
    'conda.yaml': 'name: churn\n',
    'nested/feature-map.json': '{"a": 1}',
  });
  registered.push(
    await registerInStaging({
      'model-name': 'churn',
      'model-path': v1,
      description: 'Churn classifier',
      properties: 'framework=sklearn',
      metrics: '{"auc": 0.91}',
      tags: 'team=risk',
    }),
  );
  const v2 = await modelFolder('churn-v2', { 'model.pkl': 'weights-2' });
  registered.push(await registerInStaging({ 'model-name': 'churn', 'model-path': v2 }));
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('copy-model (bundled) against the emulator', () => {
  it('copies a staging version to prod with provenance tags, and a re-run reuses the copy', async () => {
    const first = await copy({ 'model-name': 'churn', 'model-version': '1', tags: 'approved-for=prod' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      'model-name': 'churn',
      'model-version': '1',
      'model-id': `${emu.workspaceId('prod')}/models/churn/versions/1`,
      'model-uri': 'azureml:churn:1',
      reused: 'false',
      'source-model-version': '1',
      'content-hash': registered[0]?.['content-hash'],
    });
    expect(first.stdout).toContain('signed in as the action');
    expect(first.stdout).toMatch(/Downloaded: 3\/3 files/);

    const stored = await prodVersion('churn', '1');
    expect(stored.properties).toMatchObject({
      modelType: 'custom_model',
      description: 'Churn classifier',
      properties: { framework: 'sklearn', 'metric.auc': '0.91' },
      modelUri: expect.stringMatching(
        new RegExp(
          `^azureml://subscriptions/.+/workspaces/prod/datastores/workspaceblobstore/paths/LocalUpload/[0-9a-f]{64}/churn-v1$`,
        ),
      ),
    });
    expect(stored.properties.tags).toMatchObject({
      team: 'risk',
      'approved-for': 'prod',
      'source-workspace-id': emu.workspaceId('staging'),
      'source-model-id': `${emu.workspaceId('staging')}/models/churn/versions/1`,
      'source-model-name': 'churn',
      'source-model-version': '1',
      'content-hash': registered[0]?.['content-hash'],
      'promotion-git-commit': '0123456789abcdef0123456789abcdef01234567',
      'promotion-github-run-url': 'https://github.com/contoso/churn-model/actions/runs/1234567890',
      'promotion-github-actor': 'release-manager',
      // The training run's own lineage travels with the model.
      'git-commit': '0123456789abcdef0123456789abcdef01234567',
    });
    expect(first.summary).toContain('Model copied: staging/churn:1 → prod/churn:1');
    expect(first.summary).toContain('source-model-id');

    const again = await copy({ 'model-name': 'churn', 'model-version': '1' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ 'model-version': '1', reused: 'true' });
    expect(again.stdout).toContain('already a copy of');
    expect(again.stdout).not.toContain('Downloading');
    expect(again.summary).toContain('is already a copy of staging/churn:1: nothing was downloaded');
  }, 60_000);

  it("resolves 'latest' to the newest staging version and copies that pinned version", async () => {
    const result = await copy({
      'model-name': 'churn',
      'model-version': 'latest',
      'target-model-name': 'churn-prod',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'model-name': 'churn-prod',
      'model-version': '1',
      'source-model-version': '2',
      reused: 'false',
      'content-hash': registered[1]?.['content-hash'],
    });
    expect(result.stdout).toContain("model-version 'latest' of model 'churn' is version 2");
    expect((await prodVersion('churn-prod', '1')).properties.tags['source-model-version']).toBe('2');
  }, 60_000);

  it('names the model, the version and the source workspace when the version does not exist', async () => {
    const result = await copy({ 'model-name': 'churn', 'model-version': '99' });
    expect(result.exitCode).toBe(1);
    const message = failureOf(result);
    expect(message).toContain("model 'churn' version 99 does not exist in the source workspace 'staging'");
    expect(message).toContain('latest versions are 2, 1');
  }, 60_000);

  it('fails with a 403 naming the identity and the role when it may not read the source workspace', async () => {
    // The production identity has no role on dev.
    const result = await runBundledAction(
      COPY,
      {
        workspace: 'prod',
        'resource-group': 'rg-mlops',
        'source-workspace': 'dev',
        'source-resource-group': 'rg-mlops',
        'model-name': 'churn',
        'model-version': '1',
      },
      emu.envFor('production'),
    );
    expect(result.exitCode).toBe(1);
    const message = failureOf(result);
    expect(message).toContain("in source workspace 'dev' as client");
    expect(message).toContain('HTTP 403');
    expect(message).toMatch(/Grant it a role|az role assignment create/);
  }, 60_000);

  it('copies a version whose files are given as a blob URL of the same cloud', async () => {
    const source = registered[0]?.['content-hash']?.slice('sha256:'.length) ?? '';
    const url = `${blobContainerUrl('staging')}/LocalUpload/${source}/churn-v1`;
    await registerInStaging({ 'model-name': 'churn-url', 'model-uri': url });
    const result = await copy({ 'model-name': 'churn-url', 'model-version': '1' });
    expect(result.exitCode).toBe(0);
    // The files hash as register-model hashed them; the source's content-hash tag (a hash of the URL) is not compared.
    expect(result.outputs).toMatchObject({
      'model-version': '1',
      'content-hash': registered[0]?.['content-hash'],
    });
  }, 60_000);
});

/** The emulator's part of the copy: Entra tokens for storage, checked against each workspace's blob data roles. */
describe('blob data roles in the emulator', () => {
  const container = (identity: string, workspace: string): ContainerClient => {
    const { info, ca } = emu;
    const env = emu.envFor(identity);
    const credential = new ClientAssertionCredential(
      info.tenantId,
      env.AZURE_CLIENT_ID ?? '',
      async () => {
        const res = await httpsRequest(
          `${env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''}&audience=${encodeURIComponent('api://AzureADTokenExchange')}`,
          { headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}` }, ca },
        );
        return (res.json as { value: string }).value;
      },
      { authorityHost: info.authorityHost, disableInstanceDiscovery: true, tlsOptions: { ca } },
    );
    return new ContainerClient(blobContainerUrl(workspace), credential, { tlsOptions: { ca } } as never);
  };
  const statusOf = async (call: Promise<unknown>): Promise<number> =>
    call.then(
      () => 200,
      (e: unknown) => (e as { statusCode?: number }).statusCode ?? 0,
    );

  it('lets a reader read but not write, a writer write, and nobody else in', async () => {
    const reader = container('production', 'staging');
    const names: string[] = [];
    for await (const blob of reader.listBlobsFlat()) names.push(blob.name);
    expect(names.length).toBeGreaterThan(0);
    expect(await statusOf(reader.getBlockBlobClient('x.txt').upload('x', 1))).toBe(403);
    expect(await statusOf(container('staging', 'staging').getBlockBlobClient('x.txt').upload('x', 1))).toBe(
      200,
    );
    expect(await statusOf(container('production', 'dev').getProperties())).toBe(403);
  }, 60_000);
});

function blobContainerUrl(workspace: string): string {
  const config = emu.running.state.config.workspaces.find((ws) => ws.name === workspace);
  return `${emu.info.blobEndpoint}/${config?.storageAccount ?? ''}/${config?.defaultContainer ?? ''}`;
}
