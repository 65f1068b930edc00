/**
 * The Azure ML management client (@azure/arm-machinelearning 2.1.1, API 2022-10-01) pointed at the cloud's ARM
 * endpoint, plus `armJson` for newer API versions the SDK cannot express, sent through the same pipeline
 * (authentication, retries, user agent, TLS options).
 */
import {
  AzureMachineLearningWorkspaces,
  type AzureMachineLearningWorkspacesOptionalParams,
} from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/identity';
import {
  RestError,
  createHttpHeaders,
  createPipelineRequest,
  type HttpMethods,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { parseArmErrorBody } from './arm-errors.js';
import type { Cloud } from './clouds.js';

/** The suite's name and version for the User-Agent header (a unit test keeps it equal to the root package.json). */
export const SUITE_NAME = 'azureml-mlops-actions';
export const SUITE_VERSION = '0.1.0';

/** API version of the raw calls for what 2022-10-01 lacks (endpoint mirrorTraffic, deployment dataCollector). */
export const PREVIEW_FEATURES_API_VERSION = '2024-04-01';

export type MlClient = AzureMachineLearningWorkspaces;

export interface MlClientOptions extends Pick<
  AzureMachineLearningWorkspacesOptionalParams,
  'retryOptions' | 'tlsOptions' | 'additionalPolicies' | 'httpClient'
> {
  /** The action using the client, added to the User-Agent (e.g. 'deploy-endpoint'). */
  actionName?: string;
}

export function userAgentPrefix(actionName?: string): string {
  return `${SUITE_NAME}/${SUITE_VERSION}${actionName ? ` (${actionName})` : ''}`;
}

export function createMlClient(
  cloud: Cloud,
  credential: TokenCredential,
  subscriptionId: string,
  options: MlClientOptions = {},
): MlClient {
  const { actionName, retryOptions, ...pipelineOptions } = options;
  return new AzureMachineLearningWorkspaces(credential, subscriptionId, {
    ...pipelineOptions,
    endpoint: cloud.armEndpoint,
    // $host is what the SDK exposes of its endpoint; armJson builds its URLs from it.
    $host: cloud.armEndpoint,
    credentialScopes: [`${cloud.armAudience}/.default`],
    userAgentOptions: { userAgentPrefix: userAgentPrefix(actionName) },
    // The SDK's default (3 retries, exponential from 1 s) with the wait between tries capped at 30 s.
    retryOptions: { maxRetries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 30_000, ...retryOptions },
  });
}

export interface ArmRequest {
  method: HttpMethods;
  /** ARM path starting with '/subscriptions/…', without api-version. */
  path: string;
  apiVersion: string;
  body?: unknown;
  abortSignal?: AbortSignal;
}

export interface ArmResponse<T> {
  status: number;
  body: T | undefined;
  headers: Record<string, string>;
}

/**
 * Send one ARM request through the client's pipeline and parse its JSON body. A status of 400 or more throws the
 * same RestError the SDK would (see translateArmError).
 */
export async function armJson<T = unknown>(client: MlClient, request: ArmRequest): Promise<ArmResponse<T>> {
  const url = new URL(`${client.$host.replace(/\/+$/, '')}${request.path}`);
  url.searchParams.set('api-version', request.apiVersion);
  const headers = createHttpHeaders({ accept: 'application/json' });
  if (request.body !== undefined) headers.set('content-type', 'application/json; charset=utf-8');
  const pipelineRequest = createPipelineRequest({
    url: url.toString(),
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    ...(request.abortSignal === undefined ? {} : { abortSignal: request.abortSignal }),
  });
  const response = await client.sendRequest(pipelineRequest);
  const text = response.bodyAsText ?? '';
  if (response.status >= 400) {
    throw armRestError(response, text);
  }
  return {
    status: response.status,
    body: text === '' ? undefined : (JSON.parse(text) as T),
    headers: response.headers.toJSON(),
  };
}

/** The RestError core-client would build for an ARM error response (code and message from the ErrorResponse body). */
function armRestError(response: PipelineResponse, text: string): RestError {
  const detail = parseArmErrorBody(text);
  return new RestError(detail?.message ?? (text || `HTTP ${response.status}`), {
    ...(detail?.code === undefined ? {} : { code: detail.code }),
    statusCode: response.status,
    request: response.request,
    response,
  });
}
