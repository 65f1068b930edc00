/** Reading a job PUT body (also the jobDefinition of a schedule): job type, required fields, asset references. */
import type { EmuResponse } from '../http-types.js';
import type { JsonObject } from './arm-state.js';
import { isAtLeast2024 } from './api-versions.js';
import { isResponse } from './arm-errors.js';
import type { ArmScope } from './arm-route.js';
import { checkAssetReference } from './asset-references.js';
import { requireEnum, requireObject, requireString, checkStringMaps, withoutKeys } from './request-checks.js';
import { dropNewerProperties } from './version-fields.js';

const TYPES_2022 = ['AutoML', 'Command', 'Sweep', 'Pipeline'] as const;
const TYPES_2024 = [...TYPES_2022, 'Spark'] as const;

/** Fields each job type requires, beyond jobType (from the spec's `required` lists). */
const REQUIRED: Record<string, readonly string[]> = {
  Command: ['command', 'environmentId'],
  Sweep: ['objective', 'samplingAlgorithm', 'searchSpace', 'trial'],
  AutoML: ['taskDetails'],
  Spark: ['codeId', 'entry'],
  Pipeline: [],
};

const STRING_FIELDS = ['command', 'environmentId', 'codeId'];

function checkRuntime(scope: ArmScope, runtime: JsonObject, prefix: string): EmuResponse | undefined {
  return (
    checkAssetReference(scope, runtime.environmentId, 'environmentVersion', `${prefix}.environmentId`) ??
    checkAssetReference(scope, runtime.codeId, 'codeVersion', `${prefix}.codeId`)
  );
}

/** The job's properties as stored (status and other read-only fields are the service's). */
export function readJobProperties(scope: ArmScope, value: unknown, target: string): JsonObject | EmuResponse {
  const props = requireObject(value, target, 'A job needs jobType and the fields of its type.');
  if (isResponse(props)) return props;
  const jobType = requireEnum(
    props.jobType,
    isAtLeast2024(scope.apiVersion) ? TYPES_2024 : TYPES_2022,
    `${target}.jobType`,
  );
  if (isResponse(jobType)) return jobType;
  for (const field of REQUIRED[jobType] ?? []) {
    const present = STRING_FIELDS.includes(field)
      ? requireString(props[field], `${target}.${field}`, `A ${jobType} job needs it.`)
      : requireObject(props[field], `${target}.${field}`, `A ${jobType} job needs it.`);
    if (isResponse(present)) return present;
  }
  const mapError = checkStringMaps(props, ['tags', 'properties'], `${target}.`);
  if (mapError !== undefined) return mapError;
  const referenceError =
    jobType === 'Sweep'
      ? checkRuntime(scope, props.trial as JsonObject, `${target}.trial`)
      : checkRuntime(scope, props, target);
  if (referenceError !== undefined) return referenceError;
  const clean = withoutKeys(props, ['status', 'parameters']);
  dropNewerProperties('job', clean, scope.apiVersion);
  return { experimentName: 'Default', isArchived: false, tags: {}, properties: {}, ...clean, jobType };
}
