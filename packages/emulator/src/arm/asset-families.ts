/** Models, codes, environments and data share one container/version shape; what differs is listed here. */
import type { EmuResponse } from '../http-types.js';
import type { JsonObject, ResourceKind } from './arm-state.js';
import { invalidValue, isResponse } from './arm-errors.js';

export interface AssetFamily {
  /** URL segment under the workspace. */
  segment: 'models' | 'codes' | 'environments' | 'data';
  /** Operation id prefix: `${op}Containers_Get`, `${op}Versions_List`, ... */
  op: 'Model' | 'Code' | 'Environment' | 'Data';
  container: ResourceKind;
  version: ResourceKind;
  noun: string;
  /** Version properties that cannot change once the version exists (asset versions are immutable). */
  immutable: readonly string[];
  /** Service-side defaults and checks of a version's properties. */
  prepareVersion(properties: JsonObject): JsonObject | EmuResponse;
  /** Checks of a container's own properties (data containers need their dataType). */
  prepareContainer(properties: JsonObject): JsonObject | EmuResponse;
  /** Properties of the container a version's PUT creates when it does not exist yet. */
  containerFrom(version: JsonObject): JsonObject;
  /** Whether the family's resources show a provisioningState (data assets have none in the spec). */
  provisioned: boolean;
}

const DATA_TYPES = ['uri_file', 'uri_folder', 'mltable'] as const;

/** The service takes the enum's wire values and its member names alike ('uri_file', 'UriFile'): one wire value. */
function dataTypeOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.replace(/_/g, '').toLowerCase();
  return DATA_TYPES.find((type) => type.replace(/_/g, '') === key);
}

function checkDataType(properties: JsonObject): JsonObject | EmuResponse {
  const dataType = dataTypeOf(properties.dataType);
  if (dataType === undefined) {
    return invalidValue(
      'properties.dataType',
      `'properties.dataType' is ${properties.dataType === undefined ? 'missing' : JSON.stringify(properties.dataType)}: it must be one of ${DATA_TYPES.join(', ')}.`,
    );
  }
  return { ...properties, dataType };
}

function prepareDataVersion(properties: JsonObject): JsonObject | EmuResponse {
  const typed = checkDataType(properties);
  if (isResponse(typed)) return typed;
  if (typeof typed.dataUri !== 'string' || !/[a-zA-Z0-9_]/.test(typed.dataUri)) {
    return invalidValue(
      'properties.dataUri',
      "'properties.dataUri' is required: the URI of the data, e.g. 'azureml://datastores/workspaceblobstore/paths/data/train.csv'.",
    );
  }
  const { referencedUris, ...rest } = typed;
  if (typed.dataType !== 'mltable' || referencedUris === undefined || referencedUris === null) return rest;
  if (!Array.isArray(referencedUris) || referencedUris.some((uri) => typeof uri !== 'string')) {
    return invalidValue('properties.referencedUris', "'properties.referencedUris' must be a list of URIs.");
  }
  return { ...rest, referencedUris };
}

const same = (properties: JsonObject): JsonObject => properties;
const noContainerProperties = (): JsonObject => ({});

export const ASSET_FAMILIES: readonly AssetFamily[] = [
  {
    segment: 'models',
    op: 'Model',
    container: 'modelContainer',
    version: 'modelVersion',
    noun: 'model',
    immutable: ['modelUri', 'modelType', 'flavors', 'jobName'],
    prepareVersion: (p) => ({ modelType: 'custom_model', ...p }),
    prepareContainer: same,
    containerFrom: noContainerProperties,
    provisioned: true,
  },
  {
    segment: 'codes',
    op: 'Code',
    container: 'codeContainer',
    version: 'codeVersion',
    noun: 'code',
    immutable: ['codeUri'],
    prepareVersion: (p) => p,
    prepareContainer: same,
    containerFrom: noContainerProperties,
    provisioned: true,
  },
  {
    segment: 'environments',
    op: 'Environment',
    container: 'environmentContainer',
    version: 'environmentVersion',
    noun: 'environment',
    immutable: ['image', 'condaFile', 'build', 'inferenceConfig', 'osType'],
    prepareVersion: (p) => {
      if (typeof p.image !== 'string' && (typeof p.build !== 'object' || p.build === null)) {
        return invalidValue(
          'properties.image',
          "An environment version needs either 'properties.image' (a Docker image) or 'properties.build' (a Docker build context).",
        );
      }
      return { osType: 'Linux', autoRebuild: 'Disabled', ...p, environmentType: 'UserCreated' };
    },
    prepareContainer: same,
    containerFrom: noContainerProperties,
    provisioned: true,
  },
  {
    segment: 'data',
    op: 'Data',
    container: 'dataContainer',
    version: 'dataVersion',
    noun: 'data asset',
    immutable: ['dataType', 'dataUri', 'referencedUris'],
    prepareVersion: prepareDataVersion,
    prepareContainer: checkDataType,
    containerFrom: (version) => ({ dataType: version.dataType }),
    provisioned: false,
  },
];
