/**
 * The scoring data plane on the emulator's HTTPS listener: `{baseUrl}/endpoints/{workspace}/{endpoint}/score`
 * (the endpoint's scoringUri) and `/swagger.json` (its swaggerUri). Requests are authorized by the endpoint's
 * authMode, routed by traffic (or the azureml-model-deployment header), mirrored, and answered with the service's
 * status codes: 408 timeout, 424 model error (ms-azureml-model-error-* headers), 429 too many requests, 502 crash.
 */
import { randomUUID } from 'node:crypto';
import type { StoredResource } from '../arm/arm-state.js';
import { settle } from '../arm/arm-route.js';
import { findWorkspace, workspaceId } from '../arm/resource-ids.js';
import { childrenOf, getResource, propertiesOf } from '../arm/resource-store.js';
import type { EmulatorContext, EmuRequest, EmuResponse, Route } from '../http-types.js';
import type { ServingRunner } from './deployment-runner.js';
import type { DeploymentServer, ScoreInput, ScoreOutcome } from './deployment-server.js';
import { authorizeScoring } from './scoring-auth.js';
import { planRoute } from './traffic-routing.js';

const SERVING_STATES = ['Succeeded', 'Updating', 'Scaling'];
const DEPLOYMENT_HEADER = 'azureml-model-deployment';

const message = (status: number, text: string, headers: Record<string, string> = {}): EmuResponse => ({
  status,
  headers,
  body: { message: text },
});

interface Target {
  endpoint: StoredResource;
  workspace: string;
}

function findEndpoint(req: EmuRequest, ctx: EmulatorContext): Target | EmuResponse {
  settle(ctx);
  const workspace = findWorkspace(ctx.state.config, req.params.workspaceName ?? '');
  const name = req.params.endpointName ?? '';
  const endpoint =
    workspace === undefined
      ? undefined
      : getResource(
          ctx.state.arm,
          `${workspaceId(ctx.state.config, workspace.name)}/onlineEndpoints/${name}`,
          'onlineEndpoint',
        );
  if (workspace === undefined || endpoint === undefined) {
    return message(404, `No online endpoint '${name}' in workspace '${req.params.workspaceName ?? ''}'.`);
  }
  return { endpoint, workspace: workspace.name };
}

/** The deployment that answers (or the error), and the mirror deployment that gets a copy. */
function route(
  req: EmuRequest,
  ctx: EmulatorContext,
  endpoint: StoredResource,
  runner: ServingRunner,
): { server: DeploymentServer; mirror?: DeploymentServer } | EmuResponse {
  const servers = new Map<string, DeploymentServer>();
  for (const deployment of childrenOf(ctx.state.arm, endpoint.id, 'onlineDeployment')) {
    const server = runner.server(deployment.id);
    if (server !== undefined && SERVING_STATES.includes(String(propertiesOf(deployment).provisioningState))) {
      servers.set(String(deployment.body.name), server);
    }
  }
  const plan = planRoute(propertiesOf(endpoint), req.headers[DEPLOYMENT_HEADER], [...servers.keys()]);
  switch (plan.kind) {
    case 'no-traffic':
      return message(
        404,
        'No valid deployments to route to. Please check that the endpoint has at least one deployment with ' +
          `positive weight values or use a deployment specific header (${DEPLOYMENT_HEADER}) to route.`,
      );
    case 'unknown-deployment':
      return message(
        404,
        `Deployment '${plan.name}' does not exist under endpoint '${String(endpoint.body.name)}' or is not ` +
          `provisioned. Serving deployments: ${[...servers.keys()].join(', ') || 'none'}.`,
      );
    case 'deployment': {
      const server = servers.get(plan.name);
      if (server === undefined) return message(404, `Deployment '${plan.name}' is not serving.`);
      const mirror = plan.mirror === undefined ? undefined : servers.get(plan.mirror);
      return mirror === undefined ? { server } : { server, mirror };
    }
  }
}

/** The run() input: the POST body as UTF-8 text, or GET parameters as JSON (each value parsed as JSON if it is). */
function runInput(req: EmuRequest): string | undefined {
  if (req.method === 'GET') {
    const parsed: Record<string, unknown> = {};
    const parse = (value: string): unknown => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    };
    for (const key of new Set(req.url.searchParams.keys())) {
      const values = req.url.searchParams.getAll(key).map(parse);
      parsed[key] = values.length === 1 ? values[0] : values;
    }
    return JSON.stringify(parsed);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(req.rawBody);
  } catch {
    return undefined;
  }
}

function answer(outcome: ScoreOutcome, deployment: string, requestId: string): EmuResponse {
  const headers = { 'x-request-id': requestId, [DEPLOYMENT_HEADER]: deployment };
  switch (outcome.kind) {
    case 'answer': {
      const { result } = outcome;
      const timing = { 'x-ms-run-fn-exec-ms': result.ms.toFixed(3) };
      if (result.status === 200) {
        return {
          status: 200,
          headers: { 'Content-Type': 'application/json', ...result.headers, ...timing, ...headers },
          body: result.body,
        };
      }
      return {
        status: 424,
        headers: {
          'Content-Type': 'application/json',
          ...result.headers,
          ...timing,
          ...headers,
          'ms-azureml-model-error-statuscode': String(result.status),
          'ms-azureml-model-error-reason': 'model_error',
        },
        body: result.body,
      };
    }
    case 'timeout':
      return message(408, `Request timed out after ${outcome.timeoutMs} ms (request_timeout_ms).`, headers);
    case 'too-many':
      return message(
        429,
        `Too many pending requests: deployment '${deployment}' accepts at most ${outcome.limit} concurrent requests ` +
          '(2 × max_concurrent_requests_per_instance × instance_count).',
        headers,
      );
    case 'crashed':
      return message(502, `The model container did not answer: ${outcome.message}.`, headers);
    case 'fault':
      return faultAnswer(outcome.fault, headers);
  }
}

function faultAnswer(
  fault: Extract<ScoreOutcome, { kind: 'fault' }>['fault'],
  headers: Record<string, string>,
) {
  if (fault.kind === 'throttle') {
    const seconds = String(fault.retryAfterSeconds ?? 1);
    return message(429, fault.message ?? 'Too many requests (injected).', {
      ...headers,
      'Retry-After': seconds,
    });
  }
  const status = fault.status ?? 500;
  return {
    status: 424,
    headers: {
      ...headers,
      'Content-Type': 'application/json',
      'ms-azureml-model-error-statuscode': String(status),
      'ms-azureml-model-error-reason': 'model_error',
    },
    body: JSON.stringify({ message: fault.message ?? `Injected model error (fault ${fault.id}).` }),
  };
}

async function score(req: EmuRequest, ctx: EmulatorContext, runner: ServingRunner): Promise<EmuResponse> {
  const target = findEndpoint(req, ctx);
  if ('status' in target) return target;
  const denied = await authorizeScoring(req, ctx, target.endpoint, target.workspace);
  if (denied !== undefined) return denied;
  const routed = route(req, ctx, target.endpoint, runner);
  if ('status' in routed) return routed;
  const body = runInput(req);
  if (body === undefined) return message(400, 'Input cannot be decoded as UTF-8.');
  const requestId = req.headers['x-request-id'] ?? randomUUID();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = value;
  const input: ScoreInput = {
    body,
    headers,
    path: '/score',
    method: req.method,
    requestId,
    correlationId: req.headers['x-ms-client-request-id'] ?? requestId,
  };
  if (routed.mirror !== undefined) void routed.mirror.score(input);
  return answer(await routed.server.score(input), routed.server.name, requestId);
}

async function swagger(req: EmuRequest, ctx: EmulatorContext): Promise<EmuResponse> {
  const target = findEndpoint(req, ctx);
  if ('status' in target) return target;
  const denied = await authorizeScoring(req, ctx, target.endpoint, target.workspace);
  if (denied !== undefined) return denied;
  return {
    status: 200,
    body: {
      swagger: '2.0',
      info: {
        title: String(target.endpoint.body.name),
        description: 'API specification for Azure Machine Learning',
        version: '2.0',
      },
      schemes: ['https'],
      consumes: ['application/json'],
      produces: ['application/json'],
      securityDefinitions: { Bearer: { type: 'apiKey', name: 'Authorization', in: 'header' } },
      paths: {
        '/score': {
          post: {
            description: "Run web service's model and get the prediction output",
            security: [{ Bearer: [] }],
            parameters: [
              { name: 'serviceInputPayload', in: 'body', required: true, schema: { type: 'object' } },
            ],
            responses: {
              '200': { description: 'Success', schema: { type: 'object' } },
              default: { description: 'Failure', schema: { $ref: '#/definitions/ErrorResponse' } },
            },
          },
        },
      },
      definitions: {
        ErrorResponse: { type: 'object', properties: { message: { type: 'string' } } },
      },
    },
  };
}

export function scoringRoutes(runner: ServingRunner): Route[] {
  const base = '/endpoints/:workspaceName/:endpointName';
  return [
    {
      method: 'POST',
      pattern: `${base}/score`,
      auth: 'custom',
      handler: (req, ctx) => score(req, ctx, runner),
    },
    {
      method: 'GET',
      pattern: `${base}/score`,
      auth: 'custom',
      handler: (req, ctx) => score(req, ctx, runner),
    },
    { method: 'GET', pattern: `${base}/swagger.json`, auth: 'custom', handler: swagger },
  ];
}
