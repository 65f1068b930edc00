import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import {
  metricsFromProperties,
  metricsToProperties,
  parseMetricsJson,
  readMetrics,
} from '@aml-actions/registration';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'metrics-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseMetricsJson', () => {
  it.each([
    ['flat', '{"accuracy": 0.93, "rmse": 3}', { accuracy: 0.93, rmse: 3 }],
    ['nested', '{"metrics": {"accuracy": 0.93}, "params": {"depth": "x"}}', { accuracy: 0.93 }],
    ['negative and exponent', '{"delta": -1.5e-3}', { delta: -0.0015 }],
  ])('reads %s metrics', (_case, text, expected) => {
    expect(parseMetricsJson(text, { input: 'metrics' })).toEqual(expected);
  });

  it.each([
    ['not JSON', '{accuracy: 1}', /metrics: not valid JSON/],
    ['an array', '[0.9]', /metrics: expected a JSON object of numbers/],
    [
      'a string value',
      '{"accuracy": "0.9"}',
      /metrics: the metric 'accuracy' is "0.9"; every metric must be a finite number/,
    ],
    ['a nested object value', '{"a": {"b": 1}}', /the metric 'a' is \{"b":1\}/],
    ['an empty object', '{}', /metrics: no metrics in it/],
    ['a name with spaces', '{"top 5": 1}', /the metric name 'top 5' is not usable/],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parseMetricsJson(text, { input: 'metrics' })).toThrow(message);
  });

  it('annotates the file and line of a bad value', () => {
    const text = '{\n  "accuracy": 0.9,\n  "rmse": null\n}';
    const error = (() => {
      try {
        return parseMetricsJson(text, { input: 'metrics-file', file: 'out/metrics.json' });
      } catch (e) {
        return e;
      }
    })() as UserError;
    expect(error.message).toMatch(/^metrics-file 'out\/metrics\.json': the metric 'rmse' is null/);
    expect(error.annotation).toEqual({ file: 'out/metrics.json', line: 3, column: 3 });
  });
});

describe('readMetrics', () => {
  it('reads a metrics file', async () => {
    const file = path.join(dir, 'metrics.json');
    await writeFile(file, '{"metrics": {"auc": 0.8}}');
    await expect(readMetrics({ metricsFile: file })).resolves.toEqual({ auc: 0.8 });
  });

  it('names an unreadable file and its error code', async () => {
    await expect(readMetrics({ metricsFile: path.join(dir, 'missing.json') })).rejects.toThrow(
      /metrics-file: cannot read '.*missing\.json' \(ENOENT\)/,
    );
  });

  it('refuses metrics given both ways', async () => {
    await expect(readMetrics({ metrics: '{"a":1}', metricsFile: 'x.json' })).rejects.toThrow(
      /metrics and metrics-file are both set/,
    );
  });

  it('gives undefined when there are none', async () => {
    await expect(readMetrics({})).resolves.toBeUndefined();
  });
});

describe('metric properties', () => {
  it('round-trips through metric.* properties and ignores the rest', () => {
    const properties: Record<string, string | null> = {
      ...metricsToProperties({ accuracy: 0.93, rmse: 3 }),
      other: '1',
      'metric.bad': 'n/a',
      'metric.none': null,
    };
    expect(properties['metric.accuracy']).toBe('0.93');
    expect(metricsFromProperties(properties)).toEqual({ accuracy: 0.93, rmse: 3 });
  });
});
