import { describe, expect, it } from '@jest/globals';
import { defineInputs, input, inputMetadata, readInputs } from '@aml-actions/action-kit';
import { azureInputSpec, readAzureInputs } from '@aml-actions/azure';
import { RecordingLogger } from './helpers/fake-arm.js';

const SUB = '00000000-1111-2222-3333-444444444444';
const spec = defineInputs({ ...azureInputSpec, 'model-name': input.string({ required: true }) });

describe('azureInputSpec', () => {
  it('declares the common inputs, all optional, with descriptions, cloud defaulting to AzureCloud', () => {
    const metadata = inputMetadata(azureInputSpec);
    expect(metadata.map((m) => m.name)).toEqual([
      'subscription-id',
      'resource-group',
      'workspace',
      'workspace-id',
      'cloud',
      'client-id',
      'tenant-id',
    ]);
    expect(metadata.filter((m) => m.required)).toEqual([]);
    expect(metadata.every((m) => (m.description ?? '').length > 20)).toBe(true);
    expect(metadata.find((m) => m.name === 'cloud')?.default).toBe('AzureCloud');
  });

  it('rejects an unknown cloud at input parsing, with a suggestion', () => {
    expect(() => readInputs(spec, { 'INPUT_MODEL-NAME': 'm', INPUT_CLOUD: 'AzureChina' })).toThrow(
      /Input 'cloud' has value 'AzureChina'.*'AzureCloud', 'AzureChinaCloud' or 'AzureUSGovernment'/,
    );
  });
});

describe('readAzureInputs', () => {
  it('resolves cloud, workspace and identity with environment fallbacks', () => {
    const logger = new RecordingLogger();
    const values = readInputs(spec, {
      'INPUT_MODEL-NAME': 'churn',
      'INPUT_RESOURCE-GROUP': 'rg-mlops',
      INPUT_WORKSPACE: 'dev',
      INPUT_CLOUD: 'azureusgovernment',
      'INPUT_CLIENT-ID': 'client-1',
    });
    const env = { AZURE_SUBSCRIPTION_ID: SUB, AZUREML_CLOUD_ARM_ENDPOINT: 'https://127.0.0.1:9443' };
    const azure = readAzureInputs(values, env, logger);
    expect(azure.cloud.name).toBe('AzureUSGovernment');
    expect(azure.cloud.armEndpoint).toBe('https://127.0.0.1:9443');
    expect(azure.cloud.authorityHost).toBe('https://login.microsoftonline.us');
    expect(azure.workspace).toMatchObject({
      subscriptionId: SUB,
      resourceGroup: 'rg-mlops',
      workspace: 'dev',
    });
    expect(azure.identity).toEqual({ clientId: 'client-1', tenantId: undefined });
    expect(logger.text()).toContain('AZUREML_CLOUD_ARM_ENDPOINT');
    expect(logger.text()).toContain(
      `Workspace dev (resource group rg-mlops, subscription ${SUB}, cloud AzureUSGovernment)`,
    );
  });

  it('fails with one clear error when no workspace is given', () => {
    const values = readInputs(spec, { 'INPUT_MODEL-NAME': 'churn' });
    expect(() => readAzureInputs(values, {}, new RecordingLogger())).toThrow(/No workspace given/);
  });
});
