/**
 * Typed reading of spec values with positions: every reader records a problem (key path, value, what was expected,
 * file position) instead of throwing, so one run reports every mistake in the file.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { didYouMean, type Annotation, type UserErrorKind } from '@aml-actions/action-kit';
import { annotationAt, expectKind, type SpecDocument } from './spec-document.js';
import type { SpecKind } from './kinds.js';
import { throwProblems, type SpecProblem } from './problems.js';
import { pythonLiteral } from './python-literal.js';
import { describe, numericValue } from './node-values.js';

/**
 * A value in the spec: its key path, its node, and a positioned node to point at when the value has none (its key;
 * nothing for a key an override added, so its problems point at the file, not at an unrelated line).
 */
export interface Field {
  readonly path: string;
  /** The key of a mapping entry ('' for the root and list items). */
  readonly key: string;
  readonly node: Node | null;
  readonly anchor: Node | undefined;
}

/** The shape of a mapping: allowed keys, required keys, and keys the CLI knows that these actions refuse (with why). */
export interface Shape {
  /** What the mapping is, for messages: `the deployment`, `request_settings`. */
  readonly what: string;
  readonly keys: readonly string[];
  readonly required?: readonly string[];
  readonly refused?: Readonly<Record<string, string>>;
}

export type Fields = ReadonlyMap<string, Field>;

/** Bounds of a number and its unit, for the check and the message ("an integer (seconds) of at least 1"). */
export interface NumberLimits {
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
}

const PLACEHOLDER = /(?<!\$)\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/;
const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', 'off', '0']);

export function childPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** A mapper's start: check the document's kind, and read its root mapping against the kind's shape. */
export function openSpec(
  doc: SpecDocument,
  kind: SpecKind,
  shape: Shape,
): { reader: SpecReader; fields: Fields | undefined } {
  expectKind(doc, kind);
  const reader = new SpecReader(doc);
  return { reader, fields: reader.object(reader.root(), shape) };
}

export class SpecReader {
  readonly problems: SpecProblem[] = [];

  constructor(readonly doc: SpecDocument) {}

  root(): Field {
    const node = this.doc.yaml.contents;
    return { path: '', key: '', node, anchor: node ?? undefined };
  }

  /** The position of a field (its value, else its key, else its parent). */
  at(field: Field): Annotation {
    return annotationAt(this.doc, field.node?.range ? field.node : field.anchor);
  }

  /** Records a problem about a field; the message is prefixed with the field's key path. */
  report(field: Field, message: string, kind: UserErrorKind = 'input'): void {
    this.push(field, field.path === '' ? message : `${field.path}: ${message}`, kind);
  }

  private push(field: Field, message: string, kind: UserErrorKind = 'input'): void {
    const origin = field.node === null ? undefined : this.doc.origins.get(field.node);
    this.problems.push({
      path: field.path,
      message: `${message}${origin === undefined ? '' : ` (set by ${origin.text})`}`,
      annotation: this.at(field),
      kind,
    });
  }

  /** Throws every problem recorded so far as one UserError. */
  throwIfProblems(): void {
    throwProblems(this.problems, this.doc.what);
  }

  /** The result of a mapping: throws the problems if there are any, else returns the value. */
  finish<T>(value: T | undefined): T {
    this.throwIfProblems();
    if (value === undefined)
      throw new Error(`mapping ${this.doc.file} produced nothing but recorded no problem`);
    return value;
  }

  /** `expected X, got Y`; a template placeholder left in the file gets its own explanation. */
  typeError(field: Field, expected: string): void {
    const placeholder = this.placeholderIn(field);
    if (placeholder !== undefined) {
      this.placeholderError(field, placeholder);
      return;
    }
    this.report(field, `expected ${expected}, got ${describe(field.node)}`);
  }

  private placeholderIn(field: Field): string | undefined {
    const range = field.node?.range;
    const text = range ? this.doc.text.slice(range[0], range[1]) : '';
    return PLACEHOLDER.exec(text)?.[0];
  }

  private placeholderError(field: Field, placeholder: string): void {
    this.report(
      field,
      `the value holds the template placeholder ${placeholder}, so this file is a template ` +
        '(the azureml-examples scripts fill it in with sed): replace the placeholder in the file, ' +
        'or override the value (`--set`-style override or the matching action input)',
    );
  }

  /** A mapping of known keys; returns the fields of the known keys present (refused and unknown keys are problems). */
  object(field: Field | undefined, shape: Shape): Fields | undefined {
    if (field === undefined) return undefined;
    if (!isMap(field.node)) {
      this.typeError(field, `a mapping (${shape.what})`);
      return;
    }
    const fields = new Map<string, Field>();
    for (const pair of field.node.items) {
      const key = keyText(pair);
      const child: Field = {
        path: childPath(field.path, key),
        key,
        node: (pair.value as Node | null) ?? null,
        anchor: isScalar(pair.key) && pair.key.range ? pair.key : undefined,
      };
      const refusal = shape.refused?.[key];
      if (refusal !== undefined) {
        this.report({ ...child, node: isScalar(pair.key) ? pair.key : child.node }, refusal);
      } else if (!shape.keys.includes(key)) {
        const hint = didYouMean(key, shape.keys);
        this.push(
          { ...child, node: isScalar(pair.key) ? pair.key : child.node },
          `unknown key '${key}' in ${shape.what}${hint === '' ? '' : ` (${hint})`}; allowed keys: ${shape.keys.join(', ')}`,
        );
      } else {
        fields.set(key, child);
      }
    }
    for (const key of shape.required ?? []) {
      if (!fields.has(key) && shape.refused?.[key] === undefined) {
        this.report(field, `${shape.what} needs the key '${key}'`);
      }
    }
    return fields;
  }

  /** The entries of a mapping whose keys are names (inputs, traffic, tags), in file order. */
  entries(field: Field | undefined, expected: string): Field[] {
    if (field === undefined) return [];
    if (!isMap(field.node)) {
      this.typeError(field, expected);
      return [];
    }
    return field.node.items.map((pair) => ({
      path: childPath(field.path, keyText(pair)),
      key: keyText(pair),
      node: (pair.value as Node | null) ?? null,
      anchor: isScalar(pair.key) && pair.key.range ? pair.key : undefined,
    }));
  }

  /** The items of a list, each as a field (`path[0]`). */
  items(field: Field | undefined, expected: string): Field[] {
    if (field === undefined) return [];
    if (!isSeq(field.node)) {
      this.typeError(field, expected);
      return [];
    }
    return field.node.items.map((item, index) => ({
      path: `${field.path}[${index}]`,
      key: '',
      node: (item as Node | null) ?? null,
      anchor: field.anchor,
    }));
  }

  string(field: Field | undefined, expected = 'a string'): string | undefined {
    if (field === undefined) return undefined;
    if (!isScalar(field.node) || typeof field.node.value !== 'string') {
      this.typeError(field, expected);
      return;
    }
    const placeholder = PLACEHOLDER.exec(field.node.value)?.[0];
    if (placeholder !== undefined) {
      this.placeholderError(field, placeholder);
      return;
    }
    if (field.node.value.trim() === '') {
      this.report(field, `expected ${expected}, got an empty string`);
      return;
    }
    return field.node.value;
  }

  /** A version or similar name the CLI accepts as a string or an integer (`version: 3`). */
  stringOrInt(field: Field | undefined, expected: string): string | undefined {
    if (field === undefined) return undefined;
    if (isScalar(field.node) && typeof field.node.value === 'number' && Number.isInteger(field.node.value)) {
      return String(field.node.value);
    }
    return this.string(field, expected);
  }

  /** An integer; like the CLI (marshmallow), a numeric string is accepted. */
  integer(field: Field | undefined, limits: NumberLimits = {}): number | undefined {
    return this.numeric(field, 'an integer', limits);
  }

  number(field: Field | undefined, limits: NumberLimits = {}): number | undefined {
    return this.numeric(field, 'a number', limits);
  }

  private numeric(
    field: Field | undefined,
    what: 'an integer' | 'a number',
    limits: NumberLimits,
  ): number | undefined {
    if (field === undefined) return undefined;
    const { min, max, unit } = limits;
    const range =
      min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
          ? ` of at least ${min}`
          : max !== undefined
            ? ` of at most ${max}`
            : '';
    const expected = `${what}${unit ? ` (${unit})` : ''}${range}`;
    const value = numericValue(field.node);
    if (value === undefined || (what === 'an integer' && !Number.isInteger(value))) {
      this.typeError(field, expected);
      return;
    }
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      this.report(field, `expected ${expected}, got ${value}`);
      return;
    }
    return value;
  }

  /** A boolean; like the CLI, 'True'/'false'/'yes' strings count. */
  boolean(field: Field | undefined): boolean | undefined {
    if (field === undefined) return undefined;
    const value = isScalar(field.node) ? field.node.value : undefined;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && TRUE_WORDS.has(value.toLowerCase())) return true;
    if (typeof value === 'string' && FALSE_WORDS.has(value.toLowerCase())) return false;
    this.typeError(field, 'true or false');
  }

  /** One of a fixed set of words (case-insensitive; the ARM spelling is accepted too), mapped to its ARM value. */
  choice<T extends string>(field: Field | undefined, choices: Readonly<Record<string, T>>): T | undefined {
    if (field === undefined) return undefined;
    const names = Object.keys(choices);
    const value =
      isScalar(field.node) && typeof field.node.value === 'string'
        ? field.node.value.toLowerCase()
        : undefined;
    if (value === undefined) {
      this.typeError(field, `one of ${names.join(', ')}`);
      return;
    }
    const match = Object.entries(choices).find(
      ([name, arm]) => name.toLowerCase() === value || arm.toLowerCase() === value,
    );
    if (match !== undefined) return match[1];
    const hint = didYouMean(value, names);
    this.report(
      field,
      `'${String(field.node?.toJSON())}' is not one of ${names.join(', ')}${hint === '' ? '' : ` (${hint})`}`,
    );
  }

  /** A mapping of names to scalar values, as strings (the CLI's str() of each value). */
  stringMap(field: Field | undefined): Record<string, string> | undefined {
    if (field === undefined) return undefined;
    const entries = this.entries(field, 'a mapping of names to values');
    if (!isMap(field.node)) return undefined;
    const map: Record<string, string> = {};
    for (const entry of entries) {
      const value = this.literal(entry);
      if (value !== undefined) map[entry.key] = value;
    }
    return map;
  }

  /** A scalar as the CLI turns it into text: Python's str() of the YAML value (`True`, `0.8`, `1e-05`). */
  literal(field: Field): string | undefined {
    if (!isScalar(field.node) || field.node.value === null || field.node.value instanceof Date) {
      this.typeError(field, 'a string, number or boolean');
      return;
    }
    if (typeof field.node.value === 'string')
      return this.string(field) === undefined ? undefined : field.node.value;
    return pythonLiteral(field.node);
  }

  stringList(field: Field | undefined): string[] | undefined {
    if (field === undefined) return undefined;
    if (!isSeq(field.node)) {
      this.typeError(field, 'a list of strings');
      return;
    }
    return this.items(field, 'a list of strings')
      .map((item) => this.string(item))
      .filter((value) => value !== undefined);
  }
}
