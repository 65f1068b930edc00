import { describe, expect, it } from '@jest/globals';
import { parseAzureMlUri } from '@aml-actions/azure';

describe('parseAzureMlUri', () => {
  it.each([
    [
      'azureml://datastores/workspaceblobstore/paths/modelDataCollector/churn/blue/model_inputs/',
      {
        kind: 'datastore',
        datastore: 'workspaceblobstore',
        path: 'modelDataCollector/churn/blue/model_inputs/',
      },
    ],
    ['azureml://datastores/ds/paths/', { kind: 'datastore', datastore: 'ds', path: '' }],
    ['azureml://datastores/ds/paths', { kind: 'datastore', datastore: 'ds', path: '' }],
    [
      'azureml://subscriptions/s-1/resourcegroups/rg/workspaces/dev/datastores/ds/paths/a/b.csv',
      {
        kind: 'datastore',
        datastore: 'ds',
        path: 'a/b.csv',
        workspace: { subscriptionId: 's-1', resourceGroup: 'rg', workspace: 'dev' },
      },
    ],
    [
      'azureml://jobs/quiet_lime_abc123/outputs/model',
      { kind: 'job-output', job: 'quiet_lime_abc123', output: 'model', path: undefined },
    ],
    [
      'azureml://jobs/job1/outputs/artifacts/paths/outputs/model.pkl',
      { kind: 'job-output', job: 'job1', output: 'artifacts', path: 'outputs/model.pkl' },
    ],
    ['azureml:churn-model:3', { kind: 'asset', name: 'churn-model', version: '3', label: undefined }],
    [
      'azureml:sklearn-env@latest',
      { kind: 'asset', name: 'sklearn-env', version: undefined, label: 'latest' },
    ],
    ['azureml:churn-model', { kind: 'asset', name: 'churn-model', version: undefined, label: undefined }],
  ])('parses %s', (uri, expected) => {
    expect(parseAzureMlUri(uri)).toEqual(expected);
  });

  it.each([
    'https://example.com/a',
    'azureml://datastores/ds',
    'azureml://jobs/j/outputs',
    'azureml:',
    'azureml:name:1:2',
    'azureml:-bad:1',
    'wasbs://c@a.blob.core.windows.net/x',
  ])('rejects %s naming the input and the accepted forms', (uri) => {
    expect(() => parseAzureMlUri(uri, 'data-path')).toThrow(
      new RegExp(
        `Input 'data-path' has the value '${uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'.*azureml://datastores/`,
      ),
    );
  });
});
