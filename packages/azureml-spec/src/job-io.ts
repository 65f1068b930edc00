/** A command job's `inputs` (literals, files, folders, tables, models) and `outputs`. */
import { isMap, isScalar } from 'yaml';
import type { JobInputUnion, JobOutputUnion } from '@azure/arm-machinelearning';
import { compact } from './asset-fields.js';
import { localPath, uploadAsset, type PathKind } from './local-paths.js';
import type { AssetValue, PendingAsset } from './pending.js';
import { parseReference, registeredAsset, type WorkspaceScope } from './references.js';
import type { Field, SpecReader } from './spec-reader.js';

const INPUT_TYPES = {
  uri_file: 'uri_file',
  uri_folder: 'uri_folder',
  mltable: 'mltable',
  custom_model: 'custom_model',
  mlflow_model: 'mlflow_model',
  triton_model: 'triton_model',
} as const;

type AssetInputType = (typeof INPUT_TYPES)[keyof typeof INPUT_TYPES];

const INPUT_MODES = {
  ro_mount: 'ReadOnlyMount',
  rw_mount: 'ReadWriteMount',
  download: 'Download',
  direct: 'Direct',
  eval_mount: 'EvalMount',
  eval_download: 'EvalDownload',
} as const;

const OUTPUT_MODES = { rw_mount: 'ReadWriteMount', upload: 'Upload', direct: 'Direct' } as const;

const LOCAL_KIND: Record<AssetInputType, PathKind> = {
  uri_file: 'file',
  uri_folder: 'folder',
  mltable: 'folder',
  custom_model: 'file or folder',
  mlflow_model: 'folder',
  triton_model: 'folder',
};

/** The inputs, each built once its pending uploads and lookups are resolved. */
export type InputsBuilder = (
  value: (item: AssetValue) => string,
) => Record<string, JobInputUnion> | undefined;

export function readInputs(
  reader: SpecReader,
  field: Field | undefined,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): InputsBuilder {
  const inputs: [string, (value: (item: AssetValue) => string) => JobInputUnion][] = [];
  for (const entry of reader.entries(field, 'a mapping of input names to values or {type, path}')) {
    if (!isMap(entry.node)) {
      const literal = reader.literal(entry);
      if (literal !== undefined)
        inputs.push([entry.key, () => ({ jobInputType: 'literal', value: literal })]);
      continue;
    }
    const input = readAssetInput(reader, entry, workspace, pending);
    if (input !== undefined) inputs.push([entry.key, input]);
  }
  if (field === undefined) return () => undefined;
  return (value) => Object.fromEntries(inputs.map(([name, build]) => [name, build(value)]));
}

function readAssetInput(
  reader: SpecReader,
  entry: Field,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): ((value: (item: AssetValue) => string) => JobInputUnion) | undefined {
  const fields = reader.object(entry, {
    what: entry.path,
    keys: ['type', 'path', 'mode', 'description'],
    required: ['path'],
  });
  if (fields === undefined) return undefined;
  const type = reader.choice(fields.get('type'), INPUT_TYPES) ?? 'uri_folder';
  const mode = reader.choice(fields.get('mode'), INPUT_MODES);
  const description = reader.string(fields.get('description'));
  const pathField = fields.get('path');
  const uri = pathField === undefined ? undefined : inputUri(reader, pathField, type, workspace, pending);
  if (uri === undefined) return undefined;
  return (value) => compact({ jobInputType: type, uri: value(uri), mode, description });
}

/** An input's `path`: local (uploaded), a URI, or a registered data asset or model. */
function inputUri(
  reader: SpecReader,
  field: Field,
  type: AssetInputType,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): AssetValue | undefined {
  const text = reader.string(field, 'a local path, a URI, or azureml:<name>:<version>');
  if (text === undefined) return undefined;
  const reference = parseReference(text);
  if (reference.kind === 'uri') return reference.uri;
  if (reference.kind !== 'local') {
    const assetType = type.endsWith('_model') ? 'models' : 'data';
    return registeredAsset(reader, field, reference, assetType, workspace, pending);
  }
  const local = localPath(reader, field, reference.path, LOCAL_KIND[type]);
  if (local === undefined) return undefined;
  if (type === 'mltable' && localPath(reader, field, `${reference.path}/MLTable`, 'file') === undefined) {
    return undefined;
  }
  const upload = uploadAsset(reader, field, local, type.endsWith('_model') ? 'model' : 'data');
  pending.push(upload);
  return upload;
}

export function readOutputs(
  reader: SpecReader,
  field: Field | undefined,
): Record<string, JobOutputUnion> | undefined {
  if (field === undefined) return undefined;
  const outputs: Record<string, JobOutputUnion> = {};
  for (const entry of reader.entries(field, 'a mapping of output names to {type, path, mode}')) {
    if (entry.node === null || (isScalar(entry.node) && entry.node.value === null)) {
      outputs[entry.key] = { jobOutputType: 'uri_folder' };
      continue;
    }
    const fields = reader.object(entry, {
      what: entry.path,
      keys: ['type', 'path', 'mode', 'description'],
      refused: {
        name: "naming an output asset needs API 2023-04-01 or later: remove 'name' and register the output afterwards (register-model with model-uri)",
        version: "versioning an output asset needs API 2023-04-01 or later: remove 'version'",
      },
    });
    if (fields === undefined) continue;
    const pathField = fields.get('path');
    const uri = reader.string(pathField, 'an azureml://datastores/<datastore>/paths/<path> URI');
    if (pathField !== undefined && uri !== undefined && !/^azureml:\/\/datastores\//i.test(uri)) {
      reader.report(
        pathField,
        `'${uri}' is not a datastore URI: expected azureml://datastores/<datastore>/paths/<path>`,
      );
    }
    outputs[entry.key] = compact({
      jobOutputType: reader.choice(fields.get('type'), INPUT_TYPES) ?? 'uri_folder',
      uri,
      mode: reader.choice(fields.get('mode'), OUTPUT_MODES),
      description: reader.string(fields.get('description')),
    });
  }
  return outputs;
}
