/** The emulator's job execution helpers: command bindings and what a job logged through MLflow. */
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bindCommand } from '../../../packages/emulator/src/jobs/command-bindings.js';
import { latestMetrics, readMlflowRecords } from '../../../packages/emulator/src/jobs/mlflow-records.js';

describe('bindCommand', () => {
  const bindings = { inputs: { data: '/in/data', n: '3' }, outputs: { model: '/out/model' } };

  it('substitutes inputs and outputs, with or without spaces in the braces', () => {
    expect(bindCommand('train ${{inputs.data}} ${{ inputs.n }} -o ${{outputs.model}}', bindings)).toBe(
      'train /in/data 3 -o /out/model',
    );
  });

  it('keeps optional sections only when their inputs are given', () => {
    expect(bindCommand('run $[[--n ${{inputs.n}}]] $[[--seed ${{inputs.seed}}]]', bindings)).toBe(
      'run --n 3 ',
    );
  });

  it('refuses a binding that names nothing', () => {
    expect(() => bindCommand('run ${{inputs.missing}}', bindings)).toThrow(
      'The command uses ${{inputs.missing}}, which names no input or output of the job (inputs: data, n; outputs: model).',
    );
  });
});

describe('readMlflowRecords', () => {
  it('reads the stand-in module log and the real mlflow file store, keeping the latest value per metric', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mlflow-records-'));
    await writeFile(
      path.join(dir, 'mlflow.jsonl'),
      [
        JSON.stringify({ kind: 'metric', key: 'loss', value: 0.5, step: 0, timestamp: 1 }),
        JSON.stringify({ kind: 'metric', key: 'loss', value: 0.2, step: 1, timestamp: 2 }),
        JSON.stringify({ kind: 'param', key: 'epochs', value: '5' }),
        'not json',
      ].join('\n'),
    );
    const run = path.join(dir, 'mlruns', '0', 'abc');
    await mkdir(path.join(run, 'metrics', 'val'), { recursive: true });
    await mkdir(path.join(run, 'tags'), { recursive: true });
    await writeFile(path.join(run, 'metrics', 'val', 'auc'), '10 0.8 0\n20 0.85 1\n');
    await writeFile(path.join(run, 'tags', 'team'), 'ml');
    const records = await readMlflowRecords(dir);
    expect(latestMetrics(records.history)).toEqual([
      { key: 'loss', value: 0.2, step: 1, timestamp: 2 },
      { key: 'val/auc', value: 0.85, step: 1, timestamp: 20 },
    ]);
    expect(records.params).toEqual({ epochs: '5' });
    expect(records.tags).toEqual({ team: 'ml' });
    await expect(readMlflowRecords(path.join(dir, 'none'))).resolves.toEqual({
      history: [],
      params: {},
      tags: {},
    });
  });
});
