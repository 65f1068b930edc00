/**
 * The ways a CLI v2 YAML value names something: `azureml:<name>:<version>`, `azureml:<name>@latest`, an ARM id
 * (`azureml:/subscriptions/...`), an `azureml://` / `https://` / `wasbs://` URI, or a local path.
 */
import { isMap } from 'yaml';
import {
  pendRegistration,
  type AssetType,
  type AssetValue,
  type PendingAsset,
  type RegistrableAsset,
} from './pending.js';
import type { Field, SpecReader } from './spec-reader.js';

/** The workspace ARM ids are built in (packages/azure's WorkspaceRef fits). */
export interface WorkspaceScope {
  /** `/subscriptions/<s>/resourceGroups/<rg>/providers/Microsoft.MachineLearningServices/workspaces/<ws>` */
  readonly id: string;
}

export type Reference =
  | { kind: 'local'; path: string }
  | { kind: 'name-version'; name: string; version: string }
  | { kind: 'name-label'; name: string; label: string }
  | { kind: 'name'; name: string }
  | { kind: 'arm-id'; id: string }
  | { kind: 'uri'; uri: string; scheme: string }
  | { kind: 'invalid'; reason: string };

const ASSET_NAME = '[A-Za-z0-9_][A-Za-z0-9_.-]*';
const NAME_VERSION = new RegExp(`^azureml:(${ASSET_NAME}):([A-Za-z0-9_.-]+)$`);
const NAME_LABEL = new RegExp(`^azureml:(${ASSET_NAME})@([A-Za-z0-9_.-]+)$`);
const NAME_ONLY = new RegExp(`^azureml:(${ASSET_NAME})$`);
const URI = /^(azureml|https?|wasbs?|abfss?|adl):\/\/\S+$/i;

const ASSET_WORDS: Record<AssetType, string> = {
  models: 'model',
  environments: 'environment',
  codes: 'code',
  data: 'data asset',
};

export function assetWord(type: AssetType): string {
  return ASSET_WORDS[type];
}

export function parseReference(text: string): Reference {
  const value = text.trim();
  if (URI.test(value))
    return { kind: 'uri', uri: value, scheme: value.slice(0, value.indexOf(':')).toLowerCase() };
  if (/^(azureml:)?\/subscriptions\//i.test(value))
    return { kind: 'arm-id', id: value.replace(/^azureml:/i, '') };
  let match = NAME_VERSION.exec(value);
  if (match) return { kind: 'name-version', name: match[1] ?? '', version: match[2] ?? '' };
  match = NAME_LABEL.exec(value);
  if (match) return { kind: 'name-label', name: match[1] ?? '', label: match[2] ?? '' };
  match = NAME_ONLY.exec(value);
  if (match) return { kind: 'name', name: match[1] ?? '' };
  if (/^azureml:/i.test(value)) {
    return {
      kind: 'invalid',
      reason: 'an azureml: reference must be azureml:<name>:<version> or azureml:<name>@latest',
    };
  }
  if (/^(runs|models):\//i.test(value)) {
    return {
      kind: 'invalid',
      reason:
        'MLflow runs:/ and models:/ URIs are not supported: register the model first (azureml:<name>:<version>) ' +
        'or use the job output URI azureml://jobs/<job>/outputs/<output>',
    };
  }
  if (/^git\+/i.test(value))
    return { kind: 'invalid', reason: 'git+ code URLs are not supported: use a local folder' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return {
      kind: 'invalid',
      reason: 'the URI scheme is not supported (use azureml://, https://, wasbs:// or abfss://)',
    };
  }
  return { kind: 'local', path: value.replace(/^file:(\/\/)?/i, '') };
}

export function assetVersionId(
  workspace: WorkspaceScope,
  type: AssetType,
  name: string,
  version: string,
): string {
  return `${workspace.id}/${type}/${name}/versions/${version}`;
}

export function computeArmId(workspace: WorkspaceScope, name: string): string {
  return `${workspace.id}/computes/${name}`;
}

/** The forms a registered-asset reference may take, for messages. */
export function registeredForms(type: AssetType): string {
  return `azureml:<${assetWord(type)}-name>:<version>, azureml:<${assetWord(type)}-name>@latest or an ARM id (azureml:/subscriptions/...)`;
}

/**
 * A reference to a registered asset version: the ARM id, a registry URI as given, or a label lookup (added to
 * `pending`). Other forms are reported.
 */
export function registeredAsset(
  reader: SpecReader,
  field: Field,
  reference: Reference,
  type: AssetType,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): AssetValue | undefined {
  switch (reference.kind) {
    case 'arm-id':
      return reference.id;
    case 'name-version':
      return assetVersionId(workspace, type, reference.name, reference.version);
    case 'name-label': {
      const label = {
        kind: 'label',
        id: field.path,
        annotation: reader.at(field),
        assetType: type,
        name: reference.name,
        label: reference.label,
      } as const;
      pending.push(label);
      return label;
    }
    case 'uri':
      if (reference.scheme === 'azureml' && /^azureml:\/\/registries\//i.test(reference.uri))
        return reference.uri;
      break;
    case 'name': {
      reader.report(
        field,
        `'azureml:${reference.name}' names no version: write azureml:${reference.name}:<version> or azureml:${reference.name}@latest`,
      );
      return;
    }
    case 'invalid': {
      reader.report(field, reference.reason);
      return;
    }
    case 'local':
      break;
  }
  reader.report(field, `expected a registered ${assetWord(type)}: ${registeredForms(type)}`);
}

/** How a deployment or job names an asset it uses: registered (a reference) or defined inline (a mapping). */
export interface AssetUse {
  readonly type: AssetType;
  /** What the value may be, for the type error. */
  readonly expected: string;
  readonly readInline: (field: Field) => RegistrableAsset | undefined;
  /** The message for a local path written where a reference or mapping is expected, if it has a specific fix. */
  readonly localHint?: (text: string) => string;
}

/** A registered asset reference, or an inline definition registered first (a pending anonymous registration). */
export function assetValue(
  reader: SpecReader,
  field: Field | undefined,
  use: AssetUse,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): AssetValue | undefined {
  if (field === undefined) return undefined;
  if (isMap(field.node)) {
    const asset = use.readInline(field);
    return asset === undefined ? undefined : pendRegistration(pending, field.path, asset);
  }
  const text = reader.string(field, use.expected);
  if (text === undefined) return undefined;
  const reference = parseReference(text);
  if (reference.kind === 'local' && use.localHint !== undefined) {
    reader.report(field, use.localHint(text));
    return;
  }
  return registeredAsset(reader, field, reference, use.type, workspace, pending);
}
