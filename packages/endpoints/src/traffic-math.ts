/**
 * Traffic maps of an online endpoint: parsing the `traffic` and `mirror-traffic` inputs, and computing the one full
 * map an update sends. Live traffic sums to 100 (or is all 0); setting one deployment's share scales the others
 * proportionally (largest remainder, so the integers still add up). Mirror traffic goes to at most one deployment,
 * at most 50 %, never one with live traffic. Deployment names are matched case-insensitively, as ARM does.
 */
import { UserError } from '@aml-actions/action-kit';

export type TrafficMap = Readonly<Record<string, number>>;

/** `deployment` undefined: the deployment this run deploys. */
export type TrafficRequest =
  | { kind: 'none' }
  | { kind: 'set'; deployment: string | undefined; percent: number }
  | { kind: 'map'; traffic: TrafficMap };

export type MirrorRequest =
  { kind: 'keep' } | { kind: 'off' } | { kind: 'set'; deployment: string | undefined; percent: number };

export interface EndpointTraffic {
  traffic: TrafficMap;
  mirror: TrafficMap;
}

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,30}[a-zA-Z0-9]?$/;
const TRAFFIC_FORMS =
  "'none', a percentage for the deployed deployment ('100'), 'NAME=PCT' (the others are scaled to fit) or a full map 'blue=90, green=10'";

function percentOf(text: string, input: string, max: number): number {
  const trimmed = text.trim().replace(/%$/, '');
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new UserError(
      `Input '${input}' has the percentage '${text.trim()}', which is not a whole number from 0 to ${max}.`,
    );
  }
  return value;
}

/** `NAME=PCT` pairs separated by commas or new lines. */
function pairsOf(text: string, input: string, max: number): [string, number][] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const eq = item.indexOf('=');
      const name = item.slice(0, eq).trim();
      if (eq <= 0 || !NAME.test(name)) {
        throw new UserError(
          `Input '${input}' has '${item}', which is not NAME=PCT with a deployment name (letters, digits and hyphens).`,
        );
      }
      return [name, percentOf(item.slice(eq + 1), input, max)];
    });
}

/** The `traffic` input: empty or `none` changes nothing. */
export function parseTrafficInput(text: string | undefined, input = 'traffic'): TrafficRequest {
  const value = text?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'none') return { kind: 'none' };
  if (!value.includes('=')) {
    if (!/^\d+%?$/.test(value)) {
      throw new UserError(`Input '${input}' has the value '${value}': expected ${TRAFFIC_FORMS}.`);
    }
    return { kind: 'set', deployment: undefined, percent: percentOf(value, input, 100) };
  }
  const pairs = pairsOf(value, input, 100);
  const [first] = pairs;
  if (pairs.length === 1 && first !== undefined) {
    return { kind: 'set', deployment: first[0], percent: first[1] };
  }
  const names = pairs.map(([name]) => name.toLowerCase());
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) {
    throw new UserError(`Input '${input}' names the deployment '${repeated}' twice.`);
  }
  const traffic = Object.fromEntries(pairs);
  checkTotal(traffic, `Input '${input}'`);
  return { kind: 'map', traffic };
}

/** The `mirror-traffic` input: empty keeps the endpoint's mirror setting, `none` (or `off`) ends it. */
export function parseMirrorInput(text: string | undefined, input = 'mirror-traffic'): MirrorRequest {
  const value = text?.trim() ?? '';
  if (value === '') return { kind: 'keep' };
  if (['none', 'off'].includes(value.toLowerCase())) return { kind: 'off' };
  if (!value.includes('='))
    return { kind: 'set', deployment: undefined, percent: percentOf(value, input, 50) };
  const pairs = pairsOf(value, input, 50);
  const [first] = pairs;
  if (pairs.length !== 1 || first === undefined) {
    throw new UserError(
      `Input '${input}' has '${value}': mirror traffic goes to one deployment only, written NAME=PCT (at most 50).`,
    );
  }
  return { kind: 'set', deployment: first[0], percent: first[1] };
}

export function total(map: TrafficMap): number {
  return Object.values(map).reduce((sum, value) => sum + value, 0);
}

function checkTotal(map: TrafficMap, where: string): void {
  const sum = total(map);
  if (sum !== 0 && sum !== 100) {
    throw new UserError(
      `${where} gives live traffic that adds up to ${sum} (${formatTraffic(map)}): it must add up to 100, or be all 0.`,
    );
  }
}

/** The key of `name` in `map` (its own casing), or `name` when absent. */
export function keyIn(map: TrafficMap, name: string): string {
  return Object.keys(map).find((key) => key.toLowerCase() === name.toLowerCase()) ?? name;
}

export function shareOf(map: TrafficMap, name: string): number {
  return map[keyIn(map, name)] ?? 0;
}

/**
 * `name` gets `percent`; the other deployments share the rest in proportion to what they have now. Fails when the
 * rest cannot go anywhere (no other deployment has live traffic).
 */
export function setShare(current: TrafficMap, name: string, percent: number): TrafficMap {
  const key = keyIn(current, name);
  const others = Object.entries(current).filter(([other]) => other !== key);
  const othersTotal = others.reduce((sum, [, value]) => sum + value, 0);
  const rest = 100 - percent;
  if (othersTotal === 0) {
    if (rest > 0 && percent > 0) {
      throw new UserError(
        `Input 'traffic' gives '${key}' ${percent}%, but no other deployment has live traffic to take the other ${rest}%. ` +
          `Give '${key}' 100, or a full map such as '${key}=${percent}, <other>=${rest}'.`,
      );
    }
    return { ...Object.fromEntries(others.map(([other]) => [other, 0])), [key]: percent };
  }
  const exact = others.map(([other, value]) => ({
    other,
    share: (rest * value) / othersTotal,
  }));
  const result: Record<string, number> = Object.fromEntries(
    exact.map(({ other, share }) => [other, Math.floor(share)]),
  );
  let left = rest - total(result);
  const byRemainder = [...exact].sort(
    (a, b) =>
      b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || a.other.localeCompare(b.other),
  );
  for (const { other } of byRemainder) {
    if (left <= 0) break;
    result[other] = (result[other] ?? 0) + 1;
    left -= 1;
  }
  result[key] = percent;
  return result;
}

/** A full map (deployments it does not name get 0), keyed in the casing of existing entries. */
export function replaceMap(current: TrafficMap, wanted: TrafficMap): TrafficMap {
  const result: Record<string, number> = Object.fromEntries(Object.keys(current).map((key) => [key, 0]));
  for (const [name, value] of Object.entries(wanted)) result[keyIn(current, name)] = value;
  return result;
}

/** The live traffic after a request; `deployed` is the deployment this run deployed (for unnamed requests). */
export function applyTraffic(current: TrafficMap, request: TrafficRequest, deployed: string): TrafficMap {
  switch (request.kind) {
    case 'none':
      return current;
    case 'set':
      return setShare(current, request.deployment ?? deployed, request.percent);
    case 'map':
      return replaceMap(current, request.traffic);
  }
}

/**
 * The mirror traffic after a request, given the live traffic after the update. A kept mirror whose deployment now
 * gets live traffic ends (the service refuses both), which `notes` says.
 */
export function applyMirror(
  current: TrafficMap,
  request: MirrorRequest,
  live: TrafficMap,
  deployed: string,
  notes: string[],
): TrafficMap {
  if (request.kind === 'off') return Object.keys(current).length === 0 ? current : {};
  if (request.kind === 'set') {
    const name = request.deployment ?? deployed;
    const liveShare = shareOf(live, name);
    if (request.percent > 0 && liveShare > 0) {
      throw new UserError(
        `Input 'mirror-traffic' mirrors ${request.percent}% to '${name}', which gets ${liveShare}% of live traffic: ` +
          'a deployment receives live or mirrored traffic, not both. Set its live traffic to 0, or mirror to another deployment.',
      );
    }
    return request.percent === 0 ? {} : { [keyIn(live, name)]: request.percent };
  }
  const kept: Record<string, number> = {};
  for (const [name, value] of Object.entries(current)) {
    if (value > 0 && shareOf(live, name) > 0) {
      notes.push(`'${name}' now gets live traffic, so its ${value}% of mirrored traffic ends.`);
    } else if (value > 0) {
      kept[name] = value;
    }
  }
  return Object.keys(kept).length === Object.keys(current).length ? current : kept;
}

/** Equal maps, where a missing entry counts as 0 and names are case-insensitive. */
export function sameTraffic(a: TrafficMap, b: TrafficMap): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)].map((name) => name.toLowerCase()));
  return [...names].every((name) => shareOf(a, name) === shareOf(b, name));
}

/** `blue=90, green=10` (entries with 0 are shown too; `none` for an empty map). */
export function formatTraffic(map: TrafficMap): string {
  const entries = Object.entries(map);
  return entries.length === 0 ? 'none' : entries.map(([name, value]) => `${name}=${value}`).join(', ');
}

/** The deployment with the most live traffic (the first by name on a tie), undefined when none has any. */
export function servingDeployment(map: TrafficMap): string | undefined {
  const [best] = Object.entries(map)
    .filter(([, value]) => value > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return best?.[0];
}
