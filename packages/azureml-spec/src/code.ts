/** Code YAML (code.schema.json) and the `code:` of jobs and deployments → CodeVersion. */
import type { CodeVersion } from '@azure/arm-machinelearning';
import type { Annotation } from '@aml-actions/action-kit';
import {
  assetName,
  assetVersion,
  commonFields,
  compact,
  readOnlyRefusals,
  type CommonFields,
} from './asset-fields.js';
import { localPath, uploadAsset, type PathKind } from './local-paths.js';
import {
  finalizable,
  pendRegistration,
  type AssetValue,
  type CodeSpec,
  type PendingAsset,
} from './pending.js';
import { parseReference, registeredAsset, type WorkspaceScope } from './references.js';
import type { SpecDocument } from './spec-document.js';
import { openSpec, type SpecReader, type Field } from './spec-reader.js';

const CODE_SHAPE = {
  what: 'the code asset',
  keys: ['$schema', 'name', 'version', 'description', 'tags', 'properties', 'path'],
  required: ['name', 'path'],
  refused: readOnlyRefusals(['id', 'creation_context', 'latest_version']),
};

function codeSpec(
  upload: AssetValue,
  identity: { name: string | undefined; version: string | undefined; annotation: Annotation },
  common: CommonFields,
  pending: PendingAsset[],
): CodeSpec {
  return {
    assetType: 'codes',
    ...identity,
    ...finalizable<CodeVersion>(pending, (value) => ({
      properties: compact({ ...common, codeUri: value(upload) }),
    })),
  };
}

/** Map a code YAML document (`az ml code create -f`) to the CodeVersion to create. */
export function mapCode(doc: SpecDocument): CodeSpec {
  const { reader, fields } = openSpec(doc, 'code', CODE_SHAPE);
  const pathField = fields?.get('path');
  const text = reader.string(pathField, 'a local file or folder');
  if (fields === undefined || pathField === undefined || text === undefined)
    return reader.finish<CodeSpec>(undefined);
  const identity = {
    name: assetName(reader, fields),
    version: assetVersion(reader, fields),
    annotation: reader.at(reader.root()),
  };
  const common = commonFields(reader, fields);
  const local = localPath(reader, pathField, text, 'file or folder');
  if (local === undefined) return reader.finish<CodeSpec>(undefined);
  const upload = uploadAsset(reader, pathField, local, 'code');
  return reader.finish(codeSpec(upload, identity, common, [upload]));
}

/**
 * A job's or deployment's `code:`: a local path (a pending anonymous code asset whose files are uploaded) or a
 * registered code version.
 */
export function codeValue(
  reader: SpecReader,
  field: Field | undefined,
  expected: PathKind,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): AssetValue | undefined {
  if (field === undefined) return undefined;
  const text = reader.string(field, `a local ${expected} or azureml:<code-name>:<version>`);
  if (text === undefined) return undefined;
  const reference = parseReference(text);
  if (reference.kind !== 'local')
    return registeredAsset(reader, field, reference, 'codes', workspace, pending);
  const local = localPath(reader, field, reference.path, expected);
  if (local === undefined) return undefined;
  const upload = uploadAsset(reader, field, local, 'code');
  const annotation = reader.at(field);
  const asset = codeSpec(upload, { name: undefined, version: undefined, annotation }, {}, [upload]);
  return pendRegistration(pending, field.path, asset);
}
