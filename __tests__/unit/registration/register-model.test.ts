import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parseCompareTo, parseMinMetrics, registerModel, type ModelRequest } from '@aml-actions/registration';
import {
  fakeContainer,
  fakeRegistry,
  recordingLogger,
  type FakeContainer,
  type FakeRegistry,
} from './fakes.js';

let dir: string;
let registry: FakeRegistry;
let container: FakeContainer;
let opened: number;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'register-'));
  await mkdir(path.join(dir, 'model'));
  await writeFile(path.join(dir, 'model', 'model.pkl'), 'weights');
  registry = fakeRegistry();
  container = fakeContainer();
  opened = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const clients = () => ({
  registry,
  logger: recordingLogger(),
  openDatastore: () => {
    opened++;
    return Promise.resolve({ name: 'workspaceblobstore', container });
  },
});

const request = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({
  name: 'churn',
  source: { kind: 'local', path: path.join(dir, 'model'), input: 'model-path' },
  tags: { team: 'risk' },
  properties: {},
  thresholds: [],
  github: {
    sha: 'abc123',
    ref: 'refs/heads/main',
    repository: 'contoso/churn-model',
    runId: '42',
    actor: 'mona',
    job: 'train',
    workflow: 'ci',
  },
  ...overrides,
});

describe('registerModel', () => {
  it('uploads, registers version 1 with lineage tags and metric properties', async () => {
    const result = await registerModel(request({ metrics: { accuracy: 0.93 }, runId: 'job-7' }), clients());
    expect(result).toMatchObject({
      registered: true,
      reused: false,
      version: '1',
      modelUri: 'azureml:churn:1',
      modelType: 'custom_model',
    });
    const stored = registry.versions.get('churn:1')?.properties;
    expect(stored?.modelUri).toBe(
      `azureml://subscriptions/sub/resourcegroups/rg/workspaces/ws/datastores/workspaceblobstore/paths/${result.upload?.path ?? ''}`,
    );
    expect(stored?.tags).toEqual({
      team: 'risk',
      'git-commit': 'abc123',
      'git-ref': 'refs/heads/main',
      'git-repository': 'contoso/churn-model',
      'github-run-url': 'https://github.com/contoso/churn-model/actions/runs/42',
      'github-actor': 'mona',
      'github-job': 'train',
      'github-workflow': 'ci',
      'azureml-job': 'job-7',
      'content-hash': result.contentHash,
    });
    expect(stored?.properties).toEqual({ 'metric.accuracy': '0.93' });
  });

  it('reuses the version on a re-run without uploading or creating anything', async () => {
    await registerModel(request(), clients());
    container.uploads.length = 0;
    registry.puts.length = 0;
    const again = await registerModel(request(), clients());
    expect(again).toMatchObject({ registered: true, reused: true, version: '1' });
    expect(container.uploads).toEqual([]);
    expect(registry.puts).toEqual([]);
  });

  it('registers changed content as the next version', async () => {
    await registerModel(request(), clients());
    await writeFile(path.join(dir, 'model', 'model.pkl'), 'better weights');
    await expect(registerModel(request(), clients())).resolves.toMatchObject({ version: '2', reused: false });
  });

  it('stops at a failed gate before opening the datastore', async () => {
    const result = await registerModel(
      request({ metrics: { accuracy: 0.8 }, thresholds: parseMinMetrics('accuracy>=0.9') }),
      clients(),
    );
    expect(result).toMatchObject({
      registered: false,
      reused: false,
      gates: { passed: false, failures: ['accuracy 0.8 is not >= 0.9'] },
    });
    expect(opened).toBe(0);
    expect(registry.puts).toEqual([]);
  });

  it('refuses a gate on an absent metric before hashing or uploading', async () => {
    await expect(
      registerModel(
        request({
          source: { kind: 'local', path: path.join(dir, 'missing'), input: 'model-path' },
          metrics: { auc: 1 },
          thresholds: parseMinMetrics('accuracy>=0.9'),
        }),
        clients(),
      ),
    ).rejects.toThrow(/min-metrics: the metric 'accuracy' is not among/);
    expect(opened).toBe(0);
  });

  it.each(['1model!', '-lead', 'a'.repeat(256)])(
    'refuses the model name %j before anything else',
    async (name) => {
      await expect(registerModel(request({ name }), clients())).rejects.toThrow(
        /model-name: '.*' is not a name Azure ML accepts/,
      );
    },
  );

  it.each([
    ['beats the champion', 0.95, true, '2'],
    ['does not beat the champion', 0.9, false, undefined],
  ])('champion/challenger: a challenger that %s', async (_case, auc, registered, version) => {
    registry.add(
      'churn',
      '1',
      { 'content-hash': 'sha256:old', stage: 'production' },
      { 'metric.auc': '0.91' },
    );
    const champion = {
      compareTo: parseCompareTo('stage=production'),
      primaryMetric: 'auc',
      higherIsBetter: true,
      minImprovement: 0,
    };
    const result = await registerModel(request({ metrics: { auc }, champion }), clients());
    expect(result).toMatchObject({ registered, gates: { championVersion: '1' } });
    expect(result.version).toBe(version);
    expect(result.gates.rows).toEqual([
      {
        metric: 'auc',
        challenger: auc,
        champion: 0.91,
        threshold: '> 0.91 (champion v1)',
        verdict: registered ? 'pass' : 'fail',
      },
    ]);
  });

  it('never takes its own earlier registration as the champion', async () => {
    const champion = {
      compareTo: parseCompareTo('latest'),
      primaryMetric: 'auc',
      higherIsBetter: true,
      minImprovement: 0,
    };
    await registerModel(request({ metrics: { auc: 0.9 }, champion }), clients());
    const again = await registerModel(request({ metrics: { auc: 0.9 }, champion }), clients());
    expect(again).toMatchObject({
      registered: true,
      reused: true,
      version: '1',
      gates: { passed: true, championVersion: undefined },
    });
  });

  it('detects an MLflow folder, and refuses mlflow_model without an MLmodel file', async () => {
    await expect(registerModel(request({ modelType: 'mlflow_model' }), clients())).rejects.toThrow(
      /model-type: mlflow_model needs a folder with an MLmodel file/,
    );
    await writeFile(path.join(dir, 'model', 'MLmodel'), 'flavors: {}');
    await expect(registerModel(request(), clients())).resolves.toMatchObject({ modelType: 'mlflow_model' });
  });

  it('registers a job output URI without uploading, with the job name', async () => {
    const uri = 'azureml://jobs/train-42/outputs/model';
    const result = await registerModel(
      request({ source: { kind: 'uri', uri, jobName: 'train-42' } }),
      clients(),
    );
    expect(result).toMatchObject({ registered: true, version: '1', storageUri: uri });
    expect(registry.versions.get('churn:1')?.properties).toMatchObject({
      modelUri: uri,
      jobName: 'train-42',
    });
    expect(opened).toBe(0);
    await expect(
      registerModel(request({ source: { kind: 'uri', uri, jobName: 'train-42' } }), clients()),
    ).resolves.toMatchObject({ reused: true });
  });

  it('warns and keeps the lineage value when a user tag collides with it', async () => {
    const c = clients();
    await registerModel(request({ tags: { 'git-commit': 'fake' } }), c);
    expect(registry.versions.get('churn:1')?.properties.tags?.['git-commit']).toBe('abc123');
    expect(c.logger.lines).toContain(
      'warning: tags: git-commit is a lineage tag this action sets itself; the given value is ignored.',
    );
  });
});
