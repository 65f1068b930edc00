/**
 * The full traffic and mirror maps of every step, computed once from the map the endpoint had before the rollout:
 * the new deployment gets the step's share and the other deployments share the rest in proportion to their weights
 * before the rollout (so rounding never drifts from step to step). A mirror step leaves live traffic as it was and
 * mirrors to the new deployment (replacing any other mirror for that phase); live steps keep the endpoint's own
 * mirror setting except a mirror to the new deployment, which ends once it gets live traffic.
 */
import {
  formatTraffic,
  keyIn,
  sameTraffic,
  setShare,
  shareOf,
  total,
  type EndpointTraffic,
  type TrafficMap,
} from '@aml-actions/endpoints';
import { describeStep, type RolloutStep } from './steps.js';

export interface PlannedStep {
  step: RolloutStep;
  /** 1-based position among the steps that run. */
  index: number;
  target: EndpointTraffic;
}

export interface RolloutPlan {
  deployment: string;
  previous: EndpointTraffic;
  steps: PlannedStep[];
  /** Why steps of the input were left out or the plan differs from it, for the log and the summary. */
  notes: string[];
}

/** Traffic and mirror maps as one line: `blue=90, green=10 (mirror green=20)`. */
export function formatMaps(maps: EndpointTraffic): string {
  const mirror = Object.entries(maps.mirror).filter(([, value]) => value > 0);
  return `${formatTraffic(maps.traffic)}${mirror.length === 0 ? '' : ` (mirror ${formatTraffic(Object.fromEntries(mirror))})`}`;
}

/** Whether the endpoint shows exactly `wanted` (missing entries count as 0, names are case-insensitive). */
export function showsMaps(shown: EndpointTraffic, wanted: EndpointTraffic): boolean {
  return sameTraffic(shown.traffic, wanted.traffic) && sameTraffic(shown.mirror, wanted.mirror);
}

function withoutLiveTargets(mirror: TrafficMap, traffic: TrafficMap): TrafficMap {
  return Object.fromEntries(
    Object.entries(mirror).filter(([name, value]) => value > 0 && shareOf(traffic, name) === 0),
  );
}

function targetOf(previous: EndpointTraffic, deployment: string, step: RolloutStep): EndpointTraffic {
  if (step.kind === 'mirror') {
    return { traffic: previous.traffic, mirror: { [keyIn(previous.traffic, deployment)]: step.percent } };
  }
  const traffic = setShare(previous.traffic, deployment, step.percent);
  return { traffic, mirror: withoutLiveTargets(previous.mirror, traffic) };
}

/**
 * The steps to run for `deployment`, given the endpoint's maps before the rollout. Steps at or below the share the
 * deployment already has are skipped (a re-run resumes), the mirror phase too once it has live traffic. When no
 * deployment has live traffic, traffic can only be all or nothing (Azure ML requires a total of 0 or 100), so the
 * plan is one step to 100. The caller handles a deployment that already has 100.
 */
export function planRollout(
  previous: EndpointTraffic,
  deployment: string,
  steps: readonly RolloutStep[],
): RolloutPlan {
  const notes: string[] = [];
  const current = shareOf(previous.traffic, deployment);
  let chosen: RolloutStep[] = [...steps];
  if (total(previous.traffic) === 0) {
    notes.push(
      `No deployment has live traffic (${formatTraffic(previous.traffic)}): Azure ML needs the live traffic to add ` +
        `up to 0 or 100, so '${deployment}' goes to 100% in one step (checked like any other).`,
    );
    chosen = [{ kind: 'live', percent: 100 }];
  } else if (current > 0) {
    const skipped = chosen.filter((step) => step.kind === 'mirror' || step.percent <= current);
    if (skipped.length > 0) {
      notes.push(
        `'${deployment}' already has ${current}% of live traffic: skipping ${skipped.map(describeStep).join(', ')}.`,
      );
    }
    chosen = chosen.filter((step) => step.kind === 'live' && step.percent > current);
  }
  const otherMirror = Object.entries(previous.mirror).filter(
    ([name, value]) => value > 0 && name.toLowerCase() !== deployment.toLowerCase(),
  );
  if (chosen.some((step) => step.kind === 'mirror') && otherMirror.length > 0) {
    notes.push(
      `The endpoint mirrors to ${formatTraffic(Object.fromEntries(otherMirror))}; Azure ML mirrors to one ` +
        `deployment only, so that mirror pauses during the mirror phase and resumes with the live steps.`,
    );
  }
  return {
    deployment,
    previous,
    steps: chosen.map((step, i) => ({ step, index: i + 1, target: targetOf(previous, deployment, step) })),
    notes,
  };
}
