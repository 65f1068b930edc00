/** Checks of request bodies and path names, answering as the service does (400 with the offending JSON path). */
import type { EmuResponse } from '../http-types.js';
import type { JsonObject } from './arm-state.js';
import { invalidValue, isResponse, missingField } from './arm-errors.js';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object at `target`, or the 400 for a missing or non-object value. */
export function requireObject(value: unknown, target: string, hint: string): JsonObject | EmuResponse {
  if (value === undefined || value === null) return missingField(target, hint);
  if (!isObject(value)) return invalidValue(target, `'${target}' must be a JSON object. ${hint}`);
  return value;
}

/** An optional JSON object (null and undefined give {}). */
export function optionalObject(value: unknown, target: string): JsonObject | EmuResponse {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) return invalidValue(target, `'${target}' must be a JSON object.`);
  return value;
}

export function requireString(value: unknown, target: string, hint: string): string | EmuResponse {
  if (value === undefined || value === null || value === '') return missingField(target, hint);
  if (typeof value !== 'string') return invalidValue(target, `'${target}' must be a string. ${hint}`);
  return value;
}

/** One of the allowed values (compared case-insensitively, returned in the spec's casing). */
export function requireEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  target: string,
): T | EmuResponse {
  const hint = `Allowed values: ${allowed.join(', ')}.`;
  const text = requireString(value, target, hint);
  if (typeof text !== 'string') return text;
  const match = allowed.find((a) => a.toLowerCase() === text.toLowerCase());
  return match ?? invalidValue(target, `'${text}' is not a valid value for '${target}'. ${hint}`);
}

export function optionalEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  target: string,
  fallback: T,
): T | EmuResponse {
  return value === undefined || value === null ? fallback : requireEnum(value, allowed, target);
}

/** A map of string values (tags, properties, environment variables). */
export function stringMap(value: unknown, target: string): Record<string, string> | EmuResponse {
  const map = optionalObject(value, target);
  if (!isObject(map)) return map;
  for (const [key, entry] of Object.entries(map)) {
    if (typeof entry !== 'string')
      return invalidValue(`${target}.${key}`, `'${target}.${key}' must be a string.`);
  }
  return map as Record<string, string>;
}

/** Checks that each of `keys` in `source` is a map of strings (`prefix` names the JSON path of `source`). */
export function checkStringMaps(
  source: JsonObject,
  keys: readonly string[],
  prefix: string,
): EmuResponse | undefined {
  for (const key of keys) {
    const map = stringMap(source[key], `${prefix}${key}`);
    if (isResponse(map)) return map;
  }
  return undefined;
}

/** The spec's pattern for asset, datastore, job and schedule names. */
const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/** Online endpoint and deployment names (azure-ai-ml EndpointConfigurations.NAME_REGEX_PATTERN, 3–32 chars). */
const ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;

export function checkAssetName(name: string, what: string): EmuResponse | undefined {
  if (ASSET_NAME.test(name)) return undefined;
  return invalidValue(
    'name',
    `The ${what} name '${name}' is invalid: it must start with a letter or digit and contain only letters, digits, '-' and '_' (at most 255 characters).`,
  );
}

export function checkEndpointName(name: string, what: 'endpoint' | 'deployment'): EmuResponse | undefined {
  if (name.length < 3 || name.length > 32) {
    return invalidValue(
      'name',
      `The name for ${what === 'endpoint' ? 'an endpoint' : 'a deployment'} must be at least 3 and at most 32 characters long; '${name}' has ${name.length}.`,
    );
  }
  if (!ENDPOINT_NAME.test(name)) {
    return invalidValue(
      'name',
      `The ${what} name '${name}' is invalid: it must start with a letter, contain only letters, digits and '-', and end with a letter or digit.`,
    );
  }
  return undefined;
}

/** Drops keys the caller may not set (read-only fields); returns a shallow copy. */
export function withoutKeys(source: JsonObject, keys: readonly string[]): JsonObject {
  const copy = { ...source };
  for (const key of keys) Reflect.deleteProperty(copy, key);
  return copy;
}
