/**
 * Expected responses: an expected file aligned with the requests (a JSONL file with one expected body per request,
 * in the requests' order; a JSON file when there is one request; or a folder of *.json files sorted by name), and
 * the comparison of a response with its expectation: numbers within a tolerance, everything else exactly.
 */
import { UserError, type Logger } from '@aml-actions/action-kit';
import { readJsonEntries, type ScoringRequest } from './request-files.js';

/** The requests with `expected` set from the expected file of input `input`. */
export async function attachExpectedOutputs(
  requests: readonly ScoringRequest[],
  path: string,
  input: string,
  log?: Logger,
): Promise<ScoringRequest[]> {
  const texts = await readJsonEntries(
    path,
    input,
    {
      what: `the expected file of input '${input}' (${path})`,
      fix: 'Each expected response must be one JSON document (a JSONL file: one per line).',
    },
    log,
  );
  if (texts.length !== requests.length) {
    throw new UserError(
      `Input '${input}' (${path}) has ${texts.length} expected response(s), but there are ${requests.length} ` +
        'request(s): give exactly one expected response per request, in the same order (a JSONL line per request line).',
      { kind: 'input', annotation: { file: path } },
    );
  }
  return requests.map((request, index) => ({
    ...request,
    expected: JSON.parse(texts[index]?.text ?? 'null') as unknown,
  }));
}

/** How far a number may be from the expected one: at most `tolerance` × max(1, |expected|). */
export function numbersMatch(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

/** Undefined when `actual` matches `expected`, else where and how they differ (`$.predictions[1]: expected 3, got 4`). */
export function compareExpected(
  actual: unknown,
  expected: unknown,
  tolerance: number,
  path = '$',
): string | undefined {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return numbersMatch(actual, expected, tolerance)
      ? undefined
      : `${path}: expected ${expected}, got ${actual} (tolerance ${tolerance})`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${describe(actual)}`;
    if (actual.length !== expected.length) {
      return `${path}: expected ${expected.length} item(s), got ${actual.length}`;
    }
    for (const [index, item] of expected.entries()) {
      const difference = compareExpected(actual[index], item, tolerance, `${path}[${index}]`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return `${path}: expected an object, got ${describe(actual)}`;
    const missing = Object.keys(expected).find((key) => !Object.hasOwn(actual, key));
    if (missing !== undefined) return `${path}: the response has no key '${missing}'`;
    const extra = Object.keys(actual).find((key) => !Object.hasOwn(expected, key));
    if (extra !== undefined) return `${path}: the response has an unexpected key '${extra}'`;
    for (const [key, value] of Object.entries(expected)) {
      const difference = compareExpected(actual[key], value, tolerance, `${path}.${key}`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  return actual === expected ? undefined : `${path}: expected ${describe(expected)}, got ${describe(actual)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
