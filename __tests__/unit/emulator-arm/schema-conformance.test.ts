/**
 * Every ARM route the emulator serves, at both api-versions, answers with bodies that validate against the
 * operation's response schema in the official OpenAPI files (errors against `default`, i.e. ErrorResponse).
 */
import { describe, expect, it } from '@jest/globals';
import { API_VERSIONS, armRoutes } from '../../../packages/emulator/src/arm/index.js';
import { createHarness, type Call, type Harness } from './arm-harness.js';
import { runScenario } from './arm-scenario.js';
import { createOperationStatusValidator, createResponseValidators, operations } from './spec-schemas.js';

const validators = createResponseValidators();
const statusValidator = createOperationStatusValidator();

/** The spec operation whose schema a call's response follows (a Location poll answers for its operation). */
function specOperation(h: Harness, call: Call): string | undefined {
  const operationId = call.route?.operationId;
  if (operationId !== 'MfeOperationResults_Get') return operationId;
  const operation = Object.values(h.ctx.state.arm.operations).find((op) => call.url.pathname.endsWith(op.id));
  return operation?.operationId;
}

function problems(h: Harness, call: Call): string[] {
  const { response } = call;
  if (call.route?.operationId === 'MfeOperationsStatus_Get') {
    return statusValidator(response.body) ? [] : [JSON.stringify(statusValidator.errors)];
  }
  if (
    call.route?.operationId === 'MfeOperationResults_Get' &&
    (response.status === 202 || response.body === undefined)
  ) {
    return response.body === undefined ? [] : ['a running/finished Location poll has no body'];
  }
  const operationId = specOperation(h, call);
  if (operationId === undefined) return ['no operation'];
  const validate = validators(call.apiVersion, operationId, response.status);
  if (validate === undefined)
    return response.body === undefined ? [] : [`${operationId} ${response.status} has no body in the spec`];
  return validate(response.body)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe.each(API_VERSIONS)('ARM responses at api-version %s', (apiVersion) => {
  const h = createHarness();
  const ready = runScenario(h, apiVersion);

  it('validate against the OpenAPI response schema of their operation', async () => {
    await ready;
    const failures = h.calls
      .map((call) => ({ call, errors: problems(h, call) }))
      .filter((f) => f.errors.length > 0)
      .map(
        (f) =>
          `${f.call.route?.method ?? ''} ${f.call.route?.operationId ?? ''} ${f.call.response.status}: ${f.errors.slice(0, 3).join('; ')}\n${JSON.stringify(f.call.response.body).slice(0, 400)}`,
      );
    expect(failures).toEqual([]);
  });

  it('cover every route the emulator serves, each with a success', async () => {
    await ready;
    const succeeded = new Set(
      h.calls
        .filter((c) => c.response.status < 300)
        .map((c) => `${c.route?.method ?? ''} ${c.route?.pattern ?? ''}`),
    );
    const missing = armRoutes()
      .map((r) => `${r.method} ${r.pattern}`)
      .filter((r) => !succeeded.has(r));
    expect(missing).toEqual([]);
  });

  it('use operation ids, methods and paths the spec has', () => {
    const spec = operations(apiVersion);
    const polling = ['MfeOperationsStatus_Get', 'MfeOperationResults_Get'];
    const shape = (path: string): string =>
      path
        .toLowerCase()
        .replace(/[{:][^/]+/g, '*')
        .replace(/}/g, '');
    const wrong = armRoutes()
      .filter((route) => !polling.includes(route.operationId ?? ''))
      .filter((route) => {
        const op = spec.get(route.operationId ?? '');
        return op?.method !== route.method || shape(op.path) !== shape(route.pattern);
      })
      .map((route) => `${route.method} ${route.pattern} ${route.operationId ?? ''}`);
    expect(wrong).toEqual([]);
  });
});

describe('the spec-driven validator', () => {
  const endpoint = {
    id: '/x',
    name: 'ep',
    type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
    location: 'eastus',
    properties: { authMode: 'Key', traffic: { blue: 100 }, provisioningState: 'Succeeded' },
  };
  const deployment = {
    location: 'eastus',
    properties: {
      endpointComputeType: 'Managed',
      instanceType: 'Standard_DS3_v2',
      provisioningState: 'Succeeded',
    },
  };
  const valid = (apiVersion: string, operationId: string, body: unknown): boolean =>
    validators(apiVersion, operationId, 200)?.(body) === true;

  it('accepts well-formed bodies', () => {
    expect(valid('2022-10-01', 'OnlineEndpoints_Get', endpoint)).toBe(true);
    expect(valid('2022-10-01', 'OnlineDeployments_Get', deployment)).toBe(true);
  });

  it('rejects fields of a newer api-version, unknown fields and unknown enum values', () => {
    const mirror = { ...endpoint, properties: { ...endpoint.properties, mirrorTraffic: { green: 10 } } };
    expect(valid('2022-10-01', 'OnlineEndpoints_Get', mirror)).toBe(false);
    expect(valid('2024-04-01', 'OnlineEndpoints_Get', mirror)).toBe(true);
    expect(valid('2022-10-01', 'OnlineEndpoints_Get', { ...endpoint, extra: 1 })).toBe(false);
    expect(
      valid('2022-10-01', 'OnlineEndpoints_Get', {
        ...endpoint,
        properties: { ...endpoint.properties, authMode: 'Password' },
      }),
    ).toBe(false);
  });

  it('checks polymorphic bodies against the type their discriminator names', () => {
    const withDataCollector = {
      ...deployment,
      properties: { ...deployment.properties, dataCollector: { collections: {} } },
    };
    expect(valid('2022-10-01', 'OnlineDeployments_Get', withDataCollector)).toBe(false);
    expect(valid('2024-04-01', 'OnlineDeployments_Get', withDataCollector)).toBe(true);
    const kubernetesOnly = {
      ...deployment,
      properties: { ...deployment.properties, containerResourceRequirements: {} },
    };
    expect(valid('2022-10-01', 'OnlineDeployments_Get', kubernetesOnly)).toBe(false);
    const unknownType = {
      ...deployment,
      properties: { ...deployment.properties, endpointComputeType: 'Serverless' },
    };
    expect(valid('2022-10-01', 'OnlineDeployments_Get', unknownType)).toBe(false);
  });

  it('requires what the spec requires', () => {
    expect(valid('2022-10-01', 'OnlineEndpoints_Get', { ...endpoint, properties: { traffic: {} } })).toBe(
      false,
    );
    expect(
      valid('2022-10-01', 'Jobs_Get', { properties: { jobType: 'Command', command: 'python x.py' } }),
    ).toBe(false);
  });
});
