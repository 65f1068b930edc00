/**
 * Changing an endpoint's traffic: one full map per update (GET, change, PUT at api-version 2024-04-01, so the
 * mirror setting is sent back as it is), then reading the endpoint back until it shows the new maps, since Azure
 * applies traffic eventually. A 409 (another update running) starts over from a fresh GET after a wait.
 */
import { UserError } from '@aml-actions/action-kit';
import { backoffMs, retryOnConflict, runLro, waitUntilDeadline } from '@aml-actions/azure';
import type { ArmContext } from './arm-context.js';
import { endpointPutBody } from './ensure-endpoint.js';
import { endpointPath, getEndpoint, type EndpointResource } from './endpoint-resources.js';
import {
  applyMirror,
  applyTraffic,
  formatTraffic,
  sameTraffic,
  type EndpointTraffic,
  type MirrorRequest,
  type TrafficRequest,
} from './traffic-math.js';

export interface TrafficChange {
  live: TrafficRequest;
  mirror: MirrorRequest;
  /** The deployment this run deployed: the target of requests that name none. */
  deployed: string;
}

export interface TrafficResult {
  before: EndpointTraffic;
  after: EndpointTraffic;
  changed: boolean;
  /** Things the change implied (a mirror that ended). */
  notes: string[];
  endpoint: EndpointResource;
}

export function trafficOf(endpoint: EndpointResource): EndpointTraffic {
  return { traffic: endpoint.properties.traffic ?? {}, mirror: endpoint.properties.mirrorTraffic ?? {} };
}

function sameMaps(a: EndpointTraffic, b: EndpointTraffic): boolean {
  return sameTraffic(a.traffic, b.traffic) && sameTraffic(a.mirror, b.mirror);
}

/** `snapshot`: an endpoint read so recently that the first attempt may use it instead of a GET. */
export async function updateTraffic(
  ctx: ArmContext,
  endpointName: string,
  change: TrafficChange,
  snapshot?: EndpointResource,
): Promise<TrafficResult> {
  let fresh = snapshot;
  const what = `Updating the traffic of online endpoint '${endpointName}'`;
  return retryOnConflict(ctx, what, async () => {
    const endpoint = fresh ?? (await mustGet(ctx, endpointName));
    fresh = undefined;
    const before = trafficOf(endpoint);
    const notes: string[] = [];
    const traffic = applyTraffic(before.traffic, change.live, change.deployed);
    const after = {
      traffic,
      mirror: applyMirror(before.mirror, change.mirror, traffic, change.deployed, notes),
    };
    for (const note of notes) ctx.logger.info(note);
    if (sameMaps(before, after)) {
      ctx.logger.info(
        `Traffic of '${endpointName}' is already ${formatTraffic(after.traffic)}` +
          `${Object.keys(after.mirror).length > 0 ? ` (mirror ${formatTraffic(after.mirror)})` : ''}: not changed.`,
      );
      return { before, after, changed: false, notes, endpoint };
    }
    ctx.logger.info(
      `Traffic of '${endpointName}': ${formatTraffic(before.traffic)} → ${formatTraffic(after.traffic)}; ` +
        `mirror ${formatTraffic(before.mirror)} → ${formatTraffic(after.mirror)}`,
    );
    const base = endpointPutBody(endpoint);
    const result = await runLro(ctx, {
      method: 'PUT',
      path: endpointPath(ctx, endpointName),
      body: {
        ...base,
        properties: { ...(base.properties as object), traffic: after.traffic, mirrorTraffic: after.mirror },
      },
      label: `traffic of ${endpointName}`,
      runningState: 'Updating',
      wait: true,
      retryConflicts: false,
    });
    if (result.status !== 'Succeeded') {
      throw new UserError(
        `${what} ended ${result.status}: ${result.error?.code ?? 'no error code'}: ${result.error?.message ?? ''}`,
        { kind: 'service' },
      );
    }
    const shown = await readBackUntil(ctx, endpointName, after);
    return { before, after, changed: true, notes, endpoint: shown };
  });
}

async function mustGet(ctx: ArmContext, name: string): Promise<EndpointResource> {
  const endpoint = await getEndpoint(ctx, name);
  if (endpoint === undefined) {
    throw new UserError(`Online endpoint '${name}' does not exist (deleted while this step ran?).`, {
      kind: 'not-found',
    });
  }
  return endpoint;
}

/** GET until the endpoint shows the maps (Azure applies traffic eventually), within the run's deadline. */
async function readBackUntil(
  ctx: ArmContext,
  name: string,
  wanted: EndpointTraffic,
): Promise<EndpointResource> {
  for (let attempt = 0; ; attempt++) {
    const endpoint = await mustGet(ctx, name);
    if (sameMaps(trafficOf(endpoint), wanted)) return endpoint;
    ctx.logger.info(
      `Endpoint '${name}' still shows traffic ${formatTraffic(trafficOf(endpoint).traffic)}; reading it again.`,
    );
    await waitUntilDeadline(ctx, backoffMs(attempt), `Waiting for '${name}' to show the new traffic`);
  }
}
