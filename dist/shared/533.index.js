import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 533;
export const ids = [533];
export const modules = {

/***/ 69533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSmokeTest: () => (/* binding */ runSmokeTest)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var src_inputs = __webpack_require__(40190);
// EXTERNAL MODULE: ./packages/azure/src/session.ts + 1 modules
var src_session = __webpack_require__(74712);
// EXTERNAL MODULE: ./packages/scoring/src/scoring-target.ts
var scoring_target = __webpack_require__(26392);
// EXTERNAL MODULE: ./packages/azure/src/arm-errors.ts
var arm_errors = __webpack_require__(64937);
// EXTERNAL MODULE: ./packages/endpoints/src/deployment-readiness.ts
var deployment_readiness = __webpack_require__(1198);
;// CONCATENATED MODULE: ./packages/scoring/src/deployment-check.ts


/** Checks that the deployment exists and is Succeeded; throws a UserError naming the deployments there are. */
async function checkDeploymentReady(session, endpointName, deploymentName, log, signal) {
    const { mlClient, workspace } = session;
    const rg = workspace.resourceGroup;
    const ws = workspace.workspace;
    const deployments = [];
    try {
        for await (const found of mlClient.onlineDeployments.list(rg, ws, endpointName, {
            abortSignal: signal,
        })) {
            if (found.name !== undefined)
                deployments.push({ name: found.name, properties: found.properties });
        }
    }
    catch (error) {
        throw (0,arm_errors/* translateArmError */.l)(error, {
            action: `Listing the deployments of online endpoint '${endpointName}'`,
        });
    }
    (0,deployment_readiness/* requireReadyDeployment */.Q)(deployments, { endpoint: endpointName, workspace: ws }, deploymentName, {
        missing: "Check 'deployment-name', or leave it empty to score through the endpoint's traffic split.",
        purpose: 'it cannot be smoke-tested',
    });
    log.info(`Deployment ${deploymentName}: Succeeded; requests go to it directly (azureml-model-deployment header).`);
}

// EXTERNAL MODULE: ./packages/scoring/src/percentiles.ts
var percentiles = __webpack_require__(98809);
// EXTERNAL MODULE: ./packages/scoring/src/probe.ts + 3 modules
var probe = __webpack_require__(54795);
// EXTERNAL MODULE: ./packages/scoring/src/budgets.ts
var budgets = __webpack_require__(26511);
// EXTERNAL MODULE: ./packages/scoring/src/request-files.ts
var request_files = __webpack_require__(85114);
// EXTERNAL MODULE: ./packages/scoring/src/expected-outputs.ts
var expected_outputs = __webpack_require__(70210);
;// CONCATENATED MODULE: ./actions/smoke-test/src/verdict.ts
/**
 * The step's failure, if any, as one UserError saying what failed and what to do: credentials refused (401/403),
 * nothing to route to (404), every request failing, or the budgets that were breached.
 */


const AUTH_HINTS = {
    key: "The endpoint's key (from listKeys) was refused: the keys may have been regenerated while the test ran. " +
        'Run again.',
    aml_token: 'The AML token (from the endpoint token route) was refused or expired: run again; if it persists, check the ' +
        "endpoint's auth mode in Azure ML studio.",
    aad_token: 'The Entra ID token for Azure ML was refused: the signed-in identity needs permission to score in the ' +
        "workspace (Microsoft.MachineLearningServices/workspaces/onlineEndpoints/score/action, e.g. role 'AzureML Data " +
        "Scientist'), and 'cloud' must match the endpoint's cloud.",
};
function where(failure) {
    const { file, line } = failure.request;
    return line === undefined ? file : `${file}:${line}`;
}
/** What the first failure was, and a hint for failures that mean the load or the time limit was too much. */
function firstFailure(result) {
    const [first] = result.failures;
    if (first === undefined)
        return '';
    const hints = [];
    if (result.failures.some((f) => f.status === 429)) {
        hints.push('HTTP 429 without Retry-After means the deployment refused the load: more than 2 × ' +
            'max_concurrent_requests_per_instance × instance_count requests were in flight. Lower ' +
            "'concurrency', or raise request_settings.max_concurrent_requests_per_instance or instance_count.");
    }
    if (result.failures.some((f) => f.status === 'timeout' || f.status === 408)) {
        hints.push("Requests ran out of time: raise 'timeout' (the action's limit per attempt) or the deployment's " +
            'request_settings.request_timeout_ms (408), or make scoring faster.');
    }
    return `\nFirst failure (request ${where(first)}): ${first.message}${hints.map((h) => `\nHint: ${h}`).join('')}`;
}
function failureVerdict(target, deployment, result, verdict) {
    const scope = `${deployment === undefined ? '' : `deployment '${deployment}' of `}online endpoint '${target.endpointName}'`;
    const denied = result.failures.find((f) => f.status === 401 || f.status === 403);
    if (denied !== undefined) {
        return new errors/* UserError */.y(`The scoring URI of ${scope} refused the credentials (HTTP ${String(denied.status)}, auth mode ` +
            `${target.authMode}); the test stopped after ${result.sent} request(s). ${AUTH_HINTS[target.authMode]}` +
            firstFailure(result), { kind: 'permission' });
    }
    if (result.stoppedEarly === 'HTTP 404') {
        return new errors/* UserError */.y(`The scoring URI of ${scope} answered 404: no deployment could serve the requests (it was deleted, or ` +
            `lost its traffic, while the test ran). Check the endpoint's deployments and traffic, then run again.` +
            firstFailure(result), { kind: 'not-found' });
    }
    if (result.succeeded === 0) {
        return new errors/* UserError */.y(`All ${result.sent} request(s) to ${scope} failed (${(0,probe/* describeCounts */.wv)(result.statusCounts)}). Check the ` +
            "deployment's container logs (az ml online-deployment get-logs) and that the request bodies fit its scoring " +
            `script; the job summary lists the failures.${firstFailure(result)}`, { kind: 'service' });
    }
    const breached = verdict.checks.filter((check) => !check.passed);
    if (breached.length === 0)
        return undefined;
    return new errors/* UserError */.y(`The smoke test of ${scope} breached ${breached.length === 1 ? 'a budget' : `${breached.length} budgets`}: ` +
        `${breached.map((check) => `${check.name} ${check.actual} over the limit ${check.limit}`).join('; ')}. ` +
        'Do not give this deployment traffic; the job summary lists the failures and latencies. (If the limits are ' +
        "too strict, raise 'max-error-rate', 'max-latency-p95' or 'max-latency-p99'.)" +
        (result.failed > 0 ? firstFailure(result) : ''), { kind: 'service' });
}

;// CONCATENATED MODULE: ./actions/smoke-test/src/summary.ts

function writeSummary(summary, report) {
    const { target, deployment, inputs, result, verdict } = report;
    summary.heading(`Smoke test of ${target.endpointName}${deployment === undefined ? '' : ` / ${deployment}`}`);
    summary.status(verdict.passed ? 'success' : 'failure', verdict.passed
        ? `Passed: ${result.succeeded} of ${result.sent} request(s) succeeded within the budgets.`
        : `Failed: ${verdict.checks
            .filter((check) => !check.passed)
            .map((check) => check.name)
            .join(', ')} over budget.`);
    summary.keyValue({
        Endpoint: `${target.endpointName} (workspace ${target.workspace}, auth ${target.authMode})`,
        Target: deployment === undefined
            ? `the endpoint's traffic split (${Object.entries(target.traffic)
                .map(([name, share]) => `${name} ${share}%`)
                .join(', ')})`
            : `deployment ${deployment} directly (azureml-model-deployment header)`,
        'Scoring URI': target.scoringUri,
        Requests: `${result.sent} sent, ${result.succeeded} succeeded, ${result.failed} failed${result.retries > 0 ? `, ${result.retries} retr${result.retries === 1 ? 'y' : 'ies'} after 429/503` : ''}`,
        'Stopped early': result.stoppedEarly,
        Load: `concurrency ${inputs.concurrency}, timeout ${(0,percentiles/* formatLatency */.YL)(inputs.timeout)} per attempt${inputs.warmup > 0 ? `, ${inputs.warmup} warm-up request(s) not counted` : ''}`,
        Duration: (0,percentiles/* formatLatency */.YL)(result.elapsedMs),
    });
    summary.heading('Budgets', 3);
    summary.table(['Budget', 'Limit', 'Actual', 'Result'], verdict.checks.map((check) => [
        check.name,
        check.limit,
        check.actual,
        check.passed ? '✅ pass' : '❌ fail',
    ]));
    summary.heading('Latency', 3);
    summary.table(['p50', 'p95', 'p99', 'max'], [
        [result.latencyMs.p50, result.latencyMs.p95, result.latencyMs.p99, result.latencyMs.max].map(percentiles/* formatLatency */.YL),
    ]);
    summary.heading('Answers', 3);
    summary.table(['Status', 'Count'], Object.entries(result.statusCounts)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([status, count]) => [status, count]));
    const served = Object.entries(result.servedBy).sort(([, a], [, b]) => b - a);
    summary.heading('Served by', 3);
    summary.table(['Deployment (azureml-model-deployment header)', 'Requests', 'Share'], served.length === 0
        ? [['(no answer named its deployment)', '', '']]
        : served.map(([name, count]) => [name, count, (0,budgets/* formatRate */.C)(count / Math.max(1, result.sent))]));
    if (result.failures.length > 0) {
        summary.details(`First ${result.failures.length} of ${result.failed} failure(s)`, (inner) => inner.table(['Request', 'Status', 'Deployment', 'Detail'], result.failures.map((failure) => [
            {
                markdown: `\`${failure.request.file}${failure.request.line === undefined ? '' : `:${failure.request.line}`}\``,
            },
            String(failure.status),
            failure.deployment,
            failure.message,
        ])), true);
    }
}

;// CONCATENATED MODULE: ./actions/smoke-test/src/run.ts
/**
 * smoke-test: request files → endpoint (and deployment) checks → scoring requests with budgets → outputs, job
 * summary and a verdict. Read-only: it changes nothing in Azure, so re-running it is always safe.
 */





async function runSmokeTest(context, inputs, deps) {
    const { log, outputs, summary, signal } = context;
    const azure = (0,src_inputs/* readAzureInputs */.t)(inputs, deps.env, log);
    const requests = await loadRequests(inputs, context);
    const session = (0,src_session/* connectAzure */.C)(azure, {
        env: deps.env,
        logger: log,
        getIdToken: deps.getIdToken,
        actionName: 'smoke-test',
    });
    const target = await (0,scoring_target/* resolveScoringTarget */.H)(session, inputs.endpointName, log, { signal });
    if (target.provisioningState !== 'Succeeded') {
        log.warning(`Online endpoint '${target.endpointName}' is ${target.provisioningState}: an operation is running on it, so ` +
            'answers may come from a changing set of deployments.');
    }
    const deployment = inputs.deploymentName;
    if (deployment === undefined)
        checkRoutable(target);
    else
        await checkDeploymentReady(session, target.endpointName, deployment, log, signal);
    const count = inputs.requestCount ?? requests.length;
    log.info(`Sending ${count} request(s) (${requests.length} distinct) to ${deployment === undefined ? `endpoint ${target.endpointName}` : `deployment ${deployment}`}, ${inputs.concurrency} at a time, each attempt limited to ${(0,percentiles/* formatLatency */.YL)(inputs.timeout)}` +
        `${inputs.warmup > 0 ? `, after ${inputs.warmup} warm-up request(s)` : ''}. Nothing is changed in Azure.`);
    const result = await (0,probe/* probe */.dy)(target, requests, {
        ...(deployment === undefined ? {} : { deployment }),
        count,
        concurrency: inputs.concurrency,
        timeoutMs: inputs.timeout,
        warmup: inputs.warmup,
        tolerance: inputs.expectedTolerance,
        signal,
        log,
    });
    const verdict = (0,budgets/* checkBudgets */.N)(result, {
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
    if (failure !== undefined)
        throw failure;
    log.info(`Smoke test passed: ${result.succeeded} of ${result.sent} request(s) succeeded within the budgets.`);
}
async function loadRequests(inputs, context) {
    const requests = await (0,request_files/* loadScoringRequests */.i)(inputs.requestFile, 'request-file', context.log);
    if (inputs.expectedFile === undefined)
        return requests;
    return (0,expected_outputs/* attachExpectedOutputs */.S5)(requests, inputs.expectedFile, 'expected-file', context.log);
}
/** Without deployment-name, some deployment must have live traffic, else the endpoint answers every request 404. */
function checkRoutable(target) {
    const live = Object.entries(target.traffic).filter(([, share]) => share > 0);
    if (live.length > 0)
        return;
    const deployments = Object.keys(target.traffic);
    throw new errors/* UserError */.y(`Online endpoint '${target.endpointName}' sends no live traffic to any deployment (traffic: ${deployments.length === 0 ? 'none' : deployments.map((name) => `${name}=0`).join(', ')}), so requests without a deployment would all be refused. Set 'deployment-name' to test one deployment ` +
        'directly, or give a deployment traffic first (deploy-endpoint traffic).', { kind: 'input' });
}
function setOutputs(outputs, result, passed) {
    outputs.set('passed', passed);
    outputs.set('requests', result.sent);
    outputs.set('errors', result.failed);
    outputs.set('error-rate', Number(result.errorRate.toFixed(6)));
    outputs.set('latency-p50-ms', result.latencyMs.p50);
    outputs.set('latency-p95-ms', result.latencyMs.p95);
    outputs.set('latency-p99-ms', result.latencyMs.p99);
    outputs.set('served-by', result.servedBy);
}


/***/ })

};
