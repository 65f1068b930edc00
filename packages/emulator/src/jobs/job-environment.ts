/**
 * What stands in for the job's environment: no container engine runs here, so the environment's image (or Docker
 * build) is not used and the command runs with this machine's interpreters; the log says so. Also the process
 * environment Azure ML gives a job (its variables, AZURE_ML_INPUT_/OUTPUT_ paths, MLflow run settings).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonObject } from '../arm/arm-state.js';
import { isObject } from '../arm/request-checks.js';
import type { EmulatorContext } from '../http-types.js';
import { shortId } from './job-inputs.js';
import type { MachineTools } from './job-process.js';
import { text } from './json-text.js';

const SHIM_DIR = fileURLToPath(new URL('./mlflow-shim', import.meta.url));

/** Log lines about the environment, compute and distribution the job asked for. */
export function environmentNotes(
  ctx: EmulatorContext,
  properties: JsonObject,
  tools: MachineTools,
): string[] {
  const environmentId = text(properties.environmentId);
  const resource = ctx.state.arm.resources[environmentId.toLowerCase()];
  const environment = isObject(resource?.body.properties) ? resource.body.properties : {};
  const build = isObject(environment.build) ? environment.build : undefined;
  const image =
    typeof environment.image === 'string'
      ? `image ${environment.image}`
      : build !== undefined
        ? `Docker build context ${text(build.contextUri)}`
        : 'image';
  const name = resource === undefined ? environmentId : shortId(environmentId);
  const notes = [
    `No container engine here: the ${image} of environment ${name} is not run. The command runs in bash on this ` +
      `machine with its own interpreters (python3: ${tools.python ?? 'not installed'}).`,
  ];
  if (typeof environment.condaFile === 'string') {
    notes.push(
      "The environment's conda file is not installed: the packages already on this machine are used.",
    );
  }
  notes.push(
    tools.mlflow
      ? "mlflow is installed: MLflow calls are tracked in a local file store and served as the job's metrics."
      : 'mlflow is not installed: the emulator provides its tracking functions (log_metric, log_param, set_tag, ' +
          "log_artifact…); what the job logs becomes the job's metrics.",
  );
  const compute =
    typeof properties.computeId === 'string' ? properties.computeId.split('/').pop() : undefined;
  notes.push(`Compute: ${compute === undefined ? 'serverless' : `'${compute}'`}, run on this machine.`);
  const resources = isObject(properties.resources) ? properties.resources : {};
  if (Number(resources.instanceCount ?? 1) > 1 || isObject(properties.distribution)) {
    notes.push('Distribution and instance_count > 1 are not emulated: one process runs the command.');
  }
  return notes;
}

export interface ProcessEnvInput {
  properties: JsonObject;
  jobName: string;
  runDir: string;
  inputs: Readonly<Record<string, string>>;
  outputs: Readonly<Record<string, string>>;
  tools: MachineTools;
}

/** The variables of the command: this machine's basics, the job's environment_variables and Azure ML's own. */
export function processEnv(input: ProcessEnvInput): NodeJS.ProcessEnv {
  const { properties, jobName, runDir, tools } = input;
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(AZURE|ACTIONS_|GITHUB_|INPUT_|NODE_OPTIONS$|AZUREML_)/.test(name)) continue;
    env[name] = value;
  }
  const variables = isObject(properties.environmentVariables) ? properties.environmentVariables : {};
  for (const [name, value] of Object.entries(variables)) env[name] = String(value);
  for (const [name, value] of Object.entries(input.inputs)) env[`AZURE_ML_INPUT_${name}`] = value;
  for (const [name, value] of Object.entries(input.outputs)) env[`AZURE_ML_OUTPUT_${name}`] = value;
  env.AZUREML_RUN_ID = jobName;
  env.MLFLOW_EXPERIMENT_NAME = text(properties.experimentName, 'Default');
  if (tools.mlflow) {
    env.MLFLOW_TRACKING_URI = `file://${path.join(runDir, 'mlruns')}`;
  } else {
    env.MLFLOW_RUN_ID = jobName;
    env.PYTHONPATH = [SHIM_DIR, env.PYTHONPATH]
      .filter((part) => part !== undefined && part !== '')
      .join(path.delimiter);
    env.AZUREML_EMULATOR_MLFLOW_LOG = path.join(runDir, 'mlflow.jsonl');
    env.AZUREML_EMULATOR_ARTIFACTS = artifactsDir(runDir);
  }
  return env;
}

/** Where the job's logged artifacts are collected before they go to its artifact folder. */
export function artifactsDir(runDir: string): string {
  return path.join(runDir, 'artifacts');
}
