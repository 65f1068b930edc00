/** Matches a request to a Route: literal segments case-insensitively, the most specific pattern winning. */
import type { HttpMethod, Route } from '../http-types.js';
import { compilePattern, matchPattern, splitPath, type PathPattern } from './path-pattern.js';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: HttpMethod[] }
  | { kind: 'not-found' };

export interface Router {
  match(method: string, path: string): RouteMatch;
}

interface CompiledRoute {
  route: Route;
  pattern: PathPattern;
}

/** Throws when two routes have the same method and an identical pattern shape (a wiring mistake). */
export function createRouter(routes: Route[]): Router {
  const compiled = routes.map((route) => ({ route, pattern: compilePattern(route.pattern) }));
  assertNoDuplicates(compiled);
  return {
    match(method, path) {
      const segments = splitPath(path);
      const candidates = compiled
        .map((c) => ({ ...c, params: matchPattern(c.pattern, segments) }))
        .filter((c): c is CompiledRoute & { params: Record<string, string> } => c.params !== undefined);
      if (candidates.length === 0) return { kind: 'not-found' };
      const sameMethod = candidates.filter((c) => c.route.method === method.toUpperCase());
      const best = sameMethod.sort((a, b) => compareSpecificity(a.pattern, b.pattern))[0];
      if (!best) {
        return { kind: 'method-not-allowed', allowed: [...new Set(candidates.map((c) => c.route.method))] };
      }
      return { kind: 'found', route: best.route, params: best.params };
    },
  };
}

/** Negative when `a` is more specific: a literal beats a parameter at the first position where they differ. */
function compareSpecificity(a: PathPattern, b: PathPattern): number {
  for (let i = 0; i < Math.min(a.literal.length, b.literal.length); i++) {
    if (a.literal[i] !== b.literal[i]) return a.literal[i] ? -1 : 1;
  }
  if (a.rest !== b.rest) return a.rest ? 1 : -1;
  return b.segments.length - a.segments.length;
}

function assertNoDuplicates(routes: CompiledRoute[]): void {
  const seen = new Map<string, string>();
  for (const { route, pattern } of routes) {
    const shape = pattern.segments.map((s, i) => (pattern.literal[i] ? s.toLowerCase() : ':')).join('/');
    const key = `${route.method} /${shape}${pattern.rest ? '/**' : ''}`;
    const existing = seen.get(key);
    if (existing !== undefined) {
      throw new Error(
        `Routes '${existing}' and '${route.method} ${route.pattern}' overlap: one would never match.`,
      );
    }
    seen.set(key, `${route.method} ${route.pattern}`);
  }
}
