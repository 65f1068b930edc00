/** register-model: inputs → model request → registerModel → outputs and job summary. */
import { UserError, type ActionContext } from '@aml-actions/action-kit';
import {
  DEFAULT_DATASTORE,
  connectAzure,
  getDatastoreContainer,
  readAzureInputs,
  translateArmError,
  type Env,
} from '@aml-actions/azure';
import { githubContextFromEnv } from '@aml-actions/assets';
import {
  parseCompareTo,
  parseMinMetrics,
  readMetrics,
  registerModel,
  type ModelRequest,
  type RegistrationResult,
} from '@aml-actions/registration';
import type { Inputs } from './inputs.js';
import { modelDefinition } from './model-source.js';
import { writeSummary } from './summary.js';

export type RegisterModelOutputs = {
  'model-name': string;
  'model-version': string;
  'model-id': string;
  'model-uri': string;
  registered: boolean;
  reused: boolean;
  'content-hash': string;
};

export interface RunDeps {
  env: Env;
  /** core.getIDToken: GitHub OIDC for the credential chain. */
  getIdToken: (audience: string) => Promise<string>;
}

export async function runRegisterModel(
  context: ActionContext<RegisterModelOutputs>,
  inputs: Inputs,
  deps: RunDeps,
): Promise<void> {
  const { log, outputs, summary } = context;
  const request = await modelRequest(inputs, deps.env, context);

  const azure = readAzureInputs(inputs, deps.env, log);
  const session = connectAzure(azure, {
    env: deps.env,
    logger: log,
    getIdToken: deps.getIdToken,
    actionName: 'register-model',
  });
  const result = await registerModel(request, {
    registry: { client: session.mlClient, ...session.workspace },
    openDatastore: async () => ({
      name: DEFAULT_DATASTORE,
      container: await getDatastoreContainer(session.mlClient, session.workspace, session.cloud, log, {
        credential: session.credential,
      }),
    }),
    logger: log,
  }).catch((error: unknown) => {
    throw translateArmError(error, {
      action: `Registering model '${request.name}' in workspace '${session.workspace.workspace}'`,
      resource: `model '${request.name}' in workspace '${session.workspace.workspace}'`,
    });
  });

  setOutputs(outputs, result);
  if (result.registered) {
    writeSummary(summary, result);
    return;
  }
  const reason = `Gates failed for model '${result.name}': ${result.gates.failures.join('; ')}.`;
  if (inputs.onGateFailure === 'skip') {
    writeSummary(
      summary,
      result,
      `${reason} on-gate-failure is skip: the step succeeds without registering.`,
    );
    log.warning(`${reason} Not registered (on-gate-failure: skip).`);
    return;
  }
  writeSummary(summary, result);
  throw new UserError(
    `${reason} Nothing was uploaded or registered. Set on-gate-failure: skip to let the job go on.`,
    {
      kind: 'input',
    },
  );
}

async function modelRequest(
  inputs: Inputs,
  env: Env,
  context: ActionContext<RegisterModelOutputs>,
): Promise<ModelRequest> {
  const definition = modelDefinition(inputs, context.log);
  return {
    ...definition,
    metrics: await readMetrics({ metrics: inputs.metrics, metricsFile: inputs.metricsFile }),
    thresholds: parseMinMetrics(inputs.minMetrics ?? ''),
    champion:
      inputs.compareTo !== undefined && inputs.primaryMetric !== undefined
        ? {
            compareTo: parseCompareTo(inputs.compareTo),
            primaryMetric: inputs.primaryMetric,
            higherIsBetter: inputs.higherIsBetter,
            minImprovement: inputs.minImprovement,
          }
        : undefined,
    github: githubContextFromEnv(env),
    runId: inputs.runId,
    upload: { fileConcurrency: inputs.uploadConcurrency, abortSignal: context.signal },
  };
}

function setOutputs(
  outputs: ActionContext<RegisterModelOutputs>['outputs'],
  result: RegistrationResult,
): void {
  outputs.set('model-name', result.name);
  outputs.set('model-version', result.version ?? '');
  outputs.set('model-id', result.id ?? '');
  outputs.set('model-uri', result.modelUri ?? '');
  outputs.set('registered', result.registered);
  outputs.set('reused', result.reused);
  outputs.set('content-hash', result.contentHash);
}
