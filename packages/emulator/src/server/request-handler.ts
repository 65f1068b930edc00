/**
 * The request pipeline: route → api-version (ARM) → authentication (ARM) → faults → authorization (ARM) → handler,
 * with ARM's request-id headers on every answer and one request-log entry per non-admin request.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultRegistry, FaultRule } from '../faults/fault-registry.js';
import type { RequestLog, RequestLogEntry } from '../faults/request-log.js';
import type { EmulatorContext, EmuRequest, EmuResponse, Principal, Route } from '../http-types.js';
import { checkApiVersion } from './api-version.js';
import { armError } from './arm-error.js';
import { faultAction } from './http-fault.js';
import { BodyTooLargeError, parseBody, readBody } from './request-body.js';
import type { RouteMatch, Router } from './router.js';
import { sendResponse } from './send-response.js';

type Awaitable<T> = T | Promise<T>;

/** The identity module's hooks the server calls for 'arm' routes. */
export interface AuthHooks {
  authenticateArm(req: EmuRequest, ctx: EmulatorContext): Awaitable<Principal | EmuResponse>;
  authorizeWorkspace(
    principal: Principal,
    workspaceName: string,
    access: 'read' | 'write',
    ctx: EmulatorContext,
  ): Awaitable<EmuResponse | undefined>;
}

export interface RequestHandlerOptions {
  router: Router;
  auth: AuthHooks;
  faults: FaultRegistry;
  requestLog: RequestLog;
  ctx: EmulatorContext;
  log: (message: string) => void;
}

type Outcome = { response: EmuResponse; fault?: FaultRule; dropAfter?: boolean } | { dropped: FaultRule };

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function createRequestHandler(
  options: RequestHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      options.log(
        `azureml-emulator: ${req.method ?? ''} ${req.url ?? ''} failed: ${(error as Error).stack ?? String(error)}`,
      );
      if (res.headersSent) res.destroy();
      else sendResponse(res, armError(500, 'InternalServerError', (error as Error).message), {});
    });
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: RequestHandlerOptions,
): Promise<void> {
  const started = performance.now();
  const requestId = randomUUID();
  const correlationId = headerValue(req, 'x-ms-correlation-request-id') ?? randomUUID();
  const baseHeaders = { 'x-ms-request-id': requestId, 'x-ms-correlation-request-id': correlationId };
  const url = new URL(req.url ?? '/', options.ctx.baseUrl);
  const method = (req.method ?? 'GET').toUpperCase();
  const match = options.router.match(method, url.pathname);
  const route = match.kind === 'found' ? match.route : undefined;

  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendResponse(res, armError(413, 'RequestEntityTooLarge', error.message), baseHeaders);
    return;
  }

  const emuRequest: EmuRequest = {
    method: route?.method ?? 'GET',
    url,
    params: match.kind === 'found' ? match.params : {},
    headers: flattenHeaders(req),
    body: undefined,
    rawBody: raw,
    remoteAddress: req.socket.remoteAddress ?? '',
  };

  if (route?.auth === 'admin') {
    const response = LOOPBACK.has(emuRequest.remoteAddress)
      ? (parseBodyInto(emuRequest) ?? (await route.handler(emuRequest, options.ctx)))
      : armError(403, 'Forbidden', 'Admin routes answer only the local machine.');
    sendResponse(res, response, baseHeaders);
    return;
  }

  const entry: RequestLogEntry = {
    time: options.ctx.now().toISOString(),
    requestId,
    method,
    path: url.pathname,
    status: 0,
    durationMs: 0,
  };
  const apiVersion = url.searchParams.get('api-version');
  if (apiVersion !== null) entry.apiVersion = apiVersion;
  if (route?.operationId !== undefined) entry.operationId = route.operationId;

  const outcome = await process(emuRequest, { method, route, match, correlationId }, options);
  if (emuRequest.principal) entry.identity = emuRequest.principal.name;
  const fault = 'dropped' in outcome ? outcome.dropped : outcome.fault;
  if (fault) entry.fault = `${fault.kind}:${fault.id}`;
  if ('dropped' in outcome || outcome.dropAfter === true) {
    req.socket.destroy();
  } else {
    sendResponse(res, outcome.response, baseHeaders);
    entry.status = outcome.response.status;
  }
  entry.durationMs = Math.round(performance.now() - started);
  options.requestLog.add(entry);
}

interface Matched {
  /** The request's own method (EmuRequest.method is the route's, and GET when nothing matched). */
  method: string;
  route: Route | undefined;
  match: RouteMatch;
  correlationId: string;
}

async function process(req: EmuRequest, matched: Matched, options: RequestHandlerOptions): Promise<Outcome> {
  const { ctx } = options;
  const { method, route } = matched;
  if (route?.auth === 'arm') {
    const versionError = checkApiVersion(route, req.url, req.params, ctx.state.config);
    if (versionError) return { response: versionError };
  }
  // Routes that authenticate themselves (scoring) get the body as it came: the scoring script parses it.
  const invalidBody = route?.auth === 'custom' ? undefined : parseBodyInto(req);
  if (invalidBody) return { response: invalidBody };
  if (route?.auth === 'arm') {
    const authenticated = await options.auth.authenticateArm(req, ctx);
    if ('status' in authenticated) return { response: authenticated };
    req.principal = authenticated;
  }

  const fault = options.faults.forRequest({
    method,
    path: req.url.pathname,
    ...(route?.operationId === undefined ? {} : { operationId: route.operationId }),
  });
  let dropAfter = false;
  if (fault) {
    const action = faultAction(fault, {
      method,
      subscriptionId: ctx.state.config.subscriptionId,
      correlationId: matched.correlationId,
      ...(req.principal ? { clientId: req.principal.clientId } : {}),
    });
    if (action.kind === 'respond') return { response: action.response, fault };
    if (action.kind === 'drop' && action.phase === 'before') return { dropped: fault };
    if (action.kind === 'delay') await sleep(action.ms);
    dropAfter = action.kind === 'drop';
  }

  const response = await answer(req, matched, options);
  return fault ? { response, fault, dropAfter } : { response };
}

async function answer(
  req: EmuRequest,
  { method, route, match }: Matched,
  { auth, ctx }: RequestHandlerOptions,
): Promise<EmuResponse> {
  if (match.kind === 'method-not-allowed') {
    return armError(
      405,
      'MethodNotAllowed',
      `The requested resource does not support http method '${method}'.`,
      {
        headers: { Allow: match.allowed.join(', ') },
      },
    );
  }
  if (!route) {
    return armError(404, 'NotFound', `The requested path '${req.url.pathname}' was not found.`);
  }
  const workspaceName = req.params.workspaceName;
  if (route.auth === 'arm' && req.principal && route.access && workspaceName !== undefined) {
    const denied = await auth.authorizeWorkspace(req.principal, workspaceName, route.access, ctx);
    if (denied) return denied;
  }
  return route.handler(req, ctx);
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function flattenHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const name of Object.keys(req.headers)) headers[name] = headerValue(req, name);
  return headers;
}

/** Sets req.body from the raw body; the ARM error for invalid JSON, if it is. */
function parseBodyInto(req: EmuRequest): EmuResponse | undefined {
  const parsed = parseBody(req.rawBody, req.headers['content-type']);
  if (parsed.ok) {
    req.body = parsed.value;
    return undefined;
  }
  return armError(
    400,
    'InvalidRequestContent',
    `The request content was invalid and could not be deserialized: '${parsed.error}'.`,
  );
}
