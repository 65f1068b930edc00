/** The job summary of a run: status, links, outputs, metrics, what was uploaded or reused, and the log tail. */
import { formatElapsed, type SummaryBuilder } from '@aml-actions/action-kit';
import type { SubmittedJob } from '@aml-actions/jobs';

export interface RunReport {
  submitted: SubmittedJob;
  status: string;
  studio: string;
  outputs: Record<string, string>;
  metrics: Record<string, number>;
  elapsedMs?: number;
  logTail?: readonly string[];
}

export function writeSummary(summary: SummaryBuilder, report: RunReport): void {
  const { submitted, status } = report;
  const properties = submitted.job.properties;
  summary.heading(`Azure ML job ${submitted.name}`);
  summary.status(
    status === 'Completed'
      ? 'success'
      : ['Failed', 'Canceled', 'NotResponding'].includes(status)
        ? 'failure'
        : 'running',
    `${status}${report.elapsedMs === undefined ? '' : ` after ${formatElapsed(report.elapsedMs)}`}` +
      (submitted.attached ? ' (an existing job with this name was followed, not submitted again)' : ''),
  );
  summary.keyValue({
    Job: submitted.name,
    'Display name': properties.displayName ?? undefined,
    Experiment: properties.experimentName ?? undefined,
    Studio: { markdown: `[Open in Azure ML studio](${report.studio})` },
  });
  const outputs = Object.entries(report.outputs);
  if (outputs.length > 0) {
    summary.heading('Outputs', 3);
    summary.table(
      ['Output', 'URI (usable as register-model model-uri)'],
      outputs.map(([name, uri]) => [name, { markdown: `\`${uri}\`` }]),
    );
  }
  const metrics = Object.entries(report.metrics);
  if (metrics.length > 0) {
    summary.heading('Metrics', 3);
    summary.table(
      ['Metric', 'Value'],
      metrics.map(([name, value]) => [name, String(value)]),
    );
  }
  if (submitted.assets.length > 0) {
    summary.details('Uploaded and registered', (inner) => {
      inner.table(
        ['What', 'Reference', 'Reused'],
        submitted.assets.map((asset) => [asset.what, asset.reference, asset.reused ? 'yes' : 'no']),
      );
    });
  }
  if (status !== 'Completed' && report.logTail !== undefined && report.logTail.length > 0) {
    summary.details("End of the job's log", (inner) => {
      inner.code((report.logTail ?? []).join('\n'), 'text');
    });
  }
}
