/** The job summary: verdict, timeline of steps (traffic, checks, verdict, duration), traffic before/after, rollback. */
import { formatDuration, type Cell, type Status, type SummaryBuilder } from '@aml-actions/action-kit';
import { shareOf, type EndpointTraffic } from '@aml-actions/endpoints';
import {
  describeStep,
  formatMaps,
  type DeletionReport,
  type RolloutPlan,
  type RolloutReport,
  type StepRecord,
} from '@aml-actions/rollout';

interface Common {
  endpointName: string;
  deployment: string;
  previous: EndpointTraffic;
  final: EndpointTraffic;
  started: number;
  deletion: DeletionReport | undefined;
  /** The tags the promotion was recorded in, when it was. */
  tagged: Record<string, string> | undefined;
}

export type PromoteSummary =
  (Common & { kind: 'unchanged' }) | (Common & { kind: 'rollout'; plan: RolloutPlan; report: RolloutReport });

function headline(data: PromoteSummary): [Status, string] {
  const elapsed = formatDuration(Date.now() - data.started);
  if (data.kind === 'unchanged') {
    return ['success', `'${data.deployment}' already has 100% of the live traffic: nothing to promote.`];
  }
  const { report, plan } = data;
  const total = plan.steps.length;
  if (report.result === 'promoted') {
    return ['success', `Promoted '${data.deployment}' to 100% in ${total} step(s), ${elapsed}.`];
  }
  const at = report.failure === undefined ? '' : ` at step ${report.failure.step}/${total}`;
  const why = report.failure?.reason ?? '';
  if (report.result === 'rollback-failed') {
    return ['failure', `Stopped${at} (${why}) and the ROLLBACK FAILED: restore the traffic by hand (below).`];
  }
  return ['warning', `Rolled back${at}: ${why}. The previous traffic is restored.`];
}

function checksCell(record: StepRecord): string {
  const rounds = record.rounds.length;
  const failed = record.rounds.flatMap((round) => round.checks.filter((check) => !check.passed));
  if (failed.length > 0) {
    return failed.map((check) => `${check.name}: ${check.actual} (limit ${check.limit})`).join('\n');
  }
  const checks = record.rounds.reduce((sum, round) => sum + round.checks.length, 0);
  return rounds === 0 ? 'not run' : `${rounds} round(s), ${checks} check(s) passed`;
}

function verdictCell(record: StepRecord): string {
  return record.verdict === 'passed'
    ? '✅ passed'
    : `❌ failed${record.failure === undefined ? '' : `: ${record.failure}`}`;
}

function trafficTable(summary: SummaryBuilder, data: PromoteSummary): void {
  const names = [
    ...new Set([
      ...Object.keys(data.previous.traffic),
      ...Object.keys(data.final.traffic),
      ...Object.keys(data.previous.mirror),
      ...Object.keys(data.final.mirror),
    ]),
  ].sort();
  const share = (maps: EndpointTraffic, name: string): string => {
    const mirror = shareOf(maps.mirror, name);
    return `${shareOf(maps.traffic, name)}%${mirror > 0 ? ` (mirror ${mirror}%)` : ''}`;
  };
  summary.heading('Traffic', 3);
  summary.table(
    ['Deployment', 'Before', 'After'],
    names.map((name): Cell[] => [name, share(data.previous, name), share(data.final, name)]),
  );
}

function rollbackSection(summary: SummaryBuilder, report: RolloutReport): void {
  const { rollback } = report;
  if (rollback === undefined) return;
  summary.heading('Rollback', 3);
  summary.keyValue({
    Outcome:
      rollback.outcome === 'restored' ? 'restored and verified by reading the endpoint back' : 'FAILED',
    'Restored to': formatMaps(rollback.to),
    'Endpoint shows': rollback.shown === undefined ? 'unknown' : formatMaps(rollback.shown),
    'Endpoint state': rollback.endpointState,
    Attempts: rollback.attempts,
    Duration: formatDuration(rollback.durationMs),
    Error: rollback.error,
  });
  if (rollback.manual !== undefined) {
    summary.paragraph('Restore the traffic by hand:');
    summary.code(rollback.manual, 'sh');
  }
}

export function writeSummary(summary: SummaryBuilder, data: PromoteSummary): void {
  summary.heading(`Promote ${data.deployment} on ${data.endpointName}`);
  summary.status(...headline(data));
  if (data.kind === 'rollout') {
    if (data.plan.notes.length > 0) summary.list(data.plan.notes);
    summary.heading('Timeline', 3);
    summary.table(
      ['Step', 'Traffic', 'Checks', 'Verdict', 'Duration'],
      data.report.steps.map((record): Cell[] => [
        `${record.planned.index}/${data.plan.steps.length}: ${describeStep(record.planned.step)}`,
        formatMaps(record.planned.target),
        checksCell(record),
        verdictCell(record),
        formatDuration(record.durationMs),
      ]),
    );
  }
  trafficTable(summary, data);
  if (data.kind === 'rollout') rollbackSection(summary, data.report);
  if (data.tagged !== undefined) {
    summary.details('Recorded in the endpoint tags', (inner) =>
      inner.keyValue(data.tagged ?? {}, ['Tag', 'Value']),
    );
  }
  const { deletion } = data;
  if (deletion !== undefined) {
    summary.heading('Previous deployments', 3);
    summary.list([
      ...deletion.deleted.map((name) => `${name}: deleted`),
      ...deletion.kept.map(({ name, reason }) => `${name}: kept (${reason})`),
      ...deletion.failed.map(({ name, error }) => `${name}: deletion FAILED (${error})`),
    ]);
    if (deletion.deleted.length + deletion.kept.length + deletion.failed.length === 0) {
      summary.paragraph('No other deployment to delete.');
    }
  }
}
