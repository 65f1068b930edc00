/**
 * The step's failure, if any, as one UserError saying what failed and what to do: credentials refused (401/403),
 * nothing to route to (404), every request failing, or the budgets that were breached.
 */
import { UserError } from '@aml-actions/action-kit';
import {
  describeCounts,
  type BudgetVerdict,
  type ProbeFailure,
  type ProbeResult,
  type ScoringAuthMode,
  type ScoringTarget,
} from '@aml-actions/scoring';

const AUTH_HINTS: Record<ScoringAuthMode, string> = {
  key:
    "The endpoint's key (from listKeys) was refused: the keys may have been regenerated while the test ran. " +
    'Run again.',
  aml_token:
    'The AML token (from the endpoint token route) was refused or expired: run again; if it persists, check the ' +
    "endpoint's auth mode in Azure ML studio.",
  aad_token:
    'The Entra ID token for Azure ML was refused: the signed-in identity needs permission to score in the ' +
    "workspace (Microsoft.MachineLearningServices/workspaces/onlineEndpoints/score/action, e.g. role 'AzureML Data " +
    "Scientist'), and 'cloud' must match the endpoint's cloud.",
};

function where(failure: ProbeFailure): string {
  const { file, line } = failure.request;
  return line === undefined ? file : `${file}:${line}`;
}

/** What the first failure was, and a hint for failures that mean the load or the time limit was too much. */
function firstFailure(result: ProbeResult): string {
  const [first] = result.failures;
  if (first === undefined) return '';
  const hints = [];
  if (result.failures.some((f) => f.status === 429)) {
    hints.push(
      'HTTP 429 without Retry-After means the deployment refused the load: more than 2 × ' +
        'max_concurrent_requests_per_instance × instance_count requests were in flight. Lower ' +
        "'concurrency', or raise request_settings.max_concurrent_requests_per_instance or instance_count.",
    );
  }
  if (result.failures.some((f) => f.status === 'timeout' || f.status === 408)) {
    hints.push(
      "Requests ran out of time: raise 'timeout' (the action's limit per attempt) or the deployment's " +
        'request_settings.request_timeout_ms (408), or make scoring faster.',
    );
  }
  return `\nFirst failure (request ${where(first)}): ${first.message}${hints.map((h) => `\nHint: ${h}`).join('')}`;
}

export function failureVerdict(
  target: ScoringTarget,
  deployment: string | undefined,
  result: ProbeResult,
  verdict: BudgetVerdict,
): UserError | undefined {
  const scope = `${deployment === undefined ? '' : `deployment '${deployment}' of `}online endpoint '${target.endpointName}'`;
  const denied = result.failures.find((f) => f.status === 401 || f.status === 403);
  if (denied !== undefined) {
    return new UserError(
      `The scoring URI of ${scope} refused the credentials (HTTP ${String(denied.status)}, auth mode ` +
        `${target.authMode}); the test stopped after ${result.sent} request(s). ${AUTH_HINTS[target.authMode]}` +
        firstFailure(result),
      { kind: 'permission' },
    );
  }
  if (result.stoppedEarly === 'HTTP 404') {
    return new UserError(
      `The scoring URI of ${scope} answered 404: no deployment could serve the requests (it was deleted, or ` +
        `lost its traffic, while the test ran). Check the endpoint's deployments and traffic, then run again.` +
        firstFailure(result),
      { kind: 'not-found' },
    );
  }
  if (result.succeeded === 0) {
    return new UserError(
      `All ${result.sent} request(s) to ${scope} failed (${describeCounts(result.statusCounts)}). Check the ` +
        "deployment's container logs (az ml online-deployment get-logs) and that the request bodies fit its scoring " +
        `script; the job summary lists the failures.${firstFailure(result)}`,
      { kind: 'service' },
    );
  }
  const breached = verdict.checks.filter((check) => !check.passed);
  if (breached.length === 0) return undefined;
  return new UserError(
    `The smoke test of ${scope} breached ${breached.length === 1 ? 'a budget' : `${breached.length} budgets`}: ` +
      `${breached.map((check) => `${check.name} ${check.actual} over the limit ${check.limit}`).join('; ')}. ` +
      'Do not give this deployment traffic; the job summary lists the failures and latencies. (If the limits are ' +
      "too strict, raise 'max-error-rate', 'max-latency-p95' or 'max-latency-p99'.)" +
      (result.failed > 0 ? firstFailure(result) : ''),
    { kind: 'service' },
  );
}
