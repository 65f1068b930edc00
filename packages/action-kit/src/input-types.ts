/** The data model of input specs: each input is a definition object that knows how to parse its text. */

export type InputKind = 'string' | 'boolean' | 'number' | 'duration' | 'list' | 'map' | 'yaml' | 'enum';

/**
 * One input of an action. `T` is the parsed type; `Set` is `true` when the value is always present
 * (required, or with a default), which makes the read value non-optional.
 */
export interface InputDef<T, Set extends boolean = boolean> {
  readonly kind: InputKind;
  readonly required: boolean;
  /** The default as the text action.yml would hold (compared with action.yml by the metadata test). */
  readonly default: string | undefined;
  readonly description: string | undefined;
  /** Secret inputs are masked when read and never echoed in error messages. */
  readonly secret: boolean;
  /** What is accepted, completing "expected …" in error messages. */
  readonly expected: string;
  /** Parses the trimmed, non-empty text; throws InvalidInputValue when it is not acceptable. */
  readonly parse: (text: string) => T;
  readonly alwaysSet: Set;
}

// `any` lets a spec hold definitions of every parsed type; values are typed through InputValues.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type InputSpec = Readonly<Record<string, InputDef<any>>>;

/** Options every builder accepts. */
export interface CommonOptions {
  required?: boolean;
  description?: string;
}

/** Thrown by a parser: the text is not acceptable; `hint` adds a specific reason ("did you mean …"). */
export class InvalidInputValue extends Error {
  constructor(readonly hint?: string) {
    super(hint ?? 'invalid input value');
    this.name = 'InvalidInputValue';
  }
}

/** `'model-name'` → `'modelName'` (also for `_` and spaces). */
export type CamelCase<S extends string> = S extends `${infer Head}${'-' | '_' | ' '}${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The typed object readInputs returns for a spec. */
export type InputValues<S extends InputSpec> = {
  [K in keyof S & string as CamelCase<K>]: S[K] extends InputDef<infer T, infer Set>
    ? Set extends true
      ? T
      : T | undefined
    : never;
};

/** Whether options make an input always set: `required: true` or a default. */
export type Presence<O> = O extends { required: true }
  ? true
  : O extends { default: infer D }
    ? undefined extends D
      ? false
      : true
    : false;
