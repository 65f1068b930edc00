import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFaultRegistry } from '../../../packages/emulator/src/faults/fault-registry.js';
import { createRequestLog } from '../../../packages/emulator/src/faults/request-log.js';
import type { EmulatorContext, Principal, Route } from '../../../packages/emulator/src/http-types.js';
import { adminRoutes } from '../../../packages/emulator/src/server/admin-routes.js';
import { createRequestHandler } from '../../../packages/emulator/src/server/request-handler.js';
import { createRouter } from '../../../packages/emulator/src/server/router.js';
import { resolveConfig } from '../../../packages/emulator/src/state/resolve-config.js';
import type { EmulatorState } from '../../../packages/emulator/src/state/types.js';

const config = resolveConfig({});
const WS = `/subscriptions/${config.subscriptionId}/resourceGroups/rg-mlops/providers/Microsoft.MachineLearningServices/workspaces`;
const principal: Principal = {
  clientId: 'app-1',
  name: 'development',
  objectId: 'obj',
  tenantId: 't',
  audience: 'a',
};

const routes: Route[] = [
  {
    method: 'GET',
    pattern:
      '/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/Microsoft.MachineLearningServices/workspaces/:workspaceName',
    auth: 'arm',
    access: 'read',
    operationId: 'Workspaces_Get',
    handler: (req) => ({
      status: 200,
      body: { name: req.params.workspaceName, caller: req.principal?.name },
    }),
  },
  {
    method: 'PUT',
    pattern:
      '/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/Microsoft.MachineLearningServices/workspaces/:workspaceName/models/:name',
    auth: 'arm',
    access: 'write',
    operationId: 'ModelContainers_CreateOrUpdate',
    handler: (req) => ({ status: 201, body: { echo: req.body } }),
  },
  {
    method: 'POST',
    pattern: '/:tenant/oauth2/v2.0/token',
    auth: 'none',
    handler: (req) => ({ status: 200, body: { form: req.rawBody.toString(), parsed: req.body ?? null } }),
  },
  {
    method: 'GET',
    pattern: '/boom',
    auth: 'none',
    handler: () => {
      throw new Error('handler bug');
    },
  },
];

describe('request pipeline', () => {
  const faults = createFaultRegistry();
  const requestLog = createRequestLog();
  const logged: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ctx: EmulatorContext = {
      state: { config, arm: {}, identity: {}, markDirty: () => undefined } as unknown as EmulatorState,
      baseUrl: base,
      now: () => new Date('2026-01-01T00:00:00Z'),
      faults,
    };
    const auth = {
      authenticateArm: (req: { headers: Record<string, string | undefined> }) =>
        req.headers.authorization === 'Bearer good'
          ? principal
          : { status: 401, body: { error: { code: 'AuthenticationFailed', message: 'no token' } } },
      authorizeWorkspace: async (_p: Principal, ws: string, access: 'read' | 'write') =>
        Promise.resolve(
          ws === 'prod' && access === 'write'
            ? { status: 403, body: { error: { code: 'AuthorizationFailed', message: 'no' } } }
            : undefined,
        ),
    };
    const router = createRouter([
      ...routes,
      ...adminRoutes({ faults, requestLog, info: () => ({ hello: 'world' }) }),
    ]);
    server.on(
      'request',
      createRequestHandler({ router, auth, faults, requestLog, ctx, log: (m) => logged.push(m) }),
    );
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  afterEach(() => {
    faults.clear();
    requestLog.clear();
  });

  interface Answer {
    status: number;
    headers: Record<string, unknown>;
    json: { error: { code: string; message: string }; value: unknown[] };
  }

  function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
    return new Promise<Answer>((resolve, reject) => {
      const req = request(`${base}${path}`, { method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            json: text ? (JSON.parse(text) as Answer['json']) : (undefined as unknown as Answer['json']),
          });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  const good = { authorization: 'Bearer good' };

  it('authenticates ARM routes, sets ARM request ids and logs the call', async () => {
    const res = await call('GET', `${WS}/dev?api-version=2022-10-01`, undefined, {
      ...good,
      'x-ms-correlation-request-id': 'corr-1',
    });
    expect(res).toMatchObject({ status: 200, json: { name: 'dev', caller: 'development' } });
    expect(res.headers['x-ms-correlation-request-id']).toBe('corr-1');
    expect(res.headers['x-ms-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLog.entries()).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `${WS}/dev`,
        apiVersion: '2022-10-01',
        status: 200,
        identity: 'development',
        operationId: 'Workspaces_Get',
        time: '2026-01-01T00:00:00.000Z',
      }),
    ]);
  });

  it('answers 401 without a valid token and 403 when the role check refuses', async () => {
    expect((await call('GET', `${WS}/dev?api-version=2022-10-01`)).status).toBe(401);
    const denied = await call('PUT', `${WS}/prod/models/m?api-version=2022-10-01`, '{}', good);
    expect(denied).toMatchObject({ status: 403, json: { error: { code: 'AuthorizationFailed' } } });
  });

  it.each([
    ['', 'MissingApiVersionParameter', /is required for all requests/],
    [
      '?api-version=latest',
      'InvalidApiVersionParameter',
      /The api-version 'latest' is invalid. The supported versions are '2022-10-01,2024-04-01'/,
    ],
    [
      '?api-version=2099-01-01',
      'NoRegisteredProviderFound',
      /No registered resource provider found for location 'eastus' and API version '2099-01-01' for type 'workspaces'. The supported api-versions are '2022-10-01, 2024-04-01'/,
    ],
  ])('refuses api-version %s with %s', async (query, code, message) => {
    const res = await call('GET', `${WS}/dev${query}`, undefined, good);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe(code);
    expect(res.json.error.message).toMatch(message);
  });

  it('parses JSON bodies, keeps form bodies raw, and refuses invalid JSON as ARM does', async () => {
    const put = await call('PUT', `${WS}/dev/models/m?api-version=2022-10-01`, '{"properties":{}}', {
      ...good,
      'content-type': 'application/json',
    });
    expect(put).toMatchObject({ status: 201, json: { echo: { properties: {} } } });
    const form = await call('POST', '/t/oauth2/v2.0/token', 'a=1&b=2', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.json).toEqual({ form: 'a=1&b=2', parsed: null });
    const bad = await call('PUT', `${WS}/dev/models/m?api-version=2022-10-01`, '{"properties":', {
      ...good,
      'content-type': 'application/json',
    });
    expect(bad).toMatchObject({ status: 400, json: { error: { code: 'InvalidRequestContent' } } });
  });

  it('answers unknown paths 404 and wrong methods 405, in the ARM error shape', async () => {
    expect(await call('GET', '/nothing/here')).toMatchObject({
      status: 404,
      json: { error: { code: 'NotFound' } },
    });
    const wrong = await call('DELETE', `${WS}/dev?api-version=2022-10-01`);
    expect(wrong).toMatchObject({
      status: 405,
      headers: { allow: 'GET' },
      json: { error: { code: 'MethodNotAllowed' } },
    });
  });

  it('turns a handler exception into a 500 and logs it', async () => {
    expect(await call('GET', '/boom')).toMatchObject({
      status: 500,
      json: { error: { code: 'InternalServerError' } },
    });
    expect(logged.some((m) => m.includes('handler bug'))).toBe(true);
  });

  it('applies a throttle fault to the first matching request only, after authentication', async () => {
    faults.add({
      id: 'slow-down',
      kind: 'throttle',
      operationId: 'Workspaces_Get',
      count: 1,
      retryAfterSeconds: 2,
    });
    const first = await call('GET', `${WS}/dev?api-version=2022-10-01`, undefined, good);
    expect(first).toMatchObject({ status: 429, headers: { 'retry-after': '2' } });
    expect(first.json.error.message).toContain("actor 'app-1'");
    expect((await call('GET', `${WS}/dev?api-version=2022-10-01`, undefined, good)).status).toBe(200);
    expect(requestLog.entries().map((e) => [e.status, e.fault])).toEqual([
      [429, 'throttle:slow-down'],
      [200, undefined],
    ]);
  });

  it('drops the connection before or after the handler ran', async () => {
    let ran = 0;
    faults.add({ id: 'd1', kind: 'drop', path: '/boom', count: 1 });
    await expect(call('GET', '/boom')).rejects.toThrow(/socket hang up|ECONNRESET/);
    faults.add({ id: 'd2', kind: 'drop', phase: 'after', method: 'PUT', count: 1 });
    const put = call('PUT', `${WS}/dev/models/m?api-version=2022-10-01`, '{}', good).finally(
      () => (ran += 1),
    );
    await expect(put).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(requestLog.entries().map((e) => [e.status, e.fault])).toEqual([
      [0, 'drop:d1'],
      [0, 'drop:d2'],
    ]);
    expect(ran).toBe(1);
  });

  it('serves admin routes (not logged, no faults): fault rules and the request log', async () => {
    faults.add({ kind: 'error', status: 503 });
    const added = await call(
      'POST',
      '/_emulator/faults',
      JSON.stringify([{ kind: 'delay', delayMs: 1, id: 'x' }]),
      {
        'content-type': 'application/json',
      },
    );
    expect(added).toMatchObject({ status: 201, json: { value: [{ id: 'x', kind: 'delay', delayMs: 1 }] } });
    expect((await call('GET', '/_emulator/faults')).json.value).toHaveLength(2);
    const invalid = await call('POST', '/_emulator/faults', '{"kind":"nope"}', {
      'content-type': 'application/json',
    });
    expect(invalid).toMatchObject({ status: 400, json: { error: { code: 'InvalidFaultRule' } } });
    expect((await call('DELETE', '/_emulator/faults/x')).status).toBe(204);
    expect((await call('DELETE', '/_emulator/faults/x')).status).toBe(404);
    expect((await call('GET', '/nothing')).status).toBe(503);
    expect((await call('GET', '/_emulator/requests?status=503')).json.value).toEqual([
      expect.objectContaining({ path: '/nothing', status: 503 }),
    ]);
    expect((await call('DELETE', '/_emulator/requests')).status).toBe(204);
    expect((await call('GET', '/_emulator/requests')).json.value).toEqual([]);
    expect((await call('GET', '/_emulator/info')).json).toEqual({ hello: 'world' });
  });
});
