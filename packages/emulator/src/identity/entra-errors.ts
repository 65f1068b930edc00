/** Error responses worded and shaped as Entra ID's token and discovery endpoints return them. */
import { randomUUID } from 'node:crypto';
import type { EmuRequest, EmuResponse, EmulatorContext } from '../http-types.js';
import { authorityUrl } from './identity-urls.js';

export type EntraErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_scope'
  | 'invalid_resource'
  | 'unauthorized_client'
  | 'unsupported_grant_type';

export interface EntraFailure {
  status: 400 | 401;
  error: EntraErrorCode;
  /** The AADSTS number. */
  code: number;
  /** The description after "AADSTSnnn: ", without the trailing trace and correlation ids. */
  description: string;
}

/** "2025-07-07 10:30:48Z", the form Entra uses in error bodies. */
export function entraTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** "2024-10-02T22:05:03.6755165Z", the form Entra uses for times inside descriptions (7 fractional digits). */
export function entraInstant(date: Date): string {
  return `${date.toISOString().slice(0, 23)}0000Z`;
}

export function entraError(req: EmuRequest, ctx: EmulatorContext, failure: EntraFailure): EmuResponse {
  const now = ctx.now();
  const traceId = randomUUID();
  const correlationId =
    req.url.searchParams.get('client-request-id') ?? req.headers['client-request-id'] ?? randomUUID();
  const timestamp = entraTimestamp(now);
  return {
    status: failure.status,
    headers: { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache', 'x-ms-request-id': traceId },
    body: {
      error: failure.error,
      error_description: `AADSTS${failure.code}: ${failure.description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [failure.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${authorityUrl(ctx)}/error?code=${failure.code}`,
    },
  };
}

export function missingParameter(name: string): EntraFailure {
  return {
    status: 400,
    error: 'invalid_request',
    code: 900144,
    description: `The request body must contain the following parameter: '${name}'.`,
  };
}

/** Tenant check shared by every authority route: AADSTS90002 as Entra answers an unknown tenant. */
export function unknownTenant(req: EmuRequest, ctx: EmulatorContext): EmuResponse | undefined {
  const tenant = req.params.tenant ?? '';
  if (tenant.toLowerCase() === ctx.state.config.tenantId.toLowerCase()) return undefined;
  return entraError(req, ctx, {
    status: 400,
    error: 'invalid_request',
    code: 90002,
    description: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  });
}
