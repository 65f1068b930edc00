/**
 * Jobs_CreateOrUpdate and Jobs_Get as raw ARM calls (armJson, same pipeline as the SDK client). The SDK 2.1.1
 * serializer loses the `uri` and `mode` of asset inputs and outputs: its discriminator map registers them as
 * `AssetJobInput.uri_folder` / `AssetJobOutput.custom_model`, but looks them up under `JobInput.…` / `JobOutput.…`,
 * so an input folder would reach Azure without its path. Sent as JSON, the body is exactly what the spec mapped.
 */
import type { JobBase } from '@azure/arm-machinelearning';
import { armJson, type MlClient, type WorkspaceRef } from '@aml-actions/azure';

export const JOBS_API_VERSION = '2022-10-01';

export function jobPath(workspace: WorkspaceRef, name: string): string {
  return `${workspace.id}/jobs/${encodeURIComponent(name)}`;
}

export async function putJob(
  client: MlClient,
  workspace: WorkspaceRef,
  name: string,
  body: JobBase,
  signal: AbortSignal,
): Promise<JobBase> {
  const response = await armJson<JobBase>(client, {
    method: 'PUT',
    path: jobPath(workspace, name),
    apiVersion: JOBS_API_VERSION,
    body,
    abortSignal: signal,
  });
  if (response.body === undefined) throw new Error(`Jobs_CreateOrUpdate for ${name} answered without a body`);
  return response.body;
}

/** The job, or undefined when it does not exist. */
export async function getJob(
  client: MlClient,
  workspace: WorkspaceRef,
  name: string,
  signal: AbortSignal,
): Promise<JobBase | undefined> {
  try {
    const response = await armJson<JobBase>(client, {
      method: 'GET',
      path: jobPath(workspace, name),
      apiVersion: JOBS_API_VERSION,
      abortSignal: signal,
    });
    return response.body;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}
