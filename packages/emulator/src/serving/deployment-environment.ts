/**
 * What stands in for a deployment's container: no container engine runs here, so the environment's image is not
 * used and the scoring script runs with this machine's python3 (the log says so), with the variables Azure ML sets
 * in the container (AZUREML_MODEL_DIR, AML_APP_ROOT, AZUREML_ENTRY_SCRIPT) and the deployment's own.
 */
import type { JsonObject } from '../arm/arm-state.js';
import { isObject } from '../arm/request-checks.js';
import type { EmulatorContext } from '../http-types.js';
import { shortId } from '../jobs/job-inputs.js';
import { text } from '../jobs/json-text.js';

export function environmentNotes(
  ctx: EmulatorContext,
  properties: JsonObject,
  python: string | undefined,
): string[] {
  const environmentId = text(properties.environmentId);
  const resource = ctx.state.arm.resources[environmentId.toLowerCase()];
  const environment = isObject(resource?.body.properties) ? resource.body.properties : {};
  const image = typeof environment.image === 'string' ? `image ${environment.image}` : 'image';
  const name = environmentId === '' ? '(none)' : shortId(environmentId);
  const notes = [
    `INFO No container engine here: the ${image} of environment ${name} is not run. The scoring script runs ` +
      `with this machine's python3 (${python ?? 'not installed'}) and the packages installed on it.`,
  ];
  if (typeof environment.condaFile === 'string') {
    notes.push("INFO The environment's conda file is not installed: the machine's packages are used.");
  }
  return notes;
}

export interface InstanceEnvInput {
  properties: JsonObject;
  appRoot: string;
  entryScript: string;
  modelDir: string | undefined;
  collections: string[];
}

export function instanceEnv(input: InstanceEnvInput): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(AZURE|ACTIONS_|GITHUB_|INPUT_|NODE_OPTIONS$|AZUREML_|PYTHONPATH$)/.test(name)) continue;
    env[name] = value;
  }
  const variables = isObject(input.properties.environmentVariables)
    ? input.properties.environmentVariables
    : {};
  for (const [name, value] of Object.entries(variables)) env[name] = String(value);
  env.AML_APP_ROOT = input.appRoot;
  env.AZUREML_ENTRY_SCRIPT = input.entryScript;
  if (input.modelDir !== undefined) env.AZUREML_MODEL_DIR = input.modelDir;
  env.AZUREML_EMULATOR_COLLECTIONS = JSON.stringify(input.collections);
  return env;
}
