/** Model, environment and code YAML, value conversions, and resolving pending assets. */
import { describe, expect, it } from '@jest/globals';
import {
  isoDurationFromMs,
  mapCode,
  mapEnvironment,
  mapModel,
  mapOnlineDeployment,
  parseReference,
  parseSpec,
  pythonFloat,
  resolveAssets,
  type AssetResolver,
  type Registration,
} from '@aml-actions/azureml-spec';
import { specFolder, userError, WS } from './spec-helpers.js';

function model(text: string, files: Record<string, string> = {}) {
  return mapModel(parseSpec(text, 'model.yml', { expected: 'model', dir: specFolder(files) }));
}

describe('mapModel', () => {
  it('maps a model stored at a URI, with flavors and job lineage', () => {
    const mapped = model(
      [
        'name: churn',
        'version: 3',
        'type: mlflow_model',
        'path: azureml://jobs/train-1/outputs/model',
        'job_name: train-1',
        'tags: {stage: candidate}',
        'properties: {accuracy: 0.91}',
        'flavors: {python_function: {loader_module: mlflow.sklearn, python_version: 3.12}}',
      ].join('\n'),
    );
    expect([mapped.name, mapped.version, mapped.pending]).toEqual(['churn', '3', []]);
    expect(mapped.finalize({})).toEqual({
      properties: {
        tags: { stage: 'candidate' },
        properties: { accuracy: '0.91' },
        modelType: 'mlflow_model',
        modelUri: 'azureml://jobs/train-1/outputs/model',
        flavors: { python_function: { data: { loader_module: 'mlflow.sklearn', python_version: '3.12' } } },
        jobName: 'train-1',
      },
    });
  });

  it.each([
    ['name: churn\npath: azureml:churn:1', /2:7: path: 'azureml:churn:1' is not a model location/],
    ['name: churn\npath: runs:/abc/model', /2:7: path: MLflow runs:\/ and models:\/ URIs are not supported/],
    ['name: churn\npath: ftp://host/x', /2:7: path: the URI scheme is not supported/],
    ['name: bad/name\npath: https://a/b', /1:7: name: 'bad\/name' is not a valid asset name/],
    [
      'name: churn\npath: https://a/b\ntype: sklearn',
      /3:7: type: 'sklearn' is not one of custom_model, mlflow_model, triton_model/,
    ],
    ['path: https://a/b', /1:1: the model needs the key 'name'/],
    ['name: churn\npath: https://a/b\ndatastore: other', /3:1: datastore: 'datastore' is not supported/],
  ])('refuses %s', (text, message) => {
    expect(userError(() => model(text)).message).toMatch(message);
  });
});

describe('mapEnvironment and mapCode', () => {
  it('maps an environment with an image, a conda file, routes and OS', () => {
    const conda = 'name: env\ndependencies:\n  - python=3.12\n';
    const doc = parseSpec(
      [
        '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json',
        'name: serving',
        'version: 2',
        'image: mcr.microsoft.com/azureml/minimal-py312-inference:latest',
        'conda_file: conda.yml',
        'os_type: linux',
        'inference_config:',
        '  liveness_route: {path: /live, port: 5001}',
        '  readiness_route: {path: /ready, port: 5001}',
        '  scoring_route: {path: /score, port: 5001}',
      ].join('\n'),
      'env.yml',
      { dir: specFolder({ 'conda.yml': conda }) },
    );
    const mapped = mapEnvironment(doc);
    expect([mapped.name, mapped.version]).toEqual(['serving', '2']);
    expect(mapped.finalize({}).properties).toEqual({
      image: 'mcr.microsoft.com/azureml/minimal-py312-inference:latest',
      condaFile: conda,
      osType: 'Linux',
      inferenceConfig: {
        livenessRoute: { path: '/live', port: 5001 },
        readinessRoute: { path: '/ready', port: 5001 },
        scoringRoute: { path: '/score', port: 5001 },
      },
    });
  });

  it('turns an inline conda specification into YAML text', () => {
    const doc = parseSpec('name: e\nimage: img\nconda_file:\n  dependencies: [python=3.12]\n', 'env.yml', {
      expected: 'environment',
    });
    expect(mapEnvironment(doc).finalize({}).properties.condaFile).toBe('dependencies:\n  - python=3.12\n');
  });

  it('checks the Dockerfile of a build context', () => {
    const doc = parseSpec('name: e\nbuild: {path: ctx, dockerfile_path: Dockerfile.gpu}\n', 'env.yml', {
      expected: 'environment',
      dir: specFolder({ 'ctx/Dockerfile': '' }),
    });
    expect(userError(() => mapEnvironment(doc)).message).toMatch(
      /2:37: build\.dockerfile_path: the file 'ctx\/Dockerfile\.gpu' does not exist/,
    );
  });

  it('maps a code asset', () => {
    const doc = parseSpec('name: scoring\nversion: 1\npath: src\ndescription: Scoring code\n', 'code.yml', {
      expected: 'code',
      dir: specFolder({ 'src/score.py': '' }),
    });
    const mapped = mapCode(doc);
    expect(mapped.pending).toMatchObject([
      { kind: 'upload', purpose: 'code', id: 'path', isDirectory: true },
    ]);
    expect(mapped.finalize({ path: 'azureml://datastores/d/paths/code' })).toEqual({
      properties: { description: 'Scoring code', codeUri: 'azureml://datastores/d/paths/code' },
    });
  });
});

describe('resolveAssets', () => {
  it('uploads, registers inner assets first, looks up labels, and finalizes', async () => {
    const doc = parseSpec(
      [
        'name: blue',
        'endpoint_name: ep1',
        'model: {path: model, type: custom_model}',
        'code_configuration: {code: src, scoring_script: score.py}',
        'environment: azureml:serving@latest',
        'instance_type: Standard_DS3_v2',
      ].join('\n'),
      'deploy.yml',
      { expected: 'managedOnlineDeployment', dir: specFolder({ 'model/m.pkl': 'x', 'src/score.py': '' }) },
    );
    const mapped = mapOnlineDeployment(doc, { workspace: WS, location: 'l' });
    const calls: string[] = [];
    const resolver: AssetResolver = {
      upload: (asset) => {
        calls.push(`upload ${asset.purpose}`);
        return Promise.resolve(`azureml://datastores/d/paths/${asset.purpose}`);
      },
      register: (registration: Registration) => {
        calls.push(`register ${registration.assetType} ${JSON.stringify(registration.body.properties)}`);
        return Promise.resolve(`${WS.id}/${registration.assetType}/anon/versions/1`);
      },
      resolveLabel: (asset) => {
        calls.push(`label ${asset.name}@${asset.label}`);
        return Promise.resolve(`${WS.id}/environments/${asset.name}/versions/4`);
      },
    };
    const body = mapped.finalize(await resolveAssets(mapped.pending, resolver));
    expect(calls).toEqual([
      'upload model',
      'register models {"modelType":"custom_model","modelUri":"azureml://datastores/d/paths/model"}',
      'label serving@latest',
      'upload code',
      'register codes {"codeUri":"azureml://datastores/d/paths/code"}',
    ]);
    expect(body.properties).toMatchObject({
      model: `${WS.id}/models/anon/versions/1`,
      codeConfiguration: { codeId: `${WS.id}/codes/anon/versions/1`, scoringScript: 'score.py' },
      environmentId: `${WS.id}/environments/serving/versions/4`,
    });
  });
});

describe('value conversions', () => {
  it.each([
    [10_000, 'PT10S'],
    [500, 'PT0.5S'],
    [90_000, 'PT1M30S'],
    [3_600_000, 'PT1H'],
    [90_061_000, 'P1DT1H1M1S'],
    [86_400_000, 'P1D'],
    [0, 'PT0S'],
  ])('isoDurationFromMs(%d) = %s', (ms, iso) => {
    expect(isoDurationFromMs(ms)).toBe(iso);
  });

  it.each([
    [0.8, '0.8'],
    [1, '1.0'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [1e16, '1e+16'],
    [1.5e16, '1.5e+16'],
    [123456789012345.6, '123456789012345.6'],
    [-2.5, '-2.5'],
    [Infinity, 'inf'],
  ])('pythonFloat(%d) = %s', (value, text) => {
    expect(pythonFloat(value)).toBe(text);
  });

  it.each([
    ['azureml:churn:3', { kind: 'name-version', name: 'churn', version: '3' }],
    ['azureml:churn@latest', { kind: 'name-label', name: 'churn', label: 'latest' }],
    ['azureml:/subscriptions/s/x', { kind: 'arm-id', id: '/subscriptions/s/x' }],
    [
      'azureml://datastores/d/paths/p',
      { kind: 'uri', uri: 'azureml://datastores/d/paths/p', scheme: 'azureml' },
    ],
    [
      'wasbs://c@a.blob.core.windows.net/p',
      { kind: 'uri', uri: 'wasbs://c@a.blob.core.windows.net/p', scheme: 'wasbs' },
    ],
    ['file:./model', { kind: 'local', path: './model' }],
    ['../model', { kind: 'local', path: '../model' }],
  ])('parseReference(%s)', (text, reference) => {
    expect(parseReference(text)).toEqual(reference);
  });
});
