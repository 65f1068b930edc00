/**
 * smoke-test: request files → endpoint (and deployment) checks → scoring requests with budgets → outputs, job
 * summary and a verdict. Read-only: it changes nothing in Azure, so re-running it is always safe.
 */
import { UserError, type ActionContext } from '@aml-actions/action-kit';
import { connectAzure, readAzureInputs, type Env } from '@aml-actions/azure';
import {
  attachExpectedOutputs,
  checkBudgets,
  checkDeploymentReady,
  formatLatency,
  loadScoringRequests,
  probe,
  resolveScoringTarget,
  type ProbeResult,
  type ScoringRequest,
  type ScoringTarget,
} from '@aml-actions/scoring';
import type { Inputs } from './inputs.js';
import { failureVerdict } from './verdict.js';
import { writeSummary } from './summary.js';

export type SmokeTestOutputs = {
  passed: boolean;
  requests: number;
  errors: number;
  'error-rate': number;
  'latency-p50-ms': number;
  'latency-p95-ms': number;
  'latency-p99-ms': number;
  'served-by': Record<string, number>;
};

export interface RunDeps {
  env: Env;
  /** GitHub OIDC for the credential chain. */
  getIdToken: (audience: string) => Promise<string>;
}

export async function runSmokeTest(
  context: ActionContext<SmokeTestOutputs>,
  inputs: Inputs,
  deps: RunDeps,
): Promise<void> {
  const { log, outputs, summary, signal } = context;
  const azure = readAzureInputs(inputs, deps.env, log);
  const requests = await loadRequests(inputs, context);
  const session = connectAzure(azure, {
    env: deps.env,
    logger: log,
    getIdToken: deps.getIdToken,
    actionName: 'smoke-test',
  });
  const target = await resolveScoringTarget(session, inputs.endpointName, log, { signal });
  if (target.provisioningState !== 'Succeeded') {
    log.warning(
      `Online endpoint '${target.endpointName}' is ${target.provisioningState}: an operation is running on it, so ` +
        'answers may come from a changing set of deployments.',
    );
  }
  const deployment = inputs.deploymentName;
  if (deployment === undefined) checkRoutable(target);
  else await checkDeploymentReady(session, target.endpointName, deployment, log, signal);

  const count = inputs.requestCount ?? requests.length;
  log.info(
    `Sending ${count} request(s) (${requests.length} distinct) to ${
      deployment === undefined ? `endpoint ${target.endpointName}` : `deployment ${deployment}`
    }, ${inputs.concurrency} at a time, each attempt limited to ${formatLatency(inputs.timeout)}` +
      `${inputs.warmup > 0 ? `, after ${inputs.warmup} warm-up request(s)` : ''}. Nothing is changed in Azure.`,
  );
  const result = await probe(target, requests, {
    ...(deployment === undefined ? {} : { deployment }),
    count,
    concurrency: inputs.concurrency,
    timeoutMs: inputs.timeout,
    warmup: inputs.warmup,
    tolerance: inputs.expectedTolerance,
    signal,
    log,
  });
  const verdict = checkBudgets(result, {
    maxErrorRate: inputs.maxErrorRate,
    ...(inputs.maxLatencyP95 === undefined ? {} : { maxP95Ms: inputs.maxLatencyP95 }),
    ...(inputs.maxLatencyP99 === undefined ? {} : { maxP99Ms: inputs.maxLatencyP99 }),
  });
  setOutputs(outputs, result, verdict.passed);
  writeSummary(summary, { target, deployment, inputs, result, verdict });
  for (const check of verdict.checks) {
    log.info(`${check.passed ? 'PASS' : 'FAIL'} ${check.name}: ${check.actual} (limit ${check.limit})`);
  }
  const failure = failureVerdict(target, deployment, result, verdict);
  if (failure !== undefined) throw failure;
  log.info(
    `Smoke test passed: ${result.succeeded} of ${result.sent} request(s) succeeded within the budgets.`,
  );
}

async function loadRequests(
  inputs: Inputs,
  context: ActionContext<SmokeTestOutputs>,
): Promise<ScoringRequest[]> {
  const requests = await loadScoringRequests(inputs.requestFile, 'request-file', context.log);
  if (inputs.expectedFile === undefined) return requests;
  return attachExpectedOutputs(requests, inputs.expectedFile, 'expected-file', context.log);
}

/** Without deployment-name, some deployment must have live traffic, else the endpoint answers every request 404. */
function checkRoutable(target: ScoringTarget): void {
  const live = Object.entries(target.traffic).filter(([, share]) => share > 0);
  if (live.length > 0) return;
  const deployments = Object.keys(target.traffic);
  throw new UserError(
    `Online endpoint '${target.endpointName}' sends no live traffic to any deployment (traffic: ${
      deployments.length === 0 ? 'none' : deployments.map((name) => `${name}=0`).join(', ')
    }), so requests without a deployment would all be refused. Set 'deployment-name' to test one deployment ` +
      'directly, or give a deployment traffic first (deploy-endpoint traffic).',
    { kind: 'input' },
  );
}

function setOutputs(
  outputs: ActionContext<SmokeTestOutputs>['outputs'],
  result: ProbeResult,
  passed: boolean,
): void {
  outputs.set('passed', passed);
  outputs.set('requests', result.sent);
  outputs.set('errors', result.failed);
  outputs.set('error-rate', Number(result.errorRate.toFixed(6)));
  outputs.set('latency-p50-ms', result.latencyMs.p50);
  outputs.set('latency-p95-ms', result.latencyMs.p95);
  outputs.set('latency-p99-ms', result.latencyMs.p99);
  outputs.set('served-by', result.servedBy);
}
