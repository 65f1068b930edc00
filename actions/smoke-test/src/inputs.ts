/** The inputs of smoke-test, declared once as data (compared with action.yml by the metadata test). */
import {
  defineInputs,
  input,
  readInputs as readSpec,
  type InputSource,
  type InputValues,
  type Logger,
} from '@aml-actions/action-kit';
import { azureInputSpec } from '@aml-actions/azure';

export const spec = defineInputs({
  ...azureInputSpec,
  'endpoint-name': input.string({
    required: true,
    description: 'Name of the online endpoint to test.',
  }),
  'deployment-name': input.string({
    description:
      "Test this deployment directly (azureml-model-deployment header), even at 0 % traffic: the safe-rollout check before it gets live traffic. Empty: requests follow the endpoint's traffic split.",
  }),
  'request-file': input.string({
    required: true,
    description:
      "Request bodies, as for 'az ml online-endpoint invoke --request-file': a JSON file (one request), a JSONL file (.jsonl: one request per line) or a folder of *.json files (one request each, sorted by name).",
  }),
  'expected-file': input.string({
    description:
      'Expected response bodies, one per request in the same order: a JSONL file (line N for request N), a JSON file for a single request, or a folder of *.json files. Numbers are compared with expected-tolerance, everything else exactly. Empty: any 2xx answer passes.',
  }),
  'expected-tolerance': input.number({
    default: 1e-6,
    min: 0,
    description:
      'How far a number in a response may be from the expected one: tolerance × max(1, |expected|).',
  }),
  'request-count': input.number({
    integer: true,
    min: 1,
    max: 100_000,
    description:
      'Number of requests to send, cycling through the request bodies. Empty: each request body once.',
  }),
  concurrency: input.number({
    default: 4,
    integer: true,
    min: 1,
    max: 64,
    description: 'Requests in flight at the same time.',
  }),
  timeout: input.duration({
    default: '30s',
    min: '100ms',
    max: '10m',
    description: 'Time limit of each request attempt (500ms, 30s, 2m); an attempt over it counts as failed.',
  }),
  warmup: input.number({
    default: 0,
    integer: true,
    min: 0,
    max: 1000,
    description: 'Requests sent first and not counted in the results (model loading, cold caches).',
  }),
  'max-error-rate': input.number({
    default: 0,
    min: 0,
    max: 1,
    description:
      'Largest fraction of failed requests that passes, 0 to 1 (0.01 = 1 %). A failure is a non-2xx answer, a timeout, a network error, or an answer differing from the expected output.',
  }),
  'max-latency-p95': input.duration({
    min: '1ms',
    description: 'Largest 95th-percentile latency that passes (500ms, 2s). Empty: no latency budget.',
  }),
  'max-latency-p99': input.duration({
    min: '1ms',
    description: 'Largest 99th-percentile latency that passes (500ms, 2s). Empty: no latency budget.',
  }),
});

export type Inputs = InputValues<typeof spec>;

/** The inputs, parsed once (every bad input reported together). */
export function readInputs(source: InputSource, log: Logger): Inputs {
  return readSpec(spec, source, log);
}
