/** Online endpoint names are unique per region: another workspace in the same region cannot create the same name. */
import { describe, expect, it } from '@jest/globals';
import { createHarness, type Harness, testConfig, ws } from './arm-harness.js';
import { endpointBody } from './arm-scenario.js';
import { createResponseValidators } from './spec-schemas.js';

const TAKEN =
  'There is already an endpoint with this name, Endpoint name needs to be unique within a region. Try some other name.';

const endpoint = (workspace: string, name: string): string => `${ws(workspace)}/onlineEndpoints/${name}`;

async function create(h: Harness, workspace: string, name: string, location = 'eastus'): Promise<void> {
  await h.settle(
    await h.ok('PUT', endpoint(workspace, name), 201, { body: { ...endpointBody(), location } }),
  );
}

describe('online endpoint names per region', () => {
  it('refuses a name that another workspace of the region holds (any casing), as the service words it', async () => {
    const h = createHarness();
    await create(h, 'staging', 'bank-marketing');
    const refused = await h.ok('PUT', endpoint('prod', 'Bank-Marketing'), 400, { body: endpointBody() });
    expect(refused.body).toEqual({
      error: {
        code: 'UserError',
        message: TAKEN,
        details: [
          {
            code: 'InferencingClientCallFailed',
            message: JSON.stringify({
              errors: { '': [TAKEN] },
              title: 'One or more validation errors occurred.',
            }),
          },
        ],
      },
    });
    const validate = createResponseValidators()('2022-10-01', 'OnlineEndpoints_CreateOrUpdate', 400);
    expect(validate?.(refused.body)).toBe(true);
    await h.ok('GET', endpoint('prod', 'bank-marketing'), 404);
  });

  it('still updates the endpoint in its own workspace, and takes distinct names per environment', async () => {
    const h = createHarness();
    await create(h, 'staging', 'bank-marketing');
    await create(h, 'staging', 'BANK-MARKETING');
    await create(h, 'prod', 'bank-marketing-prod');
    await create(h, 'staging', 'bank-marketing-staging');
  });

  it('frees the name once the delete has finished, not while it runs', async () => {
    const h = createHarness();
    await create(h, 'staging', 'bank-marketing');
    const deleting = await h.ok('DELETE', endpoint('staging', 'bank-marketing'), 202);
    await h.ok('PUT', endpoint('prod', 'bank-marketing'), 400, { body: endpointBody() });
    await h.settle(deleting);
    await create(h, 'prod', 'bank-marketing');
  });

  it('compares regions ignoring case and spaces, and lets other regions use the name', async () => {
    const locations = ['West Europe', 'westeurope', 'northeurope'];
    const workspaces = testConfig().workspaces.map((w, i) => ({ ...w, location: locations[i] ?? 'eastus' }));
    const h = createHarness({ workspaces });
    await create(h, 'dev', 'churn', 'West Europe');
    const refused = await h.ok('PUT', endpoint('staging', 'churn'), 400, {
      body: { ...endpointBody(), location: 'westeurope' },
    });
    expect(refused.body).toMatchObject({ error: { message: TAKEN } });
    await create(h, 'prod', 'churn', 'northeurope');
  });

  it('checks the request body first: a bad body gets its own 400', async () => {
    const h = createHarness();
    await create(h, 'staging', 'bank-marketing');
    const bad = await h.ok('PUT', endpoint('prod', 'bank-marketing'), 400, { body: { location: 'eastus' } });
    expect(bad.body).toMatchObject({ error: { target: 'properties' } });
  });
});
