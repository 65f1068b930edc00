/** managedOnlineEndpoint YAML → OnlineEndpoint (API 2022-10-01, plus mirrorTraffic from 2023-04-01 and later). */
import type {
  ManagedServiceIdentity,
  OnlineEndpoint,
  OnlineEndpointProperties,
} from '@azure/arm-machinelearning';
import { commonFields, compact, readOnlyRefusals } from './asset-fields.js';
import type { SpecDocument } from './spec-document.js';
import { openSpec, type SpecReader, type Field, type Fields } from './spec-reader.js';
import { DEPLOYMENT_NAME, ENDPOINT_NAME, resourceName } from './resource-names.js';

/** The endpoint body; `mirrorTraffic` is not in API 2022-10-01, so it must be sent with 2023-04-01 or later. */
export type OnlineEndpointBody = OnlineEndpoint & {
  properties: OnlineEndpointProperties & { mirrorTraffic?: Record<string, number> };
};

export interface MappedEndpoint {
  readonly name: string;
  readonly body: OnlineEndpointBody;
  /** The top-level keys the file sets, so an update can change only what the file declares. */
  readonly declared: readonly string[];
}

export interface EndpointOptions {
  /** The Azure region (the workspace's location); endpoints live in their workspace's region. */
  location: string;
}

export const AUTH_MODES = { key: 'Key', aml_token: 'AMLToken', aad_token: 'AADToken' } as const;

const IDENTITY_TYPES = {
  system_assigned: 'SystemAssigned',
  user_assigned: 'UserAssigned',
  'system_assigned,user_assigned': 'SystemAssigned,UserAssigned',
  none: 'None',
} as const;

const ENDPOINT_SHAPE = {
  what: 'the endpoint',
  keys: [
    '$schema',
    'name',
    'description',
    'tags',
    'properties',
    'auth_mode',
    'identity',
    'traffic',
    'mirror_traffic',
    'public_network_access',
  ],
  required: ['name'],
  refused: {
    compute: "'compute' belongs to Kubernetes online endpoints, which these actions do not deploy: remove it",
    ...readOnlyRefusals(['id', 'provisioning_state', 'scoring_uri', 'openapi_uri']),
  },
};

/** Map a managedOnlineEndpoint YAML document to the OnlineEndpoint to PUT. */
export function mapOnlineEndpoint(doc: SpecDocument, options: EndpointOptions): MappedEndpoint {
  const { reader, fields } = openSpec(doc, 'managedOnlineEndpoint', ENDPOINT_SHAPE);
  if (fields === undefined) return reader.finish<MappedEndpoint>(undefined);
  const name = resourceName(reader, fields.get('name'), ENDPOINT_NAME);
  const { description, tags, properties } = commonFields(reader, fields);
  const traffic = readTraffic(reader, fields.get('traffic'), { max: 100, total: true });
  const mirrorTraffic = readTraffic(reader, fields.get('mirror_traffic'), { max: 50, total: false });
  checkMirror(reader, fields, traffic, mirrorTraffic);
  const body: OnlineEndpointBody = compact({
    location: options.location,
    tags,
    identity: readIdentity(reader, fields.get('identity')),
    properties: compact({
      description,
      properties,
      authMode: reader.choice(fields.get('auth_mode'), AUTH_MODES) ?? 'Key',
      publicNetworkAccess: reader.choice(fields.get('public_network_access'), {
        enabled: 'Enabled',
        disabled: 'Disabled',
      }),
      traffic,
      mirrorTraffic,
    }),
  });
  return reader.finish(name === undefined ? undefined : { name, body, declared: [...fields.keys()] });
}

function readTraffic(
  reader: SpecReader,
  field: Field | undefined,
  limits: { max: number; total: boolean },
): Record<string, number> | undefined {
  if (field === undefined) return undefined;
  const traffic: Record<string, number> = {};
  for (const entry of reader.entries(field, 'a mapping of deployment names to percentages')) {
    resourceName(reader, { ...entry, node: null }, DEPLOYMENT_NAME, entry.key);
    const percent = reader.integer(entry, { min: 0, max: limits.max, unit: 'percent' });
    if (percent !== undefined) traffic[entry.key] = percent;
  }
  const sum = Object.values(traffic).reduce((total, value) => total + value, 0);
  if (limits.total && sum !== 0 && sum !== 100) {
    reader.report(field, `the percentages add up to ${sum}; they must add up to 100 (or all be 0)`);
  }
  return traffic;
}

function checkMirror(
  reader: SpecReader,
  fields: Fields,
  traffic: Record<string, number> | undefined,
  mirror: Record<string, number> | undefined,
): void {
  const field = fields.get('mirror_traffic');
  if (field === undefined || mirror === undefined) return;
  const mirrored = Object.keys(mirror).filter((name) => (mirror[name] ?? 0) > 0);
  if (mirrored.length > 1) {
    reader.report(field, `only one deployment can receive mirrored traffic, got ${mirrored.join(', ')}`);
  }
  const both = mirrored.filter((name) => (traffic?.[name] ?? 0) > 0);
  if (both.length > 0) {
    reader.report(
      field,
      `deployment ${both.join(', ')} gets live traffic, so it cannot also get mirrored traffic`,
    );
  }
}

function readIdentity(reader: SpecReader, field: Field | undefined): ManagedServiceIdentity | undefined {
  if (field === undefined) return undefined;
  const fields = reader.object(field, {
    what: 'identity',
    keys: ['type', 'user_assigned_identities'],
    required: ['type'],
    refused: readOnlyRefusals(['principal_id', 'tenant_id']),
  });
  if (fields === undefined) return undefined;
  const type = reader.choice(fields.get('type'), IDENTITY_TYPES);
  const listField = fields.get('user_assigned_identities');
  const ids: string[] = [];
  for (const item of reader.items(listField, 'a list of {resource_id: ...}')) {
    const itemFields = reader.object(item, {
      what: item.path,
      keys: ['resource_id'],
      required: ['resource_id'],
    });
    const id = reader.string(
      itemFields?.get('resource_id'),
      'the ARM id of a user-assigned managed identity',
    );
    if (id !== undefined) ids.push(id);
  }
  const userAssigned = type?.includes('UserAssigned') ?? false;
  if (userAssigned && ids.length === 0) {
    reader.report(fields.get('type') ?? field, 'a user_assigned identity needs user_assigned_identities');
  }
  if (!userAssigned && listField !== undefined) {
    reader.report(
      listField,
      `user_assigned_identities needs type user_assigned (or system_assigned,user_assigned)`,
    );
  }
  if (type === undefined) return undefined;
  return compact({
    type,
    userAssignedIdentities: ids.length === 0 ? undefined : Object.fromEntries(ids.map((id) => [id, {}])),
  });
}
