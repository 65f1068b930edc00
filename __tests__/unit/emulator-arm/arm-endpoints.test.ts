/** Online endpoint and deployment rules: names, required fields, references, traffic, mirror traffic, keys, tokens. */
import { describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import { createHarness, type Harness, ws } from './arm-harness.js';
import { assetId, deploymentBody, endpointBody, registerAssets } from './arm-scenario.js';

const EP = `${ws()}/onlineEndpoints/churn-ep`;
const V24 = { apiVersion: '2024-04-01' };

async function endpointWithDeployments(
  h: Harness,
  names: string[],
  apiVersion = '2022-10-01',
): Promise<void> {
  await registerAssets(h, apiVersion);
  await h.settle(await h.ok('PUT', EP, 201, { apiVersion, body: endpointBody() }), apiVersion);
  for (const name of names) {
    await h.settle(
      await h.ok('PUT', `${EP}/deployments/${name}`, 201, { apiVersion, body: deploymentBody() }),
      apiVersion,
    );
  }
}

const errorOf = (body: unknown): { code: string; message: string; target?: string } =>
  (body as { error: { code: string; message: string; target?: string } }).error;

describe('online endpoints', () => {
  it.each([
    ['ab', 'at least 3'],
    ['a'.repeat(33), 'at most 32'],
    ['1abc', 'must start with a letter'],
    ['abc-', 'end with a letter or digit'],
    ['ab_c', 'must start with a letter'],
  ])('refuses the endpoint name %s', async (name, message) => {
    const h = createHarness();
    const response = await h.ok('PUT', `${ws()}/onlineEndpoints/${name}`, 400, { body: endpointBody() });
    expect(errorOf(response.body)).toMatchObject({
      code: 'BadArgument',
      target: 'name',
      message: expect.stringContaining(message),
    });
  });

  it('requires location (the workspace region), properties and a known authMode', async () => {
    const h = createHarness();
    expect(
      errorOf((await h.ok('PUT', EP, 400, { body: { properties: { authMode: 'Key' } } })).body),
    ).toMatchObject({ code: 'ValidationError', target: 'location' });
    expect(
      errorOf((await h.ok('PUT', EP, 400, { body: { ...endpointBody(), location: 'westeurope' } })).body)
        .message,
    ).toContain("use 'eastus'");
    expect(errorOf((await h.ok('PUT', EP, 400, { body: { location: 'eastus' } })).body).target).toBe(
      'properties',
    );
    expect(
      errorOf((await h.ok('PUT', EP, 400, { body: { location: 'eastus', properties: {} } })).body).target,
    ).toBe('properties.authMode');
    const bad = await h.ok('PUT', EP, 400, { body: endpointBody({ authMode: 'Password' }) });
    expect(errorOf(bad.body).message).toContain('Allowed values: AMLToken, Key, AADToken');
  });

  it('sets scoring and swagger URIs on the emulator listener and shows a system-assigned identity', async () => {
    const h = createHarness();
    const created = await h.ok('PUT', EP, 201, { body: endpointBody() });
    expect(created.body).toMatchObject({
      properties: {
        scoringUri: 'https://127.0.0.1:8443/endpoints/dev/churn-ep/score',
        swaggerUri: 'https://127.0.0.1:8443/endpoints/dev/churn-ep/swagger.json',
        publicNetworkAccess: 'Enabled',
        traffic: {},
      },
      identity: { type: 'SystemAssigned', tenantId: h.config.tenantId },
    });
    expect(JSON.stringify(created.body)).not.toContain('primaryKey');
  });

  it('checks that traffic sums to 100 (or is all 0) over existing, provisioned deployments', async () => {
    const h = createHarness();
    await endpointWithDeployments(h, ['blue', 'green']);
    const sum = await h.ok('PUT', EP, 400, { body: endpointBody({ traffic: { blue: 70, green: 20 } }) });
    expect(errorOf(sum.body)).toMatchObject({
      target: 'properties.traffic',
      message: expect.stringContaining('sum to 90'),
    });
    const ghost = await h.ok('PUT', EP, 400, { body: endpointBody({ traffic: { blue: 50, red: 50 } }) });
    expect(errorOf(ghost.body).message).toContain(
      "Deployment 'red' in 'properties.traffic' does not exist under this endpoint. Existing deployments: blue, green",
    );
    await h.ok('PUT', EP, 400, { body: endpointBody({ traffic: { blue: 100.5 } }) });
    await h.settle(await h.ok('PUT', EP, 201, { body: endpointBody({ traffic: { blue: 0, green: 0 } }) }));
    const shifted = await h.settle(
      await h.ok('PUT', EP, 201, { body: endpointBody({ traffic: { BLUE: 90, green: 10 } }) }),
    );
    expect(shifted.body).toMatchObject({ status: 'Succeeded' });
    expect((await h.ok('GET', EP, 200)).body).toMatchObject({
      properties: { traffic: { blue: 90, green: 10 } },
    });
  });

  it('keeps traffic away from deployments that are still creating', async () => {
    const h = createHarness();
    await endpointWithDeployments(h, ['blue']);
    await h.ok('PUT', `${EP}/deployments/green`, 201, { body: deploymentBody() });
    const response = await h.ok('PUT', EP, 400, { body: endpointBody({ traffic: { blue: 50, green: 50 } }) });
    expect(errorOf(response.body).message).toContain(
      "Deployment 'green' is in provisioning state 'Creating'",
    );
  });

  it('refuses to delete a deployment with live or mirror traffic, and forgets a deleted deployment in traffic', async () => {
    const h = createHarness();
    await endpointWithDeployments(h, ['blue', 'green', 'shadow'], '2024-04-01');
    await h.settle(
      await h.ok('PUT', EP, 201, {
        ...V24,
        body: endpointBody({ traffic: { blue: 100, green: 0 }, mirrorTraffic: { shadow: 20 } }),
      }),
    );
    const live = await h.ok('DELETE', `${EP}/deployments/blue`, 400, V24);
    expect(errorOf(live.body).message).toBe(
      "Deployment 'blue' receives 100% of live traffic on endpoint 'churn-ep' and cannot be deleted. Set its traffic to 0 first.",
    );
    expect(errorOf((await h.ok('DELETE', `${EP}/deployments/shadow`, 400, V24)).body).message).toContain(
      '20% of mirror traffic',
    );
    await h.settle(await h.ok('DELETE', `${EP}/deployments/green`, 202, V24));
    expect((await h.ok('GET', EP, 200, V24)).body).toMatchObject({
      properties: { traffic: { blue: 100 }, mirrorTraffic: { shadow: 20 } },
    });
  });

  it('applies the mirror traffic rules of 2024-04-01 and hides mirror traffic from 2022-10-01', async () => {
    const h = createHarness();
    await endpointWithDeployments(h, ['blue', 'green', 'red'], '2024-04-01');
    const put = (extra: Record<string, unknown>) => h.call('PUT', EP, { ...V24, body: endpointBody(extra) });
    const cases: [Record<string, unknown>, string][] = [
      [{ traffic: { blue: 100 }, mirrorTraffic: { green: 51 } }, 'integer from 0 to 50'],
      [{ traffic: { blue: 100 }, mirrorTraffic: { green: 10, red: 10 } }, 'one deployment only'],
      [{ traffic: { blue: 100 }, mirrorTraffic: { blue: 10 } }, "'blue' has live traffic (100%)"],
    ];
    for (const [extra, message] of cases) {
      const response = await put(extra);
      expect(response.status).toBe(400);
      expect(errorOf(response.body).message).toContain(message);
    }
    await h.settle(await put({ traffic: { blue: 100 }, mirrorTraffic: { green: 50 } }), '2024-04-01');
    const at2022 = (await h.ok('GET', EP, 200)).body as { properties: Record<string, unknown> };
    expect(at2022.properties.mirrorTraffic).toBeUndefined();
    // An update at 2022-10-01 cannot see mirror traffic, so it keeps it.
    await h.settle(
      await h.ok('PUT', EP, 201, {
        body: endpointBody({ traffic: { blue: 100 }, mirrorTraffic: { red: 5 } }),
      }),
    );
    expect((await h.ok('GET', EP, 200, V24)).body).toMatchObject({
      properties: { mirrorTraffic: { green: 50 } },
    });
  });

  it('lists keys of Key endpoints, regenerates them through an LRO, and refuses tokens for them', async () => {
    const h = createHarness();
    await h.settle(await h.ok('PUT', EP, 201, { body: endpointBody() }));
    const first = (await h.ok('POST', `${EP}/listKeys`, 200)).body as {
      primaryKey: string;
      secondaryKey: string;
    };
    expect(first.primaryKey).toMatch(/^[\w-]{43}$/);
    expect(first.secondaryKey).not.toBe(first.primaryKey);
    const regen = await h.ok('POST', `${EP}/regenerateKeys`, 202, {
      body: { keyType: 'Primary', keyValue: 'my-new-key' },
    });
    expect((await h.ok('POST', `${EP}/listKeys`, 200)).body).toEqual(first);
    await h.settle(regen);
    expect((await h.ok('POST', `${EP}/listKeys`, 200)).body).toEqual({ ...first, primaryKey: 'my-new-key' });
    await h.ok('POST', `${EP}/regenerateKeys`, 400, { body: { keyType: 'Tertiary' } });
    const token = await h.ok('POST', `${EP}/token`, 400);
    expect(errorOf(token.body).message).toContain("only available for endpoints with authMode 'AMLToken'");
  });

  it('issues AML tokens with expiry and refresh times in epoch seconds', async () => {
    const h = createHarness();
    await h.settle(await h.ok('PUT', EP, 201, { body: endpointBody({}, 'AMLToken') }));
    const token = (await h.ok('POST', `${EP}/token`, 200)).body as Record<string, unknown>;
    const issued = Date.parse('2026-05-04T10:00:01Z') / 1000;
    expect(token).toMatchObject({
      tokenType: 'Bearer',
      expiryTimeUtc: issued + 3600,
      refreshAfterTimeUtc: issued + 1800,
    });
    expect(decodeJwt(String(token.accessToken))).toMatchObject({
      iss: 'azureml-emulator',
      aud: 'https://127.0.0.1:8443/endpoints/dev/churn-ep/score',
      exp: issued + 3600,
    });
    await h.ok('POST', `${EP}/listKeys`, 400);
  });

  it('lists endpoints with filters and paging', async () => {
    const h = createHarness({ provisioningDelayMs: 0 });
    for (const name of ['ep-a', 'ep-b', 'ep-c']) {
      await h.ok('PUT', `${ws()}/onlineEndpoints/${name}`, 201, {
        body: { ...endpointBody(), tags: { group: name === 'ep-b' ? 'x' : 'y' } },
      });
    }
    const page = (await h.ok('GET', `${ws()}/onlineEndpoints?count=2&orderBy=CreatedAtDesc`, 200)).body as {
      value: { name: string }[];
      nextLink: string;
    };
    expect(page.value.map((e) => e.name)).toEqual(['ep-c', 'ep-b']);
    const next = (await h.ok('GET', page.nextLink, 200)).body as {
      value: { name: string }[];
      nextLink?: string;
    };
    expect(next).toEqual({ value: [expect.objectContaining({ name: 'ep-a' })] });
    const tagged = (await h.ok('GET', `${ws()}/onlineEndpoints?tags=group=x`, 200)).body as {
      value: { name: string }[];
    };
    expect(tagged.value.map((e) => e.name)).toEqual(['ep-b']);
    await h.ok('GET', `${ws()}/onlineEndpoints?orderBy=Sideways`, 400);
  });
});

describe('online deployments', () => {
  it('validate compute type, instance type, model/environment/code references and names', async () => {
    const h = createHarness();
    await endpointWithDeployments(h, []);
    const put = (body: unknown, name = 'blue') => h.call('PUT', `${EP}/deployments/${name}`, { body });
    const base = deploymentBody();
    const props = base.properties as Record<string, unknown>;
    const cases: [unknown, string, string?][] = [
      [
        { ...base, properties: { ...props, endpointComputeType: undefined } },
        'properties.endpointComputeType',
      ],
      [{ ...base, properties: { ...props, instanceType: undefined } }, 'properties.instanceType'],
      [
        { ...base, properties: { ...props, model: assetId('models', 'churn', '7') } },
        'properties.model',
        'ResourceNotFound',
      ],
      [{ ...base, properties: { ...props, model: 'azureml:churn:1' } }, 'properties.model', 'BadArgument'],
      [
        { ...base, properties: { ...props, environmentId: assetId('environments', 'nope', '1') } },
        'properties.environmentId',
        'ResourceNotFound',
      ],
      [
        { ...base, properties: { ...props, codeConfiguration: { codeId: assetId('codes', 'score', '1') } } },
        'properties.codeConfiguration.scoringScript',
      ],
      [
        { ...base, properties: { ...props, model: ws('prod').concat('/models/churn/versions/1') } },
        'properties.model',
        'BadArgument',
      ],
      [{ ...base, sku: { capacity: 0 } }, 'sku.capacity'],
    ];
    for (const [body, target, code] of cases) {
      const response = await put(body);
      expect([response.status, errorOf(response.body).target]).toEqual([
        code === 'ResourceNotFound' ? 404 : 400,
        target,
      ]);
      if (code !== undefined) expect(errorOf(response.body).code).toBe(code);
    }
    expect((await put(base, 'x')).status).toBe(400);
    const registry = {
      ...base,
      properties: { ...props, model: 'azureml://registries/azureml/models/churn/versions/1' },
    };
    expect((await put(registry)).status).toBe(201);
    await h.ok('PUT', `${ws()}/onlineEndpoints/missing/deployments/blue`, 404, { body: base });
  });

  it('applies defaults, scales through PATCH sku.capacity, and lists skus', async () => {
    const h = createHarness();
    await endpointWithDeployments(h, ['blue']);
    const blue = (await h.ok('GET', `${EP}/deployments/blue`, 200)).body;
    expect(blue).toMatchObject({
      sku: { name: 'Default', capacity: 1 },
      properties: {
        provisioningState: 'Succeeded',
        scaleSettings: { scaleType: 'Default' },
        egressPublicNetworkAccess: 'Enabled',
      },
    });
    const patched = await h.ok('PATCH', `${EP}/deployments/blue`, 202, { body: { sku: { capacity: 3 } } });
    expect((await h.ok('GET', `${EP}/deployments/blue`, 200)).body).toMatchObject({
      properties: { provisioningState: 'Scaling' },
    });
    expect((await h.settle(patched)).body).toMatchObject({
      sku: { name: 'Default', capacity: 3 },
      properties: { provisioningState: 'Succeeded' },
    });
    const skus = (await h.ok('GET', `${EP}/deployments/blue/skus`, 200)).body;
    expect(skus).toMatchObject({ value: [{ sku: { name: 'Default' }, capacity: { minimum: 1 } }] });
  });

  it('shows dataCollector at 2024-04-01 only', async () => {
    const h = createHarness();
    await endpointWithDeployments(h, [], '2024-04-01');
    const body = deploymentBody({
      dataCollector: { collections: { model_inputs: { dataCollectionMode: 'Enabled' } } },
    });
    await h.settle(await h.ok('PUT', `${EP}/deployments/blue`, 201, { ...V24, body }), '2024-04-01');
    expect((await h.ok('GET', `${EP}/deployments/blue`, 200, V24)).body).toMatchObject({
      properties: { dataCollector: { collections: { model_inputs: { dataCollectionMode: 'Enabled' } } } },
    });
    const old = (await h.ok('GET', `${EP}/deployments/blue`, 200)).body as {
      properties: Record<string, unknown>;
    };
    expect(old.properties.dataCollector).toBeUndefined();
    const missing = await h.ok('PUT', `${EP}/deployments/green`, 400, {
      ...V24,
      body: deploymentBody({ dataCollector: {} }),
    });
    expect(errorOf(missing.body).target).toBe('properties.dataCollector.collections');
  });

  it('deleting the endpoint deletes its deployments', async () => {
    const h = createHarness();
    await endpointWithDeployments(h, ['blue']);
    await h.settle(await h.ok('DELETE', EP, 202));
    await h.ok('GET', `${EP}/deployments/blue`, 404);
    expect(Object.keys(h.ctx.state.arm.resources).filter((id) => id.includes('onlineendpoints'))).toEqual([]);
  });
});
