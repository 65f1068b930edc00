/**
 * promote: inputs → preflight (endpoint and deployment ready, previous maps kept) → the planned steps under checks,
 * rolling back on any failure → optional deletion of the deployments left without traffic → outputs and summary.
 */
import { UserError, formatDuration, type ActionContext } from '@aml-actions/action-kit';
import { githubContextFromEnv } from '@aml-actions/assets';
import { connectAzure, readAzureInputs, type Env } from '@aml-actions/azure';
import { formatTraffic, type ArmContext } from '@aml-actions/endpoints';
import {
  armRolloutDriver,
  deletePrevious,
  formatMaps,
  planRollout,
  preflight,
  probeRound,
  promotionTags,
  recordPromotion,
  runRollout,
  type DeletionReport,
  type ProbeSettings,
  type RolloutReport,
} from '@aml-actions/rollout';
import { loadScoringRequests, resolveScoringTarget } from '@aml-actions/scoring';
import type { Inputs } from './inputs.js';
import { writeSummary } from './summary.js';

export type PromoteOutputs = {
  result: string;
  traffic: Record<string, number>;
  'previous-traffic': Record<string, number>;
  'deleted-deployments': string;
};

export interface RunDeps {
  env: Env;
  /** GitHub OIDC for the credential chain. */
  getIdToken: (audience: string) => Promise<string>;
}

/** A rollback after a failure may take this long; after a cancellation, CANCEL_GRACE_MS. */
export const ROLLBACK_TIMEOUT_MS = 5 * 60_000;
/** The runner kills the step about 7.5 s after it cancels it: the rollback (and its last read) must be done before. */
export const CANCEL_GRACE_MS = 5000;

export async function runPromote(
  context: ActionContext<PromoteOutputs>,
  inputs: Inputs,
  deps: RunDeps,
): Promise<void> {
  const { log, outputs, summary, signal } = context;
  const started = Date.now();
  // The request file is checked before signing in: a bad file fails before anything is sent to Azure.
  const requests = await loadScoringRequests(inputs.requestFile, 'request-file', log);
  const azure = readAzureInputs(inputs, deps.env, log);
  const session = connectAzure(azure, {
    env: deps.env,
    logger: log,
    getIdToken: deps.getIdToken,
    actionName: 'promote',
  });
  const ctx: ArmContext = {
    client: session.mlClient,
    workspace: session.workspace,
    logger: log,
    signal,
    deadline: started + inputs.timeout,
    timeoutMs: inputs.timeout,
  };
  const endpointName = inputs.endpointName;
  const ready = await preflight(ctx, endpointName, inputs.deploymentName);
  const deployment = ready.deployment;
  log.info(
    `Online endpoint '${endpointName}' now: ${formatMaps(ready.previous)} (a rollback restores this).`,
  );
  outputs.set('previous-traffic', ready.previous.traffic);
  const base = { endpointName, deployment, previous: ready.previous, started };
  if (ready.alreadyPromoted) {
    log.info(
      `Deployment '${deployment}' already has 100% of the live traffic of '${endpointName}': nothing to promote.`,
    );
    outputs.set('result', 'promoted');
    outputs.set('traffic', ready.previous.traffic);
    const deletion = await maybeDelete(ctx, inputs, endpointName, deployment, ready.previous);
    outputs.set('deleted-deployments', deletion?.deleted.join(',') ?? '');
    writeSummary(summary, { ...base, kind: 'unchanged', final: ready.previous, deletion, tagged: undefined });
    return;
  }
  const plan = planRollout(ready.previous, deployment, inputs.steps);
  for (const note of plan.notes) log.info(note);
  log.info(
    `Plan: ${plan.steps.map((s) => formatMaps(s.target)).join(' → ')}; bake time ${formatDuration(inputs.bakeTime)} per step.`,
  );
  const target = await resolveScoringTarget(session, endpointName, log, { signal });
  // The scoring credential before any traffic changes: a missing permission fails here, with nothing to roll back.
  await target.authHeaders();
  const settings: ProbeSettings = {
    requests,
    count: inputs.requestCount,
    concurrency: inputs.concurrency,
    timeoutMs: inputs.requestTimeout,
    budgets: {
      maxErrorRate: inputs.maxErrorRate,
      ...(inputs.maxLatencyP95 === undefined ? {} : { maxP95Ms: inputs.maxLatencyP95 }),
      ...(inputs.maxLatencyP99 === undefined ? {} : { maxP99Ms: inputs.maxLatencyP99 }),
    },
  };
  const driver = armRolloutDriver({
    ctx,
    endpointName,
    deployment,
    probeRound: (roundSignal) => probeRound(target, deployment, settings, roundSignal, log),
  });
  const report = await runRollout(plan, driver, {
    bakeMs: inputs.bakeTime,
    checkIntervalMs: inputs.checkInterval,
    signal,
    deadline: ctx.deadline,
    timeoutMs: inputs.timeout,
    rollbackTimeoutMs: ROLLBACK_TIMEOUT_MS,
    cancelGraceMs: CANCEL_GRACE_MS,
    log,
  });
  outputs.set('result', report.result);
  outputs.set('traffic', report.final.traffic);
  const promoted = report.result === 'promoted';
  const tags =
    promoted && inputs.tagEndpoint
      ? promotionTags(deployment, ready.previous, new Date(), githubContextFromEnv(deps.env))
      : undefined;
  const tagged = tags !== undefined && (await recordPromotion(ctx, endpointName, tags)) ? tags : undefined;
  const deletion = promoted
    ? await maybeDelete(ctx, inputs, endpointName, deployment, report.final)
    : undefined;
  outputs.set('deleted-deployments', deletion?.deleted.join(',') ?? '');
  writeSummary(summary, { ...base, kind: 'rollout', plan, report, final: report.final, deletion, tagged });
  if (report.result !== 'promoted') throw failureError(report, plan.steps.length, endpointName, deployment);
  log.info(`Promoted '${deployment}': ${formatMaps(report.final)}.`);
}

async function maybeDelete(
  ctx: ArmContext,
  inputs: Inputs,
  endpointName: string,
  deployment: string,
  maps: RolloutReport['final'],
): Promise<DeletionReport | undefined> {
  return inputs.deletePrevious ? deletePrevious(ctx, endpointName, deployment, maps) : undefined;
}

function failureError(
  report: RolloutReport,
  steps: number,
  endpointName: string,
  deployment: string,
): UserError {
  const { failure, rollback } = report;
  const where = failure === undefined ? '' : ` at step ${failure.step}/${steps}`;
  const why = failure?.reason ?? 'unknown reason';
  const kind = failure?.kind === 'cancelled' ? 'cancelled' : 'service';
  if (report.result === 'rollback-failed') {
    return new UserError(
      `Promotion of '${deployment}' on '${endpointName}' stopped${where} (${why}) and the ROLLBACK FAILED ` +
        `(${rollback?.error ?? 'unknown error'}). Restore the traffic by hand: ${rollback?.manual ?? ''}`,
      { kind },
    );
  }
  return new UserError(
    `Promotion of '${deployment}' on '${endpointName}' rolled back${where}: ${why}. The traffic is ` +
      `${formatTraffic(report.final.traffic)} again (verified by reading the endpoint back).`,
    { kind },
  );
}
