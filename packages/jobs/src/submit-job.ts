/**
 * Submit a command job: resolve what the YAML refers to (uploads, inline registrations, @latest), add lineage tags,
 * and create the job under its own name or a generated one. A job the YAML names that already exists is followed
 * instead of being submitted again, so re-running a workflow does not start a second copy.
 */
import { randomBytes } from 'node:crypto';
import type { JobBase } from '@azure/arm-machinelearning';
import type { Logger } from '@aml-actions/action-kit';
import { translateArmError, type MlClient, type WorkspaceRef } from '@aml-actions/azure';
import { resolveAssets, type MappedCommandJob } from '@aml-actions/azureml-spec';
import {
  assetResolver,
  lineageTags,
  type AssetReport,
  type GitHubContext,
  type UploadContainer,
} from '@aml-actions/assets';
import { getJob, putJob } from './jobs-api.js';

export interface JobClients {
  client: MlClient;
  workspace: WorkspaceRef;
  logger: Logger;
  signal: AbortSignal;
  /** The workspace's default datastore, opened when something must be uploaded. */
  openDatastore: () => Promise<UploadContainer>;
}

export interface SubmittedJob {
  name: string;
  job: JobBase;
  /** True when the named job already existed and is followed rather than submitted. */
  attached: boolean;
  assets: AssetReport[];
}

export async function submitJob(
  spec: MappedCommandJob,
  github: GitHubContext,
  clients: JobClients,
): Promise<SubmittedJob> {
  const { client, workspace, logger, signal } = clients;
  const where = `workspace '${workspace.workspace}'`;
  if (spec.name !== undefined) {
    const existing = await getJob(client, workspace, spec.name, signal).catch((error: unknown) => {
      throw translateArmError(error, { action: `Reading job '${spec.name ?? ''}' in ${where}` });
    });
    if (existing !== undefined) {
      logger.info(
        `Job '${spec.name}' already exists in ${where} (status ${existing.properties.status ?? 'unknown'}): ` +
          'following it instead of submitting it again. Remove `name:` from the job file (or change it) to start a new run.',
      );
      return { name: spec.name, job: existing, attached: true, assets: [] };
    }
  }
  const assets: AssetReport[] = [];
  const resolved = await logger.group('Uploading and registering what the job uses', () =>
    resolveAssets(spec.pending, assetResolver(clients, assets)),
  );
  const body = spec.finalize(resolved);
  body.properties.tags = { ...body.properties.tags, ...lineageTags(github, '') };
  const name = spec.name ?? generateJobName(body.properties.experimentName);
  const job = await putJob(client, workspace, name, body, signal).catch((error: unknown) => {
    throw translateArmError(error, {
      action: `Submitting job '${name}' to ${where}`,
      resource: `job '${name}' in ${where}`,
    });
  });
  logger.info(`Submitted job ${name} (experiment '${job.properties.experimentName ?? 'Default'}').`);
  return { name, job, attached: false, assets };
}

/** `<experiment>_<10 random letters and digits>`, like the names Azure ML gives jobs submitted without one. */
export function generateJobName(experimentName: string | undefined, random = randomBytes(10)): string {
  const prefix = (experimentName ?? 'job')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  const suffix = [...random].map((byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');
  return `${/^[a-z0-9]/.test(prefix) ? prefix : 'job'}_${suffix}`;
}
