import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { copyModel, type CopyClients, type CopyRequest } from '@aml-actions/promotion';
import { uriHash } from '@aml-actions/registration';
import { RestError } from '@azure/core-rest-pipeline';
import { readableContainer, recordingLogger, registry, stagingRef, type ReadableContainer } from './fakes.js';
import type { FakeContainer, FakeRegistry } from '../registration/fakes.js';
import { fakeContainer } from '../registration/fakes.js';

const FILES = { 'LocalUpload/h/model/MLmodel': 'flavors: {}', 'LocalUpload/h/model/model.pkl': 'weights' };

let work: string;
let staging: FakeRegistry;
let prod: FakeRegistry;
let sourceFiles: ReadableContainer;
let prodStore: FakeContainer;
let opened: string[];

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'copy-test-'));
  staging = registry('staging');
  prod = registry('prod');
  sourceFiles = readableContainer(FILES);
  prodStore = fakeContainer();
  opened = [];
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function addSource(version: string, tags: Record<string, string> = {}, modelUri?: string): void {
  const model = staging.add('churn', version, tags, { framework: 'sklearn' });
  model.properties.modelType = 'mlflow_model';
  model.properties.description = 'Churn classifier';
  model.properties.flavors = { python_function: { data: { loader_module: 'mlflow.sklearn' } } };
  model.properties.modelUri = modelUri ?? 'azureml://datastores/workspaceblobstore/paths/LocalUpload/h/model';
}

function clients(logger = recordingLogger()): CopyClients & { logger: ReturnType<typeof recordingLogger> } {
  return {
    source: { registry: staging, workspace: stagingRef },
    target: {
      registry: prod,
      openDatastore: () => {
        opened.push('target');
        return Promise.resolve({ name: 'workspaceblobstore', container: prodStore });
      },
    },
    getJob: () => Promise.resolve(undefined),
    openSourceFiles: (location) => {
      opened.push(location.kind === 'datastore' ? `${location.datastore}:${location.path}` : location.url);
      return Promise.resolve({
        container: sourceFiles,
        path: location.kind === 'datastore' ? location.path : '',
      });
    },
    identity: 'client 1234',
    logger,
  };
}

const request = (overrides: Partial<CopyRequest> = {}): CopyRequest => ({
  sourceName: 'churn',
  sourceVersion: '1',
  targetName: 'churn',
  tags: { 'approved-for': 'prod' },
  github: { sha: 'abc', repository: 'contoso/churn', runId: '42', actor: 'release-manager' },
  tempDir: work,
  ...overrides,
});

describe('copyModel', () => {
  it('downloads, uploads content-addressed and registers the copy with the source fields and provenance', async () => {
    addSource('1', { team: 'risk' });
    const result = await copyModel(request(), clients());
    expect(result).toMatchObject({
      targetName: 'churn',
      targetVersion: '1',
      reused: false,
      modelType: 'mlflow_model',
    });
    expect(result.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(opened).toEqual(['workspaceblobstore:LocalUpload/h/model', 'target']);
    const hash = (result.contentHash ?? '').slice('sha256:'.length);
    expect([...prodStore.blobs.keys()].sort()).toEqual([
      `LocalUpload/${hash}/model/MLmodel`,
      `LocalUpload/${hash}/model/model.pkl`,
    ]);
    const stored = prod.versions.get('churn:1')?.properties;
    expect(stored).toMatchObject({
      modelType: 'mlflow_model',
      description: 'Churn classifier',
      properties: { framework: 'sklearn' },
      flavors: { python_function: { data: { loader_module: 'mlflow.sklearn' } } },
      modelUri: `azureml://subscriptions/sub/resourcegroups/rg/workspaces/prod/datastores/workspaceblobstore/paths/LocalUpload/${hash}/model`,
      tags: {
        team: 'risk',
        'approved-for': 'prod',
        'source-workspace-id': stagingRef.id,
        'source-model-id': expect.stringMatching(/\/workspaces\/ws\/models\/churn\/versions\/1$/),
        'source-model-name': 'churn',
        'source-model-version': '1',
        'content-hash': result.contentHash,
        'promotion-git-commit': 'abc',
        'promotion-github-run-url': 'https://github.com/contoso/churn/actions/runs/42',
        'promotion-github-actor': 'release-manager',
      },
    });
    expect(result.download).toMatchObject({ files: 2, bytes: 18 });
    expect(result.upload).toMatchObject({ uploadedFiles: 2 });
  });

  it('reuses the copy of the same source version: nothing downloaded, uploaded or created', async () => {
    addSource('1');
    const first = await copyModel(request(), clients());
    opened = [];
    const logger = recordingLogger();
    const again = await copyModel(request({ tags: { 'approved-for': 'prod', extra: 'x' } }), clients(logger));
    expect(again).toMatchObject({
      targetVersion: first.targetVersion,
      reused: true,
      contentHash: first.contentHash,
    });
    expect(opened).toEqual([]);
    expect(prod.puts).toEqual(['1']);
    expect(logger.lines.join('\n')).toContain(
      "Model 'churn' version 1 in workspace 'prod' is already a copy of model 'churn' version 1 in workspace 'staging'",
    );
    expect(logger.lines).toContain(
      'warning: tags: extra differ from the reused version 1, which is left as it is (versions are not changed once created).',
    );
  });

  it('makes a new copy of another source version even when its files are the same', async () => {
    addSource('1');
    addSource('2');
    await copyModel(request(), clients());
    const second = await copyModel(request({ sourceVersion: '2' }), clients());
    expect(second).toMatchObject({ targetVersion: '2', reused: false });
    expect(second.upload?.alreadyComplete).toBe(true);
  });

  it('refuses files that no longer match the content hash the source declares, before uploading', async () => {
    addSource('1', { 'content-hash': `sha256:${'0'.repeat(64)}` });
    const error = await copyModel(request(), clients()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe('conflict');
    expect((error as Error).message).toContain('do not match its content-hash tag');
    expect(opened).not.toContain('target');
    expect(prod.versions.size).toBe(0);
  });

  it("ignores register-model's reference hash of a model-uri source", async () => {
    const uri = 'azureml://datastores/workspaceblobstore/paths/LocalUpload/h/model';
    addSource('1', { 'content-hash': uriHash(uri) }, uri);
    await expect(copyModel(request(), clients())).resolves.toMatchObject({ reused: false });
  });

  it('turns a 403 on the source into an error naming the source workspace, the identity and the role', async () => {
    const scope = stagingRef.id;
    staging.client.modelVersions.get = () =>
      Promise.reject(
        new RestError(
          `The client 'oid-1' with object id 'oid-1' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/models/versions/read' over scope '${scope}/models/churn/versions/1' or the scope is invalid.`,
          { statusCode: 403, code: 'AuthorizationFailed' },
        ),
      );
    const error = await copyModel(request(), clients()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe('permission');
    const message = (error as Error).message;
    expect(message).toContain(
      "Reading model 'churn' version 1 in source workspace 'staging' as client 1234 failed: HTTP 403 AuthorizationFailed",
    );
    expect(message).toContain(`--role "Reader" --scope ${scope}`);
  });

  it('turns a 403 on the target into an error naming the target workspace', async () => {
    addSource('1');
    prod.client.modelVersions.createOrUpdate = () =>
      Promise.reject(new RestError('forbidden', { statusCode: 403, code: 'AuthorizationFailed' }));
    await expect(copyModel(request(), clients())).rejects.toThrow(
      "Registering model 'churn' in target workspace 'prod' as client 1234 failed: HTTP 403",
    );
  });

  it('removes the downloaded files even when the upload fails', async () => {
    addSource('1');
    prodStore.failOn = /model\.pkl$/;
    await expect(copyModel(request(), clients())).rejects.toThrow('injected failure');
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(work)).toEqual([]);
  });

  it('refuses to copy a model onto itself', async () => {
    const self = clients();
    self.target.registry = { ...staging, ...stagingRef };
    await expect(copyModel(request(), self)).rejects.toThrow(
      "The source and target are the same: model 'churn' in workspace 'staging'.",
    );
  });

  it.each([
    ['model-name', { sourceName: 'bad name' }],
    ['target-model-name', { targetName: '-x' }],
  ])('checks %s before calling Azure', async (input, overrides) => {
    await expect(copyModel(request(overrides), clients())).rejects.toThrow(`${input}: `);
  });
});
