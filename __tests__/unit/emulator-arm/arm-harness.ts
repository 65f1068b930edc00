/** Drives the ARM routes in process through the platform's router, with a fake context and a hand-moved clock. */
import { armRoutes, createArmState } from '../../../packages/emulator/src/arm/index.js';
import type { JobRunner } from '../../../packages/emulator/src/arm/index.js';
import type { EmulatorConfig } from '../../../packages/emulator/src/config.js';
import type {
  EmuResponse,
  EmulatorContext,
  HttpMethod,
  LroFailure,
  Principal,
  Route,
} from '../../../packages/emulator/src/http-types.js';
import { createRouter } from '../../../packages/emulator/src/server/router.js';
import type { EmulatorState } from '../../../packages/emulator/src/state/types.js';

export const BASE_URL = 'https://127.0.0.1:8443';
export const SUB = '22222222-0000-4000-8000-000000000000';
export const RG = 'rg-mlops';
export const PROVIDER = 'Microsoft.MachineLearningServices';

export function testConfig(overrides: Partial<EmulatorConfig> = {}): EmulatorConfig {
  const workspace = (name: string) => ({
    name,
    location: 'eastus',
    storageAccount: `st${name}`,
    storageAccountKey: Buffer.from(`key-of-${name}`).toString('base64'),
    defaultContainer: `azureml-blobstore-${name}`,
  });
  return {
    tenantId: '72f988bf-0000-4000-8000-000000000001',
    subscriptionId: SUB,
    resourceGroup: RG,
    repository: 'contoso/churn-model',
    workspaces: [workspace('dev'), workspace('staging'), workspace('prod')],
    identities: [
      {
        name: 'development',
        clientId: '00000000-0000-4000-8000-000000000001',
        objectId: '11111111-0000-4000-8000-000000000001',
        environment: 'development',
        roles: { dev: 'writer', staging: 'reader' },
      },
    ],
    tokenLifetimeSeconds: 3600,
    provisioningDelayMs: 1000,
    ...overrides,
  };
}

export interface Call {
  method: HttpMethod;
  url: URL;
  route: Route | undefined;
  apiVersion: string;
  response: EmuResponse;
}

export interface CallOptions {
  body?: unknown;
  apiVersion?: string;
  principal?: Principal;
}

export interface Harness {
  ctx: EmulatorContext;
  config: EmulatorConfig;
  /** Every call made, for the schema-conformance test. */
  calls: Call[];
  /** Fails the next LROs of operationId (optionally only for ids containing `resource`). */
  failLro(operationId: string, failure: LroFailure, resource?: string): void;
  advance(ms: number): void;
  dirtyCount(): number;
  call(method: HttpMethod, path: string, options?: CallOptions): Promise<EmuResponse>;
  /** Calls and expects `status`, else throws with the response body. */
  ok(method: HttpMethod, path: string, status: number, options?: CallOptions): Promise<EmuResponse>;
  /** Follows a PUT's Azure-AsyncOperation / a 202's Location until done, moving the clock. */
  settle(response: EmuResponse, apiVersion?: string): Promise<EmuResponse>;
}

export function ws(name = 'dev'): string {
  return `/subscriptions/${SUB}/resourceGroups/${RG}/providers/${PROVIDER}/workspaces/${name}`;
}

export function createHarness(overrides: Partial<EmulatorConfig> = {}, jobRunner?: JobRunner): Harness {
  const config = testConfig(overrides);
  let now = Date.parse('2026-05-04T10:00:00Z');
  let dirty = 0;
  const failures: { operationId: string; resource?: string; failure: LroFailure }[] = [];
  const state: EmulatorState = {
    config,
    arm: createArmState(config),
    identity: {} as EmulatorState['identity'],
    markDirty: () => {
      dirty++;
    },
  };
  const ctx: EmulatorContext = {
    state,
    baseUrl: BASE_URL,
    now: () => new Date(now),
    faults: {
      lroFailure: (operationId, resourceId) => {
        const index = failures.findIndex(
          (f) =>
            f.operationId === operationId && (f.resource === undefined || resourceId.includes(f.resource)),
        );
        return index < 0 ? undefined : failures.splice(index, 1)[0]?.failure;
      },
    },
  };
  const router = createRouter(armRoutes(jobRunner === undefined ? {} : { jobRunner }));
  const calls: Call[] = [];

  async function call(method: HttpMethod, path: string, options: CallOptions = {}): Promise<EmuResponse> {
    const url = new URL(path, BASE_URL);
    const apiVersion = options.apiVersion ?? url.searchParams.get('api-version') ?? '2022-10-01';
    if (!url.searchParams.has('api-version')) url.searchParams.set('api-version', apiVersion);
    const match = router.match(method, url.pathname);
    if (match.kind !== 'found') {
      const response = {
        status: 404,
        body: { error: { code: 'NoRoute', message: `${method} ${url.pathname}` } },
      };
      calls.push({ method, url, route: undefined, apiVersion, response });
      return response;
    }
    const rawBody = Buffer.from(options.body === undefined ? '' : JSON.stringify(options.body));
    const response = await match.route.handler(
      {
        method,
        url,
        params: match.params,
        headers: {},
        body: options.body === undefined ? undefined : JSON.parse(rawBody.toString()),
        rawBody,
        ...(options.principal === undefined ? {} : { principal: options.principal }),
        remoteAddress: '127.0.0.1',
      },
      ctx,
    );
    calls.push({ method, url, route: match.route, apiVersion, response });
    return response;
  }

  async function ok(
    method: HttpMethod,
    path: string,
    status: number,
    options?: CallOptions,
  ): Promise<EmuResponse> {
    const response = await call(method, path, options);
    if (response.status !== status) {
      throw new Error(
        `${method} ${path}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    return response;
  }

  async function settle(response: EmuResponse, apiVersion = '2022-10-01'): Promise<EmuResponse> {
    const url = response.headers?.['Azure-AsyncOperation'] ?? response.headers?.Location;
    if (url === undefined) throw new Error(`no LRO header in ${JSON.stringify(response)}`);
    now += config.provisioningDelayMs;
    return call('GET', url, { apiVersion });
  }

  return {
    ctx,
    config,
    calls,
    failLro: (operationId, failure, resource) =>
      failures.push({ operationId, failure, ...(resource ? { resource } : {}) }),
    advance: (ms) => {
      now += ms;
    },
    dirtyCount: () => dirty,
    call,
    ok,
    settle,
  };
}
