/**
 * Every YAML file under ../shared/fixtures/azureml-examples/cli either maps to an ARM body (key fields asserted) or is
 * refused with a message that says why. A new fixture without an expectation fails the first test.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import {
  applySetOverrides,
  loadSpecFile,
  mapCommandJob,
  mapModel,
  mapOnlineDeployment,
  mapOnlineEndpoint,
  type Finalizable,
  type PendingAsset,
  type SpecDocument,
  type SpecKind,
} from '@aml-actions/azureml-spec';
import { sharedPath } from '../../shared-dir.js';

const ROOT = sharedPath('fixtures/azureml-examples/cli');
const WS = {
  id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws',
};

/** Map any supported kind; the result's body with each pending asset replaced by `<kind:id>`. */
function mapAny(doc: SpecDocument): { body: unknown; pending: readonly PendingAsset[]; name?: string } {
  const finish = (mapped: Finalizable<unknown> & { name?: string | undefined }) => ({
    body: mapped.finalize(Object.fromEntries(mapped.pending.map((p) => [p.id, `<${p.kind}:${p.id}>`]))),
    pending: mapped.pending,
    ...(mapped.name === undefined ? {} : { name: mapped.name }),
  });
  switch (doc.kind) {
    case 'model':
      return finish(mapModel(doc));
    case 'managedOnlineEndpoint': {
      const endpoint = mapOnlineEndpoint(doc, { location: 'westeurope' });
      return { body: endpoint.body, pending: [], name: endpoint.name };
    }
    case 'managedOnlineDeployment':
      return finish(mapOnlineDeployment(doc, { workspace: WS, location: 'westeurope' }));
    case 'commandJob':
      return finish(mapCommandJob(doc, { workspace: WS }));
    default:
      return finish(mapCommandJob(doc, { workspace: WS }));
  }
}

function load(file: string, expected?: SpecKind): SpecDocument {
  return loadSpecFile(path.join(ROOT, file), expected);
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error('expected a refusal');
}

const NOT_A_SPEC = /cannot tell what this file describes: add a \$schema line/;
const CONDA_FILES = [
  'assets/model/mlflow-model/conda.yaml',
  'endpoints/online/managed/minimal/single-model-registered/env.yml',
  'endpoints/online/model-1/environment/conda-managedidentity.yaml',
  'endpoints/online/model-1/environment/conda.yaml',
  'endpoints/online/model-2/environment/conda.yaml',
  'endpoints/online/ncd/lightgbm-iris/model/conda.yaml',
  'endpoints/online/ncd/sklearn-diabetes/environment/conda.yaml',
  'endpoints/online/ncd/sklearn-diabetes/model/conda.yaml',
];
const DATA_COLLECTOR = [
  'custom-blob-storage/custom-blob-storage.YAML',
  'workspace-blob-storage/workspace-blob-storage-custom1.YAML',
  'workspace-blob-storage/workspace-blob-storage-custom2.YAML',
  'workspace-blob-storage/workspace-blob-storage-payload1.YAML',
  'workspace-blob-storage/workspace-blob-storage-payload2.YAML',
].map((file) => `endpoints/online/data-collector/${file}`);

interface Body {
  properties: Record<string, unknown>;
  sku?: unknown;
}

/** File → what mapping it must give. */
const MAPPED: Record<
  string,
  (result: { body: Body; pending: readonly PendingAsset[]; name?: string }) => void
> = {
  'assets/model/local-file.yml': ({ body, pending, name }) => {
    expect(name).toBe('local-file-example');
    expect(body.properties).toEqual({
      description: 'Model created from local file.',
      modelType: 'custom_model',
      modelUri: '<upload:path>',
    });
    expect(pending).toMatchObject([{ kind: 'upload', purpose: 'model', isDirectory: false }]);
    expect((pending[0] as { path: string }).path).toBe(
      path.join(ROOT, 'assets/model/mlflow-model/model.pkl'),
    );
  },
  'assets/model/local-mlflow.yml': ({ body, pending }) => {
    expect(body.properties.modelType).toBe('mlflow_model');
    expect(pending).toMatchObject([
      { kind: 'upload', isDirectory: true, path: path.join(ROOT, 'assets/model/mlflow-model') },
    ]);
  },
  'endpoints/online/managed/sample/endpoint.yml': ({ body, name }) => {
    expect(name).toBe('my-endpoint');
    expect(body).toEqual({ location: 'westeurope', properties: { authMode: 'Key' } });
  },
  'endpoints/online/ncd/create-endpoint.yaml': ({ body }) => {
    expect(body.properties.authMode).toBe('Key');
  },
  'endpoints/online/managed/sample/blue-deployment.yml': ({ body, pending }) => {
    expect(body.sku).toEqual({ name: 'Default', capacity: 1 });
    expect(body.properties).toMatchObject({
      endpointComputeType: 'Managed',
      instanceType: 'Standard_DS3_v2',
      model: '<register:model>',
      environmentId: '<register:environment>',
      codeConfiguration: { codeId: '<register:code_configuration.code>', scoringScript: 'score.py' },
    });
    const environment = pending.find((p) => p.id === 'environment');
    if (environment?.kind !== 'register') throw new Error('inline environment not pending');
    const envBody = environment.asset.finalize({});
    expect(envBody.properties).toMatchObject({
      image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
    });
    expect((envBody.properties as { condaFile: string }).condaFile).toContain(
      'azureml-inference-server-http==1.4.1',
    );
  },
  'endpoints/online/managed/sample/green-deployment.yml': ({ pending }) => {
    const model = pending.find((p) => p.id === 'model');
    if (model?.kind !== 'register') throw new Error('inline model not pending');
    expect(model.asset.name).toBeUndefined();
    expect(model.asset.pending).toMatchObject([
      { kind: 'upload', path: path.join(ROOT, 'endpoints/online/model-2/model') },
    ]);
  },
  'endpoints/online/managed/sample/blue-deployment-with-curated-env.yml': ({ body }) => {
    expect(body.properties.environmentId).toBe(
      'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
    );
  },
  'endpoints/online/managed/sample/green-deployment-with-curated-env.yml': ({ body }) => {
    expect(body.properties.environmentId).toBe(
      'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
    );
  },
  'endpoints/online/managed/sample/blue-deployment-with-registered-assets.yml': ({ body }) => {
    expect(body.properties).toMatchObject({
      model: `${WS.id}/models/my-model/versions/1`,
      environmentId: `${WS.id}/environments/my-env/versions/1`,
    });
  },
  'endpoints/online/managed/sample/green-deployment-with-registered-assets.yml': ({ body }) => {
    expect(body.properties.model).toBe(`${WS.id}/models/my-model/versions/2`);
  },
  'endpoints/online/ncd/lightgbm-deployment.yaml': ({ body, pending }) => {
    expect(body.properties).not.toHaveProperty('environmentId');
    expect(pending).toMatchObject([
      { kind: 'register', asset: { name: 'mir-sample-lightgbm-ncd-model', version: '3' } },
    ]);
  },
  'endpoints/online/ncd/sklearn-deployment.yaml': ({ pending }) => {
    const model = pending[0];
    if (model?.kind !== 'register') throw new Error('inline model not pending');
    expect(model.asset.finalize({ 'model.path': 'azureml://datastores/d/paths/p' })).toEqual({
      properties: { modelType: 'mlflow_model', modelUri: 'azureml://datastores/d/paths/p' },
    });
  },
  'endpoints/online/ncd/sklearn-deployment-with-script.yaml': ({ body }) => {
    expect(body.properties.codeConfiguration).toEqual({
      codeId: '<register:code_configuration.code>',
      scoringScript: 'score.py',
    });
  },
  'jobs/basics/hello-code.yml': ({ body }) => {
    expect(body.properties).toEqual({
      jobType: 'Command',
      command: 'ls',
      codeId: '<register:code>',
      environmentId: '<register:environment>',
    });
  },
  'jobs/basics/hello-model-as-output.yml': ({ body }) => {
    expect(body.properties.inputs).toEqual({
      input_model: { jobInputType: 'mlflow_model', uri: '<upload:inputs.input_model.path>' },
    });
    expect(body.properties.outputs).toEqual({ output_folder: { jobOutputType: 'custom_model' } });
  },
  'jobs/basics/hello-world-env-var.yml': ({ body }) => {
    expect(body.properties.environmentVariables).toEqual({ hello_env_var: 'hello world' });
  },
  'jobs/basics/hello-world-input.yml': ({ body }) => {
    expect(body.properties.inputs).toEqual({
      hello_string: { jobInputType: 'literal', value: 'hello world' },
      hello_number: { jobInputType: 'literal', value: '42' },
    });
  },
  'jobs/single-step/scikit-learn/iris/job.yml': ({ body }) => {
    expect(body.properties).toMatchObject({
      computeId: `${WS.id}/computes/cpu-cluster`,
      experimentName: 'sklearn-iris-example',
      displayName: 'sklearn-iris-example',
      inputs: {
        iris_csv: {
          jobInputType: 'uri_file',
          uri: 'wasbs://datasets@azuremlexamples.blob.core.windows.net/iris.csv',
        },
        C: { jobInputType: 'literal', value: '0.8' },
        kernel: { jobInputType: 'literal', value: 'rbf' },
        coef0: { jobInputType: 'literal', value: '0.1' },
      },
    });
  },
  'jobs/single-step/scikit-learn/iris/job-docker-context.yml': ({ pending }) => {
    const environment = pending.find((p) => p.id === 'environment');
    if (environment?.kind !== 'register') throw new Error('inline environment not pending');
    expect(environment.asset.pending).toMatchObject([
      { kind: 'upload', purpose: 'build-context', isDirectory: true },
    ]);
    expect(
      environment.asset.finalize({ 'environment.build.path': 'azureml://datastores/d/paths/ctx' }),
    ).toEqual({
      properties: { build: { contextUri: 'azureml://datastores/d/paths/ctx', dockerfilePath: 'Dockerfile' } },
    });
  },
};

/** File → the refusal message it must give. */
const REFUSED: Record<string, RegExp> = {
  ...Object.fromEntries(CONDA_FILES.map((file) => [file, NOT_A_SPEC])),
  ...Object.fromEntries(
    DATA_COLLECTOR.map((file) => [
      file,
      /endpoint_name: 'my_endpoint' is not a valid endpoint name[\s\S]*'model\/conda.yaml' does not exist[\s\S]*'scripts' does not exist/,
    ]),
  ),
  'endpoints/online/managed/minimal/single-model-registered/deployment.yml':
    /3:16: endpoint_name: the value holds the template placeholder \{\{ENDPOINT_NAME\}\}[\s\S]*4:8: model: the value holds the template placeholder \{\{MODEL_VERSION\}\}/,
  'endpoints/online/managed/minimal/single-model-registered/model.yml':
    /3:10: version: the value holds the template placeholder/,
  'jobs/single-step/scikit-learn/iris/job-sweep.yml':
    /sweep jobs are not supported: run-job submits command jobs/,
};

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/i.test(name) ? [path.relative(ROOT, full)] : [];
  });
}

describe('azureml-examples CLI v2 fixtures', () => {
  it('has an expectation for every YAML file', () => {
    expect(yamlFiles(ROOT).sort()).toEqual([...Object.keys(MAPPED), ...Object.keys(REFUSED)].sort());
  });

  it.each(Object.entries(MAPPED))('maps %s', (file, check) => {
    const expected = file.includes('deployment') ? 'managedOnlineDeployment' : undefined;
    check(mapAny(load(file, expected)) as Parameters<typeof check>[0]);
  });

  it.each(Object.entries(REFUSED))('refuses %s', (file, message) => {
    const expected = DATA_COLLECTOR.includes(file) ? 'managedOnlineDeployment' : undefined;
    expect(refusal(() => mapAny(load(file, expected)))).toMatch(message);
  });

  it('maps the templated single-model-registered files once overrides fill the placeholders', () => {
    const deployment = load('endpoints/online/managed/minimal/single-model-registered/deployment.yml');
    applySetOverrides(deployment, ['endpoint_name=my-endpoint', 'model=azureml:minimalregistered:4']);
    const { body } = mapAny(deployment) as { body: Body };
    expect(body.properties).toMatchObject({
      model: `${WS.id}/models/minimalregistered/versions/4`,
      environmentId: '<register:environment>',
      codeConfiguration: { scoringScript: 'score.py' },
    });
    const model = load('endpoints/online/managed/minimal/single-model-registered/model.yml');
    applySetOverrides(model, ['version=4']);
    const mapped = mapModel(model);
    expect([mapped.name, mapped.version]).toEqual(['minimalregistered', '4']);
    expect(mapped.pending).toMatchObject([{ path: path.join(ROOT, 'endpoints/online/model-1/model') }]);
  });
});
