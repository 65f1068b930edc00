/**
 * Overrides on top of a spec file, as the CLI's `--set` does: `inputs.epochs=5`, `compute=azureml:cpu-cluster`
 * (dotted key paths; list items by index; the value is read as YAML, so `5` is a number and `true` a boolean).
 * The mappers then check the result as they check the file, naming the override in their messages.
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { UserError } from '@aml-actions/action-kit';
import { annotationAt, type SpecDocument } from './spec-document.js';
import { formatPosition } from './problems.js';
import { describe } from './node-values.js';

/** Apply `key.path=value` overrides; all malformed ones are reported together. */
export function applySetOverrides(doc: SpecDocument, overrides: readonly string[], source = 'set'): void {
  const problems: string[] = [];
  for (const raw of overrides) {
    const text = raw.trim();
    if (text === '') continue;
    const equals = text.indexOf('=');
    if (equals <= 0) {
      problems.push(`'${text}' is not an override: write <key path>=<value>, e.g. inputs.epochs=5`);
      continue;
    }
    const keyPath = text.slice(0, equals).trim();
    const parsed = parseDocument(text.slice(equals + 1), { version: '1.1', prettyErrors: false });
    const [error] = parsed.errors;
    if (error !== undefined) {
      problems.push(
        `the value in '${text}' is not valid YAML (${error.message.split('\n')[0] ?? ''}): quote it`,
      );
      continue;
    }
    const node = parsed.contents ?? doc.yaml.createNode(null);
    visit(node, (_key, item) => {
      if (isNode(item)) item.range = undefined;
    });
    const problem = setNode(doc, keyPath, node, `${source} '${text}'`);
    if (problem !== undefined) problems.push(`'${text}': ${problem}`);
  }
  if (problems.length > 0) {
    throw new UserError(
      `Input '${source}' has ${problems.length === 1 ? 'a bad override' : 'bad overrides'}:\n  ${problems.join('\n  ')}`,
    );
  }
}

/** Set one value from an action input (`setSpecValue(doc, 'instance_count', 3, "input 'instance-count'")`). */
export function setSpecValue(doc: SpecDocument, keyPath: string, value: unknown, origin: string): void {
  const problem = setNode(doc, keyPath, doc.yaml.createNode(value), origin);
  if (problem !== undefined) throw new UserError(`${origin} cannot be applied to ${doc.file}: ${problem}`);
}

/** Put `node` at the key path, creating missing mappings on the way; a problem message when the path is impossible. */
function setNode(doc: SpecDocument, keyPath: string, node: Node, origin: string): string | undefined {
  const segments = keyPath.split('.');
  if (segments.some((segment) => segment.trim() === ''))
    return `'${keyPath}' is not a key path such as inputs.epochs`;
  let current: Node | null = doc.yaml.contents;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    const here = segments.slice(0, index).join('.') || 'the file';
    if (isMap(current)) {
      const existing = current.get(segment, true) as Node | undefined;
      if (last) {
        current.set(segment, node);
        doc.origins.set(node, { text: origin, created: existing === undefined });
        return undefined;
      }
      if (existing === undefined || (isScalar(existing) && existing.value === null)) {
        const created = doc.yaml.createNode({});
        current.set(segment, created);
        doc.origins.set(created, { text: origin, created: true });
        current = created;
      } else {
        current = existing;
      }
    } else if (isSeq(current)) {
      const position = Number(segment);
      if (!Number.isInteger(position) || position < 0 || position >= current.items.length) {
        return `${here} is a list of ${current.items.length}: use an index from 0 to ${current.items.length - 1}`;
      }
      if (last) {
        current.set(position, node);
        doc.origins.set(node, { text: origin, created: false });
        return undefined;
      }
      current = current.get(position, true) as Node | null;
    } else {
      const where = current?.range ? ` at ${formatPosition(annotationAt(doc, current))}` : '';
      return `${here} is ${describe(current)}${where}, so it has no key '${segment}'`;
    }
  }
  return undefined;
}
