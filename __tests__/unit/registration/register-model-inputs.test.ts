import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { inputVariable, nullLogger } from '@aml-actions/action-kit';
import { readInputs } from '../../../actions/register-model/src/inputs.js';
import { modelDefinition } from '../../../actions/register-model/src/model-source.js';
import { sharedPath } from '../../shared-dir.js';

const FIXTURES = sharedPath('fixtures/azureml-examples/cli/assets/model');

function definitionOf(inputs: Record<string, string>) {
  const source = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]),
  );
  return modelDefinition(readInputs(source, nullLogger), nullLogger);
}

describe('register-model: what to register', () => {
  it.each([
    [{}, /No model given: set one of model-path .*, model-uri .* or spec-file/],
    [
      { 'model-path': 'm', 'model-uri': 'azureml://jobs/j/outputs/o' },
      /model-path and model-uri are both set: give the model one way only/,
    ],
    [{ 'model-uri': 'azureml:churn:3' }, /model-uri: 'azureml:churn:3' names a registered asset/],
    [
      { 'model-uri': 's3://bucket/model' },
      /Input 'model-uri' has the value 's3:\/\/bucket\/model', which is not an Azure ML reference/,
    ],
    [{ 'model-type': 'onnx', 'model-path': 'm' }, /Input 'model-type' has value 'onnx': expected one of/],
    [{ 'model-path': 'm', 'primary-metric': 'auc' }, /primary-metric is set to 'auc' but compare-to is not/],
    [
      { 'model-path': 'm', 'compare-to': 'latest' },
      /compare-to is set to 'latest' but primary-metric is not/,
    ],
  ])('refuses %j', (inputs, message) => {
    expect(() => definitionOf(inputs)).toThrow(message);
  });

  it.each([
    ['azureml://jobs/train-1/outputs/model', 'train-1'],
    ['azureml://datastores/workspaceblobstore/paths/models/churn', undefined],
    ['https://acct.blob.core.windows.net/models/churn/model.pkl', undefined],
  ])('takes the model URI %s', (uri, jobName) => {
    expect(definitionOf({ 'model-name': 'm', 'model-uri': uri }).source).toEqual({
      kind: 'uri',
      uri,
      ...(jobName ? { jobName } : {}),
    });
  });

  it('reads a CLI v2 spec file, resolving its path from the file and letting set inputs win', () => {
    const definition = definitionOf({
      'spec-file': path.join(FIXTURES, 'local-mlflow.yml'),
      tags: 'stage=dev',
      description: 'from input',
    });
    expect(definition).toMatchObject({
      name: 'local-mlflow-example',
      modelType: 'mlflow_model',
      description: 'from input',
      tags: { stage: 'dev' },
      source: { kind: 'local', path: path.join(FIXTURES, 'mlflow-model'), input: 'spec-file' },
    });
    expect(
      definitionOf({ 'spec-file': path.join(FIXTURES, 'local-file.yml'), 'model-name': 'renamed' }),
    ).toMatchObject({
      name: 'renamed',
      description: 'Model created from local file.',
      source: { kind: 'local', path: path.join(FIXTURES, 'mlflow-model', 'model.pkl') },
    });
  });
});
