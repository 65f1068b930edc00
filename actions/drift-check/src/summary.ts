/** The job summary of a drift check: verdict, data read, one row per feature, and what to do next. */
import type { Cell, SummaryBuilder } from '@aml-actions/action-kit';
import { METRICS, type FeatureDrift } from '@aml-actions/drift';
import type { DriftReport } from './report.js';

const percent = (share: number): string => `${(100 * share).toFixed(share > 0 && share < 0.001 ? 3 : 1)} %`;
const count = (n: number): string => n.toLocaleString('en-US');

/** 4 significant digits; very small or large values in exponent form. */
export function formatValue(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  return magnitude < 1e-4 || magnitude >= 1e6 ? value.toExponential(3) : String(Number(value.toPrecision(4)));
}

function row(feature: FeatureDrift): Cell[] {
  const info = METRICS[feature.metric];
  return [
    { markdown: `\`${feature.feature.replace(/`/g, "'")}\`` },
    feature.type,
    `${info.alias}${info.kind === 'p-value' ? ' p-value' : ''}`,
    formatValue(feature.value),
    `${info.kind === 'p-value' ? '<' : '>'} ${formatValue(feature.threshold)}`,
    feature.drifted ? '✗ yes' : '✓ no',
    `${percent(feature.baseline.nullRate)} / ${percent(feature.production.nullRate)}`,
    percent(feature.production.outOfBoundsRate),
  ];
}

export function writeSummary(summary: SummaryBuilder, report: DriftReport, reportFile: string): void {
  const { baseline, production } = report;
  const total = report.features.length;
  summary.heading('Data drift: baseline vs production');
  if (report.driftDetected) {
    summary.status(
      'warning',
      `Drift in ${report.driftedFeatures.length} of ${total} features (${percent(report.driftShare)}): ` +
        report.driftedFeatures.join(', '),
    );
  } else {
    summary.status('success', `No drift in ${total} features`);
  }
  const window = production.window;
  summary.keyValue({
    Baseline: `${baseline.source}: ${count(baseline.rows)} rows (${count(baseline.rowsUsed)} without nulls)`,
    Production: `${production.source}: ${count(production.rows)} rows (${count(production.rowsUsed)} without nulls)`,
    Window:
      window === undefined
        ? undefined
        : `${window.start} to ${window.end} (${window.hours} h, deployment(s) ${window.deployments.join(', ')})`,
    Report: { markdown: `\`${reportFile}\`` },
  });
  summary.table(
    [
      'Feature',
      'Type',
      'Metric',
      'Value',
      'Drift when',
      'Drifted',
      'Nulls (baseline / production)',
      'Out of bounds',
    ],
    report.features.map(row),
  );
  if (report.skippedColumns.length > 0) {
    summary.details(`Columns not compared (${report.skippedColumns.length})`, (inner) => {
      inner.table(
        ['Column', 'Why'],
        report.skippedColumns.map((s) => [s.name, s.reason]),
      );
    });
  }
  summary.heading('What next', 3);
  summary.paragraph(
    report.driftDetected
      ? 'The production data no longer looks like the training data for the features above. Check the data ' +
          'quality columns first (a pipeline bug looks like drift), then retrain on recent data: ' +
          '`workflows-examples/ml-monitor.yml` does it when drift-detected is true (train and register in ' +
          'development, then release through staging to production like `ml-cd.yml`); in your own workflow, gate a ' +
          "later step on `steps.<id>.outputs.drift-detected == 'true'`, e.g. `gh workflow run ml-cd.yml`."
      : 'Nothing to do: keep checking on a schedule (as `workflows-examples/ml-monitor.yml` does every morning ' +
          'with `endpoint-name`), and retrain when it reports drift.',
  );
}
