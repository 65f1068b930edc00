/**
 * The part of Azure ML's MLflow tracking server that reads a job's run: `GET {tracking}/api/2.0/mlflow/runs/get
 * ?run_id=<job name>`, where {tracking} is the job's Tracking service endpoint (azureml:// → https://). As on Azure ML,
 * an ARM access token with read access to the workspace is accepted; errors have MLflow's shape.
 */
import { checkResourceGroup, workspaceNotFound } from '../arm/arm-route.js';
import { isObject } from '../arm/request-checks.js';
import { findWorkspace, workspaceId } from '../arm/resource-ids.js';
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import { authenticateArm, authorizeWorkspace } from '../identity/index.js';
import { latestMetrics, readMlflowRecords } from './mlflow-records.js';
import { text } from './json-text.js';

const TRACKING_PREFIX = '/mlflow/v1.0';
const WORKSPACE =
  '/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/Microsoft.MachineLearningServices/workspaces/:workspaceName';

/** The Tracking service endpoint of a workspace's jobs, in Azure ML's azureml:// form. */
export function trackingEndpoint(ctx: EmulatorContext, workspaceName: string): string {
  return `${ctx.baseUrl.replace(/^https:/, 'azureml:')}${TRACKING_PREFIX}${workspaceId(ctx.state.config, workspaceName)}`;
}

const MLFLOW_STATUS: Record<string, string> = {
  Running: 'RUNNING',
  Finalizing: 'RUNNING',
  CancelRequested: 'RUNNING',
  Completed: 'FINISHED',
  Failed: 'FAILED',
  Canceled: 'KILLED',
  NotResponding: 'FAILED',
};

export function mlflowRoutes(runDirOf: (workspace: string, job: string) => string): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${TRACKING_PREFIX}${WORKSPACE}/api/2.0/mlflow/runs/get`,
      auth: 'custom',
      operationId: 'MLflow_RunsGet',
      handler: (req, ctx) => getRun(req, ctx, runDirOf),
    },
  ];
}

async function getRun(
  req: EmuRequest,
  ctx: EmulatorContext,
  runDirOf: (workspace: string, job: string) => string,
): Promise<EmuResponse> {
  const principal = authenticateArm(req, ctx);
  if ('status' in principal) return principal;
  const config = ctx.state.config;
  const groupError = checkResourceGroup(req.params, config);
  if (groupError !== undefined) return groupError;
  const workspace = findWorkspace(config, req.params.workspaceName ?? '');
  if (workspace === undefined) return workspaceNotFound(req.params.workspaceName ?? '', config);
  const denied = authorizeWorkspace(principal, workspace.name, 'read', ctx);
  if (denied !== undefined) return denied;
  const runId = req.url.searchParams.get('run_id') ?? req.url.searchParams.get('run_uuid') ?? '';
  if (runId === '')
    return mlflowError(400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'run_id'.");
  const job = ctx.state.arm.resources[`${workspaceId(config, workspace.name)}/jobs/${runId}`.toLowerCase()];
  if (job?.kind !== 'job' || !isObject(job.body.properties)) {
    return mlflowError(404, 'RESOURCE_DOES_NOT_EXIST', `Run '${runId}' not found.`);
  }
  const properties = job.body.properties;
  const records = await readMlflowRecords(runDirOf(workspace.name, String(job.body.name)));
  const systemData = isObject(job.body.systemData) ? job.body.systemData : {};
  const pairs = (map: Record<string, string>): { key: string; value: string }[] =>
    Object.entries(map).map(([key, value]) => ({ key, value }));
  return {
    status: 200,
    body: {
      run: {
        info: {
          run_id: job.body.name,
          run_uuid: job.body.name,
          run_name: properties.displayName ?? job.body.name,
          experiment_id: text(properties.experimentName, 'Default'),
          status: MLFLOW_STATUS[String(properties.status)] ?? 'SCHEDULED',
          start_time: Date.parse(text(systemData.createdAt)) || 0,
          lifecycle_stage: 'active',
        },
        data: {
          metrics: latestMetrics(records.history),
          params: pairs(records.params),
          tags: pairs(records.tags),
        },
      },
    },
  };
}

function mlflowError(status: number, code: string, message: string): EmuResponse {
  return { status, body: { error_code: code, message } };
}
