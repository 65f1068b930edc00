import { describe, expect, it } from '@jest/globals';
import type { JobBase } from '@azure/arm-machinelearning';
import { locateModelFiles } from '@aml-actions/promotion';
import { workspaceArmId } from '@aml-actions/azure';
import { SUB, stagingRef as staging } from './fakes.js';

const MODEL = "model 'churn' version 1 in workspace 'staging'";
const noJobs = { getJob: () => Promise.resolve(undefined) };
const jobWith = (outputs: Record<string, unknown>) => ({
  getJob: (name: string) =>
    Promise.resolve(
      name === 'train-1'
        ? ({ properties: { jobType: 'Command', outputs } } as unknown as JobBase)
        : undefined,
    ),
});

describe('locateModelFiles', () => {
  it.each([
    [
      'a short datastore URI in the source workspace',
      'azureml://datastores/workspaceblobstore/paths/LocalUpload/abc/model/',
      {
        kind: 'datastore',
        workspace: staging,
        datastore: 'workspaceblobstore',
        path: 'LocalUpload/abc/model',
      },
    ],
    [
      'a long datastore URI naming another workspace',
      `azureml://subscriptions/${SUB}/resourcegroups/rg-dev/workspaces/dev/datastores/models/paths/churn.pkl`,
      {
        kind: 'datastore',
        workspace: {
          subscriptionId: SUB,
          resourceGroup: 'rg-dev',
          workspace: 'dev',
          id: workspaceArmId(SUB, 'rg-dev', 'dev'),
        },
        datastore: 'models',
        path: 'churn.pkl',
      },
    ],
    [
      'a blob URL',
      'https://ststaging.blob.core.windows.net/models/churn',
      { kind: 'blob-url', url: 'https://ststaging.blob.core.windows.net/models/churn' },
    ],
  ])('reads %s', async (_case, uri, expected) => {
    await expect(locateModelFiles(uri, staging, MODEL, noJobs)).resolves.toEqual(expected);
  });

  it("resolves a job output through the job (Azure ML's default output path)", async () => {
    await expect(
      locateModelFiles(
        'azureml://jobs/train-1/outputs/model/paths/weights',
        staging,
        MODEL,
        jobWith({ model: {} }),
      ),
    ).resolves.toEqual({
      kind: 'datastore',
      workspace: staging,
      datastore: 'workspaceblobstore',
      path: 'azureml/train-1/model/weights',
    });
  });

  it('resolves a job output with its own datastore path', async () => {
    await expect(
      locateModelFiles(
        'azureml://jobs/train-1/outputs/model',
        staging,
        MODEL,
        jobWith({ model: { uri: 'azureml://datastores/artifacts/paths/runs/${{name}}/model/' } }),
      ),
    ).resolves.toMatchObject({ datastore: 'artifacts', path: 'runs/train-1/model' });
  });

  it.each([
    ['a job that no longer exists', 'azureml://jobs/gone/outputs/model', 'which no longer exists'],
    [
      'an output the job does not have',
      'azureml://jobs/train-1/outputs/other',
      'has no such output (outputs: model)',
    ],
    ['an MLflow run URI', 'runs:/abc/model', "are at 'runs:/abc/model', which is not workspace storage"],
    ['a registered asset reference', 'azureml:churn:1', 'which is not workspace storage'],
    ['no modelUri', undefined, "'(no modelUri)'"],
  ])('refuses %s', async (_case, uri, message) => {
    await expect(locateModelFiles(uri, staging, MODEL, jobWith({ model: {} }))).rejects.toThrow(message);
  });
});
