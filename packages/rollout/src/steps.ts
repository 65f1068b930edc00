/**
 * The `steps` input of a progressive rollout: an optional mirror (shadow) phase first, then live percentages of the
 * new deployment, strictly increasing and ending at 100. `mirror:20,10,50,100` mirrors 20 % of the requests to the
 * new deployment (its answers are dropped), then gives it 10 %, 50 % and all of the live traffic.
 */
import { UserError } from '@aml-actions/action-kit';

export type RolloutStep = { kind: 'mirror'; percent: number } | { kind: 'live'; percent: number };

/** Azure ML's limit on mirrored traffic. */
export const MAX_MIRROR_PERCENT = 50;

const EXAMPLE = "e.g. 'mirror:20,10,50,100' or '10,50,100'";

function percentOf(text: string, item: string, input: string, min: number, max: number): number {
  const trimmed = text.trim().replace(/%$/, '');
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < min || value > max) {
    throw new UserError(
      `Input '${input}' has the step '${item}', whose percentage '${text.trim()}' is not a whole number from ` +
        `${min} to ${max}${max === MAX_MIRROR_PERCENT ? ` (Azure ML mirrors at most ${MAX_MIRROR_PERCENT} %)` : ''}. ` +
        `Write the steps as percentages separated by commas, ${EXAMPLE}.`,
    );
  }
  return value;
}

/** Parses and checks the steps; every problem is a UserError naming the input, the value and the fix. */
export function parseSteps(text: string, input = 'steps'): RolloutStep[] {
  const items = text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) {
    throw new UserError(`Input '${input}' is empty: give the traffic steps, ${EXAMPLE}.`);
  }
  const steps = items.map((item, index): RolloutStep => {
    const colon = item.indexOf(':');
    if (colon < 0) return { kind: 'live', percent: percentOf(item, item, input, 1, 100) };
    const prefix = item.slice(0, colon).trim().toLowerCase();
    if (prefix !== 'mirror') {
      throw new UserError(
        `Input '${input}' has the step '${item}': the only prefix a step may have is 'mirror:' (${EXAMPLE}).`,
      );
    }
    if (index !== 0) {
      throw new UserError(
        `Input '${input}' has '${item}' as step ${index + 1}: the mirror phase must come first, before the new ` +
          `deployment gets live traffic (Azure ML sends a deployment live or mirrored traffic, not both), ${EXAMPLE}.`,
      );
    }
    return { kind: 'mirror', percent: percentOf(item.slice(colon + 1), item, input, 1, MAX_MIRROR_PERCENT) };
  });
  const live = steps.filter((step) => step.kind === 'live').map((step) => step.percent);
  if (live.length === 0) {
    throw new UserError(
      `Input '${input}' has only a mirror phase ('${text.trim()}'): add the live steps after it, ending with 100, ` +
        `${EXAMPLE}.`,
    );
  }
  live.forEach((percent, index) => {
    const before = live[index - 1];
    if (before !== undefined && percent <= before) {
      throw new UserError(
        `Input '${input}' has the live steps ${live.join(', ')}: each must be larger than the one before ` +
          `(${percent} follows ${before}). Write them in increasing order, ending with 100.`,
      );
    }
  });
  const last = live[live.length - 1];
  if (last !== 100) {
    throw new UserError(
      `Input '${input}' ends at ${last ?? 0} %, not 100: a promotion ends with the new deployment taking all live ` +
        `traffic. Add 100 as the last step (to keep a canary at a share instead, use deploy-endpoint's 'traffic').`,
    );
  }
  return steps;
}

/** `mirror 20%` or `10%`. */
export function describeStep(step: RolloutStep): string {
  return step.kind === 'mirror' ? `mirror ${step.percent}%` : `${step.percent}%`;
}
