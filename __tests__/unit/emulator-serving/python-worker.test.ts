/** The python side of serving: inference_worker.py and its shims, driven through startWorker (real python3). */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContainerLog } from '../../../packages/emulator/src/serving/container-log.js';
import {
  InitFailure,
  startWorker,
  type CollectMessage,
  type PythonWorker,
  type WorkerRequest,
} from '../../../packages/emulator/src/serving/python-worker.js';

const FIXTURE = path.resolve('__tests__/fixtures/serving/worker');
const started: PythonWorker[] = [];
afterEach(async () => {
  for (const worker of started.splice(0)) {
    worker.kill();
    await worker.exited;
  }
});

function start(appRoot: string, collections: string[] = []) {
  const log = createContainerLog(() => new Date('2024-01-01T00:00:00Z'));
  const collected: CollectMessage[] = [];
  const worker = startWorker({
    python: 'python3',
    appRoot,
    entryScript: 'score.py',
    env: { PATH: process.env.PATH, AZUREML_EMULATOR_COLLECTIONS: JSON.stringify(collections) },
    log,
    onCollect: (message) => collected.push(message),
  });
  started.push(worker);
  return { worker, log, collected };
}

const request = (body: unknown, extra: Partial<WorkerRequest> = {}): WorkerRequest => ({
  body: JSON.stringify(body),
  headers: { 'x-tenant': 'contoso' },
  timeoutMs: 2000,
  correlationId: 'corr-1',
  collect: ['model_inputs'],
  ...extra,
});

describe('inference worker', () => {
  it('runs init() once and run(raw_data, request_headers) per request, collecting what the script collects', async () => {
    const { worker, log, collected } = start(FIXTURE, ['model_inputs']);
    await worker.ready;
    const result = await worker.run(request({ n: 1 }));
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ tenant: 'contoso', n: 1 });
    expect(collected).toEqual([
      expect.objectContaining({
        collection: 'model_inputs',
        rows: [
          { a: 1, b: 3 },
          { a: 2, b: 4 },
        ],
        correlationId: 'corr-1',
        dataType: 'builtins.dict',
      }),
    ]);
    await worker.run(request({ n: 2 }, { collect: [] }));
    expect(collected).toHaveLength(1);
    expect(log.text()).toContain('worker fixture ready');
    expect(log.text().match(/Invoking user's init function/g)).toHaveLength(1);
  });

  it('answers with an AMLResponse status and headers, and 500 when run() exceeds its time', async () => {
    const { worker } = start(FIXTURE);
    await worker.ready;
    expect(await worker.run(request({ status: 418 }))).toMatchObject({
      status: 418,
      body: 'plain text',
      headers: { 'X-Custom': '1' },
    });
    const late = await worker.run(request({ sleep: 2 }, { timeoutMs: 100 }));
    expect(late.status).toBe(500);
    expect(JSON.parse(late.body)).toEqual({ message: 'Scoring timeout after 100 ms' });
  });

  it('reports an init failure with the missing module and the traceback in the log', async () => {
    const app = await mkdtemp(path.join(tmpdir(), 'worker-'));
    await writeFile(
      path.join(app, 'score.py'),
      'import joblib_not_here\n\ndef init():\n    pass\n\ndef run(d):\n    return d\n',
    );
    const { worker, log } = start(app);
    const failure = await worker.ready.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(InitFailure);
    expect((failure as InitFailure).missing).toBe('joblib_not_here');
    await worker.exited;
    expect(log.text()).toContain("ModuleNotFoundError: No module named 'joblib_not_here'");
  });

  it('rejects a pending request when the process dies', async () => {
    const { worker } = start(FIXTURE);
    await worker.ready;
    const pending = worker.run(request({ sleep: 5 }, { timeoutMs: 10_000 }));
    worker.kill();
    await expect(pending).rejects.toThrow('The process exited (SIGKILL)');
  });
});
