/** Problems found in a spec file: each with its place, collected so the user sees all of them in one run. */
import { UserError, type Annotation, type UserErrorKind } from '@aml-actions/action-kit';

export interface SpecProblem {
  /** The dotted key path the problem is about (`request_settings.request_timeout_ms`), '' for the whole file. */
  readonly path: string;
  /** The message, naming the key, the value and the fix; without the file position (see `annotation`). */
  readonly message: string;
  readonly annotation: Annotation;
  /** `not-found` for a missing referenced file, `input` for everything else. */
  readonly kind: UserErrorKind;
}

/** `file:line:column` as editors and GitHub logs show it. */
export function formatPosition(annotation: Annotation): string {
  if (annotation.line === undefined) return annotation.file;
  return `${annotation.file}:${annotation.line}:${annotation.column ?? 1}`;
}

/**
 * One UserError for all problems, in file order: each on its own line with its position, the annotation on the first.
 * `what` names the file's role (the input `deployment-file`), so the message says which input holds the mistakes.
 */
export function problemsError(unordered: readonly SpecProblem[], what?: string): UserError {
  const problems = [...unordered].sort(
    (a, b) =>
      (a.annotation.line ?? 0) - (b.annotation.line ?? 0) ||
      (a.annotation.column ?? 0) - (b.annotation.column ?? 0),
  );
  const [first] = problems;
  if (first === undefined) throw new Error('problemsError needs at least one problem');
  const prefix = what === undefined ? '' : `Input '${what}': `;
  const message =
    problems.length === 1
      ? `${prefix}${formatPosition(first.annotation)}: ${first.message}`
      : `${prefix}${first.annotation.file} has ${problems.length} problems:\n` +
        problems.map((problem) => `  ${formatPosition(problem.annotation)}: ${problem.message}`).join('\n');
  const kind = problems.every((problem) => problem.kind === 'not-found') ? 'not-found' : 'input';
  return new UserError(message, { kind, annotation: { ...first.annotation, title: 'Azure ML spec' } });
}

/** Throws the problems as one UserError when there are any. */
export function throwProblems(problems: readonly SpecProblem[], what?: string): void {
  if (problems.length > 0) throw problemsError(problems, what);
}
