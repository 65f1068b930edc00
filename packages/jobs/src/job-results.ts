/**
 * What a finished job produced: each output's azureml:// URI (its own path, or Azure ML's default
 * `azureml://datastores/workspaceblobstore/paths/azureml/<job>/<output>/`), ready for register-model's model-uri;
 * the studio link; and the metrics the job logged with MLflow, read from the MLflow REST API under the job's
 * Tracking endpoint (`runs/get`, latest value of each metric) with the same ARM token.
 */
import { createPipelineRequest } from '@azure/core-rest-pipeline';
import type { CommandJob, JobBase } from '@azure/arm-machinelearning';
import { DEFAULT_DATASTORE, parseArmErrorBody, type MlClient, type WorkspaceRef } from '@aml-actions/azure';

export function jobOutputUris(name: string, job: JobBase): Record<string, string> {
  const outputs = (job.properties as Partial<CommandJob>).outputs ?? {};
  return Object.fromEntries(
    Object.entries(outputs).map(([output, spec]) => {
      // Asset outputs (uri_folder, custom_model, …) carry `uri`; the SDK's JobOutput type does not declare it.
      const uri = (spec as { uri?: string | null } | null)?.uri;
      return [
        output,
        uri
          ? uri.replace(/\$\{\{\s*name\s*\}\}|\{name\}/g, name)
          : `azureml://datastores/${DEFAULT_DATASTORE}/paths/azureml/${name}/${output}/`,
      ];
    }),
  );
}

export function studioUrl(name: string, job: JobBase, workspace: WorkspaceRef): string {
  return (
    job.properties.services?.Studio?.endpoint ??
    `https://ml.azure.com/runs/${encodeURIComponent(name)}?wsid=${workspace.id}`
  );
}

/** The MLflow tracking URI of the job (https form), when Azure ML reports one. */
export function trackingUri(job: JobBase): string | undefined {
  const endpoint = job.properties.services?.Tracking?.endpoint;
  return endpoint
    ? endpoint
        .replace(/^azureml:/i, 'https:')
        .replace(/\?.*$/, '')
        .replace(/\/+$/, '')
    : undefined;
}

/** The latest value of each metric the job logged; throws with the service's message when the call fails. */
export async function readJobMetrics(
  client: MlClient,
  name: string,
  job: JobBase,
  signal: AbortSignal,
): Promise<Record<string, number>> {
  const tracking = trackingUri(job);
  if (tracking === undefined) throw new Error('the job reports no MLflow Tracking endpoint');
  const url = `${tracking}/api/2.0/mlflow/runs/get?run_id=${encodeURIComponent(name)}`;
  const response = await client.sendRequest(
    createPipelineRequest({ url, method: 'GET', abortSignal: signal }),
  );
  const text = response.bodyAsText ?? '';
  if (response.status !== 200) {
    const mlflow = parseJson(text) as { message?: unknown } | undefined;
    const detail =
      typeof mlflow?.message === 'string' ? mlflow.message : (parseArmErrorBody(text)?.message ?? text);
    throw new Error(`MLflow runs/get answered HTTP ${response.status}: ${detail.slice(0, 300)}`);
  }
  const body = parseJson(text) as { run?: { data?: { metrics?: { key?: unknown; value?: unknown }[] } } };
  const metrics: Record<string, number> = {};
  for (const metric of body.run?.data?.metrics ?? []) {
    if (typeof metric.key === 'string' && typeof metric.value === 'number')
      metrics[metric.key] = metric.value;
  }
  return metrics;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
