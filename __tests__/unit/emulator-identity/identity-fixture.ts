/** A fake emulator context and an in-process dispatcher over the identity routes (no network). */
import { createArmState } from '../../../packages/emulator/src/arm/arm-state.js';
import type { EmulatorConfig, IdentityConfig } from '../../../packages/emulator/src/config.js';
import type {
  EmuRequest,
  EmuResponse,
  EmulatorContext,
  HttpMethod,
} from '../../../packages/emulator/src/http-types.js';
import { createIdentityState, identityRoutes } from '../../../packages/emulator/src/identity/index.js';
import type { IdentityState } from '../../../packages/emulator/src/identity/index.js';
import { createRouter } from '../../../packages/emulator/src/server/router.js';

export const TENANT = '72f988bf-0000-4000-8000-000000000001';
export const BASE_URL = 'https://127.0.0.1:8443';

function identity(name: string, roles: IdentityConfig['roles'], index: number): IdentityConfig {
  return {
    name,
    clientId: `00000000-0000-4000-8000-00000000000${index}`,
    objectId: `11111111-0000-4000-8000-00000000000${index}`,
    environment: name,
    roles,
  };
}

export function testConfig(): EmulatorConfig {
  return {
    tenantId: TENANT,
    subscriptionId: '22222222-0000-4000-8000-000000000000',
    resourceGroup: 'rg-mlops',
    repository: 'contoso/churn-model',
    workspaces: [],
    identities: [
      { ...identity('development', { dev: 'writer', staging: 'reader' }, 1), clientSecret: 'dev-secret' },
      identity('staging', { staging: 'writer', dev: 'reader' }, 2),
      identity('production', { prod: 'writer', staging: 'reader' }, 3),
    ],
    tokenLifetimeSeconds: 3600,
    provisioningDelayMs: 0,
  };
}

/** RSA key generation is the slow part: tests share one identity state per file, and one with other keys. */
const sharedIdentity: IdentityState = await createIdentityState(testConfig());
const otherIdentity: IdentityState = await createIdentityState(testConfig());

export interface TestContext extends EmulatorContext {
  /** Moves the context's clock. */
  advance(seconds: number): void;
  dirtyCount(): number;
}

/** A context with its own copy of the shared identity state, or (`otherKeys`) of one signed by other keys. */
export function testContext(options: { otherKeys?: boolean } = {}): TestContext {
  const config = testConfig();
  let now = Date.parse('2026-05-04T10:00:00Z');
  let dirty = 0;
  return {
    state: {
      config,
      arm: createArmState(config),
      identity: structuredClone(options.otherKeys === true ? otherIdentity : sharedIdentity),
      markDirty: () => {
        dirty++;
      },
    },
    baseUrl: BASE_URL,
    now: () => new Date(now),
    faults: { lroFailure: () => undefined },
    advance(seconds) {
      now += seconds * 1000;
    },
    dirtyCount: () => dirty,
  };
}

export function identityNamed(ctx: EmulatorContext, name: string): IdentityConfig {
  const found = ctx.state.config.identities.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no identity ${name}`);
  return found;
}

const router = createRouter(identityRoutes());

export interface Call {
  headers?: Record<string, string>;
  form?: Record<string, string>;
}

/** Routes a request through the identity routes, as the server would. */
export async function call(
  ctx: EmulatorContext,
  method: HttpMethod,
  pathAndQuery: string,
  options: Call = {},
): Promise<EmuResponse> {
  const url = new URL(pathAndQuery, ctx.baseUrl);
  const match = router.match(method, url.pathname);
  if (match.kind !== 'found') throw new Error(`no route for ${method} ${url.pathname}`);
  const rawBody = Buffer.from(options.form ? new URLSearchParams(options.form).toString() : '');
  const req: EmuRequest = {
    method,
    url,
    params: match.params,
    headers: Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    body: undefined,
    rawBody,
    remoteAddress: '127.0.0.1',
  };
  return match.route.handler(req, ctx);
}

export function bodyOf(response: EmuResponse): Record<string, unknown> {
  return response.body as Record<string, unknown>;
}

/** A GitHub OIDC token for the identity's job, fetched as getIDToken does. */
export async function githubToken(
  ctx: EmulatorContext,
  name: string,
  audience = 'api://AzureADTokenExchange',
): Promise<string> {
  const job = ctx.state.identity.jobs[name];
  if (!job) throw new Error(`no job for ${name}`);
  const response = await call(
    ctx,
    'GET',
    `/github-oidc/idtoken?api-version=2.0&audience=${encodeURIComponent(audience)}`,
    {
      headers: { Authorization: `Bearer ${job.requestToken}` },
    },
  );
  return bodyOf(response).value as string;
}

export async function tokenRequest(ctx: EmulatorContext, form: Record<string, string>): Promise<EmuResponse> {
  return call(ctx, 'POST', `/${TENANT}/oauth2/v2.0/token?client-request-id=corr-1`, { form });
}

/** An ARM access token for the identity, through the client-assertion grant. */
export async function armToken(
  ctx: EmulatorContext,
  name: string,
  scope = 'https://management.azure.com/.default',
): Promise<string> {
  const response = await tokenRequest(ctx, {
    grant_type: 'client_credentials',
    client_id: identityNamed(ctx, name).clientId,
    scope,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: await githubToken(ctx, name),
  });
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return bodyOf(response).access_token as string;
}
