/**
 * The real @azure/arm-machinelearning 2.1.1 client, authenticated by @azure/identity, against the emulator over
 * HTTPS: endpoints and deployments through LROs (with Retry-After), traffic, keys, a failed deployment's logs,
 * model versions paged through.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { OnlineDeployment, OnlineEndpoint } from '@azure/arm-machinelearning';
import { ClientSecretCredential } from '@azure/identity';
import { startEmulator } from '../../../packages/emulator/src/index.js';
import type { RunningEmulator } from '../../../packages/emulator/src/index.js';

let emulator: RunningEmulator;
let client: AzureMachineLearningWorkspaces;
let rg: string;
const WS = 'dev';
const EP = 'churn-ep';
const fast = { updateIntervalInMs: 10 };

beforeAll(async () => {
  emulator = await startEmulator({ provisioningDelayMs: 300, serving: false });
  rg = emulator.info.resourceGroup;
  const development = emulator.state.config.identities.find((i) => i.name === 'development');
  if (development === undefined) throw new Error('no development identity');
  development.clientSecret = 'development-secret';
  const credential = new ClientSecretCredential(
    emulator.info.tenantId,
    development.clientId,
    'development-secret',
    {
      authorityHost: emulator.info.authorityHost,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: emulator.ca },
    },
  );
  client = new AzureMachineLearningWorkspaces(credential, emulator.info.subscriptionId, {
    endpoint: emulator.info.armEndpoint,
    credentialScopes: ['https://management.azure.com/.default'],
    tlsOptions: { ca: emulator.ca },
  });
}, 30_000);

afterAll(async () => {
  await emulator.stop();
});

const wsId = (): string =>
  `/subscriptions/${emulator.info.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/workspaces/${WS}`;

function deployment(): OnlineDeployment {
  return {
    location: 'eastus',
    sku: { name: 'Default', capacity: 1 },
    properties: {
      endpointComputeType: 'Managed',
      instanceType: 'Standard_DS3_v2',
      model: `${wsId()}/models/churn/versions/1`,
      environmentId: `${wsId()}/environments/sklearn/versions/1`,
      codeConfiguration: { codeId: `${wsId()}/codes/score/versions/1`, scoringScript: 'score.py' },
    },
  };
}

describe('@azure/arm-machinelearning 2.1.1 against the emulator', () => {
  it('registers model versions and pages through them with $top and nextLink', async () => {
    for (const version of ['1', '2', '3', '4', '5']) {
      await client.modelVersions.createOrUpdate(rg, WS, 'churn', version, {
        properties: {
          modelUri: `azureml://datastores/workspaceblobstore/paths/models/churn/${version}`,
          modelType: 'mlflow_model',
          tags: { run: version },
        },
      });
    }
    await client.environmentVersions.createOrUpdate(rg, WS, 'sklearn', '1', {
      properties: { image: 'mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest' },
    });
    await client.codeVersions.createOrUpdate(rg, WS, 'score', '1', {
      properties: { codeUri: 'https://stdev.blob.core.windows.net/code/score' },
    });
    const pages: string[][] = [];
    for await (const page of client.modelVersions
      .list(rg, WS, 'churn', { top: 2, orderBy: 'version desc' })
      .byPage()) {
      pages.push(page.map((v) => v.name ?? ''));
    }
    expect(pages).toEqual([['5', '4'], ['3', '2'], ['1']]);
    const container = await client.modelContainers.get(rg, WS, 'churn');
    expect(container.properties).toMatchObject({ latestVersion: '5', nextVersion: '6' });
  });

  it('creates an endpoint through its LRO, polling as Retry-After says', async () => {
    emulator.state.config.retryAfterSeconds = 1;
    emulator.state.config.provisioningDelayMs = 1500;
    try {
      const endpoint: OnlineEndpoint = { location: 'eastus', properties: { authMode: 'Key' } };
      const created = await client.onlineEndpoints.beginCreateOrUpdateAndWait(rg, WS, EP, endpoint, fast);
      expect(created.properties).toMatchObject({
        provisioningState: 'Succeeded',
        scoringUri: `${emulator.info.armEndpoint}/endpoints/${WS}/${EP}/score`,
      });
    } finally {
      emulator.state.config.retryAfterSeconds = undefined;
      emulator.state.config.provisioningDelayMs = 300;
    }
    // Polling every 10 ms for 1.5 s would make ~150 polls; Retry-After: 1 makes a handful.
    const polls = emulator.requestLog.entries({ operationId: 'MfeOperationsStatus_Get' });
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.length).toBeLessThanOrEqual(5);
  }, 20_000);

  it('creates two deployments, shifts traffic, scales, and lists keys', async () => {
    for (const name of ['blue', 'green']) {
      const created = await client.onlineDeployments.beginCreateOrUpdateAndWait(
        rg,
        WS,
        EP,
        name,
        deployment(),
        fast,
      );
      expect(created.properties.provisioningState).toBe('Succeeded');
    }
    const current = await client.onlineEndpoints.get(rg, WS, EP);
    current.properties.traffic = { blue: 90, green: 10 };
    const shifted = await client.onlineEndpoints.beginCreateOrUpdateAndWait(rg, WS, EP, current, fast);
    expect(shifted.properties.traffic).toEqual({ blue: 90, green: 10 });

    current.properties.traffic = { blue: 90, green: 20 };
    await expect(
      client.onlineEndpoints.beginCreateOrUpdateAndWait(rg, WS, EP, current, fast),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'BadArgument',
      message: expect.stringContaining('Traffic values must sum to 100'),
    });

    const scaled = await client.onlineDeployments.beginUpdateAndWait(
      rg,
      WS,
      EP,
      'green',
      { sku: { capacity: 2 } },
      fast,
    );
    expect(scaled.sku?.capacity).toBe(2);
    const deployments = [];
    for await (const d of client.onlineDeployments.list(rg, WS, EP)) deployments.push(d.name);
    expect(deployments).toEqual(['blue', 'green']);

    const keys = await client.onlineEndpoints.listKeys(rg, WS, EP);
    expect(keys.primaryKey).toMatch(/^[\w-]{43}$/);
    await client.onlineEndpoints.beginRegenerateKeysAndWait(rg, WS, EP, { keyType: 'Secondary' }, fast);
    const regenerated = await client.onlineEndpoints.listKeys(rg, WS, EP);
    expect(regenerated.primaryKey).toBe(keys.primaryKey);
    expect(regenerated.secondaryKey).not.toBe(keys.secondaryKey);
  }, 20_000);

  it('reports a failed deployment with its error, and its logs through getLogs', async () => {
    emulator.faults.add({
      kind: 'lro-failure',
      operationId: 'OnlineDeployments_CreateOrUpdate',
      resource: '/deployments/red',
      code: 'ResourceNotReady',
      message: 'User container has crashed or terminated.',
      logs: { inferenceServer: 'booting\nModuleNotFoundError: No module named sklearn\n' },
    });
    await expect(
      client.onlineDeployments.beginCreateOrUpdateAndWait(rg, WS, EP, 'red', deployment(), fast),
    ).rejects.toThrow(/ResourceNotReady.*User container has crashed or terminated/);
    const failed = await client.onlineDeployments.get(rg, WS, EP, 'red');
    expect(failed.properties.provisioningState).toBe('Failed');
    const logs = await client.onlineDeployments.getLogs(rg, WS, EP, 'red', {
      containerType: 'InferenceServer',
      tail: 1,
    });
    expect(logs.content).toBe('ModuleNotFoundError: No module named sklearn\n');
    await client.onlineDeployments.beginDeleteAndWait(rg, WS, EP, 'red', fast);
    await expect(client.onlineDeployments.get(rg, WS, EP, 'red')).rejects.toMatchObject({ statusCode: 404 });
  }, 20_000);

  it('refuses to delete a deployment with traffic, and deletes the endpoint with its deployments', async () => {
    await expect(client.onlineDeployments.beginDeleteAndWait(rg, WS, EP, 'blue', fast)).rejects.toMatchObject(
      { statusCode: 400 },
    );
    await client.onlineEndpoints.beginDeleteAndWait(rg, WS, EP, fast);
    await expect(client.onlineEndpoints.get(rg, WS, EP)).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
  }, 20_000);
});
