/** The job summary of a registration: the version, its lineage, the upload and the gate table. */
import { escapeMarkdown, type Cell, type SummaryBuilder } from '@aml-actions/action-kit';
import { LINEAGE_TAGS } from '@aml-actions/assets';
import type { RegistrationResult } from '@aml-actions/registration';

export function writeSummary(
  summary: SummaryBuilder,
  result: RegistrationResult,
  skippedReason?: string,
): void {
  if (result.registered) {
    summary.heading(
      `Model ${result.name} version ${result.version ?? ''}${result.reused ? ' (reused)' : ''}`,
    );
    summary.status(
      'success',
      result.reused
        ? `The same content was already registered as version ${result.version ?? ''}: nothing was uploaded or created.`
        : `Registered version ${result.version ?? ''}.`,
    );
  } else {
    summary.heading(`Model ${result.name}: not registered`);
    if (skippedReason) summary.status('skipped', skippedReason);
  }

  summary.keyValue({
    Model: result.name,
    Version: result.version,
    'Model URI': result.modelUri === undefined ? undefined : { markdown: `\`${result.modelUri}\`` },
    'ARM id': result.id,
    Type: result.modelType,
    'Content hash': { markdown: `\`${result.contentHash}\`` },
    Storage: result.storageUri,
    Upload: result.upload === undefined ? undefined : describeUpload(result),
  });

  if (result.gates.rows.length > 0) {
    summary.heading('Gates', 3);
    summary.table(
      ['Metric', 'Challenger', 'Champion', 'Threshold', 'Verdict'],
      result.gates.rows.map((row) => [
        row.metric,
        row.challenger,
        row.champion ?? row.note ?? '',
        { markdown: `\`${row.threshold}\`` },
        row.verdict === 'pass' ? '✅ pass' : '❌ fail',
      ]),
    );
  }

  const lineage: [string, string][] = Object.values(LINEAGE_TAGS).flatMap((key) => {
    const value = result.tags[key];
    return value === undefined ? [] : [[key, value]];
  });
  if (lineage.length > 0) {
    summary.details('Lineage tags', (inner) => {
      const rows = lineage.map(([key, value]): [string, Cell] => [
        key,
        key === LINEAGE_TAGS.runUrl ? { markdown: `[${escapeMarkdown(value)}](${value})` } : value,
      ]);
      inner.keyValue(rows, ['Tag', 'Value']);
    });
  }
}

function describeUpload(result: RegistrationResult): string {
  const upload = result.upload;
  if (upload === undefined) return '';
  if (upload.alreadyComplete) return `already in the datastore (${upload.skippedFiles} files): nothing sent`;
  const figures = upload.figures;
  const rate = figures === undefined ? '' : `, ${figures.megabytesPerSecond.toFixed(1)} MB/s`;
  return `${upload.uploadedFiles} files sent (${formatBytes(upload.uploadedBytes)}${rate}), ${upload.skippedFiles} already there`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
