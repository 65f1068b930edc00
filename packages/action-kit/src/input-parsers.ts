/** Text parsers for input values. Each takes trimmed, non-empty text and throws InvalidInputValue on bad text. */
import { parse as parseYamlText, YAMLParseError } from 'yaml';
import { InvalidInputValue } from './input-types.js';
import { didYouMean } from './suggest.js';

/** The YAML 1.2 core-schema booleans (as `core.getBooleanInput`); yes/no/on/off/1/0 are rejected. */
export function parseBoolean(text: string): boolean {
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new InvalidInputValue();
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function parseNumber(text: string): number {
  if (!NUMBER.test(text)) throw new InvalidInputValue();
  return Number(text);
}

/** `a, b` or one item per line; items are trimmed and empty items dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * `key=value` pairs, one per line, or comma-separated on one line (so values of a multi-line map may contain
 * commas). A value may contain `=`; keys are unique.
 */
export function parseMap(text: string): Record<string, string> {
  const items = text.includes('\n') ? text.split('\n') : text.split(',');
  const map: Record<string, string> = {};
  for (const item of items.map((i) => i.trim()).filter((i) => i !== '')) {
    const equals = item.indexOf('=');
    if (equals < 0) throw new InvalidInputValue(`'${item}' has no '='`);
    const key = item.slice(0, equals).trim();
    if (key === '') throw new InvalidInputValue(`'${item}' has no key before '='`);
    if (Object.hasOwn(map, key)) throw new InvalidInputValue(`key '${key}' appears twice`);
    map[key] = item.slice(equals + 1).trim();
  }
  return map;
}

/** YAML (or JSON, which is YAML) text; duplicate keys are an error. */
export function parseYaml(text: string): unknown {
  try {
    return parseYamlText(text) as unknown;
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      const position = error.linePos?.[0];
      throw new InvalidInputValue(
        position ? `line ${position.line}, column ${position.col}: ${reason}` : reason,
      );
    }
    throw error;
  }
}

/** One of `values`, matched case-insensitively and returned in its declared spelling. */
export function parseChoice<V extends string>(text: string, values: readonly V[]): V {
  const found = values.find((value) => value.toLowerCase() === text.toLowerCase());
  if (found !== undefined) return found;
  const hint = didYouMean(text, values);
  throw new InvalidInputValue(hint === '' ? undefined : hint);
}

/** `a`, `a or b`, `a, b or c` with each value quoted. */
export function describeChoices(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}
