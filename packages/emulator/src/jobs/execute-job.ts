/**
 * One job, start to end: Queued (for the configured provisioning delay) → Preparing (code and inputs downloaded) →
 * Running (the command) → Finalizing (outputs and artifacts uploaded) → Completed, or Failed with the reason as the
 * log's last lines, or Canceled when a cancel ends it. The log is complete before the terminal status is set.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { JsonObject } from '../arm/arm-state.js';
import { DEFAULT_DATASTORE } from '../arm/default-datastore.js';
import { setJobStatus, type JobStatus } from '../arm/job-runner.js';
import { isObject } from '../arm/request-checks.js';
import type { WorkspaceConfig } from '../config.js';
import type { EmulatorContext } from '../http-types.js';
import { bindCommand } from './command-bindings.js';
import { JobSetupError, datastoreContainer, uploadFolder } from './job-blobs.js';
import { artifactsDir, environmentNotes, processEnv } from './job-environment.js';
import { planOutputs, prepareCode, prepareInputs, type IoDeps, type PlannedOutput } from './job-inputs.js';
import { createJobLog, type JobLog } from './job-log.js';
import { runCommand, type MachineTools } from './job-process.js';
import { USER_LOG, runArtifactPath } from './job-uris.js';
import { text } from './json-text.js';

export interface JobExecution {
  ctx: EmulatorContext;
  jobId: string;
  jobName: string;
  workspace: WorkspaceConfig;
  /** The job's own folder (wd/, inputs/, outputs/, mlflow records). */
  runDir: string;
  /** Azurite's certificate. */
  ca: string;
  tools: Promise<MachineTools>;
  /** Aborted when a cancel is requested. */
  signal: AbortSignal;
  report: (message: string) => void;
}

type Outcome = 'Completed' | 'Failed' | 'Canceled';

/** The abort reason when the emulator stops: the job keeps its status and starts again after a restart. */
export const EMULATOR_STOPPING = 'emulator-stopping';

export async function executeJob(execution: JobExecution): Promise<void> {
  const { ctx, jobId, jobName, workspace, ca, signal } = execution;
  const artifacts = datastoreContainer(ctx, workspace, DEFAULT_DATASTORE, ca);
  const log = createJobLog({
    container: artifacts,
    blobName: `${runArtifactPath(jobName)}/${USER_LOG}`,
    report: execution.report,
  });
  let outcome: Outcome = 'Failed';
  try {
    outcome = await stages(execution, log);
  } catch (error) {
    if (signal.aborted) {
      outcome = 'Canceled';
    } else {
      if (!(error instanceof JobSetupError))
        execution.report(`Job ${jobName}: ${(error as Error).stack ?? String(error)}`);
      log.note(`Execution failed: ${(error as Error).message}`);
    }
  } finally {
    if (signal.aborted && signal.reason === EMULATOR_STOPPING) {
      log.note('The emulator stopped: the job starts again when it restarts with the same --state-dir.');
      await log.close();
    } else {
      if (outcome === 'Canceled') log.note('Canceled: the command was stopped (process tree terminated).');
      await uploadArtifacts(execution, artifacts.containerName, log);
      await log.close();
      if (setJobStatus(ctx.state.arm, jobId, outcome)) ctx.state.markDirty();
    }
  }
}

async function stages(execution: JobExecution, log: JobLog): Promise<Outcome> {
  const { ctx, jobName, runDir, signal } = execution;
  const advance = (status: JobStatus): void => {
    if (signal.aborted || currentStatus(execution) === 'CancelRequested') throw new Error('canceled');
    if (setJobStatus(ctx.state.arm, execution.jobId, status)) ctx.state.markDirty();
  };
  const properties = jobProperties(execution);
  advance('Queued');
  log.note(`Job ${jobName} (experiment '${text(properties.experimentName, 'Default')}') is queued.`);
  await sleep(ctx.state.config.provisioningDelayMs, undefined, { signal });
  advance('Preparing');
  const tools = await execution.tools;
  for (const note of environmentNotes(ctx, properties, tools)) log.note(note);
  // Empty: a job started again after an emulator restart must not see what its first attempt left.
  await rm(runDir, { recursive: true, force: true });
  await mkdir(runDir, { recursive: true });
  const deps: IoDeps = {
    ctx,
    workspace: execution.workspace,
    jobName,
    ca: execution.ca,
    runDir,
    log,
    signal,
  };
  const wd = await prepareCode(properties, deps);
  const inputs = await prepareInputs(properties.inputs, deps);
  const outputs = await planOutputs(properties.outputs, deps);
  const outputValues = Object.fromEntries(outputs.map((output) => [output.name, output.local]));
  const command = bindCommand(text(properties.command), { inputs, outputs: outputValues });
  const env = processEnv({ properties, jobName, runDir, inputs, outputs: outputValues, tools });
  advance('Running');
  log.note(`Running in ${wd}: ${command}`);
  const result = await runCommand(command, { cwd: wd, env, log, signal });
  if (signal.aborted) return 'Canceled';
  if (result.exitCode !== 0) {
    log.note(
      `The command failed: ${result.signal === null ? `exit code ${String(result.exitCode)}` : `killed by ${result.signal}`}.`,
    );
    return 'Failed';
  }
  advance('Finalizing');
  await uploadOutputs(execution, outputs, log);
  log.note('Completed.');
  return 'Completed';
}

async function uploadOutputs(execution: JobExecution, outputs: PlannedOutput[], log: JobLog): Promise<void> {
  for (const output of outputs) {
    const container = datastoreContainer(
      execution.ctx,
      execution.workspace,
      output.target.datastore,
      execution.ca,
    );
    const folder = output.isFile ? path.dirname(output.local) : output.local;
    const prefix = output.isFile ? path.posix.dirname(output.target.path) : output.target.path;
    const files = await uploadFolder(container, folder, prefix, execution.signal);
    log.note(
      `Output ${output.name}: ${files} files uploaded to azureml://datastores/${output.target.datastore}/paths/${output.target.path}/`,
    );
  }
}

/** Artifacts logged with mlflow.log_artifact go to the job's artifact folder (best effort, also after a failure). */
async function uploadArtifacts(execution: JobExecution, containerName: string, log: JobLog): Promise<void> {
  const container = datastoreContainer(execution.ctx, execution.workspace, DEFAULT_DATASTORE, execution.ca);
  try {
    const files = await uploadFolder(
      container,
      artifactsDir(execution.runDir),
      runArtifactPath(execution.jobName),
      new AbortController().signal,
    );
    if (files > 0)
      log.note(
        `${files} logged artifacts uploaded to ${containerName}/${runArtifactPath(execution.jobName)}/`,
      );
  } catch (error) {
    execution.report(
      `Uploading the artifacts of job ${execution.jobName} failed: ${(error as Error).message}`,
    );
  }
}

function jobProperties(execution: JobExecution): JsonObject {
  const job = execution.ctx.state.arm.resources[execution.jobId.toLowerCase()];
  if (job?.kind !== 'job' || !isObject(job.body.properties)) throw new Error('canceled');
  return job.body.properties;
}

function currentStatus(execution: JobExecution): unknown {
  return jobProperties(execution).status;
}
