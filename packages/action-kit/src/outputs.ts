/** Step outputs: typed names, values written as text the way workflows read them. */
import type { ActionCore } from './action-core.js';

/** Strings as is, numbers and booleans as text, objects and arrays as JSON. */
export type OutputValue = string | number | boolean | readonly unknown[] | Readonly<Record<string, unknown>>;

export interface Outputs<O extends Record<string, OutputValue> = Record<string, OutputValue>> {
  set<K extends keyof O & string>(name: K, value: O[K]): void;
  /** Every output set so far, as written. */
  readonly written: Readonly<Record<string, string>>;
}

export function outputText(value: OutputValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function createOutputs<O extends Record<string, OutputValue>>(
  core: Pick<ActionCore, 'setOutput'>,
): Outputs<O> {
  const written: Record<string, string> = {};
  return {
    written,
    set(name, value) {
      const text = outputText(value);
      written[name] = text;
      core.setOutput(name, text);
    },
  };
}
