/** The request log: one entry per request the emulator answered (or dropped), for tests that count calls. */

export interface RequestLogEntry {
  time: string;
  requestId: string;
  method: string;
  path: string;
  apiVersion?: string;
  /** HTTP status sent; 0 when the connection was dropped by a fault. */
  status: number;
  /** Name of the identity (config identity name) whose token authenticated the call. */
  identity?: string;
  operationId?: string;
  durationMs: number;
  /** `kind:id` of the fault rule applied, if any. */
  fault?: string;
}

export interface RequestLogFilter {
  method?: string;
  operationId?: string;
  /** Case-insensitive substring of the path. */
  path?: string;
  status?: number;
  identity?: string;
}

export interface RequestLog {
  add(entry: RequestLogEntry): void;
  entries(filter?: RequestLogFilter): RequestLogEntry[];
  clear(): void;
}

/** Keeps the newest `limit` entries. */
export function createRequestLog(limit = 10_000): RequestLog {
  let log: RequestLogEntry[] = [];
  const eq = (a: string | undefined, b: string | undefined): boolean =>
    a === undefined || a.toLowerCase() === b?.toLowerCase();
  return {
    add(entry) {
      log.push(entry);
      if (log.length > limit) log = log.slice(log.length - limit);
    },
    entries(filter = {}) {
      return log.filter(
        (e) =>
          eq(filter.method, e.method) &&
          eq(filter.operationId, e.operationId) &&
          eq(filter.identity, e.identity) &&
          (filter.status === undefined || filter.status === e.status) &&
          (filter.path === undefined || e.path.toLowerCase().includes(filter.path.toLowerCase())),
      );
    },
    clear() {
      log = [];
    },
  };
}
