/**
 * Desired versus current: what an update would change. Only what the desired side states is compared (the service
 * fills in defaults and read-only fields the inputs never name); `owned` keys are the exception: present in Azure
 * but no longer desired counts as a change (a removed environment variable must go). ARM ids compare
 * case-insensitively, as ARM treats them.
 */

export interface Difference {
  /** Dotted path, e.g. `properties.environmentVariables.LOG_LEVEL`. */
  path: string;
  current: unknown;
  desired: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArmId(value: string): boolean {
  return /^\/subscriptions\//i.test(value);
}

function sameValue(desired: unknown, current: unknown): boolean {
  if (typeof desired === 'string' && typeof current === 'string' && isArmId(desired)) {
    return desired.toLowerCase() === current.toLowerCase();
  }
  if (Array.isArray(desired) && Array.isArray(current)) {
    return (
      desired.length === current.length && desired.every((item, index) => sameValue(item, current[index]))
    );
  }
  if (isPlainObject(desired) && isPlainObject(current)) {
    const keys = new Set([...Object.keys(desired), ...Object.keys(current)]);
    return [...keys].every((key) => sameValue(desired[key], current[key]));
  }
  return desired === current;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Differences where `desired` states something `current` does not have (recursively, subset semantics). */
export function diffDesired(desired: unknown, current: unknown, path = ''): Difference[] {
  if (desired === undefined) return [];
  if (isPlainObject(desired) && isPlainObject(current)) {
    return Object.entries(desired).flatMap(([key, value]) =>
      diffDesired(value, current[key], join(path, key)),
    );
  }
  return sameValue(desired, current) ? [] : [{ path, current, desired }];
}

/**
 * Keys of `owned` (dotted paths) that `current` has and `desired` no longer states; maps listed there must match
 * exactly (an extra key in Azure is a difference).
 */
export function diffOwned(desired: unknown, current: unknown, owned: readonly string[]): Difference[] {
  const at = (value: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), value);
  return owned.flatMap((path) => {
    const want = at(desired, path);
    const have = at(current, path);
    if (have === undefined || have === null) return [];
    if (want === undefined) return [{ path, current: have, desired: undefined }];
    if (isPlainObject(want) && isPlainObject(have)) {
      return Object.keys(have)
        .filter((key) => !(key in want))
        .map((key) => ({ path: join(path, key), current: have[key], desired: undefined }));
    }
    return [];
  });
}

/** One line per difference: `properties.instanceType: Standard_DS2_v2 → Standard_DS3_v2`. */
export function formatDifferences(differences: readonly Difference[]): string[] {
  const show = (value: unknown): string => {
    if (value === undefined) return '(not set)';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  };
  return differences.map(({ path, current, desired }) => `${path}: ${show(current)} → ${show(desired)}`);
}
