/** The inputs of promote, declared once as data (compared with action.yml by the metadata test). */
import {
  UserError,
  defineInputs,
  formatDuration,
  input,
  readInputs as readSpec,
  type InputSource,
  type InputValues,
  type Logger,
} from '@aml-actions/action-kit';
import { azureInputSpec } from '@aml-actions/azure';
import { parseSteps, type RolloutStep } from '@aml-actions/rollout';

const NAME = /[a-zA-Z0-9][a-zA-Z0-9-]{0,30}[a-zA-Z0-9]?/;

export const spec = defineInputs({
  ...azureInputSpec,
  'endpoint-name': input.string({
    required: true,
    pattern: NAME,
    expected: 'an online endpoint name',
    description: 'Name of the managed online endpoint whose traffic shifts to the new deployment.',
  }),
  'deployment-name': input.string({
    required: true,
    pattern: NAME,
    expected: 'a deployment name',
    description:
      'The deployment to promote (created beforehand, e.g. by deploy-endpoint with traffic: none). It must have provisioned.',
  }),
  steps: input.string({
    default: '10,50,100',
    description:
      "Traffic steps for the new deployment: an optional mirror phase first ('mirror:PCT', at most 50, its answers are dropped), then live percentages, strictly increasing and ending with 100. Example: 'mirror:20,10,50,100'. The other deployments share the rest in proportion to their weights before the promotion.",
  }),
  'bake-time': input.duration({
    default: '2m',
    max: '24h',
    description:
      'How long each step runs under checks before the next one (90s, 5m; 0s: one round of checks per step).',
  }),
  'check-interval': input.duration({
    default: '30s',
    min: '1s',
    max: '1h',
    description:
      'Time between rounds of checks while a step bakes. A round runs right after each traffic change, then every check-interval, and at the end of the bake time.',
  }),
  'request-file': input.string({
    required: true,
    description:
      'Scoring requests for the checks: a JSON file (one request body), a JSONL file (one body per line) or a folder of *.json files. Requests are sent in turn, cycling.',
  }),
  'request-count': input.number({
    integer: true,
    min: 1,
    max: 10_000,
    default: 20,
    description:
      'Requests per probe in each round of checks; each round probes twice: the endpoint (real traffic split) and the new deployment directly.',
  }),
  concurrency: input.number({
    integer: true,
    min: 1,
    max: 64,
    default: 2,
    description:
      "Scoring requests in flight at once per probe. Keep it within what the deployments accept (Azure ML answers 429 beyond 2 × max_concurrent_requests_per_instance × instance_count), or the checks fail on the probes' own load.",
  }),
  'request-timeout': input.duration({
    default: '30s',
    min: '100ms',
    max: '10m',
    description: 'How long one scoring request may take before it counts as failed (timeout).',
  }),
  'max-error-rate': input.number({
    min: 0,
    max: 1,
    default: 0,
    description:
      'Largest fraction of failed scoring requests (0 to 1) a probe may have; above it the round fails and the promotion rolls back. Default 0: no failure tolerated.',
  }),
  'max-latency-p95': input.duration({
    min: '1ms',
    description: '95th percentile latency budget per probe (e.g. 500ms); none when empty.',
  }),
  'max-latency-p99': input.duration({
    min: '1ms',
    description: '99th percentile latency budget per probe (e.g. 1s); none when empty.',
  }),
  'delete-previous': input.boolean({
    default: false,
    description:
      'After a promotion, delete the deployments left with 0% of live traffic and no mirrored traffic (never the promoted one).',
  }),
  'tag-endpoint': input.boolean({
    default: true,
    description:
      "After a promotion, record it in the endpoint's tags: promoted-deployment, promoted-at, promoted-from-traffic, github-run-url and git-commit (other tags are kept). A failure to tag is a warning.",
  }),
  timeout: input.duration({
    default: '60m',
    min: '10s',
    max: '6h',
    description:
      'How long the whole promotion may take, bake times included; when it runs out the promotion rolls back. The rollback itself gets up to 5 minutes more.',
  }),
});

type SpecValues = InputValues<typeof spec>;

export type Inputs = Omit<SpecValues, 'steps'> & { steps: RolloutStep[] };

/** The inputs, parsed once (every bad input reported together), with the steps parsed and checked. */
export function readInputs(source: InputSource, log: Logger): Inputs {
  const values = readSpec(spec, source, log);
  const steps = parseSteps(values.steps);
  const bakes = steps.length * values.bakeTime;
  if (bakes >= values.timeout) {
    throw new UserError(
      `Input 'timeout' is ${formatDuration(values.timeout)}, but ${steps.length} steps with 'bake-time' ` +
        `${formatDuration(values.bakeTime)} bake for ${formatDuration(bakes)}: the promotion could never finish. ` +
        "Raise 'timeout', or shorten 'bake-time' or 'steps'.",
    );
  }
  return { ...values, steps };
}
