/** run-job: inputs → job spec → submit → wait (status, log, cancel) → outputs, metrics and job summary. */
import { UserError, formatElapsed, type ActionContext, type Logger } from '@aml-actions/action-kit';
import {
  DEFAULT_DATASTORE,
  connectAzure,
  getDatastoreContainer,
  readAzureInputs,
  type AzureSession,
  type Env,
} from '@aml-actions/azure';
import { githubContextFromEnv } from '@aml-actions/assets';
import {
  blobLogReader,
  formatTail,
  jobOutputUris,
  loadJobSpec,
  openArtifactStore,
  readJobMetrics,
  studioUrl,
  submitJob,
  watchJob,
} from '@aml-actions/jobs';
import type { JobBase } from '@azure/arm-machinelearning';
import { parseOverrides, type Inputs } from './inputs.js';
import { writeSummary } from './summary.js';

export type RunJobOutputs = {
  'job-name': string;
  status: string;
  'studio-url': string;
  outputs: Record<string, string>;
  metrics: Record<string, number>;
};

export interface RunDeps {
  env: Env;
  /** core.getIDToken: GitHub OIDC for the credential chain. */
  getIdToken: (audience: string) => Promise<string>;
}

export async function runJobAction(
  context: ActionContext<RunJobOutputs>,
  inputs: Inputs,
  deps: RunDeps,
): Promise<void> {
  const { log, outputs, summary, signal } = context;
  const azure = readAzureInputs(inputs, deps.env, log);
  const spec = loadJobSpec(
    {
      file: inputs.jobFile,
      set: parseOverrides(inputs.set),
      experimentName: inputs.experimentName,
      displayName: inputs.displayName,
      tags: inputs.tags,
    },
    azure.workspace,
  );
  const session = connectAzure(azure, {
    env: deps.env,
    logger: log,
    getIdToken: deps.getIdToken,
    actionName: 'run-job',
  });
  const openDatastore = (datastoreName?: string) =>
    getDatastoreContainer(session.mlClient, session.workspace, session.cloud, log, {
      credential: session.credential,
      ...(datastoreName === undefined ? {} : { datastoreName }),
    });
  const submitted = await submitJob(spec, githubContextFromEnv(deps.env), {
    client: session.mlClient,
    workspace: session.workspace,
    logger: log,
    signal,
    openDatastore: () => openDatastore(DEFAULT_DATASTORE),
  });
  const { name } = submitted;
  const studio = studioUrl(name, submitted.job, session.workspace);
  outputs.set('job-name', name);
  outputs.set('studio-url', studio);
  outputs.set('outputs', jobOutputUris(name, submitted.job));
  log.info(`Job ${name}: ${studio}`);

  if (!inputs.wait) {
    const status = submitted.job.properties.status ?? 'NotStarted';
    outputs.set('status', status);
    outputs.set('metrics', {});
    writeSummary(summary, {
      submitted,
      status,
      studio,
      outputs: jobOutputUris(name, submitted.job),
      metrics: {},
    });
    log.info(`wait is false: job ${name} was submitted (status ${status}) and keeps running in Azure ML.`);
    return;
  }

  const result = await watchJob(session.mlClient, session.workspace, name, {
    logger: log,
    signal,
    timeoutMs: inputs.timeout,
    streamLogs: inputs.streamLogs,
    openLog: async () => blobLogReader(await openArtifactStore(openDatastore, log), name),
  });
  const jobOutputs = jobOutputUris(name, result.job);
  const metrics = await metricsOf(session, name, result.job, log, signal);
  outputs.set('status', result.status);
  outputs.set('outputs', jobOutputs);
  outputs.set('metrics', metrics);
  writeSummary(summary, {
    submitted,
    status: result.status,
    studio,
    outputs: jobOutputs,
    metrics,
    elapsedMs: result.elapsedMs,
    logTail: result.logTail,
  });
  if (result.status !== 'Completed') {
    throw new UserError(
      `Job ${name} ended with status ${result.status} after ${formatElapsed(result.elapsedMs)} (${studio}).` +
        formatTail(result.logTail),
      { kind: 'service' },
    );
  }
  log.info(`Job ${name} completed in ${formatElapsed(result.elapsedMs)}.`);
}

/** The metrics the job logged; a job without them (or a tracking server that cannot be read) gives {}. */
async function metricsOf(
  session: AzureSession,
  name: string,
  job: JobBase,
  log: Logger,
  signal: AbortSignal,
): Promise<Record<string, number>> {
  try {
    const metrics = await readJobMetrics(session.mlClient, name, job, signal);
    const count = Object.keys(metrics).length;
    log.info(
      count === 0 ? `Job ${name} logged no metrics.` : `Job ${name} metrics: ${JSON.stringify(metrics)}`,
    );
    return metrics;
  } catch (error) {
    log.warning(
      `Could not read the metrics of job ${name}: ${(error as Error).message}. The metrics output is {}.`,
    );
    return {};
  }
}
