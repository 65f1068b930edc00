/**
 * JSON Schemas of the Azure ML OpenAPI (Swagger 2.0) files in ../shared/azure-specs, for ajv (draft 2019-09).
 * - $refs across files (mfe.json ↔ machineLearningServices.json ↔ common-types) become local definitions.
 * - Polymorphism: a definition with a `discriminator` dispatches on it to the definitions that extend it
 *   (allOf + x-ms-discriminator-value, or their name), and rejects unknown discriminator values.
 * - `additionalProperties: false`, which autorest applies to the flattened model, becomes
 *   `unevaluatedProperties: false` on the reference, so inherited properties count and unknown ones fail.
 * - `x-nullable` allows null; properties the service never returns (x-ms-secret, mutability without read) are
 *   not required in responses.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2019 } from 'ajv/dist/2019.js';
import type { ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { sharedPath } from '../../shared-dir.js';

const addFormats = formats as unknown as typeof formats.default;

export const SPEC_ROOT = fileURLToPath(pathToFileURL(sharedPath('azure-specs/specification') + '/'));
const ML = 'machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable';

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const docs = new Map<string, Json>();
function loadDoc(file: string): Json {
  let doc = docs.get(file);
  if (doc === undefined) {
    doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
    docs.set(file, doc);
  }
  return doc;
}

const keyOf = (file: string, name: string): string =>
  `${relative(SPEC_ROOT, file).replace(/[^a-zA-Z0-9]+/g, '_')}.${name}`;

function resolveRef(ref: string, file: string): { file: string; name: string } {
  const [path = '', pointer = ''] = ref.split('#');
  const target = path === '' ? file : join(dirname(file), path);
  const name = pointer.replace(/^\/definitions\//, '');
  return { file: target, name };
}

class SchemaSet {
  readonly definitions: Record<string, unknown> = {};
  private readonly pending: { file: string; name: string }[] = [];

  /** Local ref to a definition (its strict variant, or the plain one for allOf inheritance). */
  ref(file: string, name: string, plain = false): Json {
    const key = keyOf(file, name);
    if (!(key in this.definitions)) {
      this.definitions[key] = {};
      this.pending.push({ file, name });
    }
    return { $ref: `#/definitions/${key}${plain ? '__plain' : ''}` };
  }

  drain(): void {
    for (let next = this.pending.pop(); next !== undefined; next = this.pending.pop())
      this.define(next.file, next.name);
  }

  private define(file: string, name: string): void {
    const doc = loadDoc(file);
    const definition = (doc.definitions as Json)[name];
    if (!isJson(definition)) throw new Error(`${file}#/definitions/${name} not found`);
    const key = keyOf(file, name);
    const plain = this.convert(definition, file, true);
    this.definitions[`${key}__plain`] = plain;
    const defs = doc.definitions as Json;
    let strict = definition.additionalProperties === false;
    const parts: Json[] = [{ $ref: `#/definitions/${key}__plain` }];
    const property = definition.discriminator;
    if (typeof property === 'string') {
      const children = this.childrenOf(file, name);
      const values = children.map((c) => c.value);
      // A closed child closes the dispatching reference too (its plain variant is what `then` checks).
      strict ||= children.some(
        (c) => isJson(defs[c.name]) && (defs[c.name] as Json).additionalProperties === false,
      );
      for (const child of children) {
        parts.push({
          if: { properties: { [property]: { const: child.value } }, required: [property] },
          then: this.ref(file, child.name, true),
        });
      }
      const own =
        typeof definition['x-ms-discriminator-value'] === 'string'
          ? [definition['x-ms-discriminator-value']]
          : [];
      parts.push({ properties: { [property]: { enum: [...values, ...own] } } });
    }
    this.definitions[key] =
      strict || typeof property === 'string'
        ? { allOf: parts, ...(strict ? { unevaluatedProperties: false } : {}) }
        : parts[0];
  }

  private childrenOf(file: string, base: string): { name: string; value: string }[] {
    const defs = loadDoc(file).definitions as Json;
    return Object.entries(defs)
      .filter(
        ([, d]) =>
          isJson(d) &&
          Array.isArray(d.allOf) &&
          d.allOf.some(
            (p) =>
              isJson(p) &&
              typeof p.$ref === 'string' &&
              resolveRef(p.$ref, file).name === base &&
              resolveRef(p.$ref, file).file === file,
          ),
      )
      .map(([childName, d]) => {
        const value = (d as Json)['x-ms-discriminator-value'];
        return { name: childName, value: typeof value === 'string' ? value : childName };
      });
  }

  /** Converts a Swagger schema; `top` marks a definition's own level, whose allOf is inheritance. */
  private convert(schema: unknown, file: string, top = false): unknown {
    if (Array.isArray(schema)) return schema.map((s) => this.convert(s, file));
    if (!isJson(schema)) return schema;
    if (typeof schema.$ref === 'string') {
      const target = resolveRef(schema.$ref, file);
      const converted = this.ref(target.file, target.name);
      return schema['x-nullable'] === true ? { anyOf: [converted, { type: 'null' }] } : converted;
    }
    const out: Json = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith('x-ms-') || key === 'discriminator' || key === 'example' || key === 'readOnly')
        continue;
      if (key === 'additionalProperties' && value === false) continue;
      if (key === 'allOf' && top && Array.isArray(value)) {
        out.allOf = value.map((part) => {
          if (isJson(part) && typeof part.$ref === 'string') {
            const target = resolveRef(part.$ref, file);
            return this.ref(target.file, target.name, true);
          }
          return this.convert(part, file);
        });
      } else if (key === 'properties' && isJson(value)) {
        out.properties = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, this.convert(v, file)]),
        );
      } else if (key === 'required' && Array.isArray(value)) {
        const props = isJson(schema.properties) ? schema.properties : {};
        out.required = value.filter((name) => {
          const prop = props[name as string];
          if (!isJson(prop)) return true;
          const mutability = prop['x-ms-mutability'];
          return prop['x-ms-secret'] !== true && (!Array.isArray(mutability) || mutability.includes('read'));
        });
      } else {
        out[key] = this.convert(value, file);
      }
    }
    if (schema.type === 'file') delete out.type;
    return schema['x-nullable'] === true ? { anyOf: [out, { type: 'null' }] } : out;
  }
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  file: string;
  spec: Json;
}

/** The operations of one api-version (mfe.json and machineLearningServices.json), by operationId. */
export function operations(apiVersion: string): Map<string, Operation> {
  const result = new Map<string, Operation>();
  for (const name of ['mfe.json', 'machineLearningServices.json']) {
    const file = join(SPEC_ROOT, ML, apiVersion, name);
    const paths = loadDoc(file).paths as Record<string, Json>;
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (isJson(op) && typeof op.operationId === 'string') {
          result.set(op.operationId, {
            operationId: op.operationId,
            method: method.toUpperCase(),
            path,
            file,
            spec: op,
          });
        }
      }
    }
  }
  return result;
}

export function readSpecJson(file: string): Json {
  return loadDoc(file);
}

const FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'password', 'arm-id', 'url', 'unixtime'];

function newAjv(): InstanceType<typeof Ajv2019> {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of FORMATS) ajv.addFormat(format, true);
  // ISO 8601 durations with fractional seconds (the spec's own default maxQueueWait is PT0.5S).
  ajv.addFormat('duration', /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/);
  return ajv;
}

/** All definitions of an api-version's two files (and what they reference), added to ajv once. */
function addVersion(ajv: InstanceType<typeof Ajv2019>, apiVersion: string): { set: SchemaSet; id: string } {
  const set = new SchemaSet();
  for (const name of ['mfe.json', 'machineLearningServices.json']) {
    const file = join(SPEC_ROOT, ML, apiVersion, name);
    for (const def of Object.keys(loadDoc(file).definitions as Json)) set.ref(file, def);
  }
  set.drain();
  const id = `urn:azureml:${apiVersion}`;
  ajv.addSchema({ $id: id, definitions: set.definitions });
  return { set, id };
}

export type ResponseValidators = (
  apiVersion: string,
  operationId: string,
  status: number,
) => ValidateFunction | undefined;

/** Validators of response bodies; undefined when the spec gives that response no body. */
export function createResponseValidators(): ResponseValidators {
  const ajv = newAjv();
  const versions = new Map<string, { set: SchemaSet; id: string }>();
  const cache = new Map<string, ValidateFunction | undefined>();
  return (apiVersion, operationId, status) => {
    const cacheKey = `${apiVersion} ${operationId} ${status}`;
    if (cache.has(cacheKey)) return cache.get(cacheKey);
    const op = operations(apiVersion).get(operationId);
    if (op === undefined) throw new Error(`${operationId} is not in the ${apiVersion} spec`);
    const responses = op.spec.responses as Json;
    const response = (responses[String(status)] ?? responses.default) as Json | undefined;
    if (response === undefined)
      throw new Error(`${operationId} has no response ${status} (nor default) in ${apiVersion}`);
    let validator: ValidateFunction | undefined;
    if (isJson(response.schema) && typeof response.schema.$ref === 'string') {
      let version = versions.get(apiVersion);
      if (version === undefined) {
        version = addVersion(ajv, apiVersion);
        versions.set(apiVersion, version);
      }
      const target = resolveRef(response.schema.$ref, op.file);
      const local = version.set.ref(target.file, target.name).$ref as string;
      validator = ajv.compile({ $ref: `${version.id}${local}` });
    } else if (response.schema !== undefined) {
      throw new Error(`${operationId} ${status}: inline response schemas are not handled`);
    }
    cache.set(cacheKey, validator);
    return validator;
  };
}

/** common-types v5 OperationStatusResult, what the Azure-AsyncOperation URL answers. */
export function createOperationStatusValidator(): ValidateFunction {
  const set = new SchemaSet();
  const root = set.ref(
    join(SPEC_ROOT, 'common-types/resource-management/v5/types.json'),
    'OperationStatusResult',
  );
  set.drain();
  return newAjv().compile({ ...root, definitions: set.definitions });
}
