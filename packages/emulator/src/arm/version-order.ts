/** Ordering of asset versions: `$orderBy` ("createdtime desc", "version asc", ...) and latest/next version. */
import type { EmuResponse } from '../http-types.js';
import type { StoredResource } from './arm-state.js';
import { invalidValue } from './arm-errors.js';

type Compare = (a: StoredResource, b: StoredResource) => number;

/** Numeric versions compare as numbers and sort before non-numeric ones, which compare as text. */
export function compareVersions(a: string, b: string): number {
  const na = /^\d+$/.test(a) ? Number(a) : undefined;
  const nb = /^\d+$/.test(b) ? Number(b) : undefined;
  if (na !== undefined && nb !== undefined) return na - nb;
  if (na !== undefined) return -1;
  if (nb !== undefined) return 1;
  return a.localeCompare(b);
}

const modifiedAt = (r: StoredResource): string => {
  const at = (r.body.systemData as Record<string, unknown> | undefined)?.lastModifiedAt;
  return typeof at === 'string' ? at : '';
};

const FIELDS: Record<string, Compare> = {
  createdtime: (a, b) => a.seq - b.seq,
  createdat: (a, b) => a.seq - b.seq,
  createdattime: (a, b) => a.seq - b.seq,
  modifiedtime: (a, b) => modifiedAt(a).localeCompare(modifiedAt(b)),
  version: (a, b) => compareVersions(String(a.body.name), String(b.body.name)),
  name: (a, b) => String(a.body.name).localeCompare(String(b.body.name)),
};

/** Sorts by `$orderBy` (default: newest first), or answers 400 for an order the service does not know. */
export function orderVersions(
  items: StoredResource[],
  orderBy: string | null,
): StoredResource[] | EmuResponse {
  const [field = 'createdtime', direction = 'desc', ...rest] = (orderBy ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const compare = FIELDS[field.toLowerCase()];
  const dir = direction.toLowerCase();
  if (compare === undefined || (dir !== 'asc' && dir !== 'desc') || rest.length > 0) {
    return invalidValue(
      '$orderBy',
      `'${orderBy ?? ''}' is not a supported $orderBy; use '<field> asc|desc' with field createdtime, modifiedtime, version or name.`,
    );
  }
  const sign = dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * compare(a, b));
}

/** latestVersion (most recently created) and nextVersion (highest integer version + 1) of a container. */
export function latestAndNext(versions: readonly StoredResource[]): { latest?: string; next: string } {
  const names = versions.map((v) => String(v.body.name));
  const numeric = names.filter((n) => /^\d+$/.test(n)).map(Number);
  const next = String((numeric.length > 0 ? Math.max(...numeric) : 0) + 1);
  const newest = versions.reduce<StoredResource | undefined>(
    (a, b) => (a === undefined || b.seq > a.seq ? b : a),
    undefined,
  );
  return newest === undefined ? { next } : { latest: String(newest.body.name), next };
}
