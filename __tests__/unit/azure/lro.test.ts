/** waitForLro driving the real SDK pollers (core-lro) against a scripted ARM. */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { createMlClient, resolveCloud, waitForLro, type LroOptions } from '@aml-actions/azure';
import { FakeArm, FakeCredential, RecordingLogger, type FakeReply } from './helpers/fake-arm.js';

const SUB = '00000000-1111-2222-3333-444444444444';
const WS = `/subscriptions/${SUB}/resourceGroups/rg-mlops/providers/Microsoft.MachineLearningServices/workspaces/dev`;
const OPERATION = `https://management.azure.com${WS}/operations/op-1?api-version=2022-10-01`;
const body = { location: 'westeurope', properties: { authMode: 'Key' as const } };

function endpointArm(operationStatus: (call: number) => FakeReply): FakeArm {
  return new FakeArm()
    .on('PUT', /onlineEndpoints\/churn$/, {
      status: 201,
      body: { ...body, name: 'churn', properties: { ...body.properties, provisioningState: 'Creating' } },
      headers: { 'azure-asyncoperation': OPERATION },
    })
    .on('GET', /operations\/op-1$/, (_request, call) => operationStatus(call))
    .on('GET', /onlineEndpoints\/churn$/, {
      status: 200,
      body: { ...body, name: 'churn', properties: { ...body.properties, provisioningState: 'Succeeded' } },
    });
}

function clientFor(arm: FakeArm) {
  return createMlClient(resolveCloud('AzureCloud', {}), new FakeCredential(), SUB, {
    httpClient: arm,
    retryOptions: { maxRetries: 0 },
  });
}

const running: FakeReply = { status: 200, body: { status: 'InProgress' } };

/** Create endpoint 'churn' through waitForLro, polling every 5 ms. */
function createEndpoint(arm: FakeArm, options: Partial<LroOptions> = {}) {
  const client = clientFor(arm);
  return waitForLro((o) => client.onlineEndpoints.beginCreateOrUpdate('rg-mlops', 'dev', 'churn', body, o), {
    label: "Creating online endpoint 'churn'",
    logger: new RecordingLogger(),
    pollIntervalMs: 5,
    ...options,
  });
}

describe('waitForLro', () => {
  it('returns the result and shows each state the service reports', async () => {
    const arm = endpointArm((call) => (call < 3 ? running : { status: 200, body: { status: 'Succeeded' } }));
    const logger = new RecordingLogger();
    const result = await createEndpoint(arm, { logger });
    expect(result.properties.provisioningState).toBe('Succeeded');
    const lines = logger.text('info').split('\n');
    expect(lines[0]).toMatch(/^\[00:0\d\] Creating online endpoint 'churn': Creating$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[00:0\d\] Creating online endpoint 'churn': Creating → InProgress$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[00:0\d\] Creating online endpoint 'churn': InProgress → Succeeded$/),
    );
    expect(lines.at(-1)).toMatch(/^Creating online endpoint 'churn': done after 00:0\d$/);
    expect(arm.requests.filter((r) => r.url.pathname.endsWith('/operations/op-1'))).toHaveLength(3);
  });

  it('reports an operation that failed in Azure with its code and message', async () => {
    const arm = endpointArm((call) =>
      call < 2
        ? running
        : {
            status: 200,
            body: { status: 'Failed', error: { code: 'DeploymentFailed', message: 'Image build failed.' } },
          },
    );
    const failure = createEndpoint(arm);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toMatchObject({ kind: 'service' });
    await expect(failure).rejects.toThrow(
      /^Creating online endpoint 'churn' failed in Azure \(last state Failed, after 00:0\d\): DeploymentFailed\. Image build failed\.$/,
    );
  });

  it('times out saying what is still running, and stops polling', async () => {
    const arm = endpointArm(() => running);
    const failure = createEndpoint(arm, { timeoutMs: 150 });
    await expect(failure).rejects.toMatchObject({ kind: 'timeout' });
    await expect(failure).rejects.toThrow(
      /did not finish within 150ms \(last state InProgress, after 00:00\)\. The operation is still running in Azure/,
    );
    const polls = arm.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(arm.requests.length).toBeLessThanOrEqual(polls + 1);
  });

  it('stops when the abort signal fires (SIGTERM on the runner)', async () => {
    const controller = new AbortController();
    const arm = endpointArm((call) => {
      if (call === 2) controller.abort();
      return running;
    });
    const failure = createEndpoint(arm, { signal: controller.signal });
    await expect(failure).rejects.toMatchObject({ kind: 'cancelled' });
    await expect(failure).rejects.toThrow(
      /^Creating online endpoint 'churn' was cancelled \(last state InProgress/,
    );
  });

  it('does not start when already aborted', async () => {
    const arm = endpointArm(() => running);
    const failure = createEndpoint(arm, { label: 'Creating', signal: AbortSignal.abort() });
    await expect(failure).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('follows a 202 + Location operation (DELETE) given as a poller', async () => {
    const location = `https://management.azure.com${WS}/operationResults/del-1?api-version=2022-10-01`;
    const arm = new FakeArm()
      .on('DELETE', /onlineEndpoints\/churn$/, { status: 202, headers: { location } })
      .on('GET', /operationResults\/del-1$/, (_request, call) =>
        call < 2 ? { status: 202 } : { status: 200 },
      );
    const client = clientFor(arm);
    const logger = new RecordingLogger();
    const poller = await client.onlineEndpoints.beginDelete('rg-mlops', 'dev', 'churn', {
      updateIntervalInMs: 5,
    });
    await waitForLro(poller, { label: "Deleting online endpoint 'churn'", logger });
    expect(logger.text()).toMatch(/\] Deleting online endpoint 'churn': Succeeded$/m);
    expect(arm.requests.map((r) => r.method)).toEqual(['DELETE', 'GET', 'GET']);
  });

  it('translates a failing first request into an ARM error naming the resource', async () => {
    const arm = new FakeArm().on('PUT', /onlineEndpoints\/churn$/, {
      status: 409,
      body: { error: { code: 'Conflict', message: 'An operation is already running.' } },
    });
    const logger = new RecordingLogger();
    const failure = createEndpoint(arm, { resource: "online endpoint 'churn'", logger });
    await expect(failure).rejects.toMatchObject({ kind: 'conflict' });
    expect(logger.lines).toEqual([]);
    await expect(failure).rejects.toThrow(
      /Hint: online endpoint 'churn' is being changed by another operation/,
    );
  });
});
