/**
 * Reading a CLI v2 YAML file: parse with positions (YAML 1.1, as the CLI's PyYAML reads it), and tell its kind from
 * `$schema`, a job's `type`, or the kind the caller expects.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { UserError, type Annotation } from '@aml-actions/action-kit';
import {
  JOB_TYPE_KINDS,
  kindFamily,
  refusalReason,
  schemaName,
  schemaUrl,
  SUPPORTED_KINDS,
  isSpecKind,
  type SpecKind,
} from './kinds.js';
import { problemsError, throwProblems, type SpecProblem } from './problems.js';

export interface SpecDocument {
  /** The file as the caller named it (used in annotations, so keep it relative to the repository). */
  readonly file: string;
  /** The absolute folder relative paths in the file resolve from. */
  readonly dir: string;
  readonly kind: SpecKind;
  readonly text: string;
  readonly yaml: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Nodes set by overrides, with where they came from, for messages. */
  readonly origins: WeakMap<Node, SetOrigin>;
  /** The role of the file in messages, e.g. `deployment-file`. */
  readonly what: string | undefined;
}

/** Where an overridden value came from. */
export interface SetOrigin {
  /** For messages: `--set 'inputs.epochs=5'`, `input 'instance-count'`. */
  readonly text: string;
  /** Whether the key was absent from the file (the override added it). */
  readonly created: boolean;
}

export interface ParseOptions {
  /** The kind (or kinds) the caller accepts; also the kind of a file without `$schema`. */
  expected?: SpecKind | readonly SpecKind[];
  /** The role of the file in messages (an input name such as `deployment-file`). */
  what?: string;
  /** The folder relative paths resolve from; default the folder of `file`. */
  dir?: string;
}

/** The position of a node (1-based line and column, with the end) for annotations. */
export function annotationAt(
  doc: Pick<SpecDocument, 'file' | 'lineCounter'>,
  node: Node | undefined,
): Annotation {
  const range = node?.range;
  if (!range) return { file: doc.file };
  const start = doc.lineCounter.linePos(range[0]);
  const end = doc.lineCounter.linePos(range[1]);
  return { file: doc.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function offsetAnnotation(file: string, lineCounter: LineCounter, offset: number): Annotation {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col };
}

/** Parse a spec from text; throws one UserError listing every problem (YAML syntax, kind). */
export function parseSpec(text: string, file: string, options: ParseOptions = {}): SpecDocument {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter, version: '1.1', prettyErrors: false, uniqueKeys: true });
  const firstPerPosition = yaml.errors.filter(
    (error, index) => yaml.errors.findIndex((other) => other.pos[0] === error.pos[0]) === index,
  );
  const problems: SpecProblem[] = firstPerPosition.map((error) => ({
    path: '',
    message: `invalid YAML: ${error.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '')}`,
    annotation: offsetAnnotation(file, lineCounter, error.pos[0]),
    kind: 'input',
  }));
  throwProblems(problems, options.what);
  const root = yaml.contents;
  if (!isMap(root)) {
    const got = root === null ? 'an empty file' : `a ${isScalar(root) ? 'single value' : 'list'}`;
    throw problemsError(
      [
        {
          path: '',
          message: `expected a YAML mapping of keys (such as \`$schema:\` and \`name:\`), got ${got}`,
          annotation: annotationAt({ file, lineCounter }, root ?? undefined),
          kind: 'input',
        },
      ],
      options.what,
    );
  }
  const expected = options.expected === undefined ? [] : ([] as SpecKind[]).concat(options.expected);
  const kind = detectKind(root, expected, { file, lineCounter }, options.what);
  return {
    file,
    dir: path.resolve(options.dir ?? path.dirname(file)),
    kind,
    text,
    yaml,
    lineCounter,
    origins: new WeakMap(),
    what: options.what,
  };
}

/** Read and parse a spec file; a missing or unreadable file is a UserError naming it. */
export function loadSpecFile(
  file: string,
  expected?: SpecKind | readonly SpecKind[],
  what?: string,
): SpecDocument {
  const subject = what === undefined ? 'Spec file' : `Input '${what}' names the file`;
  let text: string;
  try {
    if (statSync(file).isDirectory()) {
      throw new UserError(`${subject} '${file}', which is a folder: give the path of the YAML file.`);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${subject} '${file}', which cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): ` +
        `check the path (relative paths start at the workspace root, ${process.cwd()}).`,
      { kind: 'not-found', cause: error },
    );
  }
  return parseSpec(text, file, {
    ...(expected === undefined ? {} : { expected }),
    ...(what ? { what } : {}),
  });
}

function detectKind(
  root: YAMLMap,
  expected: readonly SpecKind[],
  where: Pick<SpecDocument, 'file' | 'lineCounter'>,
  what: string | undefined,
): SpecKind {
  const fail = (node: Node | undefined, message: string): never => {
    throw problemsError(
      [{ path: '$schema', message, annotation: annotationAt(where, node), kind: 'input' }],
      what,
    );
  };
  const schemaNode = root.get('$schema', true);
  const typeNode = root.get('type', true);
  const typeValue = isScalar(typeNode) ? String(typeNode.value).toLowerCase() : undefined;
  let kind: SpecKind | undefined;
  if (schemaNode !== undefined) {
    const url = isScalar(schemaNode) && typeof schemaNode.value === 'string' ? schemaNode.value : '';
    const name = schemaName(url);
    if (name === undefined || !isSpecKind(name)) {
      fail(
        schemaNode,
        `$schema ${url === '' ? 'is not a schema URL' : `'${url}' names a kind these actions do not read`}; ` +
          `supported: ${SUPPORTED_KINDS.map(schemaUrl).join(', ')}`,
      );
    }
    kind = name as SpecKind;
  } else if (expected[0] !== undefined) {
    kind = kindFromType(expected[0], typeValue);
  } else if (typeValue !== undefined && typeValue in JOB_TYPE_KINDS) {
    kind = JOB_TYPE_KINDS[typeValue];
  }
  if (kind === undefined) {
    return fail(
      root,
      `cannot tell what this file describes: add a $schema line, e.g. \`$schema: ${schemaUrl('managedOnlineDeployment')}\``,
    );
  }
  if (expected.length > 0 && !expected.includes(kind))
    fail(schemaNode ?? typeNode ?? root, kindMismatch(kind, expected));
  return kind;
}

/** Why a spec of `kind` is not accepted where `expected` kinds are: the refusal reason, or the mismatch. */
function kindMismatch(kind: SpecKind, expected: readonly SpecKind[]): string {
  const reason = refusalReason(kind);
  if (reason !== undefined && expected.some((wanted) => kindFamily(wanted) === kindFamily(kind)))
    return reason;
  return `this is a ${kind} spec, but ${expected.join(' or ')} is expected here`;
}

/** Throws (annotated at `$schema`) unless the document is of the kind a mapper handles. */
export function expectKind(doc: SpecDocument, kind: SpecKind): void {
  if (doc.kind === kind) return;
  const root = doc.yaml.contents;
  const node = isMap(root) ? (root.get('$schema', true) ?? root.get('type', true) ?? root) : undefined;
  throw problemsError(
    [
      {
        path: '$schema',
        message: kindMismatch(doc.kind, [kind]),
        annotation: annotationAt(doc, node),
        kind: 'input',
      },
    ],
    doc.what,
  );
}

/** Without `$schema`: the expected kind, refined by `type:` (a job's type, a deployment's managed/kubernetes). */
function kindFromType(expected: SpecKind, type: string | undefined): SpecKind {
  if (type === undefined) return expected;
  const family = kindFamily(expected);
  if (family === 'job') return JOB_TYPE_KINDS[type] ?? expected;
  if (family === 'deployment' && type === 'kubernetes') return 'kubernetesOnlineDeployment';
  return expected;
}
