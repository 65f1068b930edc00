/**
 * The service's rules for an endpoint's traffic maps: live traffic sums to 100 (or is all 0) over existing
 * deployments; mirror traffic (2024-04-01) goes to at most one deployment, at most 50 percent, never to one that
 * has live traffic; deployments that are not provisioned cannot receive traffic.
 */
import type { EmuResponse } from '../http-types.js';
import type { StoredResource } from './arm-state.js';
import { invalidValue, isResponse } from './arm-errors.js';
import { isObject } from './request-checks.js';
import { propertiesOf } from './resource-store.js';

type TrafficMap = Record<string, number>;

/** Reads a traffic map: keys are existing deployments (returned in their own casing), values integers in range. */
function readMap(
  value: unknown,
  target: string,
  deployments: readonly StoredResource[],
  max: number,
): TrafficMap | EmuResponse {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) return invalidValue(target, `'${target}' must map deployment names to percentages.`);
  const map: TrafficMap = {};
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw > max) {
      return invalidValue(
        `${target}.${key}`,
        `Traffic for deployment '${key}' must be an integer from 0 to ${max}; got ${JSON.stringify(raw)}.`,
      );
    }
    const deployment = deployments.find((d) => String(d.body.name).toLowerCase() === key.toLowerCase());
    if (deployment === undefined) {
      const known = deployments.map((d) => String(d.body.name));
      return invalidValue(
        target,
        `Deployment '${key}' in '${target}' does not exist under this endpoint. Existing deployments: ${known.length > 0 ? known.join(', ') : 'none'}. Create the deployment first, then route traffic to it.`,
      );
    }
    const state = String(propertiesOf(deployment).provisioningState);
    if (raw > 0 && ['Creating', 'Failed', 'Deleting'].includes(state)) {
      return invalidValue(
        `${target}.${key}`,
        `Deployment '${key}' is in provisioning state '${state}'; only deployments that provisioned successfully can receive traffic.`,
      );
    }
    map[String(deployment.body.name)] = raw;
  }
  return map;
}

const sum = (map: TrafficMap): number => Object.values(map).reduce((a, b) => a + b, 0);

export function checkTraffic(
  value: unknown,
  deployments: readonly StoredResource[],
): TrafficMap | EmuResponse {
  const traffic = readMap(value, 'properties.traffic', deployments, 100);
  if (isResponse(traffic)) return traffic;
  const total = sum(traffic);
  if (total !== 0 && total !== 100) {
    return invalidValue(
      'properties.traffic',
      `Traffic values must sum to 100 (or all be 0); they sum to ${total}: ${JSON.stringify(traffic)}.`,
    );
  }
  return traffic;
}

export function checkMirrorTraffic(
  value: unknown,
  traffic: TrafficMap,
  deployments: readonly StoredResource[],
): TrafficMap | EmuResponse {
  const mirror = readMap(value, 'properties.mirrorTraffic', deployments, 50);
  if (isResponse(mirror)) return mirror;
  const mirrored = Object.entries(mirror).filter(([, v]) => v > 0);
  if (mirrored.length > 1) {
    return invalidValue(
      'properties.mirrorTraffic',
      `Mirror traffic can go to one deployment only; got ${mirrored.map(([k]) => k).join(', ')}.`,
    );
  }
  if (sum(mirror) > 50) {
    return invalidValue(
      'properties.mirrorTraffic',
      `Mirror traffic must sum to at most 50; got ${sum(mirror)}.`,
    );
  }
  const [target] = mirrored[0] ?? [];
  if (target !== undefined && (traffic[target] ?? 0) > 0) {
    return invalidValue(
      'properties.mirrorTraffic',
      `Deployment '${target}' has live traffic (${traffic[target] ?? 0}%) and cannot also receive mirror traffic; set its live traffic to 0 first.`,
    );
  }
  const kubernetes = deployments.find(
    (d) => String(d.body.name) === target && propertiesOf(d).endpointComputeType === 'Kubernetes',
  );
  if (kubernetes !== undefined) {
    return invalidValue(
      'properties.mirrorTraffic',
      `Mirror traffic is not supported for Kubernetes deployment '${target ?? ''}'.`,
    );
  }
  return mirror;
}

/** Live and mirror percentages a deployment gets from its endpoint (deletion is refused while either is > 0). */
export function trafficOf(
  endpoint: StoredResource,
  deploymentName: string,
): { live: number; mirror: number } {
  const props = propertiesOf(endpoint);
  const pick = (map: unknown): number => {
    if (!isObject(map)) return 0;
    const key = Object.keys(map).find((k) => k.toLowerCase() === deploymentName.toLowerCase());
    const value = key === undefined ? 0 : map[key];
    return typeof value === 'number' ? value : 0;
  };
  return { live: pick(props.traffic), mirror: pick(props.mirrorTraffic) };
}
