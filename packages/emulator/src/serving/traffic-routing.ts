/**
 * Which deployment answers a scoring request: the one the `azureml-model-deployment` header names (even at 0 %), else
 * one drawn by the endpoint's traffic weights. Requests without the header are also copied, with the mirror share, to
 * the mirror deployment; its answer is dropped.
 */
import { isObject } from '../arm/request-checks.js';

export type RoutePlan =
  | { kind: 'deployment'; name: string; mirror?: string }
  | { kind: 'no-traffic' }
  | { kind: 'unknown-deployment'; name: string };

function weights(map: unknown): [string, number][] {
  if (!isObject(map)) return [];
  return Object.entries(map).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0,
  );
}

/**
 * `deployments` are the names of the endpoint's deployments that can serve (provisioned); header matching ignores
 * case, as deployment names do.
 */
export function planRoute(
  endpointProperties: Record<string, unknown>,
  header: string | undefined,
  deployments: readonly string[],
  random: () => number = Math.random,
): RoutePlan {
  const find = (name: string): string | undefined =>
    deployments.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const requested = header?.trim();
  if (requested !== undefined && requested !== '') {
    const name = find(requested);
    return name === undefined
      ? { kind: 'unknown-deployment', name: requested }
      : { kind: 'deployment', name };
  }
  const live = weights(endpointProperties.traffic);
  const total = live.reduce((sum, [, weight]) => sum + weight, 0);
  if (total === 0) return { kind: 'no-traffic' };
  let draw = random() * total;
  let chosen = live[live.length - 1]?.[0] ?? '';
  for (const [name, weight] of live) {
    if (draw < weight) {
      chosen = name;
      break;
    }
    draw -= weight;
  }
  const name = find(chosen);
  if (name === undefined) return { kind: 'no-traffic' };
  const [mirrorName, share] = weights(endpointProperties.mirrorTraffic)[0] ?? [];
  const mirror = mirrorName === undefined ? undefined : find(mirrorName);
  return mirror !== undefined && share !== undefined && random() * 100 < share
    ? { kind: 'deployment', name, mirror }
    : { kind: 'deployment', name };
}
