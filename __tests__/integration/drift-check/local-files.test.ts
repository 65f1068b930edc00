/**
 * The bundled drift-check on local files, with no workspace: bank-marketing train vs test (little drift), a shifted
 * copy (drift: a warning, or a failed step with fail-on-drift), Parquet, and malformed data annotated at its line.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBundledAction, type BundledActionResult } from '../helpers/emulator.js';
import { sharedPath } from '../../shared-dir.js';

jest.setTimeout(60_000);
const DRIFT_CHECK = path.resolve('dist/drift-check/index.js');
const BANK = sharedPath('fixtures/datasets/bank-marketing');
const ELECTRO = sharedPath('fixtures/datasets/uci-electro');
const NUMERICAL = 'age, duration, campaign';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drift-check-'));
  // The test rows with older clients, longer calls and lower rates: the kind of shift that calls for retraining.
  const [header = '', ...lines] = (await readFile(`${BANK}/test.csv`, 'utf8')).trim().split('\n');
  const names = header.split(',');
  const at = (name: string): number => names.indexOf(name);
  const shifted = lines.map((line) => {
    const cells = line.split(',');
    cells[at('age')] = String(Number(cells[at('age')]) + 15);
    cells[at('duration')] = String(Math.round(Number(cells[at('duration')]) * 1.8));
    cells[at('euribor3m')] = String(Number(cells[at('euribor3m')]) - 2.5);
    return cells.join(',');
  });
  await writeFile(path.join(dir, 'shifted.csv'), [header, ...shifted].join('\n'));
  await writeFile(path.join(dir, 'bad.csv'), `${header}\n${lines[0] ?? ''}\n${lines[1] ?? ''},extra\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function driftCheck(inputs: Record<string, string>): Promise<BundledActionResult> {
  return runBundledAction(DRIFT_CHECK, { ...inputs }, { RUNNER_TEMP: dir });
}

const errors = (result: BundledActionResult) => result.annotations.filter((a) => a.level === 'error');

describe('drift-check (bundled) on local files', () => {
  it('finds little drift between the bank-marketing train and test splits', async () => {
    const result = await driftCheck({
      baseline: `${BANK}/train.csv`,
      production: `${BANK}/test.csv`,
      'numerical-features': NUMERICAL,
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'drift-detected': 'false',
      'drifted-features': '',
      'drift-share': '0',
    });
    const report = JSON.parse(await readFile(result.outputs['report-file'] ?? '', 'utf8')) as {
      features: { feature: string; type: string; metric: string; value: number }[];
      baseline: { rows: number };
      production: { rows: number };
    };
    expect(path.dirname(result.outputs['report-file'] ?? '')).toBe(dir);
    expect(report.baseline.rows).toBe(29_999);
    expect(report.production.rows).toBe(952);
    expect(report.features).toHaveLength(21);
    expect(report.features.find((f) => f.feature === 'age')).toMatchObject({
      type: 'numerical',
      metric: 'normalized_wasserstein_distance',
    });
    expect(result.summary).toContain('No drift in 21 features');
    expect(result.summary).toContain('| `age` | numerical | nwd |');
    expect(result.summary).toContain('### What next');
  });

  it('warns about the shifted features and names them in the outputs', async () => {
    const result = await driftCheck({
      baseline: `${BANK}/train.csv`,
      production: path.join(dir, 'shifted.csv'),
      'numerical-features': NUMERICAL,
      'report-file': path.join(dir, 'reports', 'drift.json'),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['drift-detected']).toBe('true');
    expect(result.outputs['drifted-features']?.split(',').sort()).toEqual(['age', 'duration', 'euribor3m']);
    expect(Number(result.outputs['drift-share'])).toBeCloseTo(3 / 21, 5);
    expect(result.outputs['report-file']).toBe(path.join(dir, 'reports', 'drift.json'));
    const warning = result.annotations.find((a) => a.level === 'warning');
    expect(warning?.message).toMatch(/^Data drift: 3 of 21 features drifted .+: age, duration, euribor3m\./);
    expect(result.summary).toContain('Drift in 3 of 21 features');
    expect(result.summary).toContain('gh workflow run ml-cd.yml');
    expect(result.summary).toContain('workflows-examples/ml-monitor.yml');
  });

  it('fails the step on drift with fail-on-drift, using the chosen metrics', async () => {
    const result = await driftCheck({
      baseline: `${BANK}/train.csv`,
      production: path.join(dir, 'shifted.csv'),
      features: 'age, job, euribor3m',
      'numerical-features': 'age',
      metrics: 'numerical=ks, categorical=chi2',
      'fail-on-drift': 'true',
    });
    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]?.message).toMatch(
      /^drift-check: Data drift: 2 of 3 features drifted .+: age, euribor3m\. Report: .+\. Retrain on recent data/,
    );
    expect(result.summary).toContain('| `job` | categorical | chi2 p-value |');
  });

  it('reads Parquet (uci-electro), leaving the timestamp column out', async () => {
    const result = await driftCheck({
      baseline: `${ELECTRO}/train.parquet`,
      production: `${ELECTRO}/test.parquet`,
    });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(await readFile(result.outputs['report-file'] ?? '', 'utf8')) as {
      features: { feature: string; type: string }[];
      skippedColumns: { name: string }[];
    };
    expect(report.features.map((f) => [f.feature, f.type])).toEqual([
      ['customer_id', 'categorical'],
      ['usage', 'numerical'],
      ['group_id', 'categorical'],
    ]);
    expect(report.skippedColumns.map((s) => s.name)).toEqual(['datetime']);
  });

  it('warns when the null drop leaves out much of the data (titanic: Cabin is mostly empty)', async () => {
    const titanic = path.resolve('__tests__/unit/drift/fixtures');
    const result = await driftCheck({
      baseline: `${titanic}/titanic-a.csv`,
      production: `${titanic}/titanic-b.csv`,
      features: 'Sex, Age, Cabin',
    });
    expect(result.exitCode).toBe(0);
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings[0]).toMatch(
      /^baseline: only 102 of 500 rows are compared: .+ \(most nulls: Cabin 77\.\d %, Age 20\.4 %\)\./,
    );
  });

  it('annotates a malformed row at its file and line', async () => {
    const bad = path.join(dir, 'bad.csv');
    const result = await driftCheck({ baseline: `${BANK}/train.csv`, production: bad });
    expect(result.exitCode).toBe(1);
    const [error] = errors(result);
    expect(error?.message).toBe(
      `drift-check: Input 'production': ${bad} line 3: 22 fields where the header has 21. Fix or remove the row; quote fields that ` +
        'contain commas ("a, b").',
    );
    expect(error?.properties).toMatchObject({ file: bad, line: '3' });
  });

  it('refuses bad inputs before reading anything, and needs no workspace for local files', async () => {
    const noProduction = await driftCheck({ baseline: `${BANK}/test.csv` });
    expect(noProduction.exitCode).toBe(1);
    expect(errors(noProduction)[0]?.message).toContain("No production data: set 'production'");
    const badMetric = await driftCheck({
      baseline: `${BANK}/test.csv`,
      production: `${BANK}/test.csv`,
      metrics: 'numerical=chi2',
    });
    expect(errors(badMetric)[0]?.message).toContain(
      "Input 'metrics' has numerical=chi2, but pearsons_chi_squared_test applies to categorical features only",
    );
  });
});
