/**
 * Model metrics: read from the `metrics` input or a `metrics-file` (JSON, flat `{"accuracy": 0.93}` or nested
 * `{"metrics": {...}}`, numbers only), stored on the version as `metric.<name>` properties, and read back from a
 * champion version's properties.
 */
import { readFile } from 'node:fs/promises';
import { UserError, type Annotation } from '@aml-actions/action-kit';

export type Metrics = Record<string, number>;

export const METRIC_PROPERTY_PREFIX = 'metric.';

/** Where a metrics text came from, for error messages and annotations. */
export interface MetricsSource {
  input: 'metrics' | 'metrics-file';
  file?: string;
}

/** Read metrics from the inputs; undefined when neither is given. Giving both is an error. */
export async function readMetrics(options: {
  metrics?: string;
  metricsFile?: string;
}): Promise<Metrics | undefined> {
  const { metrics, metricsFile } = options;
  if (metrics && metricsFile) {
    throw new UserError(
      'metrics and metrics-file are both set. Give the metrics one way: inline JSON in metrics, or a JSON file in metrics-file.',
    );
  }
  if (metrics) return parseMetricsJson(metrics, { input: 'metrics' });
  if (!metricsFile) return undefined;
  const text = await readFile(metricsFile, 'utf8').catch((error: unknown) => {
    throw new UserError(
      `metrics-file: cannot read '${metricsFile}' (${(error as NodeJS.ErrnoException).code ?? String(error)}). Give the path of a JSON file written by the training step, relative to the workspace checkout.`,
      { cause: error },
    );
  });
  return parseMetricsJson(text, { input: 'metrics-file', file: metricsFile });
}

export function parseMetricsJson(text: string, source: MetricsSource): Metrics {
  const where = source.file ? `${source.input} '${source.file}'` : source.input;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${where}: not valid JSON (${(error as Error).message}). Expected an object of numbers such as {"accuracy": 0.93, "rmse": 3.1}.`,
      { annotation: annotationAt(source, text, positionOf(error)), cause: error },
    );
  }
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(parsed)) {
    throw new UserError(
      `${where}: expected a JSON object of numbers such as {"accuracy": 0.93}, got ${JSON.stringify(parsed)}.`,
      {
        annotation: annotationAt(source, text, 0),
      },
    );
  }
  const body = isObject(parsed.metrics) ? parsed.metrics : parsed;
  const metrics: Metrics = {};
  for (const [key, value] of Object.entries(body)) {
    if (!/^[A-Za-z0-9_][\w.\-/]*$/.test(key)) {
      throw new UserError(
        `${where}: the metric name '${key}' is not usable as a property name. Use letters, digits, '_', '.', '-' or '/'.`,
        { annotation: annotationAt(source, text, text.indexOf(JSON.stringify(key))) },
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new UserError(
        `${where}: the metric '${key}' is ${JSON.stringify(value)}; every metric must be a finite number (write 0.93, not "0.93").`,
        { annotation: annotationAt(source, text, text.indexOf(JSON.stringify(key))) },
      );
    }
    metrics[key] = value;
  }
  if (Object.keys(metrics).length === 0) {
    throw new UserError(
      `${where}: no metrics in it. Expected an object of numbers such as {"accuracy": 0.93}.`,
    );
  }
  return metrics;
}

export function metricsToProperties(metrics: Metrics): Record<string, string> {
  return Object.fromEntries(
    Object.entries(metrics).map(([key, value]) => [`${METRIC_PROPERTY_PREFIX}${key}`, String(value)]),
  );
}

/** Metrics stored on a version as `metric.<name>` properties; values that are not numbers are left out. */
export function metricsFromProperties(properties: Record<string, string | null> | undefined): Metrics {
  const metrics: Metrics = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (!key.startsWith(METRIC_PROPERTY_PREFIX) || value === null || value.trim() === '') continue;
    const number = Number(value);
    if (Number.isFinite(number)) metrics[key.slice(METRIC_PROPERTY_PREFIX.length)] = number;
  }
  return metrics;
}

function positionOf(error: unknown): number | undefined {
  const match = /position (\d+)/.exec((error as Error).message);
  return match ? Number(match[1]) : undefined;
}

/** An annotation at a character offset of a metrics file (none for the inline input or an unknown offset). */
function annotationAt(
  source: MetricsSource,
  text: string,
  offset: number | undefined,
): Annotation | undefined {
  if (!source.file || offset === undefined || offset < 0) return undefined;
  const before = text.slice(0, offset).split('\n');
  return { file: source.file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
