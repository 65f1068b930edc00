/** Builders for input definitions: `input.string({...})`, `input.duration({...})`, … */
import { DURATION_EXPECTED, formatDuration, parseDuration } from './duration.js';
import {
  describeChoices,
  parseBoolean,
  parseChoice,
  parseList,
  parseMap,
  parseNumber,
  parseYaml,
} from './input-parsers.js';
import {
  type CommonOptions,
  type InputDef,
  type InputKind,
  type Presence,
  InvalidInputValue,
} from './input-types.js';

export interface StringOptions extends CommonOptions {
  default?: string;
  /** The whole value must match. */
  pattern?: RegExp;
  /** Describes the pattern for error messages, e.g. `a name of letters, digits and dashes`. */
  expected?: string;
  allowed?: readonly string[];
  secret?: boolean;
}
export interface BooleanOptions extends CommonOptions {
  default?: boolean;
}
export interface NumberOptions extends CommonOptions {
  default?: number;
  min?: number;
  max?: number;
  integer?: boolean;
}
export interface DurationOptions extends CommonOptions {
  /** Duration texts, like `10m`. */
  default?: string;
  min?: string;
  max?: string;
}
export interface ListOptions extends CommonOptions {
  default?: string;
  /** Every item must be one of these (exact spelling). */
  allowed?: readonly string[];
}
export interface TextOptions extends CommonOptions {
  default?: string;
}
export interface EnumOptions<V extends string> extends CommonOptions {
  default?: V;
}

function define<T, O extends CommonOptions & { default?: string | number | boolean; secret?: boolean }>(
  kind: InputKind,
  options: O | undefined,
  expected: string,
  parse: (text: string) => T,
): InputDef<T, Presence<O>> {
  const required = options?.required ?? false;
  const defaultText = options?.default === undefined ? undefined : String(options.default);
  return {
    kind,
    required,
    default: defaultText,
    description: options?.description,
    secret: options?.secret ?? false,
    expected,
    parse,
    alwaysSet: (required || defaultText !== undefined) as Presence<O>,
  };
}

/** ` between 1 and 5`, ` of at least 1`, ` of at most 5` or nothing. */
function rangeText(min: string | undefined, max: string | undefined): string {
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  return max === undefined ? '' : ` of at most ${max}`;
}

function inRange(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

function durationBound(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  if (ms === undefined) throw new Error(`input.duration: ${option} '${text}' is not a duration`);
  return ms;
}

function string<const O extends StringOptions = StringOptions>(options?: O): InputDef<string, Presence<O>> {
  const { pattern, allowed } = options ?? {};
  const expected =
    allowed !== undefined
      ? `one of ${describeChoices(allowed)}`
      : pattern !== undefined
        ? `${options?.expected ?? 'a value'} matching ${String(pattern)}`
        : (options?.expected ?? 'a text');
  return define('string', options, expected, (text) => {
    if (allowed !== undefined) return parseChoice(text, allowed);
    if (pattern !== undefined && !new RegExp(`^(?:${pattern.source})$`, pattern.flags).test(text)) {
      throw new InvalidInputValue();
    }
    return text;
  });
}

function boolean<const O extends BooleanOptions = BooleanOptions>(
  options?: O,
): InputDef<boolean, Presence<O>> {
  return define('boolean', options, 'true or false', parseBoolean);
}

function number<const O extends NumberOptions = NumberOptions>(options?: O): InputDef<number, Presence<O>> {
  const { min, max, integer = false } = options ?? {};
  const expected = `${integer ? 'an integer' : 'a number'}${rangeText(min?.toString(), max?.toString())}`;
  return define('number', options, expected, (text) => {
    const value = parseNumber(text);
    if ((integer && !Number.isInteger(value)) || !inRange(value, min, max)) throw new InvalidInputValue();
    return value;
  });
}

/** Parses to milliseconds. */
function duration<const O extends DurationOptions = DurationOptions>(
  options?: O,
): InputDef<number, Presence<O>> {
  const min = durationBound(options?.min, 'min');
  const max = durationBound(options?.max, 'max');
  const range = rangeText(
    min === undefined ? undefined : formatDuration(min),
    max === undefined ? undefined : formatDuration(max),
  );
  return define('duration', options, `${DURATION_EXPECTED}${range === '' ? '' : `,${range}`}`, (text) => {
    const ms = parseDuration(text);
    if (ms === undefined) throw new InvalidInputValue();
    if (!inRange(ms, min, max)) throw new InvalidInputValue(`that is ${formatDuration(ms)}`);
    return ms;
  });
}

function list<const O extends ListOptions = ListOptions>(options?: O): InputDef<string[], Presence<O>> {
  const allowed = options?.allowed;
  const of = allowed === undefined ? '' : ` of ${describeChoices(allowed)}`;
  return define('list', options, `a comma- or newline-separated list${of}`, (text) => {
    const items = parseList(text);
    const unknown = allowed === undefined ? undefined : items.find((item) => !allowed.includes(item));
    if (unknown !== undefined) throw new InvalidInputValue(`'${unknown}' is not allowed`);
    return items;
  });
}

function map<const O extends TextOptions = TextOptions>(
  options?: O,
): InputDef<Record<string, string>, Presence<O>> {
  return define('map', options, 'key=value pairs separated by commas or newlines', parseMap);
}

function yaml<const O extends TextOptions = TextOptions>(options?: O): InputDef<unknown, Presence<O>> {
  return define('yaml', options, 'YAML or JSON text', parseYaml);
}

function choice<
  const V extends readonly string[],
  const O extends EnumOptions<V[number]> = EnumOptions<V[number]>,
>(values: V, options?: O): InputDef<V[number], Presence<O>> {
  return define('enum', options, `one of ${describeChoices(values)}`, (text) => parseChoice(text, values));
}

/** The input builders. Defaults are given as values (`false`, `5`) or as the text action.yml holds (`'10m'`). */
export const input = { string, boolean, number, duration, list, map, yaml, enum: choice };
