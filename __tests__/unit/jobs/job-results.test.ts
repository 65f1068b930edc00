import { describe, expect, it } from '@jest/globals';
import type { JobBase } from '@azure/arm-machinelearning';
import { generateJobName, jobOutputUris, readJobMetrics, studioUrl, trackingUri } from '@aml-actions/jobs';
import { fakeClient, workspace } from './fake-client.js';

const job = (properties: Record<string, unknown>): JobBase => ({
  properties: { jobType: 'Command', ...properties },
});

describe('job results', () => {
  it('gives each output its own path or Azure ML default path', () => {
    expect(
      jobOutputUris(
        'j1',
        job({
          outputs: {
            model: { jobOutputType: 'custom_model' },
            report: {
              jobOutputType: 'uri_folder',
              uri: 'azureml://datastores/reports/paths/runs/${{name}}/',
            },
          },
        }),
      ),
    ).toEqual({
      model: 'azureml://datastores/workspaceblobstore/paths/azureml/j1/model/',
      report: 'azureml://datastores/reports/paths/runs/j1/',
    });
    expect(jobOutputUris('j1', job({}))).toEqual({});
  });

  it('links the studio and the MLflow tracking server', () => {
    const tracked = job({
      services: {
        Studio: { endpoint: 'https://ml.azure.com/runs/j1?wsid=x' },
        Tracking: {
          endpoint: 'azureml://westeurope.api.azureml.ms/mlflow/v1.0/subscriptions/s/workspaces/w?',
        },
      },
    });
    expect(studioUrl('j1', tracked, workspace)).toBe('https://ml.azure.com/runs/j1?wsid=x');
    expect(studioUrl('j 1', job({}), workspace)).toBe(`https://ml.azure.com/runs/j%201?wsid=${workspace.id}`);
    expect(trackingUri(tracked)).toBe(
      'https://westeurope.api.azureml.ms/mlflow/v1.0/subscriptions/s/workspaces/w',
    );
    expect(trackingUri(job({}))).toBeUndefined();
  });

  it('reads the latest metrics from MLflow runs/get, and reports its errors', async () => {
    const tracked = job({ services: { Tracking: { endpoint: 'azureml://t.test/mlflow/v1.0/ws' } } });
    const ok = fakeClient(() => ({
      status: 200,
      body: {
        run: {
          data: {
            metrics: [
              { key: 'auc', value: 0.9 },
              { key: 'bad', value: 'x' },
            ],
          },
        },
      },
    }));
    await expect(readJobMetrics(ok.client, 'j1', tracked, new AbortController().signal)).resolves.toEqual({
      auc: 0.9,
    });
    expect(ok.requests[0]?.url).toBe('https://t.test/mlflow/v1.0/ws/api/2.0/mlflow/runs/get?run_id=j1');

    const missing = fakeClient(() => ({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: "Run 'j1' not found." },
    }));
    await expect(readJobMetrics(missing.client, 'j1', tracked, new AbortController().signal)).rejects.toThrow(
      "MLflow runs/get answered HTTP 404: Run 'j1' not found.",
    );
    await expect(readJobMetrics(ok.client, 'j1', job({}), new AbortController().signal)).rejects.toThrow(
      'no MLflow Tracking endpoint',
    );
  });

  it('names jobs <experiment>_<10 letters and digits>', () => {
    expect(generateJobName('Bank Marketing!', Buffer.alloc(10, 1))).toBe('bank_marketing_bbbbbbbbbb');
    expect(generateJobName(undefined)).toMatch(/^job_[a-z0-9]{10}$/);
    expect(generateJobName('__')).toMatch(/^job_[a-z0-9]{10}$/);
  });
});
