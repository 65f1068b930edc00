/** What a registration asks for, and the checks on it that need no service: names, versions, model types. */
import type { FlavorData } from '@azure/arm-machinelearning';
import { UserError } from '@aml-actions/action-kit';
import type { GitHubContext, UploadOptions } from '@aml-actions/assets';
import type { ChampionRule, Threshold } from './gates.js';
import type { CompareTo } from './champion.js';
import type { Metrics } from './metrics.js';

export const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

export type ModelSource =
  /** A local file or folder, uploaded; `input` names where the path came from (model-path or spec-file). */
  | { kind: 'local'; path: string; input: string }
  /** Already in storage: azureml://jobs/…, azureml://datastores/…, or an https blob URL; `jobName` for job outputs. */
  | { kind: 'uri'; uri: string; jobName?: string };

export interface ModelRequest {
  name: string;
  /** Explicit version; undefined takes the next free number. */
  version?: string;
  source: ModelSource;
  /** Undefined: mlflow_model when the folder has an MLmodel file, else custom_model. */
  modelType?: ModelType;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  /** MLflow flavors, as a CLI v2 spec file may give them. */
  flavors?: Record<string, FlavorData | null>;
  metrics?: Metrics;
  thresholds: Threshold[];
  champion?: ChampionRule & { compareTo: CompareTo };
  github: GitHubContext;
  /** Azure ML job that trained the model (run-id input). */
  runId?: string;
  upload?: UploadOptions;
}

/** Model names the ARM API accepts (ModelVersions_CreateOrUpdate path pattern in the 2022-10-01 spec). */
const MODEL_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
const VERSION = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;

export function checkModelName(name: string, input = 'model-name'): void {
  if (!name) {
    throw new UserError(`${input} is required: give the model's name (or set name in the spec file).`);
  }
  if (!MODEL_NAME.test(name)) {
    throw new UserError(
      `${input}: '${name}' is not a name Azure ML accepts. Use 1 to 255 letters, digits, '-' or '_', starting with a letter or digit (e.g. churn-model).`,
    );
  }
}

export function checkVersion(version: string | undefined): void {
  if (version !== undefined && !VERSION.test(version)) {
    throw new UserError(
      `version: '${version}' is not a version Azure ML accepts. Use letters, digits, '.', '-' or '_' (e.g. 3), or leave it empty to take the next free number.`,
    );
  }
}

export function parseModelType(value: string, input = 'model-type'): ModelType {
  if ((MODEL_TYPES as readonly string[]).includes(value)) return value as ModelType;
  throw new UserError(`${input}: '${value}' is not a model type. Use one of ${MODEL_TYPES.join(', ')}.`);
}
