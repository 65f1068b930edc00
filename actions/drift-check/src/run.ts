/**
 * drift-check: baseline and production data (local files, azureml:// URIs or an endpoint's data collector) →
 * per-feature drift and data quality by Azure ML's conventions → outputs, JSON report, job summary, and a warning
 * or a failed step when features drifted. Read-only: it changes nothing in Azure.
 */
import { UserError, type ActionContext, type Logger } from '@aml-actions/action-kit';
import type { Env } from '@aml-actions/azure';
import { METRICS, compareTables, readTable, type DriftResult, type Table } from '@aml-actions/drift';
import type { Inputs } from './inputs.js';
import { compareOptions } from './options.js';
import { buildReport, writeReport } from './report.js';
import { resolveSources, type ResolvedSource } from './sources.js';
import { formatValue, writeSummary } from './summary.js';

export type DriftCheckOutputs = {
  'drift-detected': boolean;
  'drifted-features': string;
  'drift-share': number;
  'report-file': string;
};

export interface RunDeps {
  env: Env;
  /** GitHub OIDC for the credential chain (only used for azureml:// and endpoint sources). */
  getIdToken: (audience: string) => Promise<string>;
  now?: () => Date;
}

export async function runDriftCheck(
  context: ActionContext<DriftCheckOutputs>,
  inputs: Inputs,
  deps: RunDeps,
): Promise<void> {
  const { log, outputs, summary, signal } = context;
  const now = deps.now ?? (() => new Date());
  const sources = await resolveSources(inputs, {
    env: deps.env,
    getIdToken: deps.getIdToken,
    log,
    signal,
    now,
  });
  const read = (label: 'baseline' | 'production', source: ResolvedSource): Promise<Table> =>
    log.group(`Reading ${label}: ${source.description} (${source.files.length} file(s))`, () =>
      readTable(source.files, { label, input: label, log, signal, ...source.read }),
    );
  const baseline = await read('baseline', sources.baseline);
  const production = await read('production', sources.production);
  for (const table of [baseline, production]) {
    if (table.rowCount === 0) {
      throw new UserError(
        `Input '${table.label}': ${table.files.join(', ')} hold${table.files.length === 1 ? 's' : ''} no rows. ` +
          (table.label === 'production' && sources.production.window !== undefined
            ? 'No collected line falls in the window: widen lookback or score requests first.'
            : 'Give data with at least one row.'),
      );
    }
  }
  const result = compareTables(baseline, production, compareOptions(inputs, baseline));
  for (const feature of result.features) {
    const info = METRICS[feature.metric];
    log.info(
      `${feature.drifted ? '✗' : '✓'} ${feature.feature} (${feature.type}: ${feature.typeReason}): ${info.alias} ` +
        `${formatValue(feature.value)} (drift when ${info.kind === 'p-value' ? '<' : '>'} ${feature.threshold})`,
    );
  }
  warnDroppedRows(result, log);
  const report = buildReport(result, { baseline, production }, sources, now());
  const reportFile = await writeReport(report, inputs.reportFile, deps.env.RUNNER_TEMP);
  outputs.set('drift-detected', report.driftDetected);
  outputs.set('drifted-features', result.drifted.join(','));
  outputs.set('drift-share', Number(result.driftShare.toFixed(6)));
  outputs.set('report-file', reportFile);
  writeSummary(summary, report, reportFile);
  const verdict =
    `${result.drifted.length} of ${result.features.length} features drifted ` +
    `(${baseline.label} ${result.rows.baselineUsed} rows vs ${production.label} ${result.rows.productionUsed} rows)`;
  if (result.drifted.length === 0) {
    log.info(`No drift: ${verdict}. Report: ${reportFile}`);
    return;
  }
  const message = `Data drift: ${verdict}: ${result.drifted.join(', ')}. Report: ${reportFile}`;
  if (inputs.failOnDrift) {
    throw new UserError(
      `${message}. Retrain on recent data, or raise the thresholds if this change is expected.`,
    );
  }
  log.warning(`${message}. fail-on-drift is false: the step passes; drift-detected is true.`);
}

/** Azure ML drops every row with a null in any compared feature: say so when that leaves out much of the data. */
function warnDroppedRows(result: DriftResult, log: Logger): void {
  for (const side of ['baseline', 'production'] as const) {
    const rows = result.rows[side];
    const used = side === 'baseline' ? result.rows.baselineUsed : result.rows.productionUsed;
    if (used >= rows * 0.8) continue;
    const worst = result.features
      .map((f) => ({ name: f.feature, rate: f[side].nullRate + f[side].typeErrorRate }))
      .filter((f) => f.rate > 0)
      .sort((a, b) => b.rate - a.rate)
      .slice(0, 3)
      .map((f) => `${f.name} ${(100 * f.rate).toFixed(1)} %`);
    log.warning(
      `${side}: only ${used} of ${rows} rows are compared: a row with a null in any compared feature is left out ` +
        `(most nulls: ${worst.join(', ')}). Leave such features out with the features input to compare more rows.`,
    );
  }
}
