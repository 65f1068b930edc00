/**
 * The rollout driver for a managed online endpoint: traffic changes through @aml-actions/endpoints' updateTraffic
 * (one full map per update at api-version 2024-04-01 with the mirror map, 409 retried from a fresh read, read back
 * until shown), and each round's checks: the endpoint still shows the step's maps (nobody changed them meanwhile)
 * and is Succeeded, the new deployment is Succeeded, then the scoring probes.
 */
import {
  formatTraffic,
  getEndpoint,
  listDeployments,
  trafficOf,
  updateTraffic,
  type ArmContext,
  type EndpointTraffic,
  type MirrorRequest,
  type TrafficMap,
} from '@aml-actions/endpoints';
import type {
  CheckResult,
  EndpointReading,
  RolloutDriver,
  RoundResult,
  WriteBudget,
} from './rollout-engine.js';
import type { ProbeRound } from './probe-checks.js';
import { formatMaps, showsMaps, type PlannedStep } from './step-traffic.js';

export interface ArmDriverOptions {
  ctx: ArmContext;
  endpointName: string;
  /** The deployment being promoted. */
  deployment: string;
  /** The scoring checks of a round (probeRound with the endpoint's scoring target). */
  probeRound: (signal: AbortSignal) => Promise<ProbeRound>;
}

/** A mirror map (at most one deployment above 0, as Azure ML allows) as the request that sets exactly it. */
export function mirrorRequestOf(mirror: TrafficMap): MirrorRequest {
  const [first, ...more] = Object.entries(mirror).filter(([, value]) => value > 0);
  if (first === undefined) return { kind: 'off' };
  if (more.length > 0) throw new Error(`A mirror map has one deployment at most: ${formatTraffic(mirror)}`);
  return { kind: 'set', deployment: first[0], percent: first[1] };
}

function check(name: string, limit: string, actual: string): CheckResult {
  return { name, limit, actual, passed: actual === limit };
}

/** The az CLI line that sets `maps` on the endpoint (the promoted deployment's mirror named, 0 unless it is mirrored). */
export function restoreCommand(
  ctx: ArmContext,
  endpointName: string,
  deployment: string,
  maps: EndpointTraffic,
): string {
  const pairs = (map: TrafficMap): string =>
    Object.entries(map)
      .map(([name, value]) => `${name}=${value}`)
      .join(' ');
  const mirror = {
    [deployment]: 0,
    ...Object.fromEntries(Object.entries(maps.mirror).filter(([, v]) => v > 0)),
  };
  const { subscriptionId, resourceGroup, workspace } = ctx.workspace;
  return (
    `az ml online-endpoint update --name ${endpointName} --subscription ${subscriptionId} ` +
    `--resource-group ${resourceGroup} --workspace-name ${workspace} --traffic "${pairs(maps.traffic)}" ` +
    `--mirror-traffic "${pairs(mirror)}"`
  );
}

export function armRolloutDriver(options: ArmDriverOptions): RolloutDriver {
  const { ctx, endpointName, deployment } = options;
  return {
    async setTraffic(target: EndpointTraffic, budget: WriteBudget): Promise<EndpointTraffic> {
      const { signal, deadline, timeoutMs } = budget;
      const result = await updateTraffic({ ...ctx, signal, deadline, timeoutMs }, endpointName, {
        live: { kind: 'map', traffic: target.traffic },
        mirror: mirrorRequestOf(target.mirror),
        deployed: deployment,
      });
      return trafficOf(result.endpoint);
    },

    async readTraffic(signal: AbortSignal): Promise<EndpointReading> {
      const endpoint = await getEndpoint({ ...ctx, signal }, endpointName);
      if (endpoint === undefined)
        throw new Error(`Online endpoint '${endpointName}' does not exist any more.`);
      return { maps: trafficOf(endpoint), state: endpoint.properties.provisioningState ?? 'Unknown' };
    },

    async checkRound(step: PlannedStep, _round: number, signal: AbortSignal): Promise<RoundResult> {
      const armCtx = { ...ctx, signal };
      const [endpoint, deployments] = await Promise.all([
        getEndpoint(armCtx, endpointName),
        listDeployments(armCtx, endpointName),
      ]);
      const shown = endpoint === undefined ? undefined : trafficOf(endpoint);
      const found = deployments.find((d) => d.name.toLowerCase() === deployment.toLowerCase());
      const health = [
        check('endpoint state', 'Succeeded', endpoint?.properties.provisioningState ?? 'missing'),
        check(`${deployment} state`, 'Succeeded', found?.properties.provisioningState ?? 'missing'),
        {
          name: 'traffic unchanged by others',
          limit: formatMaps(step.target),
          actual: shown === undefined ? 'endpoint missing' : formatMaps(shown),
          passed: shown !== undefined && showsMaps(shown, step.target),
        },
      ];
      if (!health.every((c) => c.passed)) {
        return {
          passed: false,
          checks: health,
          details: ['Scoring probes skipped: the endpoint is not as this step left it.'],
        };
      }
      const probes = await options.probeRound(signal);
      return { passed: probes.passed, checks: [...health, ...probes.checks], details: probes.details };
    },

    manualRestore(maps: EndpointTraffic): string {
      return restoreCommand(ctx, endpointName, deployment, maps);
    },
  };
}
