/** The JSON report of a drift check: what was compared, how (the conventions), and every feature's result. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '@aml-actions/action-kit';
import { KS_EXACT_MAX_N, type DriftResult, type Table } from '@aml-actions/drift';
import type { ResolvedSource } from './sources.js';

export const CONVENTIONS = {
  reference: 'Azure ML model monitoring (data drift signal)',
  types:
    'inferred on the baseline: text, booleans and timestamps categorical; decimals numerical; integers ' +
    'categorical when distinct/count < 0.05, else numerical (categorical-features / numerical-features override)',
  nulls:
    'rows with a null (or a value of the wrong type) in any compared feature are dropped from every feature',
  binning:
    "numerical histograms: ceil(log2(min(n_baseline, n_production)) + 1) bins (Sturges' rule on the smaller " +
    'dataset), equal width over the combined [min, max]',
  jensenShannon: 'scipy.spatial.distance.jensenshannon(base=2), in [0, 1]',
  populationStabilityIndex: 'Laplace smoothing: (count + 1) / (n + bins) on each side; natural log',
  normalizedWasserstein: 'scipy.stats.wasserstein_distance / max(std(baseline, ddof=1), 0.001)',
  kolmogorovSmirnov: `scipy.stats.ks_2samp(method="auto") p-value: exact when both samples have at most ${KS_EXACT_MAX_N} values, else the kstwo distribution`,
  chiSquared:
    'scipy.stats.chisquare p-value, expected = baseline share × production count over both datasets’ categories',
  alerts: 'p-values drift when below the threshold, distances when above it (strict)',
} as const;

export interface DriftReport {
  schema: 'aml-actions/drift-check/v1';
  generatedAt: string;
  driftDetected: boolean;
  driftedFeatures: string[];
  driftShare: number;
  baseline: SideReport;
  production: SideReport & { window?: ResolvedSource['window'] };
  conventions: typeof CONVENTIONS;
  features: DriftResult['features'];
  skippedColumns: DriftResult['skipped'];
}

interface SideReport {
  source: string;
  files: readonly string[];
  rows: number;
  rowsUsed: number;
}

export function buildReport(
  result: DriftResult,
  tables: { baseline: Table; production: Table },
  sources: { baseline: ResolvedSource; production: ResolvedSource },
  now: Date,
): DriftReport {
  return {
    schema: 'aml-actions/drift-check/v1',
    generatedAt: now.toISOString(),
    driftDetected: result.drifted.length > 0,
    driftedFeatures: result.drifted,
    driftShare: result.driftShare,
    baseline: {
      source: sources.baseline.description,
      files: tables.baseline.files,
      rows: result.rows.baseline,
      rowsUsed: result.rows.baselineUsed,
    },
    production: {
      source: sources.production.description,
      files: tables.production.files,
      rows: result.rows.production,
      rowsUsed: result.rows.productionUsed,
      ...(sources.production.window === undefined ? {} : { window: sources.production.window }),
    },
    conventions: CONVENTIONS,
    features: result.features,
    skippedColumns: result.skipped,
  };
}

/** Writes the report; `file` undefined: drift-report.json in RUNNER_TEMP (or the working folder). */
export async function writeReport(
  report: DriftReport,
  file: string | undefined,
  runnerTemp: string | undefined,
): Promise<string> {
  const target = path.resolve(file ?? path.join(runnerTemp ?? '.', 'drift-report.json'));
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    throw new UserError(
      `Input 'report-file': the report could not be written to ${target} (${(error as Error).message}). ` +
        'Give a path in a writable folder.',
      { cause: error },
    );
  }
  return target;
}
