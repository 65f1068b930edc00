/** Fault rules: what to inject, and on which requests. Parsed from CLI flags, the config file and the admin route. */
import { z } from 'zod';
import { ConfigError } from '../state/config-error.js';

export const FAULT_KINDS = ['throttle', 'error', 'drop', 'delay', 'lro-failure', 'crash'] as const;

const logsSchema = z.strictObject({
  inferenceServer: z.string().optional(),
  storageInitializer: z.string().optional(),
});

export const faultRuleInputSchema = z
  .strictObject({
    id: z.string().min(1).optional(),
    kind: z.enum(FAULT_KINDS),
    /** Scope: HTTP method. */
    method: z.string().min(1).optional(),
    /** Scope: path pattern (`:name` or `*` for one segment, a final `**` for the rest; literals case-insensitive). */
    path: z.string().min(1).optional(),
    /** Scope: the route's OpenAPI operation id (for lro-failure: the LRO's operation, e.g. OnlineDeployments_CreateOrUpdate). */
    operationId: z.string().min(1).optional(),
    /** Scope: case-insensitive substring of the request path (for lro-failure: of the resource id). */
    resource: z.string().min(1).optional(),
    /**
     * Scope: an online deployment, `ENDPOINT/DEPLOYMENT` (or `DEPLOYMENT` on any endpoint). The rule then applies to
     * scoring requests routed to that deployment: error → the model answers `status` (the client sees 424), delay →
     * extra model latency, throttle → 429, crash → the serving instance's process dies (502; it restarts).
     */
    deployment: z.string().min(1).optional(),
    /** Let the first N matching requests pass before the rule fires (e.g. crash after N requests). */
    after: z.number().int().min(0).optional(),
    /** Fire on the first N matching requests only. */
    count: z.number().int().positive().optional(),
    /** Fire on each matching request with this probability. */
    probability: z.number().gt(0).max(1).optional(),
    /** error: the status (500 or 503; default 500). */
    status: z.union([z.literal(500), z.literal(503)]).optional(),
    /** throttle: Retry-After seconds (default 1); error: sent when given. */
    retryAfterSeconds: z.number().int().min(0).optional(),
    /** delay: milliseconds to wait before answering (default 1000). */
    delayMs: z.number().int().min(0).optional(),
    /** drop: destroy the socket before the handler runs (default) or after it ran (the change happens, the answer is lost). */
    phase: z.enum(['before', 'after']).optional(),
    /** error and lro-failure: the ARM error code and message. */
    code: z.string().min(1).optional(),
    message: z.string().min(1).optional(),
    /** lro-failure: container logs getLogs returns for the failed deployment. */
    logs: logsSchema.optional(),
  })
  .refine((r) => r.kind !== 'crash' || r.deployment !== undefined, {
    error: "a 'crash' rule needs 'deployment' (ENDPOINT/DEPLOYMENT): it ends a serving instance's process",
  })
  .refine(
    (r) =>
      r.deployment === undefined ||
      (r.kind !== 'drop' && r.kind !== 'lro-failure' && r.method === undefined && r.path === undefined),
    {
      error:
        "rules scoped by 'deployment' apply to scoring requests (kinds error, delay, throttle, crash), without 'method' or 'path'",
    },
  )
  .refine((r) => r.kind !== 'lro-failure' || (r.method === undefined && r.path === undefined), {
    error:
      "lro-failure rules are scoped by 'operationId' and 'resource' (the resource id), not 'method' or 'path'",
  });

export type FaultRuleInput = z.infer<typeof faultRuleInputSchema>;
export type FaultKind = FaultRuleInput['kind'];

/** Validates one rule; `source` names where it came from (flag, file, request) for the error message. */
export function parseFaultRule(value: unknown, source: string): FaultRuleInput {
  const result = faultRuleInputSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'rule'}: ${issue.message}`)
    .join('; ');
  throw new ConfigError(
    `Invalid fault rule in ${source}: ${problems}. See "Fault rules" in packages/emulator/README.md.`,
  );
}

const NUMERIC_KEYS = new Set(['count', 'after', 'probability', 'status', 'retryAfterSeconds', 'delayMs']);

/**
 * Parses a --fault flag: either JSON (`{"kind":"throttle","count":2}`) or comma-separated key=value pairs
 * (`kind=throttle,operationId=OnlineEndpoints_Get,count=2,retryAfterSeconds=1`).
 */
export function parseFaultFlag(flag: string): FaultRuleInput {
  const source = `--fault '${flag}'`;
  const text = flag.trim();
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
    }
    return parseFaultRule(parsed, source);
  }
  const rule: Record<string, string | number> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new ConfigError(`${source}: '${pair}' is not key=value. Example: --fault kind=throttle,count=2`);
    }
    const key = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1).trim();
    rule[key] = NUMERIC_KEYS.has(key) && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  }
  return parseFaultRule(rule, source);
}
