/** managedOnlineEndpoint and managedOnlineDeployment YAML → ARM bodies: every supported key. */
import { describe, expect, it } from '@jest/globals';
import {
  mapOnlineDeployment,
  mapOnlineEndpoint,
  parseSpec,
  setSpecValue,
  type SpecDocument,
} from '@aml-actions/azureml-spec';
import { specFolder, userError, WS } from './spec-helpers.js';

function endpointDoc(text: string): SpecDocument {
  return parseSpec(text, 'endpoint.yml', { expected: 'managedOnlineEndpoint' });
}

function deployment(text: string, files: Record<string, string> = {}) {
  const doc = parseSpec(text, 'deploy.yml', { expected: 'managedOnlineDeployment', dir: specFolder(files) });
  return mapOnlineDeployment(doc, { workspace: WS, location: 'westeurope' });
}

const BASE =
  'name: blue\nendpoint_name: my-endpoint\nmodel: azureml:churn:3\ninstance_type: Standard_DS3_v2\n';

describe('mapOnlineEndpoint', () => {
  it('maps every key', () => {
    const mapped = mapOnlineEndpoint(
      endpointDoc(
        [
          'name: churn-endpoint',
          'description: Churn scoring',
          'auth_mode: aad_token',
          'tags: {team: ml, tier: 1}',
          'properties: {owner: me}',
          'public_network_access: disabled',
          'identity:',
          '  type: user_assigned',
          '  user_assigned_identities:',
          '    - resource_id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1',
          'traffic: {blue: 90, green: 10}',
          'mirror_traffic: {shadow: 20}',
        ].join('\n'),
      ),
      { location: 'westeurope' },
    );
    expect(mapped.name).toBe('churn-endpoint');
    expect(mapped.declared).toEqual([
      'name',
      'description',
      'auth_mode',
      'tags',
      'properties',
      'public_network_access',
      'identity',
      'traffic',
      'mirror_traffic',
    ]);
    expect(mapped.body).toEqual({
      location: 'westeurope',
      tags: { team: 'ml', tier: '1' },
      identity: {
        type: 'UserAssigned',
        userAssignedIdentities: {
          '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1':
            {},
        },
      },
      properties: {
        description: 'Churn scoring',
        properties: { owner: 'me' },
        authMode: 'AADToken',
        publicNetworkAccess: 'Disabled',
        traffic: { blue: 90, green: 10 },
        mirrorTraffic: { shadow: 20 },
      },
    });
  });

  it.each([
    ['key', 'Key'],
    ['aml_token', 'AMLToken'],
    ['AMLToken', 'AMLToken'],
    ['aad_token', 'AADToken'],
  ])('maps auth_mode %s to %s', (mode, authMode) => {
    expect(
      mapOnlineEndpoint(endpointDoc(`name: ep1\nauth_mode: ${mode}\n`), { location: 'l' }).body.properties
        .authMode,
    ).toBe(authMode);
  });

  it.each([
    [
      'auth_mode: keys',
      "2:12: auth_mode: 'keys' is not one of key, aml_token, aad_token (did you mean 'key'?)",
    ],
    [
      'traffic: {blue: 60, green: 30}',
      '2:10: traffic: the percentages add up to 90; they must add up to 100 (or all be 0)',
    ],
    ['traffic: {blue: 101}', '2:17: traffic.blue: expected an integer (percent) from 0 to 100, got 101'],
    [
      'mirror_traffic: {green: 60}',
      '2:25: mirror_traffic.green: expected an integer (percent) from 0 to 50, got 60',
    ],
    [
      'traffic: {blue: 100}\nmirror_traffic: {blue: 10}',
      '3:17: mirror_traffic: deployment blue gets live traffic, so it cannot also get mirrored traffic',
    ],
    [
      'identity: {type: user_assigned}',
      '2:18: identity.type: a user_assigned identity needs user_assigned_identities',
    ],
    [
      'scoring_uri: https://x',
      "2:1: scoring_uri: 'scoring_uri' is read-only (Azure sets it, e.g. in `az ml ... show` output): remove it",
    ],
  ])('refuses %s', (line, message) => {
    const error = userError(() => mapOnlineEndpoint(endpointDoc(`name: ep1\n${line}\n`), { location: 'l' }));
    expect(error.message).toBe(`endpoint.yml:${message}`);
  });
});

describe('mapOnlineDeployment', () => {
  it('maps the settings, converting milliseconds and seconds to ISO 8601 durations', () => {
    const mapped = deployment(
      BASE +
        [
          'description: Blue',
          'tags: {stage: canary}',
          'instance_count: 3',
          'model_mount_path: /var/azureml-app/model',
          'environment: azureml:sklearn-env@latest',
          'environment_variables: {WORKERS: 2, DEBUG: true, NAME: x}',
          'request_settings: {request_timeout_ms: 90000, max_concurrent_requests_per_instance: 4, max_queue_wait_ms: 500}',
          'liveness_probe: {initial_delay: 10, period: 3600, timeout: 2, success_threshold: 1, failure_threshold: 30}',
          'readiness_probe: {initial_delay: 0}',
          'scale_settings: {type: default}',
          'app_insights_enabled: true',
          'egress_public_network_access: disabled',
        ].join('\n'),
    );
    expect([mapped.name, mapped.endpointName]).toEqual(['blue', 'my-endpoint']);
    expect(mapped.pending).toMatchObject([
      { kind: 'label', id: 'environment', assetType: 'environments', name: 'sklearn-env', label: 'latest' },
    ]);
    expect(mapped.finalize({ environment: `${WS.id}/environments/sklearn-env/versions/7` })).toEqual({
      location: 'westeurope',
      tags: { stage: 'canary' },
      sku: { name: 'Default', capacity: 3 },
      properties: {
        endpointComputeType: 'Managed',
        description: 'Blue',
        modelMountPath: '/var/azureml-app/model',
        environmentVariables: { WORKERS: '2', DEBUG: 'True', NAME: 'x' },
        instanceType: 'Standard_DS3_v2',
        requestSettings: {
          requestTimeout: 'PT1M30S',
          maxConcurrentRequestsPerInstance: 4,
          maxQueueWait: 'PT0.5S',
        },
        livenessProbe: {
          initialDelay: 'PT10S',
          period: 'PT1H',
          timeout: 'PT2S',
          successThreshold: 1,
          failureThreshold: 30,
        },
        readinessProbe: { initialDelay: 'PT0S' },
        scaleSettings: { scaleType: 'Default' },
        appInsightsEnabled: true,
        egressPublicNetworkAccess: 'Disabled',
        model: `${WS.id}/models/churn/versions/3`,
        environmentId: `${WS.id}/environments/sklearn-env/versions/7`,
      },
    });
  });

  it('refuses to finalize before the pending assets are resolved', () => {
    const mapped = deployment(BASE + 'environment: azureml:sklearn-env@latest\n');
    expect(() => mapped.finalize({})).toThrow('finalize: pending assets not resolved: environment');
  });

  it('maps target utilization scale settings', () => {
    const mapped = deployment(
      BASE +
        'scale_settings: {type: target_utilization, min_instances: 1, max_instances: 4, polling_interval: 30, target_utilization_percentage: 70}\n',
    );
    expect(mapped.finalize({}).properties.scaleSettings).toEqual({
      scaleType: 'TargetUtilization',
      minInstances: 1,
      maxInstances: 4,
      pollingInterval: 'PT30S',
      targetUtilizationPercentage: 70,
    });
  });

  it('maps data_collector to the 2024-04-01 dataCollector, registering inline data assets', () => {
    const mapped = deployment(
      BASE +
        [
          'data_collector:',
          '  collections:',
          '    model_inputs:',
          "      enabled: 'True'",
          '      data:',
          '        name: inputs_asset',
          '        path: azureml://datastores/workspaceblobstore/paths/mdc/inputs',
          '        version: 1',
          "    model_outputs: {enabled: 'False', data: 'azureml:outputs_asset:2'}",
          '    request: {enabled: true}',
          '  rolling_rate: hour',
          '  sampling_rate: 0.5',
          '  request_logging: {capture_headers: [x-request-id]}',
        ].join('\n'),
    );
    const [register] = mapped.pending;
    if (register?.kind !== 'register' || register.asset.assetType !== 'data')
      throw new Error('data asset not pending');
    expect([register.id, register.asset.name, register.asset.version]).toEqual([
      'data_collector.collections.model_inputs.data',
      'inputs_asset',
      '1',
    ]);
    expect(register.asset.finalize({})).toEqual({
      properties: {
        dataType: 'uri_folder',
        dataUri: 'azureml://datastores/workspaceblobstore/paths/mdc/inputs',
      },
    });
    const body = mapped.finalize({ [register.id]: `${WS.id}/data/inputs_asset/versions/1` });
    expect(body.properties.dataCollector).toEqual({
      collections: {
        model_inputs: {
          dataCollectionMode: 'Enabled',
          dataId: `${WS.id}/data/inputs_asset/versions/1`,
          samplingRate: 0.5,
        },
        model_outputs: {
          dataCollectionMode: 'Disabled',
          dataId: `${WS.id}/data/outputs_asset/versions/2`,
          samplingRate: 0.5,
        },
        request: { dataCollectionMode: 'Enabled', samplingRate: 0.5 },
      },
      rollingRate: 'Hour',
      requestLogging: { captureHeaders: ['x-request-id'] },
    });
  });

  it('applies action inputs on top of the file, naming them in messages', () => {
    const doc = parseSpec(BASE, 'deploy.yml', { expected: 'managedOnlineDeployment' });
    setSpecValue(doc, 'instance_count', 4, "input 'instance-count'");
    setSpecValue(doc, 'model', `${WS.id}/models/churn/versions/9`, "input 'model'");
    const body = mapOnlineDeployment(doc, { workspace: WS, location: 'l' }).finalize({});
    expect([body.sku?.capacity, body.properties.model]).toEqual([4, `${WS.id}/models/churn/versions/9`]);
    setSpecValue(doc, 'instance_count', 0, "input 'instance-count'");
    expect(userError(() => mapOnlineDeployment(doc, { workspace: WS, location: 'l' })).message).toBe(
      "deploy.yml: instance_count: expected an integer of at least 1, got 0 (set by input 'instance-count')",
    );
  });

  it.each([
    [
      'model: {path: model.pkl}',
      { 'model.pkl': 'x' },
      /3:8: model: only an mlflow_model deploys without an environment/,
    ],
    ['model: ./model', {}, /3:8: model: a local model is written as a mapping: `model: \{path: \.\/model\}`/],
    [
      'model: azureml:churn',
      {},
      /3:8: model: 'azureml:churn' names no version: write azureml:churn:<version> or azureml:churn@latest/,
    ],
    [
      'environment: {image: img, build: {path: ctx}}',
      { 'ctx/Dockerfile': '' },
      /5:34: environment\.build: give either `image:` or `build:`, not both/,
    ],
    [
      'environment: {conda_file: env.yml}',
      { 'env.yml': 'x' },
      /5:14: environment: an environment needs `image:`/,
    ],
    [
      'environment: {image: img, conda_file: env.yml}',
      { 'env.yml': 'a: [' },
      /5:39: environment\.conda_file: the conda file 'env\.yml' is not valid YAML/,
    ],
    [
      'scale_settings: {max_instances: 3}',
      {},
      /5:33: scale_settings\.max_instances: 'max_instances' needs scale_settings type target_utilization/,
    ],
    ['type: kubernetes', {}, /5:7: Kubernetes online deployments are not supported/],
    ['resources: {requests: {cpu: 1}}', {}, /5:1: resources: 'resources' belongs to Kubernetes deployments/],
    [
      'data_collector: {collections: {x: {enabled: true, data: {name: d, path: ./local}}}}',
      {},
      /data_collector\.collections\.x\.data\.path: '\.\/local' is not a datastore URI/,
    ],
  ])('refuses %s', (line, files, message) => {
    const text = BASE.replace(
      line.startsWith('model:') ? 'model: azureml:churn:3\n' : '',
      line.startsWith('model:') ? `${line}\n` : '',
    );
    expect(
      userError(() => deployment(line.startsWith('model:') ? text : `${BASE}${line}\n`, files)).message,
    ).toMatch(message);
  });
});
