/**
 * A long-running ARM operation sent as a raw request (api-version 2024-04-01, which knows properties the SDK's
 * version lacks, such as mirrorTraffic and dataCollector) and waited for: 409 answers are retried, polls wait exactly
 * the Retry-After the service sends (a growing backoff when it sends none) within the run's deadline, each state
 * change is logged with the elapsed time (action-kit's trackProgress, as waitForLro does), and the operation's own
 * result (Succeeded, or Failed with Azure's code and message) is returned rather than thrown.
 */
import { trackProgress, type Progress } from '@aml-actions/action-kit';
import { isRestError, type HttpMethods } from '@azure/core-rest-pipeline';
import { parseArmErrorBody, translateArmError, type ArmErrorDetail } from './arm-errors.js';
import { nextWaitMs, retryOnConflict, waitUntilDeadline, type ArmWaitContext } from './arm-wait.js';
import { isTerminalState, provisioningState, statusOf, type LroStatus } from './lro-state.js';
import { PREVIEW_FEATURES_API_VERSION, armJson, type ArmResponse } from './ml-client.js';

export interface LroRequest {
  method: HttpMethods;
  /** ARM path of the resource ('/subscriptions/…'). */
  path: string;
  body?: unknown;
  /** What runs, for log lines: "deployment blue". */
  label: string;
  /** The resource's state while the operation runs: Creating, Updating, Deleting. */
  runningState: string;
  /** Wait for the end (false: return right after Azure accepted the request). */
  wait: boolean;
  /** Retry the request while Azure answers 409 (default); false lets the caller start over from a fresh read. */
  retryConflicts?: boolean;
}

export interface LroResult<T> {
  /** The first response's body (the resource as the PUT left it; empty for DELETE). */
  accepted: T | undefined;
  status: LroStatus;
  error?: ArmErrorDetail;
  elapsedMs: number;
}

type PollMode = 'operation' | 'location' | 'resource';

/** Sends one ARM request with the raw 2024-04-01 api-version; ARM failures become readable UserErrors. */
export async function armRequest<T>(
  ctx: ArmWaitContext,
  method: HttpMethods,
  path: string,
  action: string,
  body?: unknown,
): Promise<ArmResponse<T>> {
  return armJson<T>(ctx.client, {
    method,
    path,
    apiVersion: PREVIEW_FEATURES_API_VERSION,
    abortSignal: ctx.signal,
    ...(body === undefined ? {} : { body }),
  }).catch((error: unknown) => {
    throw isRestError(error) && error.statusCode === 409 ? error : translateArmError(error, { action });
  });
}

export async function runLro<T>(ctx: ArmWaitContext, request: LroRequest): Promise<LroResult<T>> {
  const action = `${request.runningState} ${request.label}`;
  const send = () => armRequest<T>(ctx, request.method, request.path, action, request.body);
  const first = await (request.retryConflicts === false ? send() : retryOnConflict(ctx, action, send));
  const progress = trackProgress(ctx.logger, request.label);
  const target = pollTarget(first, request);
  if (target === undefined) return { accepted: first.body, status: 'Succeeded', elapsedMs: 0 };
  progress.update(request.runningState);
  if (!request.wait) return { accepted: first.body, status: 'Running', elapsedMs: 0 };
  let headers = first.headers;
  for (let attempt = 0; ; attempt++) {
    await waitUntilDeadline(ctx, nextWaitMs(headers, attempt), action);
    const polled = await poll(ctx, target, action);
    headers = polled.headers;
    const status = polled.status;
    progress.update(status === 'Running' ? request.runningState : status);
    if (status !== 'Running') return finished(first.body, polled, progress);
  }
}

function finished<T>(
  accepted: T | undefined,
  polled: { status: LroStatus; error?: ArmErrorDetail },
  progress: Progress,
): LroResult<T> {
  return {
    accepted,
    status: polled.status,
    elapsedMs: progress.elapsedMs(),
    ...(polled.error === undefined ? {} : { error: polled.error }),
  };
}

/** Where to poll, from the first response (as core-lro decides it); undefined when the request is already done. */
function pollTarget(
  first: ArmResponse<unknown>,
  request: LroRequest,
): { url: string; mode: PollMode } | undefined {
  const operation = first.headers['azure-asyncoperation'] ?? first.headers['operation-location'];
  if (operation !== undefined) return { url: operation, mode: 'operation' };
  const location = first.headers.location;
  if (location !== undefined) return { url: location, mode: 'location' };
  const state = provisioningState(first.body);
  if (request.method === 'PUT' && state !== undefined && !isTerminalState(state))
    return { url: request.path, mode: 'resource' };
  return undefined;
}

async function poll(
  ctx: ArmWaitContext,
  target: { url: string; mode: PollMode },
  action: string,
): Promise<{ status: LroStatus; error?: ArmErrorDetail; headers: Record<string, string> }> {
  const url = new URL(target.url, ctx.client.$host);
  if (url.origin !== new URL(ctx.client.$host).origin) {
    throw new Error(
      `${action}: Azure asked to poll ${url.origin}, not the ARM endpoint ${ctx.client.$host}.`,
    );
  }
  const apiVersion = url.searchParams.get('api-version') ?? PREVIEW_FEATURES_API_VERSION;
  url.searchParams.delete('api-version');
  try {
    const response = await armJson<{ status?: string; error?: ArmErrorDetail }>(ctx.client, {
      method: 'GET',
      path: `${url.pathname}${url.search}`,
      apiVersion,
      abortSignal: ctx.signal,
    });
    const { headers, body } = response;
    if (target.mode === 'location')
      return { status: response.status === 202 ? 'Running' : 'Succeeded', headers };
    const state = target.mode === 'operation' ? body?.status : provisioningState(body);
    const status = statusOf(state ?? (response.status === 202 ? 'Running' : 'Succeeded'));
    return { status, headers, ...(body?.error === undefined ? {} : { error: body.error }) };
  } catch (error) {
    // A Location URL answers a failed operation with the operation's error.
    if (target.mode === 'location' && isRestError(error) && (error.statusCode ?? 500) < 500) {
      const detail = parseArmErrorBody(error.response?.bodyAsText ?? undefined) ?? { message: error.message };
      return { status: 'Failed', error: detail, headers: {} };
    }
    throw translateArmError(error, { action });
  }
}
