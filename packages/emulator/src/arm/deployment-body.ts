/** Reading an online deployment PUT body: required fields, asset references, the service's defaults. */
import type { EmulatorContext, EmuRequest, EmuResponse } from '../http-types.js';
import type { JsonObject, StoredResource } from './arm-state.js';
import { isAtLeast2024 } from './api-versions.js';
import { invalidValue, isResponse } from './arm-errors.js';
import type { ArmScope } from './arm-route.js';
import { checkAssetReference } from './asset-references.js';
import { readIdentity, readLocation } from './endpoint-body.js';
import {
  isObject,
  optionalObject,
  requireEnum,
  requireObject,
  requireString,
  checkStringMaps,
  stringMap,
  withoutKeys,
} from './request-checks.js';
import { envelope } from './resource-store.js';
import { keepNewerProperties } from './version-fields.js';

/** Reads `sku`: capacity is the instance count (at least 1); name defaults to 'Default'. */
export function readSku(value: unknown, previous: unknown): JsonObject | EmuResponse {
  const sku = optionalObject(value ?? previous, 'sku');
  if (isResponse(sku)) return sku;
  const capacity = sku.capacity ?? 1;
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1) {
    return invalidValue(
      'sku.capacity',
      `'sku.capacity' (the instance count) must be an integer of at least 1; got ${JSON.stringify(capacity)}.`,
    );
  }
  return { name: 'Default', ...sku, capacity };
}

function checkReferences(scope: ArmScope, props: JsonObject): EmuResponse | undefined {
  if (props.model === undefined && props.environmentId === undefined) {
    return invalidValue(
      'properties.model',
      "A deployment needs 'properties.model' (an MLflow model) or 'properties.environmentId' with a scoring script.",
    );
  }
  const code = optionalObject(props.codeConfiguration, 'properties.codeConfiguration');
  if (isResponse(code)) return code;
  if (props.codeConfiguration !== undefined && props.codeConfiguration !== null) {
    const script = requireString(
      code.scoringScript,
      'properties.codeConfiguration.scoringScript',
      'Name the scoring script, e.g. score.py.',
    );
    if (isResponse(script)) return script;
  }
  return (
    checkAssetReference(scope, props.model, 'modelVersion', 'properties.model') ??
    checkAssetReference(scope, props.environmentId, 'environmentVersion', 'properties.environmentId') ??
    checkAssetReference(scope, code.codeId, 'codeVersion', 'properties.codeConfiguration.codeId')
  );
}

const DEFAULTS: JsonObject = {
  appInsightsEnabled: false,
  egressPublicNetworkAccess: 'Enabled',
  scaleSettings: { scaleType: 'Default' },
  requestSettings: { maxConcurrentRequestsPerInstance: 1, maxQueueWait: 'PT0.5S', requestTimeout: 'PT5S' },
  livenessProbe: {
    failureThreshold: 30,
    successThreshold: 1,
    timeout: 'PT2S',
    period: 'PT10S',
    initialDelay: 'PT10S',
  },
  readinessProbe: {
    failureThreshold: 30,
    successThreshold: 1,
    timeout: 'PT2S',
    period: 'PT10S',
    initialDelay: 'PT10S',
  },
};

export function readDeploymentPut(
  req: EmuRequest,
  ctx: EmulatorContext,
  scope: ArmScope,
  id: string,
  existing: StoredResource | undefined,
): JsonObject | EmuResponse {
  const body = requireObject(
    req.body,
    'body',
    'Send {"location": ..., "properties": {"endpointComputeType": "Managed", ...}}.',
  );
  if (isResponse(body)) return body;
  const location = readLocation(body, scope);
  if (isResponse(location)) return location;
  const props = requireObject(
    body.properties,
    'properties',
    'An online deployment needs properties.endpointComputeType.',
  );
  if (isResponse(props)) return props;
  const computeType = requireEnum(
    props.endpointComputeType,
    ['Managed', 'Kubernetes'] as const,
    'properties.endpointComputeType',
  );
  if (isResponse(computeType)) return computeType;
  if (computeType === 'Managed') {
    const instanceType = requireString(
      props.instanceType,
      'properties.instanceType',
      'Managed deployments need a VM size, e.g. Standard_DS3_v2.',
    );
    if (isResponse(instanceType)) return instanceType;
  }
  const mapError = checkStringMaps(props, ['properties', 'environmentVariables'], 'properties.');
  if (mapError !== undefined) return mapError;
  if (isAtLeast2024(scope.apiVersion) && props.dataCollector !== undefined && props.dataCollector !== null) {
    const collector = requireObject(props.dataCollector, 'properties.dataCollector', '');
    if (isResponse(collector)) return collector;
    if (!isObject(collector.collections)) {
      return invalidValue(
        'properties.dataCollector.collections',
        "'properties.dataCollector.collections' is required: name each collection (model_inputs, model_outputs, request, response).",
      );
    }
  }
  const referenceError = checkReferences(scope, props);
  if (referenceError !== undefined) return referenceError;
  const tags = stringMap(body.tags, 'tags');
  if (isResponse(tags)) return tags;
  const identity = readIdentity(body.identity, id, scope.config.tenantId);
  if (isResponse(identity)) return identity;
  const sku = readSku(body.sku, existing?.body.sku);
  if (isResponse(sku)) return sku;
  const next: JsonObject = {
    ...structuredClone(DEFAULTS),
    ...withoutKeys(props, [
      'provisioningState',
      ...(isAtLeast2024(scope.apiVersion) ? [] : ['dataCollector']),
    ]),
    endpointComputeType: computeType,
    provisioningState: existing === undefined ? 'Creating' : 'Updating',
  };
  keepNewerProperties('onlineDeployment', next, existing, scope.apiVersion);
  return {
    ...envelope(id, 'onlineDeployment', existing, ctx, scope.actor),
    ...withoutKeys(body, ['id', 'name', 'type', 'systemData', 'properties']),
    location,
    tags,
    identity,
    sku,
    properties: next,
  };
}
