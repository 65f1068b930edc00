/**
 * Path patterns shared by the router and fault rules: `/literal/:name/*\/**`. Literal segments match
 * case-insensitively (as ARM does), `:name` captures one segment, `*` matches one segment, a final `**` the rest.
 */
export interface PathPattern {
  source: string;
  segments: string[];
  /** One entry per segment: true when it is a literal (used to prefer the most specific route). */
  literal: boolean[];
  rest: boolean;
}

export function compilePattern(source: string): PathPattern {
  const segments = splitPath(source);
  const rest = segments.at(-1) === '**';
  if (rest) segments.pop();
  if (segments.includes('**')) throw new Error(`Path pattern '${source}': '**' may only end a pattern.`);
  return {
    source,
    segments,
    literal: segments.map((s) => !s.startsWith(':') && s !== '*'),
    rest,
  };
}

/** Decoded, non-empty path segments. */
export function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** The captured parameters when `pathSegments` match, else undefined. */
export function matchPattern(
  pattern: PathPattern,
  pathSegments: string[],
): Record<string, string> | undefined {
  const { segments } = pattern;
  if (pattern.rest ? pathSegments.length < segments.length : pathSegments.length !== segments.length) {
    return undefined;
  }
  const params: Record<string, string> = {};
  for (const [i, seg] of segments.entries()) {
    const actual = pathSegments[i] ?? '';
    if (seg.startsWith(':')) params[seg.slice(1)] = actual;
    else if (seg !== '*' && seg.toLowerCase() !== actual.toLowerCase()) return undefined;
  }
  return params;
}
