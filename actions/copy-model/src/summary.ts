/** The job summary of a copy: source → target, the version, what was transferred or reused, the provenance tags. */
import { escapeMarkdown, type Cell, type SummaryBuilder } from '@aml-actions/action-kit';
import { CONTENT_HASH_TAG, LINEAGE_TAGS } from '@aml-actions/assets';
import { PROMOTION_PREFIX, PROVENANCE_TAGS, type CopyResult } from '@aml-actions/promotion';

const MB = 1024 * 1024;

export function writeSummary(
  summary: SummaryBuilder,
  result: CopyResult,
  targetWorkspace: string,
  sourceWorkspace: string,
): void {
  const from = `${sourceWorkspace}/${result.source.name}:${result.source.version}`;
  const to = `${targetWorkspace}/${result.targetName}:${result.targetVersion}`;
  summary.heading(`Model copied: ${from} → ${to}${result.reused ? ' (reused)' : ''}`);
  summary.status(
    'success',
    result.reused
      ? `Version ${result.targetVersion} in ${targetWorkspace} is already a copy of ${from}: nothing was downloaded, uploaded or created.`
      : `Registered version ${result.targetVersion} in ${targetWorkspace} from ${from}.`,
  );
  summary.keyValue({
    Source: { markdown: `\`${result.source.modelId}\`` },
    Target: result.targetId === undefined ? to : { markdown: `\`${result.targetId}\`` },
    'Model URI': { markdown: `\`azureml:${result.targetName}:${result.targetVersion}\`` },
    Type: result.modelType,
    'Content hash': result.contentHash === undefined ? undefined : { markdown: `\`${result.contentHash}\`` },
    Storage: result.storageUri,
    Transfer: describeTransfer(result),
  });
  const provenance = Object.entries(result.tags)
    .filter(([key]) => isProvenance(key))
    .sort(([a], [b]) => a.localeCompare(b));
  if (provenance.length > 0) {
    summary.details('Provenance tags', (inner) => {
      const rows = provenance.map(([key, value]): [string, Cell] => [
        key,
        key === `${PROMOTION_PREFIX}${LINEAGE_TAGS.runUrl}`
          ? { markdown: `[${escapeMarkdown(value)}](${value})` }
          : value,
      ]);
      inner.keyValue(rows, ['Tag', 'Value']);
    });
  }
}

function isProvenance(key: string): boolean {
  return (
    key.startsWith(PROMOTION_PREFIX) ||
    key === CONTENT_HASH_TAG ||
    (Object.values(PROVENANCE_TAGS) as string[]).includes(key)
  );
}

function describeTransfer(result: CopyResult): string {
  if (result.reused && result.download === undefined) return 'reused: nothing transferred';
  const download = result.download;
  const upload = result.upload;
  const parts: string[] = [];
  if (download !== undefined) {
    parts.push(
      `${download.files} files downloaded (${(download.bytes / MB).toFixed(1)} MB, ${download.figures.megabytesPerSecond.toFixed(1)} MB/s)`,
    );
  }
  if (upload !== undefined) {
    parts.push(
      upload.alreadyComplete
        ? `already in the target datastore (${upload.skippedFiles} files): nothing uploaded`
        : `${upload.uploadedFiles} files uploaded (${(upload.uploadedBytes / MB).toFixed(1)} MB), ${upload.skippedFiles} already there`,
    );
  }
  return parts.join('; ');
}
