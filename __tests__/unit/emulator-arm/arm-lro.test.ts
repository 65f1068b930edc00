/** Long-running operations: the headers and polling answers the SDK relies on, timing by ctx.now, faults, 409s. */
import { describe, expect, it } from '@jest/globals';
import { createHarness, ws } from './arm-harness.js';
import { deploymentBody, endpointBody, registerAssets } from './arm-scenario.js';

const EP = `${ws()}/onlineEndpoints/churn-ep`;

describe('ARM long-running operations', () => {
  it('PUT answers 201 Creating with Azure-AsyncOperation that reports InProgress, then Succeeded after the delay', async () => {
    const h = createHarness({ provisioningDelayMs: 5000, retryAfterSeconds: 3 });
    const created = await h.ok('PUT', EP, 201, { body: endpointBody() });
    expect(created.body).toMatchObject({ properties: { provisioningState: 'Creating' } });
    const statusUrl = created.headers?.['Azure-AsyncOperation'] ?? '';
    expect(statusUrl).toMatch(
      /^https:\/\/127\.0\.0\.1:8443\/subscriptions\/.+\/workspaces\/dev\/mfeOperationsStatus\/[0-9a-f-]+\?api-version=2022-10-01$/,
    );

    const running = await h.ok('GET', statusUrl, 200);
    expect(running.body).toMatchObject({ status: 'InProgress' });
    expect(running.headers).toEqual({ 'Retry-After': '3' });
    h.advance(4999);
    expect((await h.ok('GET', EP, 200)).body).toMatchObject({
      properties: { provisioningState: 'Creating' },
    });
    h.advance(1);
    const done = await h.ok('GET', statusUrl, 200);
    expect(done.body).toMatchObject({ status: 'Succeeded', endTime: '2026-05-04T10:00:05.000Z' });
    expect(done.headers).toEqual({});
    expect((await h.ok('GET', EP, 200)).body).toMatchObject({
      properties: { provisioningState: 'Succeeded' },
    });
    expect(h.dirtyCount()).toBeGreaterThan(0);
  });

  it('PATCH answers 202 with Location and Retry-After; Location says 202 while running, then 200 with the resource', async () => {
    const h = createHarness({ retryAfterSeconds: 0 });
    await h.settle(await h.ok('PUT', EP, 201, { body: endpointBody() }));
    const patched = await h.ok('PATCH', EP, 202, { body: { tags: { stage: 'prod' } } });
    expect(patched.headers?.['Retry-After']).toBe('0');
    const location = patched.headers?.Location ?? '';
    expect(location).toContain('/mfeOperationResults/');
    expect((await h.ok('GET', location, 202)).headers?.Location).toBe(location);
    expect((await h.ok('GET', EP, 200)).body).toMatchObject({
      tags: { stage: 'prod' },
      properties: { provisioningState: 'Updating' },
    });
    const result = await h.settle(patched);
    expect(result).toMatchObject({
      status: 200,
      body: { name: 'churn-ep', properties: { provisioningState: 'Succeeded' } },
    });
  });

  it('omits Retry-After when the config sets none', async () => {
    const h = createHarness();
    const created = await h.ok('PUT', EP, 201, { body: endpointBody() });
    expect(Object.keys(created.headers ?? {})).toEqual(['Azure-AsyncOperation']);
  });

  it('DELETE answers 202, the resource shows Deleting, then it is gone and the Location answers 200 empty', async () => {
    const h = createHarness();
    await h.settle(await h.ok('PUT', EP, 201, { body: endpointBody() }));
    const deleting = await h.ok('DELETE', EP, 202);
    expect((await h.ok('GET', EP, 200)).body).toMatchObject({
      properties: { provisioningState: 'Deleting' },
    });
    expect(await h.settle(deleting)).toEqual({ status: 200 });
    await h.ok('GET', EP, 404);
    await h.ok('DELETE', EP, 204);
  });

  it('a second change while an operation runs gets 409 Conflict', async () => {
    const h = createHarness();
    await h.ok('PUT', EP, 201, { body: endpointBody() });
    const second = await h.ok('PUT', EP, 409, { body: endpointBody() });
    expect(second.body).toMatchObject({
      error: { code: 'Conflict', message: expect.stringContaining("Online endpoint 'churn-ep' is busy") },
    });
    await h.ok('PATCH', EP, 409, { body: { tags: {} } });
    await h.ok('DELETE', EP, 409);
    await h.ok('PUT', `${EP}/deployments/blue`, 409, { body: deploymentBody() });
  });

  it('an injected failure ends the operation Failed with its error; a failed deployment keeps logs for getLogs', async () => {
    const h = createHarness();
    await registerAssets(h);
    await h.settle(await h.ok('PUT', EP, 201, { body: endpointBody() }));
    h.failLro('OnlineDeployments_CreateOrUpdate', {
      code: 'ResourceNotReady',
      message: 'User container has crashed or terminated.',
      logs: { inferenceServer: 'line 1\nline 2\nTraceback: ModuleNotFoundError: sklearn\n' },
    });
    const created = await h.ok('PUT', `${EP}/deployments/blue`, 201, { body: deploymentBody() });
    const status = await h.settle(created);
    expect(status.body).toMatchObject({
      status: 'Failed',
      error: { code: 'ResourceNotReady', message: 'User container has crashed or terminated.' },
    });
    expect((await h.ok('GET', `${EP}/deployments/blue`, 200)).body).toMatchObject({
      properties: { provisioningState: 'Failed' },
    });
    const logs = await h.ok('POST', `${EP}/deployments/blue/getLogs`, 200, { body: { tail: 1 } });
    expect(logs.body).toEqual({ content: 'Traceback: ModuleNotFoundError: sklearn\n' });
    const init = await h.ok('POST', `${EP}/deployments/blue/getLogs`, 200, {
      body: { containerType: 'StorageInitializer' },
    });
    expect((init.body as { content: string }).content).toContain('Downloading model');
    await h.ok('PUT', EP, 400, { body: endpointBody({ traffic: { blue: 100 } }) });
  });

  it('a failed Location-polled operation answers the error', async () => {
    const h = createHarness();
    await h.settle(await h.ok('PUT', EP, 201, { body: endpointBody() }));
    h.failLro('OnlineEndpoints_Delete', { code: 'InternalServerError', message: 'Deletion failed.' });
    const result = await h.settle(await h.ok('DELETE', EP, 202));
    expect(result).toMatchObject({
      status: 400,
      body: { error: { code: 'InternalServerError', message: 'Deletion failed.' } },
    });
    expect((await h.ok('GET', EP, 200)).body).toMatchObject({ properties: { provisioningState: 'Failed' } });
  });

  it('operations of another workspace are not found', async () => {
    const h = createHarness();
    const created = await h.ok('PUT', EP, 201, { body: endpointBody() });
    const url = (created.headers?.['Azure-AsyncOperation'] ?? '').replace(
      '/workspaces/dev/',
      '/workspaces/prod/',
    );
    await h.ok('GET', url, 404);
  });
});
