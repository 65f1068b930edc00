import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { RestError } from '@azure/core-rest-pipeline';
import {
  PREVIEW_FEATURES_API_VERSION,
  SUITE_VERSION,
  armJson,
  createMlClient,
  resolveCloud,
  userAgentPrefix,
} from '@aml-actions/azure';
import { FakeArm, FakeCredential } from './helpers/fake-arm.js';
import { exampleNames, specExample } from './helpers/azure-specs.js';

const example = specExample('OnlineEndpoint/get.json');
const { subscriptionId, resourceGroupName, workspaceName, endpointName } = exampleNames();
const cloud = resolveCloud('AzureCloud', {
  AZUREML_CLOUD_ARM_ENDPOINT: 'https://127.0.0.1:8443',
  AZUREML_CLOUD_ARM_AUDIENCE: 'https://127.0.0.1:8443',
});

function client(arm: FakeArm, credential = new FakeCredential()) {
  return createMlClient(cloud, credential, subscriptionId, {
    httpClient: arm,
    actionName: 'deploy-endpoint',
  });
}

describe('createMlClient', () => {
  it('calls the cloud ARM endpoint with the audience scope and the suite in the User-Agent', async () => {
    const arm = new FakeArm().on('GET', /onlineEndpoints\/[^/]+$/, {
      status: 200,
      body: example.responses['200']?.body,
    });
    const credential = new FakeCredential();
    const endpoint = await client(arm, credential).onlineEndpoints.get(
      resourceGroupName,
      workspaceName,
      endpointName,
    );
    expect(endpoint.properties.authMode).toBeDefined();
    const [request] = arm.requests;
    expect(request?.url.origin).toBe('https://127.0.0.1:8443');
    expect(request?.url.pathname).toBe(
      `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/${workspaceName}/onlineEndpoints/${endpointName}`,
    );
    expect(request?.url.searchParams.get('api-version')).toBe('2022-10-01');
    expect(request?.headers.authorization).toBe('Bearer fake-arm-token');
    expect(request?.headers['user-agent']).toMatch(
      /^azureml-mlops-actions\/0\.1\.0 \(deploy-endpoint\) azsdk-js-arm-machinelearning\/2\.1\.1 /,
    );
    expect(credential.scopes).toEqual([['https://127.0.0.1:8443/.default']]);
  });

  it('keeps SUITE_VERSION equal to the root package.json version', () => {
    const root = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(SUITE_VERSION).toBe(root.version);
    expect(userAgentPrefix()).toBe(`azureml-mlops-actions/${root.version}`);
  });
});

describe('armJson', () => {
  const path = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/${workspaceName}/onlineEndpoints/${endpointName}`;

  it('sends a body the SDK would drop (mirrorTraffic) with api-version 2024-04-01 through the same pipeline', async () => {
    const arm = new FakeArm().on('PUT', /onlineEndpoints/, (request) => ({
      status: 201,
      body: request.body,
    }));
    const body = {
      location: 'westeurope',
      properties: { authMode: 'Key', traffic: { blue: 100 }, mirrorTraffic: { green: 10 } },
    };
    const response = await armJson<typeof body>(client(arm), {
      method: 'PUT',
      path,
      apiVersion: PREVIEW_FEATURES_API_VERSION,
      body,
    });
    expect(response.status).toBe(201);
    expect(response.body?.properties.mirrorTraffic).toEqual({ green: 10 });
    const [request] = arm.requests;
    expect(request?.url.toString()).toBe(`https://127.0.0.1:8443${path}?api-version=2024-04-01`);
    expect(request?.body).toEqual(body);
    expect(request?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request?.headers.authorization).toBe('Bearer fake-arm-token');
    expect(request?.headers['user-agent']).toContain('azureml-mlops-actions/0.1.0 (deploy-endpoint)');
  });

  it('returns no body for an empty response', async () => {
    const arm = new FakeArm().on('DELETE', /onlineEndpoints/, { status: 204 });
    const response = await armJson(client(arm), { method: 'DELETE', path, apiVersion: '2024-04-01' });
    expect(response).toMatchObject({ status: 204, body: undefined });
  });

  it('throws a RestError carrying the ARM error code and message', async () => {
    const arm = new FakeArm().on('GET', /onlineEndpoints/, {
      status: 404,
      body: { error: { code: 'ResourceNotFound', message: 'The Resource was not found.' } },
    });
    const failure = armJson(client(arm), { method: 'GET', path, apiVersion: '2024-04-01' });
    await expect(failure).rejects.toThrow(RestError);
    await expect(failure).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
      message: 'The Resource was not found.',
    });
  });
});
