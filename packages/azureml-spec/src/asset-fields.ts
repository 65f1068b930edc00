/** Keys every asset and resource spec shares (name, version, description, tags, properties) and their checks. */
import type { Fields, SpecReader } from './spec-reader.js';

/** Keys the CLI writes when it shows a resource: they describe Azure's state and cannot be set. */
export const READ_ONLY_KEYS = [
  'id',
  'creation_context',
  'latest_version',
  'provisioning_state',
  'scoring_uri',
  'openapi_uri',
  'status',
  'services',
] as const;

export function readOnlyRefusals(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      `'${key}' is read-only (Azure sets it, e.g. in \`az ml ... show\` output): remove it`,
    ]),
  );
}

const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** An asset name Azure accepts: letters, digits, '-', '_' and '.', starting with a letter or digit, at most 255. */
export function assetName(reader: SpecReader, fields: Fields, key = 'name'): string | undefined {
  const field = fields.get(key);
  const name = reader.string(field, 'a name');
  if (name === undefined || field === undefined) return undefined;
  if (!ASSET_NAME.test(name)) {
    reader.report(
      field,
      `'${name}' is not a valid asset name: use letters, digits, '-', '_' and '.', starting with a letter or digit (at most 255)`,
    );
    return;
  }
  return name;
}

/** A version: a string or an integer (`version: 3`), letters, digits, '-', '_' and '.'. */
export function assetVersion(reader: SpecReader, fields: Fields, key = 'version'): string | undefined {
  const field = fields.get(key);
  const version = reader.stringOrInt(field, 'a version (string or integer)');
  if (version === undefined || field === undefined) return undefined;
  if (!VERSION.test(version)) {
    reader.report(field, `'${version}' is not a valid version: use letters, digits, '-', '_' and '.'`);
    return;
  }
  return version;
}

export interface CommonFields {
  description?: string;
  tags?: Record<string, string>;
  properties?: Record<string, string>;
}

/** description, tags and properties, omitted when absent. */
export function commonFields(reader: SpecReader, fields: Fields): CommonFields {
  return compact({
    description: reader.string(fields.get('description')),
    tags: reader.stringMap(fields.get('tags')),
    properties: reader.stringMap(fields.get('properties')),
  });
}

/** The object without its undefined values (ARM bodies carry only what the spec sets). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
