/**
 * The contract between the emulator's HTTPS listener (server/) and the feature modules (arm/, identity/, ...).
 * A feature module exports routes; the server matches them, authenticates, applies faults and logs requests.
 */
import type { EmulatorState } from './state/types.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE' | 'HEAD';

/** Who made an ARM or scoring call, after the token was verified. */
export interface Principal {
  /** Entra application (client) id, or 'anonymous'. */
  clientId: string;
  /** Display name of the identity in the emulator config (e.g. 'production'). */
  name: string;
  /** Object id, as ARM reports it in AuthorizationFailed messages. */
  objectId: string;
  tenantId: string;
  /** The token's audience. */
  audience: string;
}

export interface EmuRequest {
  method: HttpMethod;
  url: URL;
  /** Decoded path segments matched by the route pattern, e.g. { workspaceName: 'dev' }. */
  params: Record<string, string>;
  headers: Record<string, string | undefined>;
  /** Parsed JSON body (undefined when empty or not JSON). */
  body: unknown;
  rawBody: Buffer;
  /** Set by the server for routes with auth 'arm' (and 'scoring' with AAD tokens). */
  principal?: Principal;
  remoteAddress: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and Buffers as they are. */
  body?: unknown;
}

/**
 * 'arm'     – bearer token for the ARM audience required; the server verifies it (identity module) and sets principal.
 * 'none'    – public (OpenID metadata, token endpoint, OIDC issuer with its own check).
 * 'admin'   – loopback only (fault injection, request log).
 * 'custom'  – the handler authenticates itself (scoring endpoints).
 */
export type RouteAuth = 'arm' | 'none' | 'admin' | 'custom';

export interface Route {
  method: HttpMethod;
  /** Path pattern with :named segments, matched case-insensitively for literal segments as ARM does. */
  pattern: string;
  auth: RouteAuth;
  /** For 'arm' routes: the role needed on the workspace named by params.workspaceName. */
  access?: 'read' | 'write';
  /** Operation id from the OpenAPI spec (e.g. 'OnlineEndpoints_CreateOrUpdate'), used by the request log and faults. */
  operationId?: string;
  /**
   * For 'arm' routes: the api-versions this route accepts (default DEFAULT_ARM_API_VERSIONS). Any other value gets
   * ARM's 400 NoRegisteredProviderFound (or InvalidApiVersionParameter when it is not a date), a missing one
   * MissingApiVersionParameter, before the handler runs.
   */
  apiVersions?: readonly string[];
  handler: (req: EmuRequest, ctx: EmulatorContext) => Promise<EmuResponse> | EmuResponse;
}

export interface EmulatorContext {
  state: EmulatorState;
  /** Public base URL of the HTTPS listener, e.g. https://127.0.0.1:8443 */
  baseUrl: string;
  /** Clock, replaceable in tests. */
  now: () => Date;
  faults: FaultHooks;
  /** Azurite's blob service base URL, e.g. https://127.0.0.1:10000 (account name is the first path segment). */
  blobEndpoint?: string;
}

/** api-versions an 'arm' route accepts when it does not list its own. */
export const DEFAULT_ARM_API_VERSIONS: readonly string[] = ['2022-10-01', '2024-04-01'];

/** Injected failures that feature modules consult (HTTP-level faults are applied by the server itself). */
export interface FaultHooks {
  /** When an LRO on this resource finishes: a failure to report instead of success, if a fault rule says so. */
  lroFailure(operationId: string, resourceId: string): LroFailure | undefined;
  /** For a scoring request routed to this deployment: the fault to apply, if a rule scoped to it fires. */
  scoringFault?(target: { endpoint: string; deployment: string }): ScoringFault | undefined;
}

/** A fault on an online deployment's scoring requests (fault rules with a `deployment` scope). */
export interface ScoringFault {
  id: string;
  kind: 'throttle' | 'error' | 'drop' | 'delay' | 'lro-failure' | 'crash';
  /** error: the status the model answers (default 500). */
  status?: number;
  /** delay: extra model latency (default 1000 ms). */
  delayMs?: number;
  retryAfterSeconds?: number;
  message?: string;
}

export interface LroFailure {
  code: string;
  message: string;
  /** Container logs a failed deployment's getLogs returns. */
  logs?: { inferenceServer?: string; storageInitializer?: string };
}
