/**
 * register-model end to end: the bundled action (dist/) against the emulator's ARM, identity and Azurite, signed in
 * through GitHub OIDC as the runner would. Each test uses its own model name, so the tests do not depend on order.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runBundledAction, withEmulator, type BundledActionResult } from '../helpers/emulator.js';
import { sharedPath } from '../../shared-dir.js';

const DIST = 'dist/register-model/index.js';
const FIXTURES = sharedPath('fixtures/azureml-examples/cli/assets/model');
const emu = withEmulator();
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'register-model-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function register(inputs: Record<string, string>, identity = 'development'): Promise<BundledActionResult> {
  return runBundledAction(
    DIST,
    { workspace: 'dev', 'resource-group': 'rg-mlops', ...inputs },
    emu.envFor(identity),
  );
}

/** A model folder with the given files under the test's scratch folder. */
async function modelFolder(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(work, name);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

interface StoredVersion {
  properties: { modelUri?: string; modelType?: string; tags: Record<string, string>; [key: string]: unknown };
}

async function version(model: string, v: string): Promise<{ status: number; body: StoredVersion }> {
  const res = await emu.arm('GET', `models/${model}/versions/${v}`);
  return { status: res.status, body: res.json as StoredVersion };
}

function failureOf(result: BundledActionResult): string {
  return result.annotations.find((a) => a.level === 'error')?.message ?? result.stdout;
}

describe('register-model (bundled) against the emulator', () => {
  it('registers an MLflow folder with lineage tags and metrics, and a re-run reuses it without uploading', async () => {
    const first = await register({
      'model-name': 'mlflow-folder',
      'model-path': path.join(FIXTURES, 'mlflow-model'),
      metrics: '{"accuracy": 0.93}',
      'min-metrics': 'accuracy>=0.9',
    });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      'model-name': 'mlflow-folder',
      'model-version': '1',
      'model-uri': 'azureml:mlflow-folder:1',
      registered: 'true',
      reused: 'false',
    });
    expect(first.outputs['content-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.outputs['model-id']).toBe(`${emu.workspaceId('dev')}/models/mlflow-folder/versions/1`);
    const stored = await version('mlflow-folder', '1');
    expect(stored.body.properties).toMatchObject({
      modelType: 'mlflow_model',
      modelUri: expect.stringMatching(
        /^azureml:\/\/subscriptions\/.+\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/mlflow-model$/,
      ),
      properties: { 'metric.accuracy': '0.93' },
      tags: expect.objectContaining({
        'content-hash': first.outputs['content-hash'],
        'git-commit': '0123456789abcdef0123456789abcdef01234567',
        'git-repository': 'contoso/churn-model',
        'github-run-url': expect.stringContaining('/contoso/churn-model/actions/runs/'),
      }),
    });
    expect(first.summary).toContain('Model mlflow-folder version 1');
    expect(first.summary).toMatch(/\| accuracy \| 0\.93 \| {2}\| `>= 0\.9` \| ✅ pass \|/);
    expect(first.stdout).toMatch(/Uploaded: 5\/5 files/);

    const again = await register({
      'model-name': 'mlflow-folder',
      'model-path': path.join(FIXTURES, 'mlflow-model'),
    });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({
      'model-version': '1',
      registered: 'true',
      reused: 'true',
      'content-hash': first.outputs['content-hash'],
    });
    expect(again.stdout).toMatch(/already holds this content .*: reusing it, nothing uploaded/);
    expect((await version('mlflow-folder', '2')).status).toBe(404);
  }, 60_000);

  it('registers a single file, and changed content as the next version (nothing re-sent when unchanged)', async () => {
    const file = path.join(work, 'single', 'model.onnx');
    await modelFolder('single', { 'model.onnx': 'v1 weights' });
    const first = await register({ 'model-name': 'single-file', 'model-path': file });
    expect(first.outputs).toMatchObject({ 'model-version': '1', reused: 'false' });
    expect((await version('single-file', '1')).body.properties.modelUri).toMatch(
      /\/paths\/LocalUpload\/[0-9a-f]{64}\/model\.onnx$/,
    );
    expect((await version('single-file', '1')).body.properties.modelType).toBe('custom_model');
    await writeFile(file, 'v2 weights');
    const second = await register({ 'model-name': 'single-file', 'model-path': file });
    expect(second.outputs).toMatchObject({ 'model-version': '2', reused: 'false' });
    expect(second.outputs['content-hash']).not.toBe(first.outputs['content-hash']);
  }, 60_000);

  it.each([
    ['local-file.yml', 'local-file-example', 'custom_model', /\/LocalUpload\/[0-9a-f]{64}\/model\.pkl$/],
    [
      'local-mlflow.yml',
      'local-mlflow-example',
      'mlflow_model',
      /\/LocalUpload\/[0-9a-f]{64}\/mlflow-model$/,
    ],
  ])(
    'registers the CLI v2 spec %s',
    async (file, name, modelType, uri) => {
      const result = await register({ 'spec-file': path.join(FIXTURES, file) });
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ 'model-name': name, 'model-version': '1', registered: 'true' });
      const stored = (await version(name, '1')).body.properties;
      expect(stored).toMatchObject({
        modelType,
        modelUri: expect.stringMatching(uri),
        description: expect.stringContaining('Model created from local'),
      });
    },
    60_000,
  );

  it('refuses a spec file with a key CLI v2 does not know, listing the allowed ones', async () => {
    const spec = path.join(work, 'bad.yml');
    await cp(path.join(FIXTURES, 'mlflow-model'), path.join(work, 'mlflow-model'), { recursive: true });
    await writeFile(spec, 'name: bad-spec\npath: mlflow-model\nframework: sklearn\n');
    const result = await register({ 'spec-file': spec });
    expect(result.exitCode).toBe(1);
    expect(failureOf(result)).toMatch(/framework/);
    expect(result.stdout).toMatch(/description|tags|properties/);
  }, 60_000);

  it('registers a job output URI without uploading', async () => {
    const uri = 'azureml://jobs/train-churn-42/outputs/model';
    const result = await register({ 'model-name': 'from-job', 'model-uri': uri });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'model-version': '1', registered: 'true' });
    expect((await version('from-job', '1')).body.properties).toMatchObject({
      modelUri: uri,
      jobName: 'train-churn-42',
    });
    expect(result.stdout).not.toMatch(/Uploading/);
  }, 60_000);

  describe('gates', () => {
    let folder: string;
    beforeAll(async () => {
      folder = await modelFolder('gated', { 'model.pkl': 'gated weights' });
    });

    it('fails the step on a failed threshold, registering nothing', async () => {
      const result = await register({
        'model-name': 'gated',
        'model-path': folder,
        metrics: '{"accuracy": 0.85}',
        'min-metrics': 'accuracy>=0.9',
      });
      expect(result.exitCode).toBe(1);
      expect(failureOf(result)).toMatch(
        /Gates failed for model 'gated': accuracy 0\.85 is not >= 0\.9\. Nothing was uploaded or registered/,
      );
      expect(result.summary).toMatch(/\| accuracy \| 0\.85 \| {2}\| `>= 0\.9` \| ❌ fail \|/);
      expect((await emu.arm('GET', 'models/gated')).status).toBe(404);
    }, 60_000);

    it('skips with registered=false and the reason in the summary', async () => {
      const result = await register({
        'model-name': 'gated',
        'model-path': folder,
        metrics: '{"accuracy": 0.85}',
        'min-metrics': 'accuracy>=0.9',
        'on-gate-failure': 'skip',
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ registered: 'false', reused: 'false', 'model-version': '' });
      expect(result.summary).toMatch(
        /⏭️ Gates failed for model 'gated': accuracy 0\.85 is not &gt;= 0\.9\. on-gate-failure is skip/,
      );
    }, 60_000);

    it('registers when the gate passes', async () => {
      const result = await register({
        'model-name': 'gated',
        'model-path': folder,
        metrics: '{"accuracy": 0.95}',
        'min-metrics': 'accuracy>=0.9',
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ registered: 'true', 'model-version': '1' });
    }, 60_000);

    it('refuses a gate on a metric that is absent, before uploading', async () => {
      const result = await register({
        'model-name': 'gated',
        'model-path': folder,
        metrics: '{"accuracy": 0.95}',
        'min-metrics': 'rmse<=3',
      });
      expect(result.exitCode).toBe(1);
      expect(failureOf(result)).toMatch(
        /min-metrics: the metric 'rmse' is not among the model's metrics \(accuracy\)/,
      );
      expect(result.stdout).not.toMatch(/Upload/);
    }, 60_000);
  });

  it('champion/challenger: a better challenger registers, a worse one fails against stage=production', async () => {
    const champion = await modelFolder('champ-v1', { 'model.pkl': 'champion' });
    const setup = await register({
      'model-name': 'champ',
      'model-path': champion,
      metrics: '{"auc": 0.9}',
      tags: 'stage=production',
    });
    expect(setup.outputs['model-version']).toBe('1');

    const worse = await register({
      'model-name': 'champ',
      'model-path': await modelFolder('champ-worse', { 'model.pkl': 'worse' }),
      metrics: '{"auc": 0.89}',
      'compare-to': 'stage=production',
      'primary-metric': 'auc',
    });
    expect(worse.exitCode).toBe(1);
    expect(worse.summary).toMatch(/\| auc \| 0\.89 \| 0\.9 \| `> 0\.9 \(champion v1\)` \| ❌ fail \|/);

    const better = await register({
      'model-name': 'champ',
      'model-path': await modelFolder('champ-better', { 'model.pkl': 'better' }),
      metrics: '{"auc": 0.93}',
      'compare-to': 'stage=production',
      'primary-metric': 'auc',
      'min-improvement': '0.02',
    });
    expect(better.exitCode).toBe(0);
    expect(better.outputs).toMatchObject({ 'model-version': '2', registered: 'true' });
    expect(better.summary).toMatch(
      /\| auc \| 0\.93 \| 0\.9 \| `>= 0\.92 \(champion v1 \+ 0\.02\)` \| ✅ pass \|/,
    );
  }, 90_000);

  it('two workflows racing for the next version both register, on different versions, overwriting nothing', async () => {
    const [a, b] = await Promise.all([
      register({ 'model-name': 'raced', 'model-path': await modelFolder('race-a', { 'model.pkl': 'A' }) }),
      register({ 'model-name': 'raced', 'model-path': await modelFolder('race-b', { 'model.pkl': 'B' }) }),
    ]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(new Set([a.outputs['model-version'], b.outputs['model-version']])).toEqual(new Set(['1', '2']));
    for (const run of [a, b]) {
      const stored = await version('raced', run.outputs['model-version'] ?? '');
      expect(stored.body.properties.tags['content-hash']).toBe(run.outputs['content-hash']);
    }
  }, 90_000);

  it('refuses the writer identity of another environment with a readable message', async () => {
    const result = await register(
      { 'model-name': 'not-mine', 'model-path': path.join(FIXTURES, 'mlflow-model') },
      'production',
    );
    expect(result.exitCode).toBe(1);
    expect(failureOf(result)).toMatch(/register-model: .*HTTP 403 AuthorizationFailed/);
    expect(failureOf(result)).toMatch(/Hint: /);
  }, 60_000);
});
