/** The environment as the package reads it (passed in, never process.env directly, so tests and callers choose). */
export type Env = Readonly<Record<string, string | undefined>>;

/** The trimmed value, or undefined when absent or blank (how GitHub passes an input that was not given). */
export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
