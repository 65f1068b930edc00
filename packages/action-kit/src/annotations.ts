/** Annotations: pointing a message at a file, line and column (YAML nodes, data files). */
import type { LineCounter } from 'yaml';
import type { AnnotationProperties } from './action-core.js';
import type { Annotation } from './errors.js';
import type { Logger } from './logger.js';

/** A yaml node's `range` ([start, valueEnd, nodeEnd] offsets) or anything with one. */
export type YamlRange = readonly [number, number, number?];

/**
 * The annotation for a YAML node, given the LineCounter passed to `parseDocument(text, { lineCounter })`.
 * Without a range (a missing key), the annotation points at the file's first line.
 */
export function yamlAnnotation(
  file: string,
  lineCounter: LineCounter,
  node: { range?: YamlRange | null } | null | undefined,
  title?: string,
): Annotation {
  const range = node?.range;
  if (!range) return { file, line: 1, ...(title === undefined ? {} : { title }) };
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return {
    file,
    line: start.line,
    column: start.col,
    endLine: end.line,
    endColumn: end.col,
    ...(title === undefined ? {} : { title }),
  };
}

/** The annotation for a 1-based line/column position (as yaml's YAMLError.linePos and most parsers give). */
export function positionAnnotation(
  file: string,
  position?: { line: number; col?: number; column?: number },
): Annotation {
  if (position === undefined) return { file };
  const column = position.column ?? position.col;
  return { file, line: position.line, ...(column === undefined ? {} : { column }) };
}

/**
 * @actions/core properties for an annotation. GitHub accepts columns only on a one-line range, so
 * multi-line ranges keep their lines and drop the columns.
 */
export function annotationProperties(annotation: Annotation): AnnotationProperties {
  const oneLine = annotation.endLine === undefined || annotation.endLine === annotation.line;
  const properties: AnnotationProperties = { file: annotation.file };
  if (annotation.title !== undefined) properties.title = annotation.title;
  if (annotation.line !== undefined) properties.startLine = annotation.line;
  if (annotation.endLine !== undefined) properties.endLine = annotation.endLine;
  if (oneLine && annotation.column !== undefined) properties.startColumn = annotation.column;
  if (oneLine && annotation.column !== undefined && annotation.endColumn !== undefined) {
    properties.endColumn = annotation.endColumn;
  }
  return properties;
}

/** `file:line:column` for plain-text messages. */
export function formatAnnotation(annotation: Annotation): string {
  return [annotation.file, annotation.line, annotation.column].filter((part) => part !== undefined).join(':');
}

/** Logs `message` as an error (or warning) annotation on the file and line. */
export function annotate(
  log: Logger,
  message: string,
  annotation: Annotation,
  level: 'error' | 'warning' = 'error',
): void {
  log[level](message, annotation);
}
