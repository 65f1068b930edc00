/**
 * The online endpoint: created when missing (waiting until it is ready for deployments), otherwise updated only
 * where the inputs state something it does not have. Updates are full PUTs of what Azure returned (api-version
 * 2024-04-01), so traffic, mirror traffic and every field the inputs do not name stay as they are.
 */
import { UserError } from '@aml-actions/action-kit';
import { runLro, type LroResult } from '@aml-actions/azure';
import type { ArmContext } from './arm-context.js';
import { diffDesired, formatDifferences } from './desired-diff.js';
import { endpointPath, getEndpoint, type EndpointResource } from './endpoint-resources.js';

/** What the inputs state about the endpoint; everything else is left as Azure has it. */
export interface EndpointSpec {
  name: string;
  tags?: Record<string, string>;
  identity?: Record<string, unknown>;
  properties: {
    authMode?: string;
    description?: string;
    publicNetworkAccess?: string;
    properties?: Record<string, string>;
  };
  /** Where the spec came from, for messages: "endpoint-file endpoint.yml" or "input 'endpoint-name'". */
  source: string;
}

export interface EnsuredEndpoint {
  endpoint: EndpointResource;
  action: 'created' | 'updated' | 'unchanged';
  /** `path: current → desired` lines of an update. */
  changes: string[];
}

const READ_ONLY = new Set(['scoringUri', 'swaggerUri', 'provisioningState', 'keys']);

/** The body to PUT for an endpoint as Azure returned it (read-only fields left out). */
export function endpointPutBody(endpoint: EndpointResource): Record<string, unknown> {
  const { location, tags, identity, kind, sku } = endpoint;
  const properties = Object.fromEntries(
    Object.entries(endpoint.properties).filter(([key]) => !READ_ONLY.has(key)),
  );
  return Object.fromEntries(
    Object.entries({ location, tags, identity, kind, sku, properties }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

export async function ensureEndpoint(
  ctx: ArmContext,
  spec: EndpointSpec,
  workspaceLocation: () => Promise<string>,
): Promise<EnsuredEndpoint> {
  const current = await getEndpoint(ctx, spec.name);
  if (current === undefined) {
    const location = await workspaceLocation();
    ctx.logger.info(`Online endpoint '${spec.name}' does not exist: creating it in ${location}.`);
    const body = {
      location,
      ...(spec.tags === undefined ? {} : { tags: spec.tags }),
      ...(spec.identity === undefined ? {} : { identity: spec.identity }),
      properties: { authMode: 'Key', ...spec.properties },
    };
    await put(ctx, spec.name, body, 'Creating');
    return { endpoint: await readBack(ctx, spec.name), action: 'created', changes: [] };
  }
  const desired = {
    ...(spec.tags === undefined ? {} : { tags: spec.tags }),
    ...(spec.identity === undefined ? {} : { identity: spec.identity }),
    properties: spec.properties,
  };
  const changes = formatDifferences(diffDesired(desired, current));
  if (changes.length === 0) {
    ctx.logger.info(`Online endpoint '${spec.name}' already matches ${spec.source}: not changed.`);
    return { endpoint: current, action: 'unchanged', changes };
  }
  ctx.logger.info(`Updating online endpoint '${spec.name}' (${spec.source}):\n  ${changes.join('\n  ')}`);
  const base = endpointPutBody(current);
  const body = {
    ...base,
    tags: { ...current.tags, ...spec.tags },
    ...(spec.identity === undefined ? {} : { identity: spec.identity }),
    properties: { ...(base.properties as Record<string, unknown>), ...spec.properties },
  };
  await put(ctx, spec.name, body, 'Updating');
  return { endpoint: await readBack(ctx, spec.name), action: 'updated', changes };
}

async function put(ctx: ArmContext, name: string, body: unknown, runningState: string): Promise<void> {
  const result: LroResult<EndpointResource> = await runLro(ctx, {
    method: 'PUT',
    path: endpointPath(ctx, name),
    body,
    label: `online endpoint ${name}`,
    runningState,
    wait: true,
  });
  if (result.status !== 'Succeeded') {
    throw new UserError(
      `${runningState} online endpoint '${name}' ended ${result.status}: ${result.error?.code ?? 'no error code'}: ` +
        (result.error?.message ?? 'Azure gave no message'),
      { kind: 'service' },
    );
  }
}

async function readBack(ctx: ArmContext, name: string): Promise<EndpointResource> {
  const endpoint = await getEndpoint(ctx, name);
  if (endpoint === undefined) {
    throw new UserError(
      `Online endpoint '${name}' is gone right after it provisioned: was it deleted meanwhile?`,
      {
        kind: 'not-found',
      },
    );
  }
  return endpoint;
}
