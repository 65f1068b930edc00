/** Turns a fired HTTP fault rule into what the server does: answer an error, wait, or drop the connection. */
import type { EmuResponse } from '../http-types.js';
import type { FaultRule } from '../faults/fault-registry.js';
import { armError } from './arm-error.js';

export type FaultAction =
  | { kind: 'respond'; response: EmuResponse }
  | { kind: 'delay'; ms: number }
  | { kind: 'drop'; phase: 'before' | 'after' };

export interface FaultRequestContext {
  method: string;
  subscriptionId: string;
  clientId?: string;
  correlationId: string;
}

export function faultAction(rule: FaultRule, request: FaultRequestContext): FaultAction {
  switch (rule.kind) {
    case 'throttle': {
      const seconds = rule.retryAfterSeconds ?? 1;
      const operation = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
      return {
        kind: 'respond',
        response: armError(
          429,
          rule.code ?? 'SubscriptionRequestsThrottled',
          rule.message ??
            `Number of '${operation}' requests for subscription '${request.subscriptionId}' actor ` +
              `'${request.clientId ?? 'unknown'}' exceeded. Please try after '${seconds}' seconds after the last ` +
              `request. Tracking Id is '${request.correlationId}'.`,
          { headers: { 'Retry-After': String(seconds) } },
        ),
      };
    }
    case 'error': {
      const status = rule.status ?? 500;
      const headers: Record<string, string> =
        rule.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(rule.retryAfterSeconds) };
      const [code, message] =
        status === 503
          ? ['ServiceUnavailable', 'The service is currently unavailable. Please try again later.']
          : [
              'InternalServerError',
              `Encountered internal server error. Diagnostic information: correlation id '${request.correlationId}'.`,
            ];
      return {
        kind: 'respond',
        response: armError(status, rule.code ?? code, rule.message ?? message, { headers }),
      };
    }
    case 'delay':
      return { kind: 'delay', ms: rule.delayMs ?? 1000 };
    case 'drop':
      return { kind: 'drop', phase: rule.phase ?? 'before' };
    case 'lro-failure':
    case 'crash':
      throw new Error(
        `Fault rule ${rule.id}: ${rule.kind} rules apply to ${rule.kind === 'crash' ? 'serving instances' : 'finishing LROs'}, not to HTTP requests.`,
      );
  }
}
