/**
 * One pass over every ARM route at one api-version, successes and typical errors, with LROs followed through
 * their polling URLs. The schema-conformance test validates every response it produces.
 */
import type { Harness } from './arm-harness.js';
import { ws } from './arm-harness.js';

const W = ws('dev');

export function assetId(segment: string, name: string, version: string): string {
  return `${W}/${segment}/${name}/versions/${version}`;
}

/** Model, environment and code versions a deployment can reference. */
export async function registerAssets(h: Harness, apiVersion = '2022-10-01'): Promise<void> {
  const o = { apiVersion };
  await h.ok('PUT', `${W}/models/churn/versions/1`, 201, {
    ...o,
    body: {
      properties: {
        modelUri: 'azureml://datastores/workspaceblobstore/paths/m/1',
        modelType: 'mlflow_model',
      },
    },
  });
  await h.ok('PUT', `${W}/environments/sklearn/versions/1`, 201, {
    ...o,
    body: {
      properties: { image: 'mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest' },
    },
  });
  await h.ok('PUT', `${W}/codes/score/versions/1`, 201, {
    ...o,
    body: { properties: { codeUri: 'https://stdev.blob.core.windows.net/code/score' } },
  });
}

export function endpointBody(extra: Record<string, unknown> = {}, authMode = 'Key'): Record<string, unknown> {
  return {
    location: 'eastus',
    tags: { team: 'ml' },
    properties: { authMode, description: 'churn', ...extra },
  };
}

export function deploymentBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    location: 'eastus',
    sku: { name: 'Default', capacity: 1 },
    properties: {
      endpointComputeType: 'Managed',
      instanceType: 'Standard_DS3_v2',
      model: assetId('models', 'churn', '1'),
      environmentId: assetId('environments', 'sklearn', '1'),
      codeConfiguration: { codeId: assetId('codes', 'score', '1'), scoringScript: 'score.py' },
      ...extra,
    },
  };
}

/** PUT an LRO resource, poll its status once while running, then settle it. */
async function putLro(h: Harness, path: string, body: unknown, apiVersion: string): Promise<void> {
  const created = await h.ok('PUT', path, 201, { apiVersion, body });
  await h.ok('GET', created.headers?.['Azure-AsyncOperation'] ?? '', 200, { apiVersion });
  await h.ok('GET', path, 200, { apiVersion });
  await h.settle(created, apiVersion);
}

/** DELETE/PATCH/POST LRO: 202, Location polled while running (202) and after (200). */
async function acceptedLro(
  h: Harness,
  method: 'PATCH' | 'DELETE' | 'POST',
  path: string,
  apiVersion: string,
  body?: unknown,
): Promise<void> {
  const started = await h.ok(method, path, 202, { apiVersion, ...(body === undefined ? {} : { body }) });
  await h.ok('GET', started.headers?.Location ?? '', 202, { apiVersion });
  await h.settle(started, apiVersion);
}

export async function runScenario(h: Harness, apiVersion: string): Promise<void> {
  const o = { apiVersion };
  const is2024 = apiVersion >= '2024-04-01';
  await h.ok(
    'GET',
    `/subscriptions/${h.config.subscriptionId}/resourceGroups/${h.config.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces`,
    200,
    o,
  );
  await h.ok('GET', W, 200, o);
  await h.ok('GET', ws('nope'), 404, o);

  // Datastores
  await h.ok('GET', `${W}/datastores`, 200, o);
  await h.ok('GET', `${W}/datastores/workspaceblobstore`, 200, o);
  await h.ok('POST', `${W}/datastores/workspaceblobstore/listSecrets`, 200, o);
  const blob = {
    properties: {
      datastoreType: 'AzureBlob',
      accountName: 'other',
      containerName: 'data',
      credentials: { credentialsType: 'AccountKey', secrets: { secretsType: 'AccountKey', key: 'a2V5' } },
    },
  };
  await h.ok('PUT', `${W}/datastores/extra`, 201, { ...o, body: blob });
  await h.ok('PUT', `${W}/datastores/extra`, 200, { ...o, body: blob });
  await h.ok('POST', `${W}/datastores/extra/listSecrets`, 200, o);
  await h.ok('PUT', `${W}/datastores/bad`, 400, {
    ...o,
    body: { properties: { datastoreType: 'AzureBlob' } },
  });
  await h.ok('DELETE', `${W}/datastores/extra`, 200, o);
  await h.ok('DELETE', `${W}/datastores/extra`, 204, o);
  await h.ok('GET', `${W}/datastores/extra`, 404, o);

  // Assets
  await registerAssets(h, apiVersion);
  for (const segment of ['models', 'environments', 'codes']) {
    await h.ok('PUT', `${W}/${segment}/extra`, 201, {
      ...o,
      body: { properties: { description: 'x', tags: { a: '1' } } },
    });
    await h.ok('GET', `${W}/${segment}/extra`, 200, o);
    await h.ok('GET', `${W}/${segment}`, 200, o);
    await h.ok(
      'GET',
      `${W}/${segment}/churn/versions/1`.replace(
        'churn',
        segment === 'models' ? 'churn' : segment === 'codes' ? 'score' : 'sklearn',
      ),
      200,
      o,
    );
    const versions = `${W}/${segment}/${segment === 'models' ? 'churn' : segment === 'codes' ? 'score' : 'sklearn'}/versions`;
    await h.ok('GET', `${versions}?$top=1&$orderBy=version%20desc`, 200, o);
    await h.ok('GET', `${versions}/9`, 404, o);
    await h.ok('DELETE', `${W}/${segment}/extra`, 200, o);
    await h.ok('DELETE', `${W}/${segment}/extra`, 204, o);
  }
  await h.ok('PUT', `${W}/models/churn/versions/2`, 201, {
    ...o,
    body: { properties: { modelUri: 'azureml://datastores/workspaceblobstore/paths/m/2' } },
  });
  await h.ok('PUT', `${W}/models/churn/versions/2`, 409, {
    ...o,
    body: { properties: { modelUri: 'azureml://elsewhere' } },
  });
  await h.ok('DELETE', `${W}/models/churn/versions/2`, 200, o);
  await h.ok('DELETE', `${W}/models/churn/versions/2`, 204, o);
  for (const [segment, name] of [
    ['environments', 'sklearn'],
    ['codes', 'score'],
  ] as const) {
    await h.ok('PUT', `${W}/${segment}/${name}/versions/0`, 201, {
      ...o,
      body: { properties: segment === 'codes' ? { codeUri: 'https://x/y' } : { image: 'img:1' } },
    });
    await h.ok('DELETE', `${W}/${segment}/${name}/versions/0`, 200, o);
  }

  // Data assets
  const data = `${W}/data/bank`;
  const csv = 'azureml://datastores/workspaceblobstore/paths/data/train.csv';
  await h.ok('PUT', `${W}/data/extra`, 400, { ...o, body: { properties: { description: 'x' } } });
  await h.ok('PUT', `${W}/data/extra`, 201, { ...o, body: { properties: { dataType: 'UriFolder' } } });
  await h.ok('GET', `${W}/data/extra`, 200, o);
  await h.ok('PUT', `${data}/versions/1`, 201, {
    ...o,
    body: { properties: { dataType: 'uri_file', dataUri: csv, tags: { split: 'train' } } },
  });
  await h.ok('PUT', `${data}/versions/2`, 201, {
    ...o,
    body: {
      properties: {
        dataType: 'mltable',
        dataUri: 'azureml://datastores/workspaceblobstore/paths/data/bank/',
        referencedUris: ['./train.csv'],
      },
    },
  });
  await h.ok('PUT', `${data}/versions/1`, 409, {
    ...o,
    body: { properties: { dataType: 'uri_file', dataUri: `${csv}.old` } },
  });
  await h.ok('GET', `${W}/data`, 200, o);
  await h.ok('GET', data, 200, o);
  await h.ok('GET', `${data}/versions/1`, 200, o);
  await h.ok('GET', `${data}/versions/2`, 200, o);
  await h.ok('GET', `${data}/versions?$top=1&$orderBy=createdtime%20desc&$tags=split`, 200, o);
  await h.ok('GET', `${data}/versions/9`, 404, o);
  await h.ok('DELETE', `${data}/versions/2`, 200, o);
  await h.ok('DELETE', `${W}/data/extra`, 200, o);

  // Online endpoints and deployments
  const ep = `${W}/onlineEndpoints/churn-ep`;
  await h.ok('PUT', `${W}/onlineEndpoints/x`, 400, { ...o, body: endpointBody() });
  await putLro(h, ep, endpointBody(), apiVersion);
  await h.ok('GET', `${W}/onlineEndpoints`, 200, o);
  await putLro(h, `${ep}/deployments/blue`, deploymentBody(), apiVersion);
  await putLro(
    h,
    `${ep}/deployments/green`,
    deploymentBody(
      is2024 ? { dataCollector: { collections: { model_inputs: { dataCollectionMode: 'Enabled' } } } } : {},
    ),
    apiVersion,
  );
  await h.ok('PUT', ep, 400, { ...o, body: endpointBody({ traffic: { blue: 60 } }) });
  await putLro(
    h,
    ep,
    endpointBody({ traffic: { blue: 100 }, ...(is2024 ? { mirrorTraffic: { green: 10 } } : {}) }),
    apiVersion,
  );
  await h.ok('DELETE', `${ep}/deployments/blue`, 400, o);
  await acceptedLro(h, 'PATCH', ep, apiVersion, { tags: { team: 'ml', stage: 'prod' } });
  await acceptedLro(h, 'PATCH', `${ep}/deployments/blue`, apiVersion, { sku: { capacity: 2 } });
  await h.ok('GET', `${ep}/deployments`, 200, o);
  await h.ok('GET', `${ep}/deployments/blue`, 200, o);
  await h.ok('GET', `${ep}/deployments/blue/skus`, 200, o);
  await h.ok('POST', `${ep}/deployments/blue/getLogs`, 200, {
    ...o,
    body: { containerType: 'StorageInitializer', tail: 2 },
  });
  await h.ok('POST', `${ep}/listKeys`, 200, o);
  await acceptedLro(h, 'POST', `${ep}/regenerateKeys`, apiVersion, { keyType: 'Secondary' });
  await h.ok('POST', `${ep}/token`, 400, o);
  const tokenEp = `${W}/onlineEndpoints/token-ep`;
  await putLro(h, tokenEp, endpointBody({}, 'AMLToken'), apiVersion);
  await h.ok('POST', `${tokenEp}/token`, 200, o);
  await putLro(
    h,
    ep,
    endpointBody({ traffic: { blue: 100 }, ...(is2024 ? { mirrorTraffic: {} } : {}) }),
    apiVersion,
  );
  await acceptedLro(h, 'DELETE', `${ep}/deployments/green`, apiVersion);
  await acceptedLro(h, 'DELETE', tokenEp, apiVersion);
  await h.ok('GET', tokenEp, 404, o);

  // Jobs
  const job = `${W}/jobs/train-1`;
  const command = {
    jobType: 'Command',
    command: 'python train.py',
    environmentId: assetId('environments', 'sklearn', '1'),
    codeId: assetId('codes', 'score', '1'),
    computeId: 'cpu-cluster',
  };
  await h.ok('PUT', job, 201, { ...o, body: { properties: command } });
  await h.ok('PUT', job, 200, { ...o, body: { properties: { ...command, description: 'retrain' } } });
  await h.ok('PUT', `${W}/jobs/bad`, 400, { ...o, body: { properties: { jobType: 'Command' } } });
  await h.ok('GET', job, 200, o);
  await h.ok('GET', `${W}/jobs`, 200, o);
  await acceptedLro(h, 'POST', `${job}/cancel`, apiVersion);
  await acceptedLro(h, 'DELETE', job, apiVersion);

  // Schedules
  const schedule = `${W}/schedules/nightly`;
  await putLro(
    h,
    schedule,
    {
      properties: {
        trigger: { triggerType: 'Cron', expression: '0 2 * * *' },
        action: { actionType: 'CreateJob', jobDefinition: command },
      },
    },
    apiVersion,
  );
  await h.ok('GET', `${W}/schedules`, 200, o);
  await acceptedLro(h, 'DELETE', schedule, apiVersion);

  // Endpoint deletion takes its deployments along
  await acceptedLro(h, 'DELETE', ep, apiVersion);
  await h.ok('GET', `${ep}/deployments/blue`, 404, o);
}
