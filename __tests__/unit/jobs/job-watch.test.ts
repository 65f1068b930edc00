import { describe, expect, it } from '@jest/globals';
import { recordingLogger, UserError } from '@aml-actions/action-kit';
import { watchJob, type LogReader } from '@aml-actions/jobs';
import { fakeClient, workspace } from './fake-client.js';

const job = (status: string) => ({
  status: 200,
  body: { name: 'j1', properties: { jobType: 'Command', status } },
});

/** A log that grows by one chunk per read. */
function growingLog(chunks: string[]): LogReader {
  let text = '';
  return (offset) => {
    text += chunks.shift() ?? '';
    return Promise.resolve(Buffer.from(text.slice(offset)));
  };
}

describe('watchJob', () => {
  it('reports each status change and streams complete log lines, keeping the tail', async () => {
    const statuses = ['Queued', 'Running', 'Running', 'Completed'];
    const { client } = fakeClient(() => job(statuses.shift() ?? 'Completed'));
    const log = recordingLogger();
    const result = await watchJob(client, workspace, 'j1', {
      logger: log,
      signal: new AbortController().signal,
      timeoutMs: 10_000,
      streamLogs: true,
      openLog: () => Promise.resolve(growingLog(['first', ' line\nsecond\n', 'third (no newline)'])),
      pollMs: { min: 1, max: 2 },
    });
    expect(result.status).toBe('Completed');
    expect(log.text()).toMatch(/job j1: Queued\n.*job j1: Queued → Running/);
    expect(log.lines.filter((line) => line.message.startsWith('  | ')).map((line) => line.message)).toEqual([
      '  | first line',
      '  | second',
      '  | third (no newline)',
    ]);
    expect(result.logTail).toEqual(['first line', 'second', 'third (no newline)']);
  });

  it('keeps the tail but prints nothing when stream-logs is off, and goes on when the log cannot be read', async () => {
    const { client } = fakeClient(() => job('Failed'));
    const quiet = recordingLogger();
    const result = await watchJob(client, workspace, 'j1', {
      logger: quiet,
      signal: new AbortController().signal,
      timeoutMs: 10_000,
      streamLogs: false,
      openLog: () => Promise.resolve(growingLog(['boom\n'])),
    });
    expect(result.logTail).toEqual(['boom']);
    expect(quiet.text()).not.toContain('| boom');

    const broken = recordingLogger();
    const without = await watchJob(client, workspace, 'j1', {
      logger: broken,
      signal: new AbortController().signal,
      timeoutMs: 10_000,
      streamLogs: true,
      openLog: () => Promise.reject(new Error('403 from storage')),
    });
    expect(without.status).toBe('Failed');
    expect(broken.text()).toContain('Cannot read the log of job j1 (403 from storage)');
  });

  it('cancels the Azure ML job when the workflow is cancelled', async () => {
    const fake = fakeClient(() => job('Running'));
    const controller = new AbortController();
    const log = recordingLogger();
    const watching = watchJob(fake.client, workspace, 'j1', {
      logger: log,
      signal: controller.signal,
      timeoutMs: 10_000,
      streamLogs: true,
      openLog: () => Promise.resolve(growingLog(['started\n'])),
      pollMs: { min: 5, max: 5 },
    });
    setTimeout(() => {
      controller.abort(new UserError('cancelled by SIGTERM', { kind: 'cancelled' }));
    }, 30);
    const error = await watching.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe('cancelled');
    expect((error as UserError).message).toMatch(
      /Job j1 was stopped because the workflow was cancelled .*the Azure ML job was cancelled \(status Running\)[\s\S]*started/,
    );
    expect(fake.cancels).toEqual(['j1']);
    expect(log.text()).toContain('Cancelling Azure ML job j1');
  });

  it('cancels the job when the timeout runs out and says so', async () => {
    const fake = fakeClient(() => job('Running'));
    const error = await watchJob(fake.client, workspace, 'j1', {
      logger: recordingLogger(),
      signal: new AbortController().signal,
      timeoutMs: 20,
      streamLogs: false,
      openLog: () => Promise.resolve(growingLog([])),
      pollMs: { min: 5, max: 5 },
    }).catch((e: unknown) => e);
    expect((error as UserError).kind).toBe('timeout');
    expect((error as UserError).message).toContain('did not finish within the timeout of');
    expect(fake.cancels).toEqual(['j1']);
  });

  it('fails clearly when the job was deleted meanwhile', async () => {
    const { client } = fakeClient(() => ({
      status: 404,
      body: { error: { code: 'ResourceNotFound', message: 'gone' } },
    }));
    await expect(
      watchJob(client, workspace, 'j1', {
        logger: recordingLogger(),
        signal: new AbortController().signal,
        timeoutMs: 1000,
        streamLogs: false,
        openLog: () => Promise.resolve(growingLog([])),
      }),
    ).rejects.toThrow('Job j1 no longer exists in workspace');
  });
});
