/** Reading a spec's inputs from the runner's INPUT_* variables into one typed object, reporting every error at once. */
import { UserError } from './errors.js';
import type { InputSpec, InputValues } from './input-types.js';
import { InvalidInputValue } from './input-types.js';
import type { Logger } from './logger.js';
import { maskSecret } from './secrets.js';
import { closestMatch } from './suggest.js';

export type InputSource = Readonly<Record<string, string | undefined>>;

/** Checks the spec once (every default must parse) and returns it unchanged, typed. */
export function defineInputs<const S extends InputSpec>(spec: S): S {
  for (const [name, def] of Object.entries(spec)) {
    if (def.default === undefined) continue;
    try {
      def.parse(def.default);
    } catch {
      throw new Error(`Input spec '${name}': default '${def.default}' is not ${def.expected}`);
    }
  }
  return spec;
}

/** The variable the runner sets for an input (as core.getInput reads it): `model name` → `INPUT_MODEL_NAME`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** `'model-name'` → `'modelName'`. */
export function camelCase(name: string): string {
  return name.replace(/[-_ ]+(.)/g, (_match, letter: string) => letter.toUpperCase());
}

export interface InputMetadata {
  name: string;
  kind: string;
  required: boolean;
  default: string | undefined;
  description: string | undefined;
}

/** Names, required-ness and defaults, for comparing a spec with action.yml. */
export function inputMetadata(spec: InputSpec): InputMetadata[] {
  return Object.entries(spec).map(([name, def]) => ({
    name,
    kind: def.kind,
    required: def.required,
    default: def.default,
    description: def.description,
  }));
}

export interface UnknownInput {
  /** The variable as found, e.g. `INPUT_MODLE-NAME`. */
  variable: string;
  /** The closest declared input, if it looks like a typo of one. */
  suggestion: string | undefined;
}

/** INPUT_* variables in `source` that no input of the spec reads. */
export function findUnknownInputs(spec: InputSpec, source: InputSource = process.env): UnknownInput[] {
  const names = Object.keys(spec);
  const variables = names.map(inputVariable);
  return Object.keys(source)
    .filter((variable) => variable.toUpperCase().startsWith('INPUT_') && !variables.includes(variable))
    .map((variable) => {
      const match = closestMatch(variable, variables);
      return { variable, suggestion: match === undefined ? undefined : names[variables.indexOf(match)] };
    });
}

function describeUnknown(unknown: UnknownInput): string {
  const hint = unknown.suggestion === undefined ? '' : `; did you mean '${unknown.suggestion}'?`;
  return `${unknown.variable} is set but this action has no such input${hint}`;
}

function shown(text: string, secret: boolean): string {
  if (secret) return '(secret, not shown)';
  const oneLine = text.replace(/\n/g, '\\n');
  return `'${oneLine.length > 100 ? `${oneLine.slice(0, 97)}...` : oneLine}'`;
}

/**
 * Reads every input of the spec from `source` (the runner's INPUT_* variables, trimmed, as core.getInput does)
 * and returns them parsed, with camelCase keys. Throws one UserError listing every bad or missing input.
 * With a logger, secret inputs are masked (with their derived forms) and INPUT_* variables the spec does not
 * declare are warned about with a "did you mean" suggestion.
 */
export function readInputs<S extends InputSpec>(
  spec: S,
  source: InputSource = process.env,
  log?: Logger,
): InputValues<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  const unknown = findUnknownInputs(spec, source);
  for (const [name, def] of Object.entries(spec)) {
    const text = (source[inputVariable(name)] ?? '').trim();
    if (text !== '' && def.secret && log !== undefined) maskSecret(log, text);
    if (text === '' && def.default === undefined) {
      if (def.required) {
        const typo = unknown.find((u) => u.suggestion === name);
        const hint = typo === undefined ? '' : ` (${typo.variable} is set: a misspelling?)`;
        problems.push(`Input '${name}' is required but not set: expected ${def.expected}${hint}`);
      }
      values[camelCase(name)] = undefined;
      continue;
    }
    const used = text === '' ? (def.default ?? '') : text;
    try {
      values[camelCase(name)] = def.parse(used);
    } catch (error) {
      if (!(error instanceof InvalidInputValue)) throw error;
      const hint = error.hint === undefined ? '' : `; ${error.hint}`;
      problems.push(`Input '${name}' has value ${shown(used, def.secret)}: expected ${def.expected}${hint}`);
    }
  }
  for (const u of unknown) log?.warning(describeUnknown(u));
  if (problems.length === 1) throw new UserError(problems[0] ?? '', { kind: 'input' });
  if (problems.length > 1) {
    throw new UserError(
      `${problems.length} inputs are invalid:\n${problems.map((p) => `- ${p}`).join('\n')}`,
      {
        kind: 'input',
      },
    );
  }
  return values as InputValues<S>;
}
