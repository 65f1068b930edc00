/** Models, codes and environments share one container/version shape; what differs is listed here. */
import type { EmuResponse } from '../http-types.js';
import type { JsonObject, ResourceKind } from './arm-state.js';
import { invalidValue } from './arm-errors.js';

export interface AssetFamily {
  /** URL segment under the workspace. */
  segment: 'models' | 'codes' | 'environments';
  /** Operation id prefix: `${op}Containers_Get`, `${op}Versions_List`, ... */
  op: 'Model' | 'Code' | 'Environment';
  container: ResourceKind;
  version: ResourceKind;
  noun: string;
  /** Version properties that cannot change once the version exists (asset versions are immutable). */
  immutable: readonly string[];
  /** Service-side defaults and checks of a version's properties. */
  prepareVersion(properties: JsonObject): JsonObject | EmuResponse;
}

export const ASSET_FAMILIES: readonly AssetFamily[] = [
  {
    segment: 'models',
    op: 'Model',
    container: 'modelContainer',
    version: 'modelVersion',
    noun: 'model',
    immutable: ['modelUri', 'modelType', 'flavors', 'jobName'],
    prepareVersion: (p) => ({ modelType: 'custom_model', ...p }),
  },
  {
    segment: 'codes',
    op: 'Code',
    container: 'codeContainer',
    version: 'codeVersion',
    noun: 'code',
    immutable: ['codeUri'],
    prepareVersion: (p) => p,
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
  },
];
