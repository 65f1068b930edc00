/**
 * The emulator's JobRunner: every submitted job runs for real on this machine (see execute-job.ts) in its own folder
 * `<workDir>/jobs/<workspace>/<job>/`; a cancel request ends its process tree. The job also gets the Tracking
 * service Azure ML reports (the MLflow tracking URI), which the MLflow routes answer.
 */
import path from 'node:path';
import { setJobStatus, TERMINAL_JOB_STATUSES, type JobRunner, type JobStatus } from '../arm/job-runner.js';
import { isObject } from '../arm/request-checks.js';
import { findWorkspace } from '../arm/resource-ids.js';
import type { EmulatorContext, Route } from '../http-types.js';
import { EMULATOR_STOPPING, executeJob } from './execute-job.js';
import { probeMachine, type MachineTools } from './job-process.js';
import { mlflowRoutes, trackingEndpoint } from './mlflow-routes.js';

export interface JobRunnerOptions {
  /** Jobs run in `<workDir>/jobs/<workspace>/<job>/` (the state folder, or the emulator's temporary folder). */
  workDir: string;
  /** Azurite's certificate (PEM), trusted for the job's blob transfers. */
  ca: string;
  /** Emulator diagnostics. */
  log?: (message: string) => void;
}

export interface EmulatorJobRunner extends JobRunner {
  /** MLflow REST routes that serve what jobs logged (runs/get). */
  routes(): Route[];
  /**
   * Ends the processes of the jobs still running and waits for them (the emulator is stopping); the jobs keep their
   * status, so that resume() starts them again after a restart with the same --state-dir.
   */
  stop(): Promise<void>;
  /**
   * After a restart with --state-dir: the jobs the previous run left unfinished start again from the beginning
   * (as Azure ML restarts a job whose node was lost), a job whose cancel was pending ends Canceled.
   */
  resume(ctx: EmulatorContext): void;
}

const JOB_ID = /\/workspaces\/([^/]+)\/jobs\/([^/]+)$/i;

export function createJobRunner(options: JobRunnerOptions): EmulatorJobRunner {
  const report = options.log ?? ((): void => undefined);
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let tools: Promise<MachineTools> | undefined;
  const runDirOf = (workspace: string, job: string): string =>
    path.join(options.workDir, 'jobs', workspace.toLowerCase(), job);

  const runner: EmulatorJobRunner = {
    submitted(jobId: string, ctx: EmulatorContext) {
      const match = JOB_ID.exec(jobId);
      const workspace = findWorkspace(ctx.state.config, match?.[1] ?? '');
      const job = ctx.state.arm.resources[jobId.toLowerCase()];
      if (match === null || workspace === undefined || job === undefined || !isObject(job.body.properties))
        return;
      const jobName = match[2] ?? '';
      const properties = job.body.properties;
      properties.services = {
        ...(isObject(properties.services) ? properties.services : {}),
        Tracking: { jobServiceType: 'Tracking', endpoint: trackingEndpoint(ctx, workspace.name) },
      };
      tools ??= probeMachine();
      const controller = new AbortController();
      const done = executeJob({
        ctx,
        jobId,
        jobName,
        workspace,
        runDir: runDirOf(workspace.name, jobName),
        ca: options.ca,
        tools,
        signal: controller.signal,
        report,
      })
        .catch((error: unknown) => {
          report(`Job ${jobName} could not run: ${(error as Error).stack ?? String(error)}`);
          if (setJobStatus(ctx.state.arm, jobId, 'Failed')) ctx.state.markDirty();
        })
        .finally(() => running.delete(jobId.toLowerCase()));
      running.set(jobId.toLowerCase(), { controller, done });
    },
    cancelRequested(jobId: string) {
      running.get(jobId.toLowerCase())?.controller.abort();
    },
    routes: () => mlflowRoutes(runDirOf),
    async stop() {
      const jobs = [...running.values()];
      for (const job of jobs) job.controller.abort(EMULATOR_STOPPING);
      await Promise.all(jobs.map((job) => job.done));
    },
    resume(ctx: EmulatorContext) {
      for (const resource of Object.values(ctx.state.arm.resources)) {
        if (resource.kind !== 'job' || running.has(resource.id.toLowerCase())) continue;
        const status = (isObject(resource.body.properties) ? resource.body.properties.status : undefined) as
          JobStatus | undefined;
        if (status === undefined || TERMINAL_JOB_STATUSES.includes(status)) continue;
        if (status === 'CancelRequested') {
          setJobStatus(ctx.state.arm, resource.id, 'Canceled');
        } else {
          report(`Job ${resource.id} was ${status} when the emulator stopped: it starts again.`);
          setJobStatus(ctx.state.arm, resource.id, 'NotStarted');
          runner.submitted(resource.id, ctx);
        }
        ctx.state.markDirty();
      }
    },
  };
  return runner;
}
