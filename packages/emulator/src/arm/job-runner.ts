/**
 * The seam between the ARM jobs API and whatever executes jobs. The ARM module records jobs and their status;
 * a runner (the jobs issue) is told when a job is submitted or a cancel is requested and moves the job's status
 * with setJobStatus. Without a runner a job stays NotStarted, as a job does while it waits for compute.
 */
import type { EmulatorContext } from '../http-types.js';
import type { ArmState } from './arm-state.js';
import { propertiesOf } from './resource-store.js';

export const JOB_STATUSES = [
  'NotStarted',
  'Starting',
  'Provisioning',
  'Preparing',
  'Queued',
  'Running',
  'Finalizing',
  'CancelRequested',
  'Completed',
  'Failed',
  'Canceled',
  'NotResponding',
  'Paused',
  'Unknown',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = [
  'Completed',
  'Failed',
  'Canceled',
  'NotResponding',
];

export interface JobRunner {
  /** A job was created with status NotStarted. `jobId` is its ARM id. */
  submitted(jobId: string, ctx: EmulatorContext): void;
  /** Cancellation of a running job was requested (status CancelRequested; it becomes Canceled when the LRO ends). */
  cancelRequested(jobId: string, ctx: EmulatorContext): void;
}

/** Sets a job's status; false when the job does not exist (the caller marks the state dirty). */
export function setJobStatus(state: ArmState, jobId: string, status: JobStatus): boolean {
  const job = state.resources[jobId.toLowerCase()];
  if (job?.kind !== 'job') return false;
  propertiesOf(job).status = status;
  return true;
}
