/** copy-model's inputs, and the small pieces of packages/azure it added (source- input names, blob URLs, fallback). */
import { describe, expect, it } from '@jest/globals';
import type { TokenCredential } from '@azure/identity';
import { RestError } from '@azure/core-rest-pipeline';
import { nullLogger } from '@aml-actions/action-kit';
import {
  getDatastoreContainer,
  parseBlobUrl,
  resolveCloud,
  resolveWorkspaceRef,
  type MlClient,
} from '@aml-actions/azure';
import { readInputs } from '../../../actions/copy-model/src/inputs.js';

const SUB = '00000000-1111-2222-3333-444444444444';
const env = (inputs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));

describe('copy-model readInputs', () => {
  const base = {
    'model-name': 'churn',
    'model-version': '3',
    'source-workspace': 'staging',
    'source-resource-group': 'rg',
  };

  it('reads the source and the model', () => {
    expect(readInputs(env({ ...base, tags: 'a=1' }), nullLogger)).toMatchObject({
      modelName: 'churn',
      modelVersion: '3',
      sourceWorkspace: 'staging',
      tags: { a: '1' },
      concurrency: 8,
    });
    expect(readInputs(env({ ...base, 'model-version': 'latest' }), nullLogger).modelVersion).toBe('latest');
  });

  it('requires a source workspace', () => {
    expect(() => readInputs(env({ 'model-name': 'churn', 'model-version': '3' }), nullLogger)).toThrow(
      'No source workspace given: set source-workspace-id',
    );
  });

  it('rejects a version Azure ML cannot have', () => {
    expect(() => readInputs(env({ ...base, 'model-version': 'v 3' }), nullLogger)).toThrow('model-version');
  });
});

describe('resolveWorkspaceRef with an input prefix', () => {
  it("names the source- inputs in errors and takes the target's subscription by default", () => {
    expect(
      resolveWorkspaceRef(
        { resourceGroup: 'rg', workspace: 'staging' },
        { AZURE_SUBSCRIPTION_ID: SUB },
        'source-',
      ),
    ).toMatchObject({ subscriptionId: SUB, workspace: 'staging' });
    expect(() =>
      resolveWorkspaceRef({ workspace: 'staging' }, { AZURE_SUBSCRIPTION_ID: SUB }, 'source-'),
    ).toThrow(
      "input 'source-resource-group' is missing. Set 'source-subscription-id', 'source-resource-group' and 'source-workspace', or 'source-workspace-id'",
    );
    expect(() => resolveWorkspaceRef({ workspaceId: '/nope' }, {}, 'source-')).toThrow(
      "Input 'source-workspace-id' has the value '/nope'",
    );
  });
});

describe('parseBlobUrl', () => {
  const cloud = resolveCloud('AzureCloud', {});

  it('splits a blob URL of the cloud', () => {
    expect(parseBlobUrl('https://ststaging.blob.core.windows.net/models/churn/v%201/', cloud, 'uri')).toEqual(
      {
        account: 'ststaging',
        container: 'models',
        path: 'churn/v 1',
      },
    );
  });

  it('reads the emulator pattern (account in the path)', () => {
    const local = resolveCloud('AzureCloud', {
      AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN: 'https://127.0.0.1:10000/{account}',
    });
    expect(parseBlobUrl('https://127.0.0.1:10000/stdev/c/p.pkl', local, 'uri')).toEqual({
      account: 'stdev',
      container: 'c',
      path: 'p.pkl',
    });
  });

  it.each(['https://ststaging.blob.core.chinacloudapi.cn/models/churn', 'https://example.com/models/churn'])(
    'refuses %s: another cloud or not Azure Storage',
    (url) => {
      expect(() => parseBlobUrl(url, cloud, 'The source model version')).toThrow(
        'Copying from storage in another cloud, or from outside Azure Storage, is not supported',
      );
    },
  );
});

describe('getDatastoreContainer fallbackToIdentity', () => {
  const credential: TokenCredential = { getToken: () => Promise.resolve(null) };
  const client = (status: number): MlClient =>
    ({
      datastores: {
        get: () =>
          Promise.resolve({
            properties: {
              datastoreType: 'AzureBlob',
              accountName: 'ststaging',
              containerName: 'blobs',
              credentials: { credentialsType: 'AccountKey' },
            },
          }),
        listSecrets: () =>
          Promise.reject(new RestError('no', { statusCode: status, code: 'AuthorizationFailed' })),
      },
    }) as unknown as MlClient;
  const ws = { subscriptionId: SUB, resourceGroup: 'rg', workspace: 'staging', id: '/x' };
  const cloud = resolveCloud('AzureCloud', {});

  it('signs in with the credential when listing the secrets is forbidden', async () => {
    const container = await getDatastoreContainer(client(403), ws, cloud, nullLogger, {
      credential,
      fallbackToIdentity: true,
    });
    expect(container.url).toBe('https://ststaging.blob.core.windows.net/blobs');
    expect(container.credential).toBe(credential);
  });

  it('still fails without the option, or on other errors', async () => {
    await expect(getDatastoreContainer(client(403), ws, cloud, nullLogger, { credential })).rejects.toThrow(
      'HTTP 403',
    );
    await expect(
      getDatastoreContainer(client(500), ws, cloud, nullLogger, { credential, fallbackToIdentity: true }),
    ).rejects.toThrow('HTTP 500');
  });
});
