/**
 * `deployment-name: auto`: of `blue` and `green`, the one that carries no live traffic, so continuous delivery
 * never overwrites the deployment that serves. When both are free, a missing one is created first, else the one
 * changed least recently is reused.
 */
import { UserError } from '@aml-actions/action-kit';
import { formatTraffic, shareOf, type TrafficMap } from './traffic-math.js';

export const BLUE_GREEN = ['blue', 'green'] as const;

export interface ExistingDeployment {
  name: string;
  /** ISO time of the last change (systemData.lastModifiedAt); missing sorts first. */
  lastModifiedAt?: string | undefined;
}

export interface BlueGreenChoice {
  name: string;
  /** Why, for the log and the summary. */
  reason: string;
}

export function chooseBlueGreen(
  endpoint: string,
  traffic: TrafficMap,
  deployments: readonly ExistingDeployment[],
): BlueGreenChoice {
  const find = (name: string) => deployments.find((d) => d.name.toLowerCase() === name);
  const free = BLUE_GREEN.filter((name) => shareOf(traffic, name) === 0);
  const [only] = free;
  if (only === undefined) {
    throw new UserError(
      `Input 'deployment-name' is 'auto', but both blue and green serve live traffic on endpoint '${endpoint}' ` +
        `(${formatTraffic(traffic)}), so either choice would overwrite a serving deployment. Move all traffic to one ` +
        `of them first (traffic: blue=100), or name the deployment to update.`,
    );
  }
  if (free.length === 1) {
    const other = BLUE_GREEN.find((name) => name !== only) ?? only;
    return { name: only, reason: `${other} serves ${shareOf(traffic, other)}% of live traffic` };
  }
  const missing = free.find((name) => find(name) === undefined);
  if (missing !== undefined) {
    return {
      name: missing,
      reason:
        find('blue') === undefined ? 'neither blue nor green exists yet' : `${missing} does not exist yet`,
    };
  }
  const [older] = [...free].sort((a, b) =>
    (find(a)?.lastModifiedAt ?? '').localeCompare(find(b)?.lastModifiedAt ?? ''),
  );
  const name = older ?? 'blue';
  return {
    name,
    reason: 'neither blue nor green serves live traffic; reusing the one changed least recently',
  };
}
