/** What YAML nodes hold, as the readers check them and as messages show them. */
import { isMap, isScalar, isSeq, type Node } from 'yaml';

/** A number, or a numeric string (the CLI's marshmallow accepts `"5"` where a number is expected). */
export function numericValue(node: Node | null): number | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'number') return node.value;
  if (typeof node.value === 'string' && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(node.value)) {
    return Number(node.value);
  }
  return undefined;
}

/** A value as messages show it: `'fast' (a string)`, `5 (a number)`, `a mapping`, `nothing`. */
export function describe(node: Node | null): string {
  if (node === null || (isScalar(node) && node.value === null)) return 'nothing (the key has no value)';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'string') return `'${value}' (a string)`;
    if (typeof value === 'number') return `${node.source ?? String(value)} (a number)`;
    if (typeof value === 'boolean') return `${String(value)} (a boolean)`;
    if (value instanceof Date) return `${node.source ?? value.toISOString()} (a date)`;
  }
  return 'an unsupported value';
}
