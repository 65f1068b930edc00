/** List responses: {value, nextLink} pages where `$skip` is the continuation token, plus the list filters. */
import type { EmulatorContext, EmuRequest, EmuResponse } from '../http-types.js';
import type { JsonObject } from './arm-state.js';
import { invalidValue } from './arm-errors.js';
import { isObject } from './request-checks.js';

/** Page size when the caller sets none. */
export const DEFAULT_PAGE_SIZE = 100;

/** A non-negative integer query parameter (the first of `names` present), or the 400 for a bad one. */
export function intParam(req: EmuRequest, names: readonly string[], fallback: number): number | EmuResponse {
  for (const name of names) {
    const raw = req.url.searchParams.get(name);
    if (raw === null || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) {
      return invalidValue(
        name,
        `The query parameter '${name}' must be a non-negative integer; got '${raw}'.`,
      );
    }
    return value;
  }
  return fallback;
}

/** One page of `items` from offset `$skip`, with a nextLink carrying the other query parameters on. */
export function pageOf(
  req: EmuRequest,
  ctx: EmulatorContext,
  items: readonly JsonObject[],
  pageSize: number | EmuResponse,
): EmuResponse {
  if (typeof pageSize !== 'number') return pageSize;
  const skip = intParam(req, ['$skip'], 0);
  if (typeof skip !== 'number') return skip;
  const size = pageSize === 0 ? DEFAULT_PAGE_SIZE : pageSize;
  const value = items.slice(skip, skip + size);
  const body: JsonObject = { value };
  if (skip + size < items.length) {
    const next = new URL(req.url.pathname, ctx.baseUrl);
    req.url.searchParams.forEach((v, k) => {
      if (k !== '$skip') next.searchParams.append(k, v);
    });
    next.searchParams.set('$skip', String(skip + size));
    body.nextLink = next.toString();
  }
  return { status: 200, body };
}

/**
 * Filter of the form "key1,key2=value2" over a string map (tags, properties): every key must be present, and
 * equal to the value when one is given.
 */
export function matchesMapFilter(map: unknown, filter: string | null): boolean {
  if (filter === null || filter === '') return true;
  const entries = isObject(map) ? map : {};
  return filter
    .split(',')
    .map((term) => term.trim())
    .filter((term) => term !== '')
    .every((term) => {
      const eq = term.indexOf('=');
      if (eq < 0) return term in entries;
      return entries[term.slice(0, eq)] === term.slice(eq + 1);
    });
}

/** listViewType over isArchived: ActiveOnly (default), ArchivedOnly, All. */
export function matchesListView(properties: JsonObject, view: string | null): boolean {
  const archived = properties.isArchived === true;
  switch ((view ?? 'ActiveOnly').toLowerCase()) {
    case 'archivedonly':
      return archived;
    case 'all':
      return true;
    default:
      return !archived;
  }
}
