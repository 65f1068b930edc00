import { describe, expect, it } from '@jest/globals';
import { UserError, runActionWith, sleep } from '@aml-actions/action-kit';
import { fakeRunner } from './fake-core.js';

describe('runActionWith: failures', () => {
  const withCause = new Error('request failed', { cause: new Error('ECONNRESET') });
  it.each<[string, unknown, string]>([
    ['UserError', new UserError("Input 'x' has value 'y'"), "deploy: Input 'x' has value 'y'"],
    [
      'not-found UserError',
      new UserError('Model m not found', { kind: 'not-found' }),
      'deploy: Model m not found',
    ],
    ['Error (a bug)', new TypeError('x is undefined'), 'deploy: x is undefined'],
    ['Error with a cause', withCause, 'deploy: request failed'],
    ['string throw', 'oops', 'deploy: unexpected string thrown: oops'],
    ['undefined throw', undefined, 'deploy: unexpected undefined thrown: undefined'],
    ['object throw', { code: 42 }, 'deploy: unexpected object thrown: {"code":42}'],
    ['null throw', null, 'deploy: unexpected object thrown: null'],
  ])('%s fails the step with a prefixed message and exit code 1', async (_label, thrown, message) => {
    const runner = fakeRunner();
    await runActionWith(
      'deploy',
      () => {
        throw thrown;
      },
      runner.deps,
    );
    expect(runner.of('setFailed')).toEqual([[message]]);
    expect(runner.exitCodes).toEqual([1]);
    const bugNotes = runner.of('info').filter(([text]) => String(text).includes('This is a bug in deploy'));
    expect(bugNotes).toHaveLength(thrown instanceof UserError ? 0 : 1);
  });

  it('logs a bug with its stack and causes', async () => {
    const runner = fakeRunner();
    await runActionWith('deploy', () => Promise.reject(withCause), runner.deps);
    const [note] = runner.of('info').map(([text]) => String(text));
    expect(note).toContain(
      'This is a bug in deploy, not a problem with your inputs: please report it with this log.',
    );
    expect(note).toContain('Error: request failed\n    at ');
    expect(note).toContain('Caused by: Error: ECONNRESET');
  });

  it('puts a UserError with an annotation on its file and line, once', async () => {
    const runner = fakeRunner();
    const annotation = { file: 'deploy/endpoint.yml', line: 4, column: 3, endLine: 4, endColumn: 9 };
    await runActionWith(
      'deploy',
      () => Promise.reject(new UserError("'instance_count' must be at least 1", { annotation })),
      runner.deps,
    );
    expect(runner.of('error')).toEqual([
      [
        "deploy: 'instance_count' must be at least 1",
        { file: 'deploy/endpoint.yml', startLine: 4, endLine: 4, startColumn: 3, endColumn: 9 },
      ],
    ]);
    expect(runner.of('setFailed')).toEqual([]);
    expect(runner.exitCodes).toEqual([1]);
  });

  it('logs the cause of a UserError at debug level', async () => {
    const runner = fakeRunner();
    await runActionWith(
      'deploy',
      () => Promise.reject(new UserError('ARM said no', { kind: 'service', cause: new Error('HTTP 500') })),
      runner.deps,
    );
    expect(runner.of('debug').map(([text]) => String(text))).toEqual([
      expect.stringContaining('Cause: Error: HTTP 500'),
    ]);
  });
});

describe('runActionWith: success, outputs, logging, summary', () => {
  it('sets typed outputs as text and leaves the step green', async () => {
    const runner = fakeRunner();
    await runActionWith<{
      name: string;
      version: number;
      reused: boolean;
      tags: Record<string, string>;
      ids: string[];
    }>(
      'register',
      async ({ outputs, log }) => {
        outputs.set('name', 'churn');
        outputs.set('version', 3);
        outputs.set('reused', false);
        outputs.set('tags', { a: '1' });
        outputs.set('ids', ['x', 'y']);
        await log.group('Registering', () => {
          log.info('hello');
          return Promise.resolve();
        });
        expect(outputs.written).toEqual({
          name: 'churn',
          version: '3',
          reused: 'false',
          tags: '{"a":"1"}',
          ids: '["x","y"]',
        });
      },
      runner.deps,
    );
    expect(runner.calls).toEqual([
      ['setOutput', 'name', 'churn'],
      ['setOutput', 'version', '3'],
      ['setOutput', 'reused', 'false'],
      ['setOutput', 'tags', '{"a":"1"}'],
      ['setOutput', 'ids', '["x","y"]'],
      ['startGroup', 'Registering'],
      ['info', 'hello'],
      ['endGroup'],
    ]);
    expect(runner.exitCodes).toEqual([]);
    expect(runner.summaries).toEqual([]);
  });

  it('closes a group when its work throws', async () => {
    const runner = fakeRunner();
    await runActionWith(
      'x',
      ({ log }) => log.group('Work', () => Promise.reject(new UserError('bad'))),
      runner.deps,
    );
    expect(runner.calls.map(([method]) => method)).toEqual(['startGroup', 'endGroup', 'setFailed']);
  });

  it('writes the summary on success', async () => {
    const runner = fakeRunner();
    await runActionWith(
      'x',
      ({ summary }) => {
        summary.heading('Result').status('success', 'Deployed');
        return Promise.resolve();
      },
      runner.deps,
    );
    expect(runner.summaries).toEqual(['## Result\n\n✅ Deployed\n']);
  });

  it('writes the summary on failure, with the failure at its end', async () => {
    const runner = fakeRunner();
    await runActionWith(
      'x',
      ({ summary }) => {
        summary.heading('Deploy');
        return Promise.reject(new UserError('quota <exceeded>'));
      },
      runner.deps,
    );
    expect(runner.summaries).toEqual(['## Deploy\n\n❌ Failed: quota &lt;exceeded&gt;\n']);
  });

  it.each([
    [{ summaryAvailable: false }, 'debug', 'No GITHUB_STEP_SUMMARY file: the job summary was not written.'],
    [{ summaryFails: true }, 'warning', 'Could not write the job summary: disk full'],
  ])(
    'reports a summary that cannot be written without failing the step (%o)',
    async (options, method, message) => {
      const runner = fakeRunner(options);
      await runActionWith(
        'x',
        ({ summary }) => {
          summary.paragraph('text');
          return Promise.resolve();
        },
        runner.deps,
      );
      expect(runner.of(method)).toEqual([[message]]);
      expect(runner.exitCodes).toEqual([]);
    },
  );
});

describe('runActionWith: cancellation', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s aborts the signal and fails the step as cancelled',
    async (name) => {
      const runner = fakeRunner();
      const run = runActionWith('deploy', ({ signal }) => sleep(60_000, signal), runner.deps);
      runner.signals.emit(name);
      await run;
      expect(runner.of('warning')).toEqual([
        [`Received ${name}: cancelling (the runner stops the step about 7.5 s after cancellation).`],
      ]);
      expect(runner.of('setFailed')).toEqual([[`deploy: cancelled by ${name}`]]);
      expect(runner.exitCodes).toEqual([1]);
      expect(runner.signals.listenerCount(name)).toBe(0);
    },
  );

  it('reports work that failed some other way after the abort as cancelled', async () => {
    const runner = fakeRunner();
    const run = runActionWith(
      'deploy',
      async ({ signal }) => {
        await new Promise((resolve) => {
          signal.addEventListener('abort', resolve);
        });
        throw new Error('The operation was aborted');
      },
      runner.deps,
    );
    runner.signals.emit('SIGINT');
    await run;
    expect(runner.of('setFailed')).toEqual([['deploy: cancelled by SIGINT (The operation was aborted)']]);
    expect(runner.of('info')).toEqual([]);
  });

  it('exits on a second signal when the work does not stop', async () => {
    const runner = fakeRunner();
    let finish: () => void = () => undefined;
    const run = runActionWith(
      'deploy',
      () => new Promise<void>((resolve) => (finish = resolve)),
      runner.deps,
    );
    runner.signals.emit('SIGINT');
    runner.signals.emit('SIGTERM');
    expect(runner.exits).toEqual([1]);
    expect(runner.of('setFailed')).toEqual([['deploy: cancelled by SIGTERM before the work could stop']]);
    expect(runner.of('warning')[1]).toEqual(['Received SIGTERM again: stopping now.']);
    finish();
    await run;
  });
});
