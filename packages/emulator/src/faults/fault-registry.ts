/** The active fault rules, and the decision whether a request (or a finishing LRO) gets a fault. */
import { randomUUID } from 'node:crypto';
import type { FaultHooks, LroFailure } from '../http-types.js';
import { compilePattern, matchPattern, splitPath, type PathPattern } from '../server/path-pattern.js';
import type { FaultRuleInput } from './fault-rule.js';

export interface FaultRule extends FaultRuleInput {
  id: string;
}

/** A rule as the admin route lists it: with how often it fired and how many firings it has left. */
export interface FaultRuleStatus extends FaultRule {
  hits: number;
  remaining?: number;
}

/** What the server knows about a request when it asks for a fault. */
export interface FaultRequestInfo {
  method: string;
  path: string;
  operationId?: string;
}

export interface FaultRegistry extends FaultHooks {
  add(rule: FaultRuleInput): FaultRule;
  remove(id: string): boolean;
  clear(): void;
  list(): FaultRuleStatus[];
  /** The rule scoped to this online deployment that fires for a scoring request routed to it, if any. */
  scoringFault(target: { endpoint: string; deployment: string }): FaultRule | undefined;
  /** The rule that fires for this request (its count is consumed), if any. HTTP kinds only. */
  forRequest(info: FaultRequestInfo): FaultRule | undefined;
}

interface ActiveRule {
  rule: FaultRule;
  pattern?: PathPattern;
  hits: number;
  /** Matching requests seen (for `after`). */
  seen: number;
}

const DEFAULT_LRO_FAILURE: LroFailure = {
  code: 'ResourceNotReady',
  message:
    'User container has crashed or terminated. Please see troubleshooting guide, available here: ' +
    'https://aka.ms/oe-tsg#error-resourcenotready',
  logs: {
    inferenceServer: [
      '2024-01-01T00:00:00,000 | root | INFO | Starting up app insights client',
      "2024-01-01T00:00:01,000 | root | ERROR | User's init function failed",
      'Traceback (most recent call last):',
      '  File "/var/azureml-app/score.py", line 12, in init',
      '    model = joblib.load(model_path)',
      "FileNotFoundError: [Errno 2] No such file or directory: '/var/azureml-app/azureml-models/model.pkl'",
    ].join('\n'),
    storageInitializer: 'Downloading model artifacts... done.',
  },
};

/** `random` is injectable so tests of probability rules are deterministic. */
export function createFaultRegistry(random: () => number = Math.random): FaultRegistry {
  let rules: ActiveRule[] = [];

  function fires(active: ActiveRule): boolean {
    const { count, probability, after } = active.rule;
    active.seen += 1;
    if (after !== undefined && active.seen <= after) return false;
    if (count !== undefined && active.hits >= count) return false;
    if (probability !== undefined && random() >= probability) return false;
    active.hits += 1;
    return true;
  }

  function firstFiring(matches: (active: ActiveRule) => boolean): FaultRule | undefined {
    return rules.find((active) => matches(active) && fires(active))?.rule;
  }

  const sameText = (expected: string | undefined, actual: string | undefined): boolean =>
    expected === undefined || expected.toLowerCase() === actual?.toLowerCase();
  const contains = (needle: string | undefined, haystack: string): boolean =>
    needle === undefined || haystack.toLowerCase().includes(needle.toLowerCase());

  return {
    add(input) {
      const rule: FaultRule = { ...input, id: input.id ?? randomUUID() };
      const active: ActiveRule = { rule, hits: 0, seen: 0 };
      if (rule.path !== undefined) active.pattern = compilePattern(rule.path);
      rules = [...rules.filter((r) => r.rule.id !== rule.id), active];
      return rule;
    },
    remove(id) {
      const before = rules.length;
      rules = rules.filter((r) => r.rule.id !== id);
      return rules.length !== before;
    },
    clear() {
      rules = [];
    },
    list() {
      return rules.map(({ rule, hits }) =>
        rule.count === undefined ? { ...rule, hits } : { ...rule, hits, remaining: rule.count - hits },
      );
    },
    forRequest(info) {
      const segments = splitPath(info.path);
      return firstFiring(
        ({ rule, pattern }) =>
          rule.kind !== 'lro-failure' &&
          rule.deployment === undefined &&
          sameText(rule.method, info.method) &&
          sameText(rule.operationId, info.operationId) &&
          contains(rule.resource, info.path) &&
          (pattern === undefined || matchPattern(pattern, segments) !== undefined),
      );
    },
    scoringFault(target) {
      const full = `${target.endpoint}/${target.deployment}`.toLowerCase();
      return firstFiring(({ rule }) => {
        const scope = rule.deployment?.toLowerCase();
        return scope !== undefined && (scope === full || scope === target.deployment.toLowerCase());
      });
    },
    lroFailure(operationId, resourceId) {
      const rule = firstFiring(
        ({ rule: r }) =>
          r.kind === 'lro-failure' &&
          sameText(r.operationId, operationId) &&
          contains(r.resource, resourceId),
      );
      if (!rule) return undefined;
      const failure: LroFailure = {
        code: rule.code ?? DEFAULT_LRO_FAILURE.code,
        message: rule.message ?? DEFAULT_LRO_FAILURE.message,
      };
      const logs = rule.logs ?? DEFAULT_LRO_FAILURE.logs;
      if (logs) failure.logs = logs;
      return failure;
    },
  };
}
