/** runLro (raw ARM requests, polled by hand) and the waits between ARM requests, against a scripted pipeline. */
import { describe, expect, it } from '@jest/globals';
import { recordingLogger } from '@aml-actions/action-kit';
import {
  backoffMs,
  nextWaitMs,
  retryAfterMs,
  runLro,
  type ArmWaitContext,
  type MlClient,
} from '@aml-actions/azure';
import { createHttpHeaders, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';

const HOST = 'https://arm.test';
const PATH = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/dev';

interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A client whose pipeline answers from a script and records each request as `METHOD path?query`. */
function fakeContext(answers: FakeAnswer[]): {
  ctx: ArmWaitContext;
  sent: string[];
  log: ReturnType<typeof recordingLogger>;
} {
  const sent: string[] = [];
  const client = {
    $host: HOST,
    sendRequest: (request: PipelineRequest): Promise<PipelineResponse> => {
      const url = new URL(request.url);
      sent.push(`${request.method} ${url.pathname.replace(PATH, '')}?${url.searchParams.toString()}`);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected request ${request.method} ${request.url}`);
      return Promise.resolve({
        request,
        status: answer.status,
        headers: createHttpHeaders(answer.headers),
        bodyAsText: answer.body === undefined ? '' : JSON.stringify(answer.body),
      });
    },
  } as unknown as MlClient;
  const log = recordingLogger();
  const ctx: ArmWaitContext = {
    client,
    logger: log,
    signal: new AbortController().signal,
    deadline: Date.now() + 60_000,
    timeoutMs: 60_000,
  };
  return { ctx, sent, log };
}

describe('wait times', () => {
  it.each<[Record<string, string> | undefined, number, number]>([
    [{ 'retry-after': '7' }, 0, 7000],
    [{ 'retry-after': '0' }, 0, 1000],
    [{ 'retry-after': '0' }, 2, 4000],
    [undefined, 3, 8000],
    [{}, 10, 15_000],
    [{ 'retry-after': 'soon' }, 0, 1000],
  ])('Retry-After %j, attempt %i → %i ms', (headers, attempt, expected) => {
    expect(nextWaitMs(headers, attempt)).toBe(expected);
  });

  it('reads an HTTP date', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(retryAfterMs({ 'retry-after': inTenSeconds })).toBeGreaterThan(8000);
    expect(backoffMs(0)).toBe(1000);
  });
});

describe('runLro', () => {
  it('is done at once when the first answer is final (no poll)', async () => {
    const { ctx, sent } = fakeContext([
      { status: 200, body: { name: 'blue', properties: { provisioningState: 'Succeeded' } } },
    ]);
    const result = await runLro(ctx, {
      method: 'PUT',
      path: `${PATH}/onlineEndpoints/churn`,
      body: {},
      label: 'online endpoint churn',
      runningState: 'Updating',
      wait: true,
    });
    expect(result.status).toBe('Succeeded');
    expect(sent).toEqual(['PUT /onlineEndpoints/churn?api-version=2024-04-01']);
  });

  it('retries a 409 after its Retry-After, then polls the operation until it fails with Azure’s error', async () => {
    const operation = `${HOST}${PATH}/mfeOperationsStatus/op1?api-version=2024-04-01`;
    const { ctx, sent, log } = fakeContext([
      {
        status: 409,
        headers: { 'retry-after': '1' },
        body: { error: { code: 'Conflict', message: 'busy' } },
      },
      {
        status: 201,
        headers: { 'azure-asyncoperation': operation, 'retry-after': '1' },
        body: { name: 'blue', properties: { provisioningState: 'Creating' } },
      },
      {
        status: 200,
        body: { status: 'Failed', error: { code: 'ResourceNotReady', message: 'init failed' } },
      },
    ]);
    const result = await runLro(ctx, {
      method: 'PUT',
      path: `${PATH}/onlineEndpoints/churn/deployments/blue`,
      body: {},
      label: 'deployment blue',
      runningState: 'Creating',
      wait: true,
    });
    expect(result).toMatchObject({
      status: 'Failed',
      error: { code: 'ResourceNotReady', message: 'init failed' },
    });
    expect(sent).toEqual([
      'PUT /onlineEndpoints/churn/deployments/blue?api-version=2024-04-01',
      'PUT /onlineEndpoints/churn/deployments/blue?api-version=2024-04-01',
      'GET /mfeOperationsStatus/op1?api-version=2024-04-01',
    ]);
    expect(log.text()).toContain('Azure answered 409 Conflict (busy)');
    expect(log.text()).toMatch(/deployment blue: Creating → Failed/);
  });

  it('returns right after Azure accepted the request without wait', async () => {
    const { ctx, sent } = fakeContext([
      { status: 202, headers: { location: `${HOST}${PATH}/mfeOperationResults/op2` } },
    ]);
    const result = await runLro(ctx, {
      method: 'DELETE',
      path: `${PATH}/onlineEndpoints/churn/deployments/blue`,
      label: 'deployment blue',
      runningState: 'Deleting',
      wait: false,
    });
    expect(result.status).toBe('Running');
    expect(sent).toHaveLength(1);
  });
});
