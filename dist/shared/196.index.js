import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 196;
export const ids = [196];
export const modules = {

/***/ 47196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromote: () => (/* binding */ runPromote)
});

// UNUSED EXPORTS: CANCEL_GRACE_MS, ROLLBACK_TIMEOUT_MS

// EXTERNAL MODULE: ./packages/action-kit/src/duration.ts
var duration = __webpack_require__(65405);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/assets/src/lineage.ts
var lineage = __webpack_require__(78882);
// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var src_inputs = __webpack_require__(40190);
// EXTERNAL MODULE: ./packages/azure/src/session.ts + 1 modules
var src_session = __webpack_require__(74712);
// EXTERNAL MODULE: ./packages/endpoints/src/traffic-math.ts
var traffic_math = __webpack_require__(17574);
// EXTERNAL MODULE: ./packages/endpoints/src/endpoint-resources.ts
var endpoint_resources = __webpack_require__(30001);
// EXTERNAL MODULE: ./packages/endpoints/src/deployment-readiness.ts
var deployment_readiness = __webpack_require__(1198);
// EXTERNAL MODULE: ./packages/endpoints/src/traffic.ts
var src_traffic = __webpack_require__(2515);
;// CONCATENATED MODULE: ./packages/rollout/src/preflight.ts
/**
 * Before the first step: the endpoint exists and is Succeeded (no other operation running on it), the deployment to
 * promote exists and has provisioned, and the maps the endpoint has now are what a rollback restores. A deployment
 * that already has all live traffic means there is nothing to do (a re-run after a promotion).
 */


async function preflight(ctx, endpointName, deploymentName) {
    const { workspace } = ctx.workspace;
    const endpoint = await (0,endpoint_resources/* getEndpoint */.yP)(ctx, endpointName);
    if (endpoint === undefined) {
        throw new errors/* UserError */.y(`Input 'endpoint-name' is '${endpointName}', but workspace '${workspace}' has no online endpoint of that name. ` +
            'Check the endpoint and workspace inputs, or create it and the new deployment first (deploy-endpoint).', { kind: 'not-found' });
    }
    const endpointState = endpoint.properties.provisioningState ?? 'Unknown';
    if (endpointState !== 'Succeeded') {
        throw new errors/* UserError */.y(`Online endpoint '${endpointName}' is ${endpointState}, not Succeeded: its traffic cannot be shifted safely now. ` +
            'Wait until the operation running on it has finished (or fix the endpoint), then run again.', { kind: 'conflict' });
    }
    const deployments = await (0,endpoint_resources/* listDeployments */.Jn)(ctx, endpointName);
    const found = (0,deployment_readiness/* requireReadyDeployment */.Q)(deployments, { endpoint: endpointName, workspace }, deploymentName, {
        missing: 'Deploy it first at 0 % traffic (deploy-endpoint with traffic: none), then promote it.',
        purpose: 'only a deployment that provisioned can take traffic',
    });
    const shown = (0,src_traffic/* trafficOf */.t)(endpoint);
    // Every deployment named, with 0 where the endpoint's map leaves it out: the exact map to restore (also by hand).
    const traffic = {};
    for (const { name } of deployments)
        traffic[(0,traffic_math/* keyIn */.xB)(shown.traffic, name)] = (0,traffic_math/* shareOf */.tC)(shown.traffic, name);
    const previous = { traffic: { ...traffic, ...shown.traffic }, mirror: shown.mirror };
    return {
        endpoint,
        deployment: found.name,
        deployments,
        previous,
        alreadyPromoted: (0,traffic_math/* shareOf */.tC)(previous.traffic, found.name) === 100,
    };
}

// EXTERNAL MODULE: ./packages/rollout/src/steps.ts
var src_steps = __webpack_require__(2494);
;// CONCATENATED MODULE: ./packages/rollout/src/step-traffic.ts
/**
 * The full traffic and mirror maps of every step, computed once from the map the endpoint had before the rollout:
 * the new deployment gets the step's share and the other deployments share the rest in proportion to their weights
 * before the rollout (so rounding never drifts from step to step). A mirror step leaves live traffic as it was and
 * mirrors to the new deployment (replacing any other mirror for that phase); live steps keep the endpoint's own
 * mirror setting except a mirror to the new deployment, which ends once it gets live traffic.
 */


/** Traffic and mirror maps as one line: `blue=90, green=10 (mirror green=20)`. */
function formatMaps(maps) {
    const mirror = Object.entries(maps.mirror).filter(([, value]) => value > 0);
    return `${(0,traffic_math/* formatTraffic */.zM)(maps.traffic)}${mirror.length === 0 ? '' : ` (mirror ${(0,traffic_math/* formatTraffic */.zM)(Object.fromEntries(mirror))})`}`;
}
/** Whether the endpoint shows exactly `wanted` (missing entries count as 0, names are case-insensitive). */
function showsMaps(shown, wanted) {
    return (0,traffic_math/* sameTraffic */.UN)(shown.traffic, wanted.traffic) && (0,traffic_math/* sameTraffic */.UN)(shown.mirror, wanted.mirror);
}
function withoutLiveTargets(mirror, traffic) {
    return Object.fromEntries(Object.entries(mirror).filter(([name, value]) => value > 0 && (0,traffic_math/* shareOf */.tC)(traffic, name) === 0));
}
function targetOf(previous, deployment, step) {
    if (step.kind === 'mirror') {
        return { traffic: previous.traffic, mirror: { [(0,traffic_math/* keyIn */.xB)(previous.traffic, deployment)]: step.percent } };
    }
    const traffic = (0,traffic_math/* setShare */.yP)(previous.traffic, deployment, step.percent);
    return { traffic, mirror: withoutLiveTargets(previous.mirror, traffic) };
}
/**
 * The steps to run for `deployment`, given the endpoint's maps before the rollout. Steps at or below the share the
 * deployment already has are skipped (a re-run resumes), the mirror phase too once it has live traffic. When no
 * deployment has live traffic, traffic can only be all or nothing (Azure ML requires a total of 0 or 100), so the
 * plan is one step to 100. The caller handles a deployment that already has 100.
 */
function planRollout(previous, deployment, steps) {
    const notes = [];
    const current = (0,traffic_math/* shareOf */.tC)(previous.traffic, deployment);
    let chosen = [...steps];
    if ((0,traffic_math/* total */.X5)(previous.traffic) === 0) {
        notes.push(`No deployment has live traffic (${(0,traffic_math/* formatTraffic */.zM)(previous.traffic)}): Azure ML needs the live traffic to add ` +
            `up to 0 or 100, so '${deployment}' goes to 100% in one step (checked like any other).`);
        chosen = [{ kind: 'live', percent: 100 }];
    }
    else if (current > 0) {
        const skipped = chosen.filter((step) => step.kind === 'mirror' || step.percent <= current);
        if (skipped.length > 0) {
            notes.push(`'${deployment}' already has ${current}% of live traffic: skipping ${skipped.map(src_steps/* describeStep */.Ey).join(', ')}.`);
        }
        chosen = chosen.filter((step) => step.kind === 'live' && step.percent > current);
    }
    const otherMirror = Object.entries(previous.mirror).filter(([name, value]) => value > 0 && name.toLowerCase() !== deployment.toLowerCase());
    if (chosen.some((step) => step.kind === 'mirror') && otherMirror.length > 0) {
        notes.push(`The endpoint mirrors to ${(0,traffic_math/* formatTraffic */.zM)(Object.fromEntries(otherMirror))}; Azure ML mirrors to one ` +
            `deployment only, so that mirror pauses during the mirror phase and resumes with the live steps.`);
    }
    return {
        deployment,
        previous,
        steps: chosen.map((step, i) => ({ step, index: i + 1, target: targetOf(previous, deployment, step) })),
        notes,
    };
}

;// CONCATENATED MODULE: ./packages/rollout/src/arm-driver.ts
/**
 * The rollout driver for a managed online endpoint: traffic changes through @aml-actions/endpoints' updateTraffic
 * (one full map per update at api-version 2024-04-01 with the mirror map, 409 retried from a fresh read, read back
 * until shown), and each round's checks: the endpoint still shows the step's maps (nobody changed them meanwhile)
 * and is Succeeded, the new deployment is Succeeded, then the scoring probes.
 */


/** A mirror map (at most one deployment above 0, as Azure ML allows) as the request that sets exactly it. */
function mirrorRequestOf(mirror) {
    const [first, ...more] = Object.entries(mirror).filter(([, value]) => value > 0);
    if (first === undefined)
        return { kind: 'off' };
    if (more.length > 0)
        throw new Error(`A mirror map has one deployment at most: ${(0,traffic_math/* formatTraffic */.zM)(mirror)}`);
    return { kind: 'set', deployment: first[0], percent: first[1] };
}
function check(name, limit, actual) {
    return { name, limit, actual, passed: actual === limit };
}
/** The az CLI line that sets `maps` on the endpoint (the promoted deployment's mirror named, 0 unless it is mirrored). */
function restoreCommand(ctx, endpointName, deployment, maps) {
    const pairs = (map) => Object.entries(map)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ');
    const mirror = {
        [deployment]: 0,
        ...Object.fromEntries(Object.entries(maps.mirror).filter(([, v]) => v > 0)),
    };
    const { subscriptionId, resourceGroup, workspace } = ctx.workspace;
    return (`az ml online-endpoint update --name ${endpointName} --subscription ${subscriptionId} ` +
        `--resource-group ${resourceGroup} --workspace-name ${workspace} --traffic "${pairs(maps.traffic)}" ` +
        `--mirror-traffic "${pairs(mirror)}"`);
}
function armRolloutDriver(options) {
    const { ctx, endpointName, deployment } = options;
    return {
        async setTraffic(target, budget) {
            const { signal, deadline, timeoutMs } = budget;
            const result = await (0,src_traffic/* updateTraffic */.X)({ ...ctx, signal, deadline, timeoutMs }, endpointName, {
                live: { kind: 'map', traffic: target.traffic },
                mirror: mirrorRequestOf(target.mirror),
                deployed: deployment,
            });
            return (0,src_traffic/* trafficOf */.t)(result.endpoint);
        },
        async readTraffic(signal) {
            const endpoint = await (0,endpoint_resources/* getEndpoint */.yP)({ ...ctx, signal }, endpointName);
            if (endpoint === undefined)
                throw new Error(`Online endpoint '${endpointName}' does not exist any more.`);
            return { maps: (0,src_traffic/* trafficOf */.t)(endpoint), state: endpoint.properties.provisioningState ?? 'Unknown' };
        },
        async checkRound(step, _round, signal) {
            const armCtx = { ...ctx, signal };
            const [endpoint, deployments] = await Promise.all([
                (0,endpoint_resources/* getEndpoint */.yP)(armCtx, endpointName),
                (0,endpoint_resources/* listDeployments */.Jn)(armCtx, endpointName),
            ]);
            const shown = endpoint === undefined ? undefined : (0,src_traffic/* trafficOf */.t)(endpoint);
            const found = deployments.find((d) => d.name.toLowerCase() === deployment.toLowerCase());
            const health = [
                check('endpoint state', 'Succeeded', endpoint?.properties.provisioningState ?? 'missing'),
                check(`${deployment} state`, 'Succeeded', found?.properties.provisioningState ?? 'missing'),
                {
                    name: 'traffic unchanged by others',
                    limit: formatMaps(step.target),
                    actual: shown === undefined ? 'endpoint missing' : formatMaps(shown),
                    passed: shown !== undefined && showsMaps(shown, step.target),
                },
            ];
            if (!health.every((c) => c.passed)) {
                return {
                    passed: false,
                    checks: health,
                    details: ['Scoring probes skipped: the endpoint is not as this step left it.'],
                };
            }
            const probes = await options.probeRound(signal);
            return { passed: probes.passed, checks: [...health, ...probes.checks], details: probes.details };
        },
        manualRestore(maps) {
            return restoreCommand(ctx, endpointName, deployment, maps);
        },
    };
}

// EXTERNAL MODULE: ./packages/scoring/src/probe.ts + 3 modules
var probe = __webpack_require__(54795);
// EXTERNAL MODULE: ./packages/scoring/src/percentiles.ts
var percentiles = __webpack_require__(98809);
// EXTERNAL MODULE: ./packages/scoring/src/budgets.ts
var budgets = __webpack_require__(26511);
;// CONCATENATED MODULE: ./packages/rollout/src/probe-checks.ts

/** Failures shown per probe in the log. */
const FAILURES_SHOWN = 3;
function describeProbe(name, result) {
    const served = Object.entries(result.servedBy)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([deployment, n]) => `${deployment} ${n}`)
        .join(', ');
    const lines = [
        `${name}: ${result.sent} sent, ${result.failed} failed (${(0,probe/* describeCounts */.wv)(result.statusCounts)}), ` +
            `p95 ${(0,percentiles/* formatLatency */.YL)(result.latencyMs.p95)}, p99 ${(0,percentiles/* formatLatency */.YL)(result.latencyMs.p99)}` +
            (served === '' ? '' : `; served by ${served}`) +
            (result.stoppedEarly === undefined ? '' : `; stopped early: ${result.stoppedEarly}`),
    ];
    for (const failure of result.failures.slice(0, FAILURES_SHOWN)) {
        const where = failure.request.line === undefined
            ? failure.request.file
            : `${failure.request.file}:${failure.request.line}`;
        lines.push(`  ${name} failure ${String(failure.status)} (${where}): ${failure.message}`);
    }
    return lines;
}
async function probeRound(target, deployment, settings, signal, log) {
    const options = {
        count: settings.count,
        concurrency: settings.concurrency,
        timeoutMs: settings.timeoutMs,
        signal,
        log,
    };
    const viaEndpoint = await (0,probe/* probe */.dy)(target, settings.requests, options);
    const direct = await (0,probe/* probe */.dy)(target, settings.requests, { ...options, deployment });
    const checks = [];
    let passed = true;
    for (const [name, result] of [
        ['endpoint', viaEndpoint],
        [deployment, direct],
    ]) {
        const verdict = (0,budgets/* checkBudgets */.N)(result, settings.budgets);
        passed &&= verdict.passed;
        checks.push(...verdict.checks.map((check) => ({ ...check, name: `${check.name} (${name})` })));
    }
    return {
        passed,
        checks,
        details: [...describeProbe('endpoint', viaEndpoint), ...describeProbe(deployment, direct)],
    };
}

// EXTERNAL MODULE: ./packages/action-kit/src/progress.ts
var progress = __webpack_require__(87062);
;// CONCATENATED MODULE: ./packages/rollout/src/rollback.ts
/**
 * Rolling back: write the traffic and mirror maps the endpoint had before the rollout, read them back, and compare.
 * The rollback has its own abort signal and deadline, since the run's may be what ended (cancellation, timeout):
 * after a cancellation it gets the few seconds the runner leaves before it kills the step, otherwise a few minutes,
 * cut to the cancellation grace as soon as a cancellation arrives meanwhile. A failed write is tried again (with a
 * growing wait) while the budget lasts. When the budget is spent, one last quick read of the endpoint tells whether
 * the change landed anyway (a write whose wait ran out) or Azure is still applying it (the endpoint is Updating, as
 * a real traffic update takes longer than a cancelled step has). If it is not restored, the log says so loudly, with
 * the exact maps to restore and the command that does it.
 */


/** The last read of the endpoint after a failed rollback (kept short: a cancelled step has seconds left). */
const FINAL_READ_MS = 1500;
function rollbackBudget(options, cancelled, now) {
    const budgetMs = cancelled ? options.cancelGraceMs : options.rollbackTimeoutMs;
    const controller = new AbortController();
    const expire = (ms) => setTimeout(() => {
        controller.abort(new errors/* UserError */.y(`the rollback did not finish within ${(0,duration/* formatDuration */.a3)(ms)}`, { kind: 'timeout' }));
    }, ms);
    const timers = [expire(budgetMs)];
    const onCancel = () => {
        options.log.warning(`Cancelled during the rollback: finishing it within ${(0,duration/* formatDuration */.a3)(options.cancelGraceMs)}.`);
        timers.push(expire(options.cancelGraceMs));
    };
    if (!cancelled)
        options.signal.addEventListener('abort', onCancel, { once: true });
    return {
        signal: controller.signal,
        deadline: now() + budgetMs,
        timeoutMs: budgetMs,
        dispose: () => {
            for (const timer of timers)
                clearTimeout(timer);
            options.signal.removeEventListener('abort', onCancel);
        },
    };
}
async function restoreTraffic(plan, driver, options, cancelled) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? progress/* sleep */.y;
    const started = now();
    const to = plan.previous;
    const budget = rollbackBudget(options, cancelled, now);
    options.log.warning(`Rolling back: restoring the traffic of the endpoint to ${formatMaps(to)} (within ${(0,duration/* formatDuration */.a3)(budget.timeoutMs)}).`);
    let attempts = 0;
    let lastError = '';
    let shown;
    try {
        for (;;) {
            attempts++;
            try {
                shown = await driver.setTraffic(to, budget);
                if (showsMaps(shown, to)) {
                    const durationMs = now() - started;
                    options.log.info(`Rolled back in ${(0,duration/* formatDuration */.a3)(durationMs)}: the endpoint shows ${formatMaps(shown)} again (read back).`);
                    return { to, outcome: 'restored', shown, attempts, durationMs };
                }
                lastError = `the endpoint shows ${formatMaps(shown)} after the rollback, not ${formatMaps(to)}`;
            }
            catch (error) {
                lastError = budget.signal.aborted ? (0,errors/* errorMessage */.g)(budget.signal.reason) : (0,errors/* errorMessage */.g)(error);
            }
            const wait = Math.min(15_000, 1000 * 2 ** (attempts - 1));
            if (budget.signal.aborted || now() + wait >= budget.deadline)
                break;
            options.log.warning(`Rollback attempt ${attempts} failed: ${lastError}. Trying again in ${(0,duration/* formatDuration */.a3)(wait)}.`);
            await sleep(wait, budget.signal).catch(() => undefined);
        }
    }
    finally {
        budget.dispose();
    }
    const last = await driver.readTraffic(AbortSignal.timeout(FINAL_READ_MS)).catch((error) => {
        options.log.warning(`Could not read the endpoint after the failed rollback: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    });
    const durationMs = now() - started;
    if (last !== undefined && showsMaps(last.maps, to)) {
        options.log.info(`Rolled back in ${(0,duration/* formatDuration */.a3)(durationMs)}: the endpoint shows ${formatMaps(last.maps)} again (read back ` +
            `after the rollback's own wait ran out: ${lastError}).`);
        return { to, outcome: 'restored', shown: last.maps, attempts, durationMs };
    }
    const manual = driver.manualRestore(to);
    reportFailedRollback(options.log, to, lastError, manual, last);
    return {
        to,
        outcome: 'failed',
        ...(last === undefined
            ? shown === undefined
                ? {}
                : { shown }
            : { shown: last.maps, endpointState: last.state }),
        attempts,
        durationMs,
        error: lastError,
        manual,
    };
}
function reportFailedRollback(log, to, error, manual, last) {
    const now = last === undefined
        ? 'The endpoint could not be read.'
        : `The endpoint shows ${formatMaps(last.maps)} and is ${last.state}` +
            (last.state.toLowerCase() === 'updating'
                ? ': Azure is still applying an update, probably this rollback; check that it ends with the maps below.'
                : '.');
    log.error([
        `ROLLBACK FAILED: the endpoint may still send traffic to the new deployment. Last error: ${error}`,
        now,
        `Restore this by hand now: traffic ${JSON.stringify(to.traffic)}, mirror traffic ${JSON.stringify(to.mirror)}`,
        `  ${manual}`,
    ].join('\n'));
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollout-engine.ts
/**
 * The rollout state machine: for each planned step, write the step's full traffic map, then bake: rounds of live
 * checks (right after the change, every check interval, and at the end of the bake time). The first failed round,
 * error, timeout or cancellation stops the rollout and restores the map the endpoint had before it (read back to
 * verify), like Flagger and SageMaker guardrails: no failures tolerated, a full rollback. The engine never throws:
 * it returns a report (promoted, rolled-back or rollback-failed) for the caller's summary and exit code.
 */




/** A failed round of checks: stops the rollout like an error does. */
class ChecksFailed extends Error {
    round;
    constructor(round) {
        super(`checks failed: ${round.checks
            .filter((check) => !check.passed)
            .map((check) => `${check.name} ${check.actual} (limit ${check.limit})`)
            .join('; ')}`);
        this.round = round;
        this.name = 'ChecksFailed';
    }
}
function failureKind(error, signal) {
    if (error instanceof ChecksFailed)
        return 'check';
    if (signal.aborted)
        return 'cancelled';
    return error instanceof errors/* UserError */.y && error.kind === 'timeout' ? 'timeout' : 'error';
}
function failureReason(error, signal) {
    if (error instanceof ChecksFailed)
        return error.message;
    if (signal.aborted)
        return (0,errors/* errorMessage */.g)(signal.reason);
    return (0,errors/* errorMessage */.g)(error);
}
async function runRollout(plan, driver, options) {
    const { log } = options;
    const now = options.now ?? Date.now;
    const records = [];
    let shown = plan.previous;
    const total = plan.steps.length;
    for (const planned of plan.steps) {
        const started = now();
        const record = { planned, verdict: 'passed', rounds: [], durationMs: 0 };
        records.push(record);
        const label = `step ${planned.index}/${total} (${plan.deployment} ${(0,src_steps/* describeStep */.Ey)(planned.step)})`;
        try {
            log.info(`Step ${planned.index}/${total}: ${plan.deployment} ${(0,src_steps/* describeStep */.Ey)(planned.step)}: ${formatMaps(planned.target)}`);
            options.signal.throwIfAborted();
            shown = await driver.setTraffic(planned.target, options);
            await bake(planned, label, record, driver, options);
            record.durationMs = now() - started;
            log.info(`Step ${planned.index}/${total} passed after ${(0,duration/* formatDuration */.a3)(record.durationMs)}.`);
        }
        catch (error) {
            record.verdict = 'failed';
            record.durationMs = now() - started;
            const kind = failureKind(error, options.signal);
            const reason = failureReason(error, options.signal);
            record.failure = reason;
            if (kind === 'error' && !(error instanceof errors/* UserError */.y))
                log.debug(`Stopped by: ${String(error instanceof Error ? error.stack : error)}`);
            log.error(`${label} failed (${kind}): ${reason}`);
            const failure = { step: planned.index, kind, reason };
            const rollback = await restoreTraffic(plan, driver, options, kind === 'cancelled');
            return {
                result: rollback.outcome === 'restored' ? 'rolled-back' : 'rollback-failed',
                steps: records,
                final: rollback.shown ?? shown,
                failure,
                rollback,
            };
        }
    }
    return { result: 'promoted', steps: records, final: shown };
}
/** Rounds of checks until the bake time is over: one right away, one every interval, one at the end. */
async function bake(planned, label, record, driver, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? progress/* sleep */.y;
    const started = now();
    const end = started + options.bakeMs;
    for (let round = 1;; round++) {
        const result = await driver.checkRound(planned, round, options.signal);
        record.rounds.push(result);
        const left = end - now();
        const verdict = result.passed ? 'passed' : 'FAILED';
        const bakeText = options.bakeMs === 0
            ? 'no bake time'
            : left > 0
                ? `${(0,duration/* formatDuration */.a3)(left)} of bake time left`
                : 'bake time over';
        options.log.info(`[${(0,duration/* formatElapsed */.C7)(now() - started)}] ${label}: checks round ${round} ${verdict}; ${bakeText}`);
        for (const line of result.details)
            options.log.info(`    ${line}`);
        for (const check of result.checks) {
            options.log.info(`    ${check.passed ? 'ok  ' : 'FAIL'} ${check.name}: ${check.actual} (limit ${check.limit})`);
        }
        if (!result.passed)
            throw new ChecksFailed(result);
        if (left <= 0)
            return;
        const wait = Math.min(left, options.checkIntervalMs);
        if (now() + wait > options.deadline) {
            throw new errors/* UserError */.y(`The promotion did not finish within the timeout (${(0,duration/* formatDuration */.a3)(options.timeoutMs)}): ${label} still had ` +
                `${(0,duration/* formatDuration */.a3)(left)} of bake time. Raise 'timeout', or shorten 'bake-time' or the steps.`, { kind: 'timeout' });
        }
        await sleep(wait, options.signal);
    }
}

// EXTERNAL MODULE: ./packages/endpoints/src/ensure-endpoint.ts
var ensure_endpoint = __webpack_require__(12254);
;// CONCATENATED MODULE: ./packages/rollout/src/promotion-tags.ts
/**
 * A promotion recorded on the endpoint itself, as tags anyone can read in Azure ML studio or with `az ml
 * online-endpoint show`: which deployment was promoted, when, from which traffic, by which workflow run and commit.
 * Written with @aml-actions/endpoints' ensureEndpoint (a full PUT of what Azure has, so traffic and mirror stay as
 * they are, other tags kept). The promotion has happened by then: a failure to tag is a warning, not a failure.
 */



const PROMOTION_TAGS = {
    deployment: 'promoted-deployment',
    at: 'promoted-at',
    from: 'promoted-from-traffic',
};
/** Azure's limit on a tag value. */
const TAG_VALUE_MAX = 256;
function promotionTags(deployment, previous, at, context) {
    const entries = [
        [PROMOTION_TAGS.deployment, deployment],
        [PROMOTION_TAGS.at, at.toISOString()],
        [PROMOTION_TAGS.from, (0,traffic_math/* formatTraffic */.zM)(previous.traffic).slice(0, TAG_VALUE_MAX)],
        [lineage/* LINEAGE_TAGS */.Wl.runUrl, (0,lineage/* workflowRunUrl */.CX)(context)],
        [lineage/* LINEAGE_TAGS */.Wl.commit, context.sha],
    ];
    return Object.fromEntries(entries.filter((entry) => entry[1] !== undefined && entry[1] !== ''));
}
/** Adds the tags to the endpoint; false (with a warning) when that fails. */
async function recordPromotion(ctx, endpointName, tags) {
    try {
        await (0,ensure_endpoint/* ensureEndpoint */.g)(ctx, { name: endpointName, tags, properties: {}, source: 'the promotion record' }, () => Promise.reject(new Error(`Online endpoint '${endpointName}' is gone: it cannot be tagged.`)));
        return true;
    }
    catch (error) {
        ctx.logger.warning(`The promotion happened, but recording it in the tags of '${endpointName}' failed: ${(0,errors/* errorMessage */.g)(error)}`);
        return false;
    }
}

// EXTERNAL MODULE: ./packages/azure/src/arm-lro.ts + 1 modules
var arm_lro = __webpack_require__(33513);
;// CONCATENATED MODULE: ./packages/rollout/src/delete-previous.ts
/**
 * `delete-previous`: after a promotion, delete the deployments the endpoint no longer sends any traffic to (0 % live
 * and not mirrored), never the promoted one. Azure ML refuses to delete a deployment with live traffic, and a
 * mirrored one still receives copies, so both are kept and the log says why. Each deletion is waited for; a failed
 * one is reported (a warning: the promotion is done, a re-run deletes what is left) and the others still run.
 */



async function deletePrevious(ctx, endpointName, promoted, maps) {
    const report = { deleted: [], kept: [], failed: [] };
    let deployments;
    try {
        deployments = await (0,endpoint_resources/* listDeployments */.Jn)(ctx, endpointName);
    }
    catch (error) {
        ctx.logger.warning(`delete-previous: listing the deployments of '${endpointName}' failed: ${(0,errors/* errorMessage */.g)(error)}. ` +
            'Nothing was deleted; re-run to delete them (the promotion itself is done).');
        return {
            ...report,
            failed: [{ name: `the deployments of '${endpointName}'`, error: (0,errors/* errorMessage */.g)(error) }],
        };
    }
    for (const { name } of deployments) {
        if (name.toLowerCase() === promoted.toLowerCase())
            continue;
        const live = (0,traffic_math/* shareOf */.tC)(maps.traffic, name);
        const mirrored = (0,traffic_math/* shareOf */.tC)(maps.mirror, name);
        if (live > 0 || mirrored > 0) {
            const reason = live > 0 ? `it has ${live}% of live traffic` : `it receives ${mirrored}% mirrored traffic`;
            ctx.logger.info(`delete-previous: keeping deployment '${name}': ${reason}.`);
            report.kept.push({ name, reason });
            continue;
        }
        ctx.logger.info(`delete-previous: deleting deployment '${name}' (0% of live traffic, not mirrored).`);
        try {
            const result = await (0,arm_lro/* runLro */.z)(ctx, {
                method: 'DELETE',
                path: (0,endpoint_resources/* deploymentPath */.nR)(ctx, endpointName, name),
                label: `deployment ${name}`,
                runningState: 'Deleting',
                wait: true,
            });
            if (result.status === 'Succeeded')
                report.deleted.push(name);
            else
                report.failed.push({ name, error: `${result.status}: ${result.error?.message ?? 'no message'}` });
        }
        catch (error) {
            report.failed.push({ name, error: (0,errors/* errorMessage */.g)(error) });
        }
    }
    for (const { name, error } of report.failed) {
        ctx.logger.warning(`delete-previous: deleting deployment '${name}' failed: ${error}. Delete it by hand or re-run.`);
    }
    return report;
}

// EXTERNAL MODULE: ./packages/scoring/src/request-files.ts
var request_files = __webpack_require__(85114);
// EXTERNAL MODULE: ./packages/scoring/src/scoring-target.ts
var scoring_target = __webpack_require__(26392);
;// CONCATENATED MODULE: ./actions/promote/src/summary.ts
/** The job summary: verdict, timeline of steps (traffic, checks, verdict, duration), traffic before/after, rollback. */



function headline(data) {
    const elapsed = (0,duration/* formatDuration */.a3)(Date.now() - data.started);
    if (data.kind === 'unchanged') {
        return ['success', `'${data.deployment}' already has 100% of the live traffic: nothing to promote.`];
    }
    const { report, plan } = data;
    const total = plan.steps.length;
    if (report.result === 'promoted') {
        return ['success', `Promoted '${data.deployment}' to 100% in ${total} step(s), ${elapsed}.`];
    }
    const at = report.failure === undefined ? '' : ` at step ${report.failure.step}/${total}`;
    const why = report.failure?.reason ?? '';
    if (report.result === 'rollback-failed') {
        return ['failure', `Stopped${at} (${why}) and the ROLLBACK FAILED: restore the traffic by hand (below).`];
    }
    return ['warning', `Rolled back${at}: ${why}. The previous traffic is restored.`];
}
function checksCell(record) {
    const rounds = record.rounds.length;
    const failed = record.rounds.flatMap((round) => round.checks.filter((check) => !check.passed));
    if (failed.length > 0) {
        return failed.map((check) => `${check.name}: ${check.actual} (limit ${check.limit})`).join('\n');
    }
    const checks = record.rounds.reduce((sum, round) => sum + round.checks.length, 0);
    return rounds === 0 ? 'not run' : `${rounds} round(s), ${checks} check(s) passed`;
}
function verdictCell(record) {
    return record.verdict === 'passed'
        ? '✅ passed'
        : `❌ failed${record.failure === undefined ? '' : `: ${record.failure}`}`;
}
function trafficTable(summary, data) {
    const names = [
        ...new Set([
            ...Object.keys(data.previous.traffic),
            ...Object.keys(data.final.traffic),
            ...Object.keys(data.previous.mirror),
            ...Object.keys(data.final.mirror),
        ]),
    ].sort();
    const share = (maps, name) => {
        const mirror = (0,traffic_math/* shareOf */.tC)(maps.mirror, name);
        return `${(0,traffic_math/* shareOf */.tC)(maps.traffic, name)}%${mirror > 0 ? ` (mirror ${mirror}%)` : ''}`;
    };
    summary.heading('Traffic', 3);
    summary.table(['Deployment', 'Before', 'After'], names.map((name) => [name, share(data.previous, name), share(data.final, name)]));
}
function rollbackSection(summary, report) {
    const { rollback } = report;
    if (rollback === undefined)
        return;
    summary.heading('Rollback', 3);
    summary.keyValue({
        Outcome: rollback.outcome === 'restored' ? 'restored and verified by reading the endpoint back' : 'FAILED',
        'Restored to': formatMaps(rollback.to),
        'Endpoint shows': rollback.shown === undefined ? 'unknown' : formatMaps(rollback.shown),
        'Endpoint state': rollback.endpointState,
        Attempts: rollback.attempts,
        Duration: (0,duration/* formatDuration */.a3)(rollback.durationMs),
        Error: rollback.error,
    });
    if (rollback.manual !== undefined) {
        summary.paragraph('Restore the traffic by hand:');
        summary.code(rollback.manual, 'sh');
    }
}
function writeSummary(summary, data) {
    summary.heading(`Promote ${data.deployment} on ${data.endpointName}`);
    summary.status(...headline(data));
    if (data.kind === 'rollout') {
        if (data.plan.notes.length > 0)
            summary.list(data.plan.notes);
        summary.heading('Timeline', 3);
        summary.table(['Step', 'Traffic', 'Checks', 'Verdict', 'Duration'], data.report.steps.map((record) => [
            `${record.planned.index}/${data.plan.steps.length}: ${(0,src_steps/* describeStep */.Ey)(record.planned.step)}`,
            formatMaps(record.planned.target),
            checksCell(record),
            verdictCell(record),
            (0,duration/* formatDuration */.a3)(record.durationMs),
        ]));
    }
    trafficTable(summary, data);
    if (data.kind === 'rollout')
        rollbackSection(summary, data.report);
    if (data.tagged !== undefined) {
        summary.details('Recorded in the endpoint tags', (inner) => inner.keyValue(data.tagged ?? {}, ['Tag', 'Value']));
    }
    const { deletion } = data;
    if (deletion !== undefined) {
        summary.heading('Previous deployments', 3);
        summary.list([
            ...deletion.deleted.map((name) => `${name}: deleted`),
            ...deletion.kept.map(({ name, reason }) => `${name}: kept (${reason})`),
            ...deletion.failed.map(({ name, error }) => `${name}: deletion FAILED (${error})`),
        ]);
        if (deletion.deleted.length + deletion.kept.length + deletion.failed.length === 0) {
            summary.paragraph('No other deployment to delete.');
        }
    }
}

;// CONCATENATED MODULE: ./actions/promote/src/run.ts
/**
 * promote: inputs → preflight (endpoint and deployment ready, previous maps kept) → the planned steps under checks,
 * rolling back on any failure → optional deletion of the deployments left without traffic → outputs and summary.
 */







/** A rollback after a failure may take this long; after a cancellation, CANCEL_GRACE_MS. */
const ROLLBACK_TIMEOUT_MS = 5 * 60_000;
/** The runner kills the step about 7.5 s after it cancels it: the rollback (and its last read) must be done before. */
const CANCEL_GRACE_MS = 5000;
async function runPromote(context, inputs, deps) {
    const { log, outputs, summary, signal } = context;
    const started = Date.now();
    // The request file is checked before signing in: a bad file fails before anything is sent to Azure.
    const requests = await (0,request_files/* loadScoringRequests */.i)(inputs.requestFile, 'request-file', log);
    const azure = (0,src_inputs/* readAzureInputs */.t)(inputs, deps.env, log);
    const session = (0,src_session/* connectAzure */.C)(azure, {
        env: deps.env,
        logger: log,
        getIdToken: deps.getIdToken,
        actionName: 'promote',
    });
    const ctx = {
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
    log.info(`Online endpoint '${endpointName}' now: ${formatMaps(ready.previous)} (a rollback restores this).`);
    outputs.set('previous-traffic', ready.previous.traffic);
    const base = { endpointName, deployment, previous: ready.previous, started };
    if (ready.alreadyPromoted) {
        log.info(`Deployment '${deployment}' already has 100% of the live traffic of '${endpointName}': nothing to promote.`);
        outputs.set('result', 'promoted');
        outputs.set('traffic', ready.previous.traffic);
        const deletion = await maybeDelete(ctx, inputs, endpointName, deployment, ready.previous);
        outputs.set('deleted-deployments', deletion?.deleted.join(',') ?? '');
        writeSummary(summary, { ...base, kind: 'unchanged', final: ready.previous, deletion, tagged: undefined });
        return;
    }
    const plan = planRollout(ready.previous, deployment, inputs.steps);
    for (const note of plan.notes)
        log.info(note);
    log.info(`Plan: ${plan.steps.map((s) => formatMaps(s.target)).join(' → ')}; bake time ${(0,duration/* formatDuration */.a3)(inputs.bakeTime)} per step.`);
    const target = await (0,scoring_target/* resolveScoringTarget */.H)(session, endpointName, log, { signal });
    // The scoring credential before any traffic changes: a missing permission fails here, with nothing to roll back.
    await target.authHeaders();
    const settings = {
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
    const tags = promoted && inputs.tagEndpoint
        ? promotionTags(deployment, ready.previous, new Date(), (0,lineage/* githubContextFromEnv */.S0)(deps.env))
        : undefined;
    const tagged = tags !== undefined && (await recordPromotion(ctx, endpointName, tags)) ? tags : undefined;
    const deletion = promoted
        ? await maybeDelete(ctx, inputs, endpointName, deployment, report.final)
        : undefined;
    outputs.set('deleted-deployments', deletion?.deleted.join(',') ?? '');
    writeSummary(summary, { ...base, kind: 'rollout', plan, report, final: report.final, deletion, tagged });
    if (report.result !== 'promoted')
        throw failureError(report, plan.steps.length, endpointName, deployment);
    log.info(`Promoted '${deployment}': ${formatMaps(report.final)}.`);
}
async function maybeDelete(ctx, inputs, endpointName, deployment, maps) {
    return inputs.deletePrevious ? deletePrevious(ctx, endpointName, deployment, maps) : undefined;
}
function failureError(report, steps, endpointName, deployment) {
    const { failure, rollback } = report;
    const where = failure === undefined ? '' : ` at step ${failure.step}/${steps}`;
    const why = failure?.reason ?? 'unknown reason';
    const kind = failure?.kind === 'cancelled' ? 'cancelled' : 'service';
    if (report.result === 'rollback-failed') {
        return new errors/* UserError */.y(`Promotion of '${deployment}' on '${endpointName}' stopped${where} (${why}) and the ROLLBACK FAILED ` +
            `(${rollback?.error ?? 'unknown error'}). Restore the traffic by hand: ${rollback?.manual ?? ''}`, { kind });
    }
    return new errors/* UserError */.y(`Promotion of '${deployment}' on '${endpointName}' rolled back${where}: ${why}. The traffic is ` +
        `${(0,traffic_math/* formatTraffic */.zM)(report.final.traffic)} again (verified by reading the endpoint back).`, { kind });
}


/***/ }),

/***/ 78882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ workflowRunUrl),
/* harmony export */   S0: () => (/* binding */ githubContextFromEnv),
/* harmony export */   Wl: () => (/* binding */ LINEAGE_TAGS),
/* harmony export */   a8: () => (/* binding */ CONTENT_HASH_TAG),
/* harmony export */   v4: () => (/* binding */ lineageTags)
/* harmony export */ });
/**
 * Lineage tags on what the actions create (model versions, jobs): where it came from (commit, ref, repository,
 * workflow run, actor, job, workflow), its content hash when there is one and, when given, the Azure ML job that
 * produced it.
 */
/** The tag holding a content hash (`sha256:<hex>`): lets a re-run find the version that already holds the content. */
const CONTENT_HASH_TAG = 'content-hash';
/** The context from the runner's GITHUB_* variables. */
function githubContextFromEnv(env) {
    return {
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        repository: env.GITHUB_REPOSITORY,
        serverUrl: env.GITHUB_SERVER_URL,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        actor: env.GITHUB_ACTOR,
        job: env.GITHUB_JOB,
        workflow: env.GITHUB_WORKFLOW,
    };
}
const LINEAGE_TAGS = {
    commit: 'git-commit',
    ref: 'git-ref',
    repository: 'git-repository',
    runUrl: 'github-run-url',
    actor: 'github-actor',
    job: 'github-job',
    workflow: 'github-workflow',
    azureMlJob: 'azureml-job',
};
function workflowRunUrl(context) {
    if (!context.repository || !context.runId)
        return undefined;
    const base = `${context.serverUrl ?? 'https://github.com'}/${context.repository}/actions/runs/${context.runId}`;
    return context.runAttempt && context.runAttempt !== '1' ? `${base}/attempts/${context.runAttempt}` : base;
}
/** Tags for a version: only the facts that are known (outside a runner most are absent). */
function lineageTags(context, contentHash, azureMlJob) {
    const entries = [
        [LINEAGE_TAGS.commit, context.sha],
        [LINEAGE_TAGS.ref, context.ref],
        [LINEAGE_TAGS.repository, context.repository],
        [LINEAGE_TAGS.runUrl, workflowRunUrl(context)],
        [LINEAGE_TAGS.actor, context.actor],
        [LINEAGE_TAGS.job, context.job],
        [LINEAGE_TAGS.workflow, context.workflow],
        [LINEAGE_TAGS.azureMlJob, azureMlJob],
        [CONTENT_HASH_TAG, contentHash],
    ];
    return Object.fromEntries(entries.filter((entry) => entry[1] !== undefined && entry[1] !== ''));
}


/***/ })

};
