import { describe, expect, it } from '@jest/globals';
import { createFaultRegistry } from '../../../packages/emulator/src/faults/fault-registry.js';
import { parseFaultFlag, parseFaultRule } from '../../../packages/emulator/src/faults/fault-rule.js';
import { createRequestLog } from '../../../packages/emulator/src/faults/request-log.js';
import { faultAction } from '../../../packages/emulator/src/server/http-fault.js';

const EP =
  '/subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/dev/onlineEndpoints/ep1';

describe('parseFaultFlag', () => {
  it('reads key=value pairs with numbers', () => {
    expect(
      parseFaultFlag('kind=throttle,operationId=OnlineEndpoints_Get,count=2,retryAfterSeconds=3'),
    ).toEqual({
      kind: 'throttle',
      operationId: 'OnlineEndpoints_Get',
      count: 2,
      retryAfterSeconds: 3,
    });
  });

  it('reads JSON', () => {
    expect(parseFaultFlag('{"kind":"error","status":503,"probability":0.5}')).toEqual({
      kind: 'error',
      status: 503,
      probability: 0.5,
    });
  });

  it.each([
    ['kind=explode', /kind/],
    ['kind=throttle,count=0', /count/],
    ['kind=error,status=404', /status/],
    ['kind=throttle,colour=red', /colour|Unrecognized/i],
    ['kind=throttle,count', /not key=value/],
    ['{"kind":', /not valid JSON/],
    ['kind=lro-failure,path=/x', /lro-failure rules are scoped/],
  ])('rejects %s with a message naming the problem', (flag, problem) => {
    expect(() => parseFaultFlag(flag)).toThrow(problem);
    expect(() => parseFaultFlag(flag)).toThrow(/--fault/);
  });

  it('names the source of a bad rule', () => {
    expect(() => parseFaultRule({ kind: 'drop', delayMs: -1 }, 'config.yaml faults[0]')).toThrow(
      /config.yaml faults\[0\]: delayMs/,
    );
  });
});

describe('fault registry', () => {
  it('fires a counted rule on the first N matching requests only, then reports it spent', () => {
    const faults = createFaultRegistry();
    const rule = faults.add({ kind: 'throttle', operationId: 'onlineendpoints_get', count: 2 });
    const get = { method: 'GET', path: EP, operationId: 'OnlineEndpoints_Get' };
    expect(faults.forRequest({ ...get, operationId: 'OnlineEndpoints_List' })).toBeUndefined();
    expect(faults.forRequest(get)?.id).toBe(rule.id);
    expect(faults.forRequest(get)?.id).toBe(rule.id);
    expect(faults.forRequest(get)).toBeUndefined();
    expect(faults.list()).toEqual([expect.objectContaining({ id: rule.id, hits: 2, remaining: 0 })]);
  });

  it('scopes by method, path pattern and resource substring', () => {
    const faults = createFaultRegistry();
    faults.add({
      id: 'p',
      kind: 'drop',
      method: 'put',
      path: '/subscriptions/*/resourceGroups/*/providers/**',
    });
    faults.add({ id: 'r', kind: 'delay', resource: 'ONLINEENDPOINTS/EP1' });
    expect(faults.forRequest({ method: 'PUT', path: EP })?.id).toBe('p');
    expect(faults.forRequest({ method: 'GET', path: EP })?.id).toBe('r');
    expect(faults.forRequest({ method: 'GET', path: EP.replace('ep1', 'ep2') })).toBeUndefined();
    expect(faults.forRequest({ method: 'PUT', path: '/other' })).toBeUndefined();
  });

  it('fires a probability rule when the random draw is below it', () => {
    const draws = [0.1, 0.9];
    const faults = createFaultRegistry(() => draws.shift() ?? 1);
    faults.add({ kind: 'error', probability: 0.5 });
    expect(faults.forRequest({ method: 'GET', path: '/' })).toBeDefined();
    expect(faults.forRequest({ method: 'GET', path: '/' })).toBeUndefined();
  });

  it('replaces a rule added again with the same id, removes and clears', () => {
    const faults = createFaultRegistry();
    faults.add({ id: 'a', kind: 'drop' });
    faults.add({ id: 'a', kind: 'delay' });
    faults.add({ id: 'b', kind: 'drop' });
    expect(faults.list().map((r) => `${r.id}:${r.kind}`)).toEqual(['a:delay', 'b:drop']);
    expect(faults.remove('a')).toBe(true);
    expect(faults.remove('a')).toBe(false);
    faults.clear();
    expect(faults.list()).toEqual([]);
  });

  it('answers lroFailure only for lro-failure rules in scope, with default logs', () => {
    const faults = createFaultRegistry();
    faults.add({ kind: 'throttle' });
    faults.add({
      kind: 'lro-failure',
      operationId: 'OnlineDeployments_CreateOrUpdate',
      resource: '/deployments/blue',
      count: 1,
    });
    expect(faults.forRequest({ method: 'GET', path: '/' })?.kind).toBe('throttle');
    expect(faults.lroFailure('OnlineEndpoints_CreateOrUpdate', `${EP}/deployments/blue`)).toBeUndefined();
    const failure = faults.lroFailure('OnlineDeployments_CreateOrUpdate', `${EP}/deployments/blue`);
    expect(failure).toMatchObject({
      code: 'ResourceNotReady',
      logs: { inferenceServer: expect.stringContaining('Traceback') },
    });
    expect(faults.lroFailure('OnlineDeployments_CreateOrUpdate', `${EP}/deployments/blue`)).toBeUndefined();
  });

  it('uses the code, message and logs a rule gives', () => {
    const faults = createFaultRegistry();
    faults.add({
      kind: 'lro-failure',
      code: 'OutOfQuota',
      message: 'No quota',
      logs: { storageInitializer: 'denied' },
    });
    expect(faults.lroFailure('X', 'y')).toEqual({
      code: 'OutOfQuota',
      message: 'No quota',
      logs: { storageInitializer: 'denied' },
    });
  });
});

describe('faultAction', () => {
  const request = { method: 'GET', subscriptionId: 'sub', clientId: 'app', correlationId: 'corr' };

  it('answers throttling as ARM does, with Retry-After', () => {
    const action = faultAction({ id: '1', kind: 'throttle', retryAfterSeconds: 7 }, request);
    expect(action).toEqual({
      kind: 'respond',
      response: {
        status: 429,
        headers: { 'Retry-After': '7' },
        body: {
          error: {
            code: 'SubscriptionRequestsThrottled',
            message: expect.stringContaining(
              "Number of 'read' requests for subscription 'sub' actor 'app' exceeded",
            ),
          },
        },
      },
    });
  });

  it('answers 500 and 503 transients', () => {
    expect(faultAction({ id: '1', kind: 'error' }, request)).toMatchObject({
      response: { status: 500, body: { error: { code: 'InternalServerError' } } },
    });
    expect(faultAction({ id: '1', kind: 'error', status: 503, retryAfterSeconds: 1 }, request)).toMatchObject(
      {
        response: {
          status: 503,
          headers: { 'Retry-After': '1' },
          body: { error: { code: 'ServiceUnavailable' } },
        },
      },
    );
  });

  it('delays and drops', () => {
    expect(faultAction({ id: '1', kind: 'delay' }, request)).toEqual({ kind: 'delay', ms: 1000 });
    expect(faultAction({ id: '1', kind: 'drop', phase: 'after' }, request)).toEqual({
      kind: 'drop',
      phase: 'after',
    });
  });
});

describe('request log', () => {
  it('filters and clears, keeping the newest entries up to its limit', () => {
    const log = createRequestLog(2);
    const entry = { time: 't', requestId: 'r', path: '/a/B', durationMs: 1, status: 200 };
    log.add({ ...entry, method: 'GET', operationId: 'One' });
    log.add({ ...entry, method: 'PUT', operationId: 'Two', status: 429 });
    log.add({ ...entry, method: 'GET', operationId: 'Three', identity: 'staging' });
    expect(log.entries().map((e) => e.operationId)).toEqual(['Two', 'Three']);
    expect(log.entries({ status: 429 }).map((e) => e.operationId)).toEqual(['Two']);
    expect(
      log.entries({ identity: 'STAGING', path: 'a/b', method: 'get' }).map((e) => e.operationId),
    ).toEqual(['Three']);
    log.clear();
    expect(log.entries()).toEqual([]);
  });
});
