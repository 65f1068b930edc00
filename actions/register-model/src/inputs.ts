/** The inputs of register-model, declared once as data (compared with action.yml by the metadata test). */
import {
  UserError,
  defineInputs,
  input,
  readInputs as readSpec,
  type InputSource,
  type InputValues,
  type Logger,
} from '@aml-actions/action-kit';
import { azureInputSpec } from '@aml-actions/azure';
import { MODEL_TYPES } from '@aml-actions/registration';

export const spec = defineInputs({
  ...azureInputSpec,
  'model-name': input.string({
    description:
      'Name of the model in the workspace registry (letters, digits, - and _). Required unless spec-file names it; when both are given, this input wins.',
  }),
  'model-path': input.string({
    description:
      'Local file or folder with the model, uploaded (content-addressed) to the workspace default datastore. One of model-path, model-uri or spec-file.',
  }),
  'model-uri': input.string({
    description:
      'Model already in storage: azureml://jobs/<job>/outputs/<output>, azureml://datastores/<datastore>/paths/<path>, or an https:// blob URL. Nothing is uploaded.',
  }),
  'spec-file': input.string({
    description:
      "Azure ML CLI v2 model YAML (as for 'az ml model create -f'); its relative path resolves from the file's folder. Inputs given here override its fields.",
  }),
  'model-type': input.enum(MODEL_TYPES, {
    description:
      'custom_model, mlflow_model or triton_model. Default: mlflow_model when the folder has an MLmodel file, else custom_model.',
  }),
  version: input.string({
    description:
      'Explicit version to register. Default: the next free number. An existing version is never overwritten.',
  }),
  description: input.string({ description: 'Description of the model version.' }),
  tags: input.map({
    description:
      'Tags of the version, key=value pairs separated by commas or new lines. Lineage tags (git-*, github-*, content-hash) are added by the action.',
  }),
  properties: input.map({
    description: 'Properties of the version, key=value pairs separated by commas or new lines.',
  }),
  metrics: input.string({
    description:
      'Evaluation metrics as JSON, flat ({"accuracy": 0.93}) or nested ({"metrics": {...}}); stored on the version as metric.<name> properties.',
  }),
  'metrics-file': input.string({
    description:
      'JSON file with the evaluation metrics (same shapes as metrics). Give metrics or metrics-file, not both.',
  }),
  'min-metrics': input.string({
    description:
      "Threshold gates, e.g. 'accuracy>=0.9, rmse<=3.2' (operators >= <= > < ==). Every metric named must be in the metrics.",
  }),
  'compare-to': input.string({
    description:
      "Champion to beat: 'latest', a version such as '3', or a tag such as 'stage=production' (the latest version with it). Needs primary-metric.",
  }),
  'primary-metric': input.string({
    description: 'Metric the challenger must improve over the champion (compare-to).',
  }),
  'higher-is-better': input.boolean({
    default: true,
    description: 'Whether a higher primary-metric is better (false for errors such as rmse).',
  }),
  'min-improvement': input.number({
    default: 0,
    min: 0,
    description:
      'How much the challenger must beat the champion by, in units of primary-metric (0: any improvement).',
  }),
  'on-gate-failure': input.enum(['fail', 'skip'], {
    default: 'fail',
    description:
      'fail: a failed gate fails the step. skip: the step succeeds with registered=false and the reason in the summary.',
  }),
  'run-id': input.string({
    description: 'Azure ML job that trained the model; recorded in the azureml-job tag.',
  }),
  'upload-concurrency': input.number({
    default: 8,
    min: 1,
    max: 64,
    integer: true,
    description: 'Files uploaded at the same time (each large file also uploads 4 blocks at a time).',
  }),
});

export type Inputs = InputValues<typeof spec>;

/**
 * The inputs, parsed once (every bad input reported together), then the checks across inputs: all before the
 * action loads the code that talks to Azure.
 */
export function readInputs(source: InputSource, log: Logger): Inputs {
  const inputs = readSpec(spec, source, log);
  checkModelSource(inputs);
  checkChampion(inputs);
  return inputs;
}

/** Exactly one of model-path, model-uri and spec-file. */
function checkModelSource(inputs: Inputs): void {
  const given = Object.entries({
    'model-path': inputs.modelPath,
    'model-uri': inputs.modelUri,
    'spec-file': inputs.specFile,
  })
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name);
  if (given.length !== 1) {
    throw new UserError(
      given.length === 0
        ? 'No model given: set one of model-path (a local file or folder), model-uri (azureml://… or https://…) or spec-file (a CLI v2 model YAML).'
        : `${given.join(' and ')} are ${given.length === 2 ? 'both' : 'all'} set: give the model one way only (model-path, model-uri or spec-file).`,
    );
  }
}

/** compare-to and primary-metric go together. */
function checkChampion(inputs: Inputs): void {
  if (inputs.primaryMetric !== undefined && inputs.compareTo === undefined) {
    throw new UserError(
      `primary-metric is set to '${inputs.primaryMetric}' but compare-to is not: set compare-to (latest, a version, or a tag such as stage=production), or remove primary-metric.`,
    );
  }
  if (inputs.compareTo !== undefined && inputs.primaryMetric === undefined) {
    throw new UserError(
      `compare-to is set to '${inputs.compareTo}' but primary-metric is not: name the metric the challenger must improve, e.g. primary-metric: accuracy.`,
    );
  }
}
