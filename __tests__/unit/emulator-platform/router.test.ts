import { describe, expect, it } from '@jest/globals';
import type { Route } from '../../../packages/emulator/src/http-types.js';
import { createRouter } from '../../../packages/emulator/src/server/router.js';

const route = (method: Route['method'], pattern: string, operationId = `${method} ${pattern}`): Route => ({
  method,
  pattern,
  auth: 'none',
  operationId,
  handler: () => ({ status: 200 }),
});

const WS =
  '/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/Microsoft.MachineLearningServices/workspaces/:workspaceName';

describe('createRouter', () => {
  const router = createRouter([
    route('GET', `${WS}/onlineEndpoints/:endpointName`, 'OnlineEndpoints_Get'),
    route('PUT', `${WS}/onlineEndpoints/:endpointName`, 'OnlineEndpoints_CreateOrUpdate'),
    route('POST', `${WS}/onlineEndpoints/:endpointName/listKeys`, 'OnlineEndpoints_ListKeys'),
    route('GET', `${WS}/models/:name`, 'ModelContainers_Get'),
    route('GET', `${WS}/models/latest`, 'Literal_Wins'),
    route('GET', '/files/**', 'Files'),
  ]);

  it('matches literal segments case-insensitively and keeps the case of parameters', () => {
    const match = router.match(
      'get',
      '/SUBSCRIPTIONS/sub-1/resourcegroups/RG-MlOps/providers/microsoft.machinelearningservices/Workspaces/Dev/ONLINEENDPOINTS/My-Ep',
    );
    expect(match).toMatchObject({
      kind: 'found',
      route: { operationId: 'OnlineEndpoints_Get' },
      params: {
        subscriptionId: 'sub-1',
        resourceGroupName: 'RG-MlOps',
        workspaceName: 'Dev',
        endpointName: 'My-Ep',
      },
    });
  });

  it('decodes percent-encoded segments', () => {
    const match = router.match(
      'GET',
      '/subscriptions/s/resourceGroups/r%20g/providers/Microsoft.MachineLearningServices/workspaces/w/models/a%2Fb',
    );
    expect(match).toMatchObject({ kind: 'found', params: { resourceGroupName: 'r g', name: 'a/b' } });
  });

  it('prefers a literal segment over a parameter', () => {
    const base = '/subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/w';
    expect(router.match('GET', `${base}/models/latest`)).toMatchObject({
      route: { operationId: 'Literal_Wins' },
    });
    expect(router.match('GET', `${base}/models/other`)).toMatchObject({
      route: { operationId: 'ModelContainers_Get' },
    });
  });

  it('tells a wrong method (405 with the allowed ones) from an unknown path (404)', () => {
    const path =
      '/subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/w/onlineEndpoints/e';
    expect(router.match('DELETE', path)).toEqual({ kind: 'method-not-allowed', allowed: ['GET', 'PUT'] });
    expect(router.match('GET', `${path}/unknown/x`)).toEqual({ kind: 'not-found' });
    expect(router.match('GET', '/')).toEqual({ kind: 'not-found' });
  });

  it('matches a trailing ** against the rest of the path, trailing slashes ignored', () => {
    expect(router.match('GET', '/files/a/b/c/')).toMatchObject({
      kind: 'found',
      route: { operationId: 'Files' },
    });
  });

  it('refuses two routes that would shadow each other', () => {
    expect(() => createRouter([route('GET', '/a/:x'), route('GET', '/A/:y')])).toThrow(/overlap/);
    expect(() => createRouter([route('GET', '/a/:x'), route('PUT', '/a/:y')])).not.toThrow();
  });

  it('refuses ** anywhere but at the end of a pattern', () => {
    expect(() => createRouter([route('GET', '/a/**/b')])).toThrow(/may only end a pattern/);
  });
});
