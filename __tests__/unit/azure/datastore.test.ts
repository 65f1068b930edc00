/** getDatastoreContainer over the real SDK and storage clients, both talking to scripted HTTP. */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import {
  createMlClient,
  getDatastoreContainer,
  resolveCloud,
  resolveWorkspaceRef,
  type Cloud,
} from '@aml-actions/azure';
import { FakeArm, FakeCredential, RecordingLogger, storageHttpClient } from './helpers/fake-arm.js';
import { specExample } from './helpers/azure-specs.js';

const example = specExample('Datastore/get.json');
const exampleBody = example.responses['200']?.body as { properties: Record<string, unknown> };
const SUB = '00000000-1111-2222-3333-444444444444';
const workspace = resolveWorkspaceRef(
  { subscriptionId: SUB, resourceGroup: 'rg-mlops', workspace: 'dev' },
  {},
);
const KEY = Buffer.from('a very secret storage account key!').toString('base64');
const SAS = 'sv=2022-11-02&sr=c&sp=racwl&se=2030-01-01T00%3A00%3A00Z&sig=AbCdEf%2Bsecret%2Fsig%3D';

/** The spec example's datastore with this account, container and credentials type. */
function datastore(properties: Record<string, unknown>) {
  return {
    ...exampleBody,
    name: 'workspaceblobstore',
    properties: {
      ...exampleBody.properties,
      accountName: 'mlstore1',
      containerName: 'azureml-blobstore-1',
      ...properties,
    },
  };
}

function setup(
  properties: Record<string, unknown>,
  secrets?: unknown,
  cloud: Cloud = resolveCloud('AzureCloud', {}),
) {
  const arm = new FakeArm()
    .on('GET', /\/datastores\/workspaceblobstore$/, { status: 200, body: datastore(properties) })
    .on('POST', /\/datastores\/workspaceblobstore\/listSecrets$/, { status: 200, body: secrets })
    .on('PUT', /\/mlstore1\//, { status: 201, headers: { etag: '"0x1"' } })
    .on('PUT', /^\/azureml-blobstore-1\//, { status: 201, headers: { etag: '"0x1"' } });
  const mlClient = createMlClient(cloud, new FakeCredential(), SUB, { httpClient: arm });
  const logger = new RecordingLogger();
  const get = (credential?: FakeCredential) =>
    getDatastoreContainer(mlClient, workspace, cloud, logger, {
      clientOptions: { httpClient: storageHttpClient(arm), retryOptions: { maxTries: 1 } },
      ...(credential === undefined ? {} : { credential }),
    });
  return { arm, logger, get };
}

describe('getDatastoreContainer', () => {
  it('uses the account key from listSecrets, masked, and signs blob requests with it', async () => {
    const { arm, logger, get } = setup(
      { credentials: { credentialsType: 'AccountKey' } },
      { secretsType: 'AccountKey', key: KEY },
    );
    const container = await get();
    expect(container.url).toBe('https://mlstore1.blob.core.windows.net/azureml-blobstore-1');
    expect(logger.masked).toContain(KEY);
    expect(logger.text()).not.toContain(KEY);
    expect(logger.text('info')).toContain(
      "Datastore workspaceblobstore: container 'azureml-blobstore-1' of storage account 'mlstore1', with the account key",
    );

    await container.getBlockBlobClient('models/churn/model.pkl').upload('hello', 5);
    const upload = arm.requests.at(-1);
    expect(upload?.url.toString()).toBe(
      'https://mlstore1.blob.core.windows.net/azureml-blobstore-1/models/churn/model.pkl',
    );
    expect(upload?.headers.authorization).toMatch(/^SharedKey mlstore1:[A-Za-z0-9+/]+=*$/);
    const [read, list] = arm.requests;
    expect(read?.url.pathname).toBe(`${workspace.id}/datastores/workspaceblobstore`);
    expect(list?.method).toBe('POST');
  });

  it('builds the blob URL from AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN (path-style, as Azurite)', async () => {
    const cloud = resolveCloud('AzureCloud', {
      AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN: 'https://127.0.0.1:10000/{account}',
    });
    const { arm, get } = setup(
      { credentials: { credentialsType: 'AccountKey' } },
      { secretsType: 'AccountKey', key: KEY },
      cloud,
    );
    const container = await get();
    expect(container.url).toBe('https://127.0.0.1:10000/mlstore1/azureml-blobstore-1');
    await container.getBlockBlobClient('a.txt').upload('x', 1);
    expect(arm.requests.at(-1)?.headers.authorization).toMatch(/^SharedKey mlstore1:/);
  });

  it('uses a SAS token, masking it and its signature', async () => {
    const { arm, logger, get } = setup(
      { credentials: { credentialsType: 'Sas' } },
      { secretsType: 'Sas', sasToken: `?${SAS}` },
    );
    const container = await get();
    expect(container.url).toBe(`https://mlstore1.blob.core.windows.net/azureml-blobstore-1?${SAS}`);
    expect(logger.masked).toContain(SAS);
    expect(logger.masked).toContain('AbCdEf+secret/sig=');
    expect(logger.text()).not.toContain('sig=');
    await container.getBlockBlobClient('a.txt').upload('x', 1);
    const upload = arm.requests.at(-1);
    expect(upload?.url.searchParams.get('sig')).toBe('AbCdEf+secret/sig=');
    expect(upload?.headers.authorization).toBeUndefined();
  });

  it('signs in with the given credential for an identity-based datastore', async () => {
    const { arm, get } = setup({ credentials: { credentialsType: 'None' } });
    const credential = new FakeCredential();
    const container = await get(credential);
    await container.getBlockBlobClient('a.txt').upload('x', 1);
    expect(arm.requests.at(-1)?.headers.authorization).toBe('Bearer fake-arm-token');
    expect(credential.scopes).toEqual([['https://storage.azure.com/.default']]);
    expect(arm.requests.some((r) => r.url.pathname.endsWith('/listSecrets'))).toBe(false);
  });

  it.each([
    [{ credentialsType: 'None' }, 'blob', /identity-based.*no Azure credential was given/],
    [{ credentialsType: 'ServicePrincipal' }, 'blob', /uses ServicePrincipal credentials/],
    [{ credentialsType: 'AccountKey' }, 'file', /is of type AzureFile; only AzureBlob datastores/],
  ])('rejects %j on a %s datastore', async (credentials, kind, message) => {
    const { get } = setup({
      credentials,
      ...(kind === 'file' ? { datastoreType: 'AzureFile', fileShareName: 'share' } : {}),
    });
    await expect(get()).rejects.toThrow(UserError);
    await expect(get()).rejects.toThrow(message);
  });

  it('reports a missing datastore as not found, naming it', async () => {
    const arm = new FakeArm().on('GET', /\/datastores\/nope$/, {
      status: 404,
      body: { error: { code: 'UserError', message: 'Could not find datastore: nope.' } },
    });
    const cloud = resolveCloud('AzureCloud', {});
    const mlClient = createMlClient(cloud, new FakeCredential(), SUB, { httpClient: arm });
    const failure = getDatastoreContainer(mlClient, workspace, cloud, new RecordingLogger(), {
      datastoreName: 'nope',
    });
    await expect(failure).rejects.toMatchObject({ kind: 'not-found' });
    await expect(failure).rejects.toThrow(
      /Reading datastore 'nope' in workspace 'dev' failed: HTTP 404 UserError: Could not find datastore: nope\./,
    );
  });
});
