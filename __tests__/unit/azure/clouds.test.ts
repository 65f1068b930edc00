import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { blobAccountUrl, needsInstanceDiscoveryDisabled, resolveCloud } from '@aml-actions/azure';
import { RecordingLogger } from './helpers/fake-arm.js';

describe('resolveCloud', () => {
  it.each([
    [
      'AzureCloud',
      'https://management.azure.com',
      'https://login.microsoftonline.com',
      'https://ml.azure.com',
      'https://acct.blob.core.windows.net',
    ],
    [
      'AzureChinaCloud',
      'https://management.chinacloudapi.cn',
      'https://login.chinacloudapi.cn',
      'https://ml.azure.cn',
      'https://acct.blob.core.chinacloudapi.cn',
    ],
    [
      'AzureUSGovernment',
      'https://management.usgovcloudapi.net',
      'https://login.microsoftonline.us',
      'https://ml.azure.us',
      'https://acct.blob.core.usgovcloudapi.net',
    ],
  ])('%s has its own endpoints', (name, arm, authority, ml, blob) => {
    const cloud = resolveCloud(name, {});
    expect(cloud).toMatchObject({
      name,
      armEndpoint: arm,
      armAudience: arm,
      authorityHost: authority,
      mlAudience: ml,
    });
    expect(blobAccountUrl(cloud, 'acct')).toBe(blob);
    expect(cloud.overridden).toEqual([]);
    expect(needsInstanceDiscoveryDisabled(cloud)).toBe(false);
  });

  it.each([undefined, '', '  ', 'azurecloud', 'AZURECLOUD'])('reads %p as AzureCloud', (name) => {
    expect(resolveCloud(name, {}).name).toBe('AzureCloud');
  });

  it('names the allowed clouds for an unknown one', () => {
    expect(() => resolveCloud('AzureGermanCloud', {})).toThrow(UserError);
    expect(() => resolveCloud('AzureGermanCloud', {})).toThrow(
      /'AzureGermanCloud'.*AzureCloud, AzureChinaCloud, AzureUSGovernment/,
    );
  });

  it('applies each AZUREML_CLOUD_* variable present, logs it, and disables instance discovery', () => {
    const logger = new RecordingLogger();
    const cloud = resolveCloud(
      'AzureCloud',
      {
        AZUREML_CLOUD_ARM_ENDPOINT: 'https://127.0.0.1:8443/',
        AZUREML_CLOUD_AUTHORITY_HOST: 'https://127.0.0.1:8444',
        AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN: 'http://127.0.0.1:10000/{account}',
        AZUREML_CLOUD_ARM_AUDIENCE: '',
      },
      logger,
    );
    expect(cloud.armEndpoint).toBe('https://127.0.0.1:8443');
    expect(cloud.armAudience).toBe('https://management.azure.com');
    expect(cloud.authorityHost).toBe('https://127.0.0.1:8444');
    expect(blobAccountUrl(cloud, 'devstoreaccount1')).toBe('http://127.0.0.1:10000/devstoreaccount1');
    expect(cloud.mlAudience).toBe('https://ml.azure.com');
    expect(cloud.overridden).toEqual(['armEndpoint', 'authorityHost', 'blobEndpointPattern']);
    expect(logger.text('info')).toContain(
      'armEndpoint overridden by AZUREML_CLOUD_ARM_ENDPOINT = https://127.0.0.1:8443',
    );
    expect(logger.lines).toHaveLength(3);
    expect(needsInstanceDiscoveryDisabled(cloud)).toBe(true);
  });

  it('overrides the audience of a sovereign cloud', () => {
    const cloud = resolveCloud('AzureUSGovernment', { AZUREML_CLOUD_ARM_AUDIENCE: 'https://127.0.0.1:8443' });
    expect(cloud.armAudience).toBe('https://127.0.0.1:8443');
    expect(cloud.armEndpoint).toBe('https://management.usgovcloudapi.net');
  });

  it.each([
    ['AZUREML_CLOUD_ARM_ENDPOINT', 'http://127.0.0.1:8443', /only sends tokens over HTTPS/],
    ['AZUREML_CLOUD_AUTHORITY_HOST', 'http://login.local', /only sends tokens over HTTPS/],
    ['AZUREML_CLOUD_ARM_ENDPOINT', 'not a url', /not a URL/],
    ['AZUREML_CLOUD_BLOB_ENDPOINT_PATTERN', 'https://127.0.0.1:10000', /'\{account\}' placeholder/],
  ])('rejects %s=%s', (variable, value, message) => {
    expect(() => resolveCloud('AzureCloud', { [variable]: value })).toThrow(message);
    expect(() => resolveCloud('AzureCloud', { [variable]: value })).toThrow(variable);
  });
});
