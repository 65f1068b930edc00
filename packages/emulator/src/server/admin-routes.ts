/** Loopback-only control routes under {adminUrl}: fault rules, the request log, and the ready-line info. */
import type { FaultRegistry } from '../faults/fault-registry.js';
import type { RequestLog, RequestLogFilter } from '../faults/request-log.js';
import type { EmuRequest, Route } from '../http-types.js';
import { ConfigError } from '../state/config-error.js';
import { armError } from './arm-error.js';

export const ADMIN_PREFIX = '/_emulator';

export interface AdminDeps {
  faults: FaultRegistry;
  requestLog: RequestLog;
  info: () => unknown;
}

export function adminRoutes({ faults, requestLog, info }: AdminDeps): Route[] {
  const route = (method: Route['method'], path: string, handler: Route['handler']): Route => ({
    method,
    pattern: `${ADMIN_PREFIX}${path}`,
    auth: 'admin',
    handler,
  });
  return [
    route('GET', '/info', () => ({ status: 200, body: info() })),
    route('GET', '/faults', () => ({ status: 200, body: { value: faults.list() } })),
    route('POST', '/faults', async (req) => {
      const inputs = Array.isArray(req.body) ? (req.body as unknown[]) : [req.body];
      // Loaded on first use: its schema library is a noticeable part of the start-up.
      const { parseFaultRule } = await import('../faults/fault-rule.js');
      try {
        const rules = inputs.map((input, i) =>
          parseFaultRule(input, `request body${inputs.length > 1 ? `[${i}]` : ''}`),
        );
        return { status: 201, body: { value: rules.map((rule) => faults.add(rule)) } };
      } catch (error) {
        if (error instanceof ConfigError) return armError(400, 'InvalidFaultRule', error.message);
        throw error;
      }
    }),
    route('DELETE', '/faults', () => {
      faults.clear();
      return { status: 204 };
    }),
    route('DELETE', '/faults/:id', (req) =>
      faults.remove(req.params.id ?? '')
        ? { status: 204 }
        : armError(404, 'NotFound', `No fault rule has id '${req.params.id ?? ''}'.`),
    ),
    route('GET', '/requests', (req) => ({
      status: 200,
      body: { value: requestLog.entries(logFilter(req)) },
    })),
    route('DELETE', '/requests', () => {
      requestLog.clear();
      return { status: 204 };
    }),
  ];
}

function logFilter(req: EmuRequest): RequestLogFilter {
  const query = req.url.searchParams;
  const filter: RequestLogFilter = {};
  for (const key of ['method', 'operationId', 'path', 'identity'] as const) {
    const value = query.get(key);
    if (value !== null) filter[key] = value;
  }
  const status = query.get('status');
  if (status !== null) filter.status = Number(status);
  return filter;
}
