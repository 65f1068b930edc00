/**
 * What to register, from the inputs: exactly one of model-path, model-uri or spec-file, with the model's name,
 * version, type, description, tags and properties (inputs override a spec file's fields).
 */
import { UserError, type Logger } from '@aml-actions/action-kit';
import { parseAzureMlUri } from '@aml-actions/azure';
import { loadSpecFile, mapModel } from '@aml-actions/azureml-spec';
import type { FlavorData } from '@azure/arm-machinelearning';
import { parseModelType, type ModelSource, type ModelType } from '@aml-actions/registration';
import type { Inputs } from './inputs.js';

export interface ModelDefinition {
  name: string;
  version: string | undefined;
  source: ModelSource;
  modelType: ModelType | undefined;
  description: string | undefined;
  tags: Record<string, string>;
  properties: Record<string, string>;
  flavors?: Record<string, FlavorData | null>;
}

/** inputs: from readInputs, which checked that exactly one of model-path, model-uri and spec-file is set. */
export function modelDefinition(inputs: Inputs, log: Logger): ModelDefinition {
  const fromInputs = {
    name: inputs.modelName ?? '',
    version: inputs.version,
    modelType: inputs.modelType,
    description: inputs.description,
    tags: inputs.tags ?? {},
    properties: inputs.properties ?? {},
  };
  if (inputs.modelPath !== undefined) {
    return { ...fromInputs, source: { kind: 'local', path: inputs.modelPath, input: 'model-path' } };
  }
  if (inputs.modelUri !== undefined) return { ...fromInputs, source: uriSource(inputs.modelUri) };
  return fromSpecFile(inputs.specFile ?? '', fromInputs, log);
}

function uriSource(uri: string): ModelSource {
  if (/^https:\/\/[^/]+\/[^/]+\/.+/.test(uri)) return { kind: 'uri', uri };
  const parsed = parseAzureMlUri(uri, 'model-uri');
  if (parsed.kind === 'job-output') return { kind: 'uri', uri, jobName: parsed.job };
  if (parsed.kind === 'datastore') return { kind: 'uri', uri };
  throw new UserError(
    `model-uri: '${uri}' names a registered asset, which is already a model version. Give where the files are: azureml://jobs/<job>/outputs/<output>, azureml://datastores/<datastore>/paths/<path> or an https:// blob URL.`,
  );
}

/** A CLI v2 model YAML: its fields, with the inputs that are set taking precedence. */
function fromSpecFile(file: string, inputs: Omit<ModelDefinition, 'source'>, log: Logger): ModelDefinition {
  const spec = mapModel(loadSpecFile(file, 'model', 'spec-file'));
  const upload = spec.pending.find((pending) => pending.kind === 'upload');
  const body = spec.finalize(upload ? { [upload.id]: '' } : {}).properties;
  const source: ModelSource = upload
    ? { kind: 'local', path: upload.path, input: 'spec-file' }
    : uriSource(body.modelUri ?? '');
  if (inputs.name && spec.name && inputs.name !== spec.name) {
    log.info(`model-name '${inputs.name}' overrides the name '${spec.name}' in ${file}.`);
  }
  return {
    name: inputs.name || (spec.name ?? ''),
    version: inputs.version ?? spec.version,
    source,
    modelType:
      inputs.modelType ??
      (body.modelType === undefined ? undefined : parseModelType(body.modelType, `spec-file ${file}: type`)),
    description: inputs.description ?? body.description,
    tags: { ...nonNull(body.tags), ...inputs.tags },
    properties: { ...nonNull(body.properties), ...inputs.properties },
    flavors: body.flavors,
  };
}

function nonNull(map: Record<string, string | null> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map ?? {}).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}
