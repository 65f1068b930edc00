/** Model YAML (model.schema.json, or a deployment's inline `model:`) → ModelVersion. */
import type { FlavorData, ModelVersion } from '@azure/arm-machinelearning';
import { assetName, assetVersion, commonFields, compact, readOnlyRefusals } from './asset-fields.js';
import { localPath, uploadAsset } from './local-paths.js';
import { finalizable, type AssetValue, type ModelSpec, type PendingAsset } from './pending.js';
import { parseReference } from './references.js';
import { SpecReader, type Field } from './spec-reader.js';
import { expectKind, type SpecDocument } from './spec-document.js';

/** The model types, as azure-ai-ml sends them in a model version's `modelType` (and Azure ML stores them). */
export const MODEL_TYPES = {
  custom_model: 'custom_model',
  mlflow_model: 'mlflow_model',
  triton_model: 'triton_model',
} as const;

export type ModelType = keyof typeof MODEL_TYPES;

const MODEL_SHAPE = {
  what: 'the model',
  keys: [
    '$schema',
    'name',
    'version',
    'type',
    'path',
    'description',
    'tags',
    'properties',
    'flavors',
    'job_name',
  ],
  required: ['path'],
  refused: {
    stage:
      "'stage' needs API 2023-04-01 or later and these actions register models with 2022-10-01: remove it (a tag can carry the stage)",
    datastore:
      "'datastore' is not supported: local model files go to the workspace's default datastore; remove it",
    ...readOnlyRefusals(['id', 'creation_context', 'latest_version']),
  },
} as const;

export interface ModelOptions {
  /** Whether `name` must be present (a model YAML: yes; a deployment's inline model: no, it may be anonymous). */
  requireName: boolean;
}

/** A model spec at `field`; records problems on the reader and returns undefined when it has any. */
export function readModel(reader: SpecReader, field: Field, options: ModelOptions): ModelSpec | undefined {
  const fields = reader.object(field, {
    ...MODEL_SHAPE,
    what: field.path === '' ? 'the model' : field.path,
    required: options.requireName ? ['name', 'path'] : ['path'],
  });
  if (fields === undefined) return undefined;
  const name = assetName(reader, fields);
  const version = assetVersion(reader, fields);
  const type = reader.choice(fields.get('type'), MODEL_TYPES) ?? 'custom_model';
  const common = commonFields(reader, fields);
  const jobName = reader.string(fields.get('job_name'));
  const flavors = readFlavors(reader, fields.get('flavors'));
  const pending: PendingAsset[] = [];
  const pathField = fields.get('path');
  const uri = pathField === undefined ? undefined : modelUri(reader, pathField, pending);
  if (uri === undefined) return undefined;
  return {
    assetType: 'models',
    name,
    version,
    annotation: reader.at(field),
    ...finalizable<ModelVersion>(pending, (value) => ({
      properties: compact({ ...common, modelType: type, modelUri: value(uri), flavors, jobName }),
    })),
  };
}

/** Where the model files are: a local file or folder (uploaded), or a datastore, job output or storage URI. */
function modelUri(reader: SpecReader, field: Field, pending: PendingAsset[]): AssetValue | undefined {
  const text = reader.string(field, 'a local path or a URI');
  if (text === undefined) return undefined;
  const reference = parseReference(text);
  if (reference.kind === 'uri') return reference.uri;
  if (reference.kind === 'local') {
    const local = localPath(reader, field, reference.path, 'file or folder');
    if (local === undefined) return undefined;
    const upload = uploadAsset(reader, field, local, 'model');
    pending.push(upload);
    return upload;
  }
  reader.report(
    field,
    reference.kind === 'invalid'
      ? reference.reason
      : `'${text}' is not a model location: give a local file or folder, azureml://datastores/<datastore>/paths/<path>, ` +
          'azureml://jobs/<job>/outputs/<output>, or an https:// / wasbs:// / abfss:// URL',
  );
}

function readFlavors(reader: SpecReader, field: Field | undefined): Record<string, FlavorData> | undefined {
  if (field === undefined) return undefined;
  const flavors: Record<string, FlavorData> = {};
  for (const entry of reader.entries(field, 'a mapping of flavor names to their settings')) {
    const data = reader.stringMap(entry);
    if (data !== undefined) flavors[entry.key] = { data };
  }
  return flavors;
}

/** Map a model YAML document (`az ml model create -f`) to the ModelVersion to create. */
export function mapModel(doc: SpecDocument): ModelSpec {
  expectKind(doc, 'model');
  const reader = new SpecReader(doc);
  return reader.finish(readModel(reader, reader.root(), { requireName: true }));
}
