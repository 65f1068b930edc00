import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 985;
export const ids = [985];
export const modules = {

/***/ 50783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findJsonProblem)
/* harmony export */ });
/* unused harmony export linePosition */
/**
 * Where JSON text goes wrong, as a 1-based line and column, for annotations. Node 20's JSON.parse names no position
 * for an unexpected token, so a small scanner walks the JSON grammar and stops at the first character that cannot
 * continue it.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON strings may not hold raw control characters (U+0000 to U+001F), so the pattern names them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
class Scanner {
    text;
    offset = 0;
    constructor(text) {
        this.text = text;
    }
    fail() {
        throw new ScanStop(this.offset);
    }
    skipSpace() {
        while (WHITESPACE.has(this.text[this.offset] ?? ''))
            this.offset++;
    }
    expect(char) {
        this.skipSpace();
        if (this.text[this.offset] !== char)
            this.fail();
        this.offset++;
    }
    match(pattern) {
        pattern.lastIndex = this.offset;
        if (!pattern.test(this.text))
            this.fail();
        this.offset = pattern.lastIndex;
    }
    value() {
        this.skipSpace();
        const char = this.text[this.offset];
        if (char === '{') {
            this.sequence('}', () => {
                this.member();
            });
        }
        else if (char === '[') {
            this.sequence(']', () => {
                this.value();
            });
        }
        else if (char === '"')
            this.match(STRING);
        else if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
            this.match(NUMBER);
        else {
            const literal = LITERALS.find((word) => this.text.startsWith(word, this.offset));
            if (literal === undefined)
                this.fail();
            this.offset += literal.length;
        }
    }
    member() {
        this.skipSpace();
        this.match(STRING);
        this.expect(':');
        this.value();
    }
    /** `{…}` or `[…]`: the opening character is at the offset. */
    sequence(close, item) {
        this.offset++;
        this.skipSpace();
        if (this.text[this.offset] === close) {
            this.offset++;
            return;
        }
        for (;;) {
            item();
            this.skipSpace();
            const char = this.text[this.offset];
            this.offset++;
            if (char === close)
                return;
            if (char !== ',') {
                this.offset--;
                this.fail();
            }
        }
    }
}
class ScanStop extends Error {
    offset;
    constructor(offset) {
        super(`invalid JSON at offset ${offset}`);
        this.offset = offset;
    }
}
/** 1-based line and column of an offset. */
function linePosition(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
/** The first error of JSON text (JSON.parse's message, the scanner's position), or undefined when it is valid. */
function findJsonProblem(text) {
    try {
        JSON.parse(text);
        return undefined;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const scanner = new Scanner(text);
        let offset = text.length;
        try {
            scanner.value();
            scanner.skipSpace();
            if (scanner.offset < text.length)
                offset = scanner.offset;
        }
        catch (stop) {
            if (!(stop instanceof ScanStop))
                throw stop;
            offset = stop.offset;
        }
        return { message: shortMessage(message), ...linePosition(text, offset) };
    }
}
/** Node quotes the whole text in its message (`Unexpected token '}', "{…}" is not valid JSON`): keep the reason. */
function shortMessage(message) {
    return message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}


/***/ }),

/***/ 87062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ trackProgress),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65405);
/** Progress lines for long waits (`[02:15] deployment blue: Updating → Succeeded`) and an abortable sleep. */

function trackProgress(log, label, options = {}) {
    const now = options.now ?? Date.now;
    const heartbeatMs = options.heartbeatMs ?? 30_000;
    const started = now();
    let last;
    const line = (text) => {
        log.info(`[${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatElapsed */ .C7)(now() - started)}] ${label}: ${text}`);
    };
    return {
        update(state, detail) {
            const suffix = detail === undefined ? '' : ` (${detail})`;
            if (last === undefined) {
                line(`${state}${suffix}`);
            }
            else if (last.state !== state) {
                line(`${last.state} → ${state}${suffix}`);
            }
            else if (last.detail !== detail) {
                line(`${state}${suffix}`);
            }
            else if (now() - last.loggedAt >= heartbeatMs) {
                line(`still ${state}${suffix}`);
            }
            else {
                return;
            }
            last = { state, detail, loggedAt: now() };
        },
        elapsedMs: () => now() - started,
    };
}
/** Waits `ms`; rejects with the signal's reason as soon as it aborts (immediately if it already has). */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 1198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ requireReadyDeployment)
/* harmony export */ });
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82311);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48826);
/**
 * Before traffic or test requests go to one deployment: it must exist and have provisioned. One check for every
 * action that targets a deployment by name, so each says the same thing the same way.
 */

/**
 * The deployment named `deploymentName` (case-insensitive, as Azure compares names) among `deployments`, when it is
 * Succeeded; otherwise one UserError naming the deployments there are, or its state and what to do.
 */
function requireReadyDeployment(deployments, where, deploymentName, advice) {
    const endpointName = where.endpoint;
    const found = deployments.find((d) => d.name.toLowerCase() === deploymentName.toLowerCase());
    if (found === undefined) {
        const names = deployments.map((d) => d.name).sort();
        const hint = (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(deploymentName, names);
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input 'deployment-name' is '${deploymentName}', but online endpoint '${endpointName}' in workspace '${where.workspace}' ` +
            `has no deployment of that name (${names.length === 0 ? 'it has none' : `it has: ${names.join(', ')}`})${hint === '' ? '' : `; ${hint}`}. ` +
            advice.missing, { kind: 'not-found' });
    }
    const state = found.properties.provisioningState ?? 'Unknown';
    if (state !== 'Succeeded') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Deployment '${found.name}' of online endpoint '${endpointName}' is ${state}, not Succeeded: ${advice.purpose}. ${state === 'Failed' || state === 'Canceled'
            ? 'Fix and redeploy it (deploy-endpoint shows its container logs).'
            : 'Wait until its operation has finished (deploy-endpoint with wait: true), then run again.'}`, { kind: 'conflict' });
    }
    return found;
}


/***/ }),

/***/ 26511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ formatRate),
/* harmony export */   N: () => (/* binding */ checkBudgets)
/* harmony export */ });
/* harmony import */ var _percentiles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98809);
/**
 * Error and latency budgets: each budget's limit against the probe's actual value, one verdict per budget. A budget
 * passes when the actual value is at or under its limit (Flagger's and Argo Rollouts' convention for maxima).
 */

/** `0 %`, `2.5 %`, `0.01 %`. */
function formatRate(rate) {
    return `${Number((rate * 100).toPrecision(3))} %`;
}
function checkBudgets(result, budgets) {
    const checks = [
        {
            name: 'error rate',
            limit: formatRate(budgets.maxErrorRate),
            actual: `${formatRate(result.errorRate)} (${result.failed} of ${result.sent})`,
            passed: result.sent > 0 && result.errorRate <= budgets.maxErrorRate,
        },
    ];
    const latency = (name, limit, actual) => {
        if (limit === undefined)
            return;
        checks.push({
            name,
            limit: (0,_percentiles_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLatency */ .YL)(limit),
            actual: (0,_percentiles_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLatency */ .YL)(actual),
            passed: result.sent > 0 && actual <= limit,
        });
    };
    latency('latency p95', budgets.maxP95Ms, result.latencyMs.p95);
    latency('latency p99', budgets.maxP99Ms, result.latencyMs.p99);
    return { passed: checks.every((check) => check.passed), checks };
}


/***/ }),

/***/ 70210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ compareExpected),
/* harmony export */   S5: () => (/* binding */ attachExpectedOutputs)
/* harmony export */ });
/* unused harmony export numbersMatch */
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48826);
/* harmony import */ var _request_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85114);
/**
 * Expected responses: an expected file aligned with the requests (a JSONL file with one expected body per request,
 * in the requests' order; a JSON file when there is one request; or a folder of *.json files sorted by name), and
 * the comparison of a response with its expectation: numbers within a tolerance, everything else exactly.
 */


/** The requests with `expected` set from the expected file of input `input`. */
async function attachExpectedOutputs(requests, path, input, log) {
    const texts = await (0,_request_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonEntries */ .v)(path, input, {
        what: `the expected file of input '${input}' (${path})`,
        fix: 'Each expected response must be one JSON document (a JSONL file: one per line).',
    }, log);
    if (texts.length !== requests.length) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${input}' (${path}) has ${texts.length} expected response(s), but there are ${requests.length} ` +
            'request(s): give exactly one expected response per request, in the same order (a JSONL line per request line).', { kind: 'input', annotation: { file: path } });
    }
    return requests.map((request, index) => ({
        ...request,
        expected: JSON.parse(texts[index]?.text ?? 'null'),
    }));
}
/** How far a number may be from the expected one: at most `tolerance` × max(1, |expected|). */
function numbersMatch(actual, expected, tolerance) {
    return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}
/** Undefined when `actual` matches `expected`, else where and how they differ (`$.predictions[1]: expected 3, got 4`). */
function compareExpected(actual, expected, tolerance, path = '$') {
    if (typeof expected === 'number' && typeof actual === 'number') {
        return numbersMatch(actual, expected, tolerance)
            ? undefined
            : `${path}: expected ${expected}, got ${actual} (tolerance ${tolerance})`;
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual))
            return `${path}: expected an array, got ${describe(actual)}`;
        if (actual.length !== expected.length) {
            return `${path}: expected ${expected.length} item(s), got ${actual.length}`;
        }
        for (const [index, item] of expected.entries()) {
            const difference = compareExpected(actual[index], item, tolerance, `${path}[${index}]`);
            if (difference !== undefined)
                return difference;
        }
        return undefined;
    }
    if (isRecord(expected)) {
        if (!isRecord(actual))
            return `${path}: expected an object, got ${describe(actual)}`;
        const missing = Object.keys(expected).find((key) => !Object.hasOwn(actual, key));
        if (missing !== undefined)
            return `${path}: the response has no key '${missing}'`;
        const extra = Object.keys(actual).find((key) => !Object.hasOwn(expected, key));
        if (extra !== undefined)
            return `${path}: the response has an unexpected key '${extra}'`;
        for (const [key, value] of Object.entries(expected)) {
            const difference = compareExpected(actual[key], value, tolerance, `${path}.${key}`);
            if (difference !== undefined)
                return difference;
        }
        return undefined;
    }
    return actual === expected ? undefined : `${path}: expected ${describe(expected)}, got ${describe(actual)}`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    const text = JSON.stringify(value);
    if (text === undefined)
        return String(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}


/***/ }),

/***/ 98809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YL: () => (/* binding */ formatLatency),
/* harmony export */   _q: () => (/* binding */ summarizeLatencies)
/* harmony export */ });
/* unused harmony export percentile */
/** Latency percentiles by the nearest-rank method: the smallest value with at least p % of the values at or below it. */
/** The p-th percentile (0 < p ≤ 100) of values sorted ascending; 0 for no values. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
    return sorted[rank - 1] ?? 0;
}
/** p50, p95, p99 and max of the values (any order), rounded to 0.1 ms. */
function summarizeLatencies(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const round = (ms) => Math.round(ms * 10) / 10;
    return {
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted.at(-1) ?? 0),
    };
}
/** `850 ms`, `1.25 s`: milliseconds as people read latencies. */
function formatLatency(ms) {
    if (ms < 1000)
        return `${Math.round(ms * 10) / 10} ms`;
    return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}


/***/ }),

/***/ 54795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wv: () => (/* binding */ describeCounts),
  dy: () => (/* binding */ probe)
});

// UNUSED EXPORTS: DEPLOYMENT_HEADER

// EXTERNAL MODULE: ./packages/action-kit/src/duration.ts
var duration = __webpack_require__(65405);
// EXTERNAL MODULE: ./packages/action-kit/src/progress.ts
var progress = __webpack_require__(87062);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./packages/scoring/src/http-send.ts
/**
 * One scoring request over node's http/https (https for managed endpoints; Kubernetes endpoints may serve plain
 * http), timed from the first byte sent to the last byte received, with a per-request timeout. Network failures
 * and timeouts are results, not exceptions; only the run's abort signal throws.
 */


/** Response bodies are kept up to this size (failures quote an excerpt; expected outputs are compared whole). */
const MAX_BODY_BYTES = 1024 * 1024;
/** A keep-alive agent for the URL's protocol with `sockets` connections at most. */
function scoringAgent(url, sockets) {
    const options = { keepAlive: true, maxSockets: sockets };
    return url.protocol === 'http:' ? new external_node_http_.Agent(options) : new external_node_https_.Agent(options);
}
function flatHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}
function sendOnce(request) {
    const { url, signal } = request;
    const send = url.protocol === 'http:' ? external_node_http_.request : external_node_https_.request;
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const req = send(url, {
            method: 'POST',
            agent: request.agent,
            headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            req.destroy();
        }, request.timeoutMs);
        const onAbort = () => {
            req.destroy();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        let done = false;
        const finish = (attempt) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (signal?.aborted)
                reject(signal.reason);
            else
                resolve(attempt);
        };
        const fail = (error) => {
            finish(timedOut
                ? { kind: 'timeout', message: `no complete answer within ${request.timeoutMs} ms`, ms: elapsed() }
                : { kind: 'network', message: networkMessage(error), ms: elapsed() });
        };
        req.on('error', fail);
        req.on('response', (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size <= MAX_BODY_BYTES)
                    chunks.push(chunk);
            });
            res.on('error', fail);
            res.on('close', () => {
                if (!res.complete)
                    fail(new Error('the connection closed before the response was complete'));
            });
            res.on('end', () => {
                finish({
                    kind: 'response',
                    status: res.statusCode ?? 0,
                    headers: flatHeaders(res.headers),
                    body: Buffer.concat(chunks).toString('utf8'),
                    ms: elapsed(),
                });
            });
        });
        req.end(request.body);
    });
}
function networkMessage(error) {
    const code = error.code;
    return code === undefined || error.message.includes(code) ? error.message : `${code}: ${error.message}`;
}

// EXTERNAL MODULE: ./packages/scoring/src/expected-outputs.ts
var expected_outputs = __webpack_require__(70210);
;// CONCATENATED MODULE: ./packages/scoring/src/judge-answer.ts
/**
 * Judging one final answer: a non-2xx status is a failure (with the model's own status when the service reports a
 * model error, and why it was not retried); a 2xx answer must match its expected output, if it has one. Response
 * excerpts are redacted (keys, tokens) and cut to one line.
 */

const EXCERPT_CHARS = 300;
/** Undefined for a 2xx answer matching its expected output, else the failure. */
function judgeAnswer(attempt, request, retryNote, context) {
    const source = request.source;
    if (attempt.status < 200 || attempt.status >= 300) {
        const modelStatus = attempt.headers['ms-azureml-model-error-statuscode'];
        const notes = [
            ...(modelStatus === undefined ? [] : [`the model answered ${modelStatus}`]),
            ...(retryNote === undefined ? [] : [retryNote]),
        ];
        const head = `HTTP ${attempt.status}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
        return {
            status: attempt.status,
            message: `${head}: ${excerpt(context.target, attempt.body)}`,
            request: source,
        };
    }
    if (request.expected === undefined)
        return undefined;
    let actual;
    try {
        actual = JSON.parse(attempt.body);
    }
    catch {
        return {
            status: 'mismatch',
            message: `the response is not JSON: ${excerpt(context.target, attempt.body)}`,
            request: source,
        };
    }
    const difference = (0,expected_outputs/* compareExpected */.Qx)(actual, request.expected, context.tolerance);
    return difference === undefined
        ? undefined
        : {
            status: 'mismatch',
            message: `the response differs from the expected output at ${difference}`,
            request: source,
        };
}
/** The start of a body on one line, with keys and tokens redacted. */
function excerpt(target, body) {
    const text = target.redact(body).replace(/\s+/g, ' ').trim();
    if (text === '')
        return '(empty body)';
    return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

// EXTERNAL MODULE: ./packages/scoring/src/percentiles.ts
var percentiles = __webpack_require__(98809);
;// CONCATENATED MODULE: ./packages/scoring/src/retry-policy.ts
/**
 * The probe's own retries (the scoring call is plain HTTP, so it gets none from the Azure SDK): only 429 and 503
 * that carry a Retry-After (`retry-after-ms`, `x-ms-retry-after-ms` in ms, or `Retry-After` in seconds or an HTTP
 * date), at most `maxRetries` times, and only when the wait asked for is at most `maxWaitMs`. Anything else is the
 * deployment's answer and is counted as it is.
 */
const DEFAULT_RETRY_POLICY = { maxRetries: 2, maxWaitMs: 10_000 };
const RETRIABLE = new Set([429, 503]);
/** The wait a response asks for, in ms, or undefined when it names none (or an unreadable one). */
function retryAfterMs(headers, now = Date.now()) {
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const value = Number(headers[name]);
        if (headers[name] !== undefined && headers[name].trim() !== '' && Number.isFinite(value) && value >= 0) {
            return value;
        }
    }
    const text = headers['retry-after']?.trim();
    if (text === undefined || text === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Whether to send a request again after `status`, given how many retries it had (`retries`). */
function retryDecision(status, headers, retries, policy = DEFAULT_RETRY_POLICY, now = Date.now()) {
    if (!RETRIABLE.has(status))
        return { retry: false };
    const waitMs = retryAfterMs(headers, now);
    if (waitMs === undefined)
        return { retry: false, reason: 'not retried: no Retry-After' };
    if (retries >= policy.maxRetries) {
        return { retry: false, reason: `still ${status} after ${retries} retr${retries === 1 ? 'y' : 'ies'}` };
    }
    if (waitMs > policy.maxWaitMs) {
        const asked = Math.ceil(waitMs / 1000);
        return {
            retry: false,
            reason: `not retried: Retry-After ${asked} s is over the ${policy.maxWaitMs / 1000} s the test waits`,
        };
    }
    return { retry: true, waitMs };
}

;// CONCATENATED MODULE: ./packages/scoring/src/probe.ts
/**
 * probe(): sends `count` scoring requests (cycling through the samples), `concurrency` at a time, to the endpoint
 * or one deployment (azureml-model-deployment header), and measures them.
 *
 * How retries count: a request throttled with 429/503 + Retry-After is sent again (see retry-policy.ts), but it
 * stays ONE request in `sent`, `succeeded`/`failed` and the error rate, judged by its last answer; its latency is the
 * whole time from its first attempt to its last answer, waits included; every answer, retried or not, is counted in
 * `statusCounts`, and `retries` says how many extra attempts there were.
 */





const DEPLOYMENT_HEADER = 'azureml-model-deployment';
/** Statuses after which sending more requests only repeats the answer. */
const STOP_STATUSES = new Set([401, 403, 404]);
class Tally {
    keepFailures;
    latencies = [];
    statusCounts = {};
    servedBy = {};
    failures = [];
    succeeded = 0;
    failed = 0;
    retries = 0;
    inFlight = 0;
    stoppedEarly;
    constructor(keepFailures) {
        this.keepFailures = keepFailures;
    }
    answer(attempt) {
        const key = attempt.kind === 'response' ? String(attempt.status) : attempt.kind;
        this.statusCounts[key] = (this.statusCounts[key] ?? 0) + 1;
    }
    outcome(outcome, deployment) {
        this.latencies.push(outcome.ms);
        if (deployment !== undefined)
            this.servedBy[deployment] = (this.servedBy[deployment] ?? 0) + 1;
        if (outcome.ok)
            this.succeeded++;
        else
            this.failed++;
        if (outcome.failure !== undefined && this.failures.length < this.keepFailures) {
            this.failures.push(outcome.failure);
        }
    }
    get done() {
        return this.succeeded + this.failed;
    }
}
async function probe(target, requests, options) {
    if (requests.length === 0)
        throw new Error('probe: no requests to send');
    const url = new URL(target.scoringUri);
    if (url.protocol === 'http:') {
        options.log.warning(`The scoring URI of '${target.endpointName}' is plain http: its ${target.authMode} credential travels unencrypted.`);
    }
    const run = {
        target,
        url,
        agent: scoringAgent(url, options.concurrency),
        options,
        policy: options.retry ?? DEFAULT_RETRY_POLICY,
        tolerance: options.tolerance ?? 1e-6,
    };
    try {
        const warmup = options.warmup ?? 0;
        if (warmup > 0) {
            const tally = await sendAll(run, requests, warmup, new Tally(0), 'warm-up');
            options.log.info(`Warm-up: ${tally.done} request(s) sent, not counted (${describeCounts(tally.statusCounts)}).`);
        }
        const started = performance.now();
        const tally = await sendAll(run, requests, options.count, new Tally(options.keepFailures ?? 20), 'scoring');
        const sent = tally.done;
        return {
            sent,
            succeeded: tally.succeeded,
            failed: tally.failed,
            errorRate: sent === 0 ? 0 : tally.failed / sent,
            latencyMs: (0,percentiles/* summarizeLatencies */._q)(tally.latencies),
            statusCounts: tally.statusCounts,
            servedBy: tally.servedBy,
            failures: tally.failures,
            retries: tally.retries,
            elapsedMs: performance.now() - started,
            ...(tally.stoppedEarly === undefined ? {} : { stoppedEarly: tally.stoppedEarly }),
        };
    }
    finally {
        run.agent.destroy();
    }
}
/** `200×98, 429×2`. */
function describeCounts(counts) {
    const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? 'none' : entries.map(([key, n]) => `${key}×${n}`).join(', ');
}
/** Sends `count` requests with `concurrency` workers, logging progress; the tally of what came back. */
async function sendAll(run, requests, count, tally, label) {
    const { log, signal } = run.options;
    const started = performance.now();
    const progress = () => {
        log.info(`[${(0,duration/* formatElapsed */.C7)(performance.now() - started)}] ${label}: ${tally.done}/${count} done, ` +
            `${tally.failed} failed, ${tally.inFlight} in flight`);
    };
    const timer = setInterval(progress, run.options.progressIntervalMs ?? 5000);
    timer.unref();
    let next = 0;
    const worker = async () => {
        while (next < count && tally.stoppedEarly === undefined) {
            signal?.throwIfAborted();
            const request = requests[next % requests.length];
            next++;
            if (request === undefined)
                continue;
            tally.inFlight++;
            try {
                const { outcome, deployment } = await scoreOne(run, request, tally);
                tally.outcome(outcome, deployment);
            }
            finally {
                tally.inFlight--;
            }
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(run.options.concurrency, count) }, worker));
    }
    finally {
        clearInterval(timer);
    }
    progress();
    return tally;
}
/** One request, retried after 429/503 with Retry-After, judged by its last answer. */
async function scoreOne(run, request, tally) {
    const { options, target } = run;
    const started = performance.now();
    for (let retries = 0;; retries++) {
        const headers = {
            ...(await target.authHeaders()),
            'Content-Type': request.contentType,
            Accept: 'application/json',
            ...(options.deployment === undefined ? {} : { [DEPLOYMENT_HEADER]: options.deployment }),
        };
        const attempt = await sendOnce({
            url: run.url,
            headers,
            body: request.body,
            timeoutMs: options.timeoutMs,
            agent: run.agent,
            ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
        tally.answer(attempt);
        const ms = performance.now() - started;
        if (attempt.kind !== 'response') {
            return {
                outcome: {
                    ok: false,
                    ms,
                    failure: { status: attempt.kind, message: attempt.message, request: request.source },
                },
            };
        }
        const decision = retryDecision(attempt.status, attempt.headers, retries, run.policy);
        if (decision.retry) {
            tally.retries++;
            await (0,progress/* sleep */.y)(decision.waitMs, options.signal);
            continue;
        }
        const deployment = attempt.headers[DEPLOYMENT_HEADER];
        if (STOP_STATUSES.has(attempt.status))
            tally.stoppedEarly ??= `HTTP ${attempt.status}`;
        const failure = judgeAnswer(attempt, request, decision.reason, run);
        const outcome = failure === undefined
            ? { ok: true, ms }
            : { ok: false, ms, failure: { ...failure, ...(deployment === undefined ? {} : { deployment }) } };
        return deployment === undefined ? { outcome } : { outcome, deployment };
    }
}


/***/ }),

/***/ 85114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ loadScoringRequests),
/* harmony export */   v: () => (/* binding */ readJsonEntries)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50783);
/**
 * Scoring requests from files, as `az ml online-endpoint invoke --request-file` takes them: a JSON file is one
 * request body; a JSONL file (.jsonl, .ndjson) has one body per line; a folder holds one request per *.json file
 * (sorted by name). Every body is checked to be JSON before anything is sent; a bad one is reported on its file
 * and line.
 */



const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const JSON_CONTENT_TYPE = 'application/json';
const FORMS = 'a JSON file (one request body), a JSONL file (.jsonl: one body per line) or a folder of *.json files';
/** `file:line:column: message` for problems, at most `limit` of them listed. */
function listProblems(problems, limit = 5) {
    const shown = problems.slice(0, limit).map((p) => {
        const { file, line, column } = p.annotation;
        return `  ${[file, line, column].filter((part) => part !== undefined).join(':')}: ${p.message}`;
    });
    if (problems.length > limit)
        shown.push(`  … and ${problems.length - limit} more`);
    return shown.join('\n');
}
/**
 * Throws one UserError (annotated on the first problem) for JSON problems; with a logger, every problem also gets
 * its own error annotation.
 */
function throwJsonProblems(problems, what, fix, log) {
    const [first] = problems;
    if (first === undefined)
        return;
    if (problems.length > 1)
        for (const problem of problems)
            log?.error(problem.message, problem.annotation);
    throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${problems.length === 1 ? `${what} is` : `${problems.length} entries of ${what} are`} not valid JSON:\n` +
        `${listProblems(problems)}\n${fix}`, { kind: 'input', annotation: first.annotation });
}
/** Reads a JSON, JSONL or folder input: the texts with their sources (JSON not yet checked). */
async function readJsonTexts(path, input) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch((error) => {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}' is '${path}', which does not exist (relative paths start at the repository root, ` +
            `${process.cwd()}). Give ${FORMS}.`, { kind: 'input', cause: error });
    });
    const files = info.isDirectory() ? await jsonFilesIn(path, input) : [path];
    const texts = [];
    const problems = [];
    for (const file of files) {
        const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
        if (!info.isDirectory() && JSONL_EXTENSIONS.has((0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(file).toLowerCase())) {
            content.split('\n').forEach((raw, index) => {
                const text = raw.replace(/\r$/, '');
                if (text.trim() !== '')
                    texts.push({ text, source: { file, line: index + 1 } });
            });
            continue;
        }
        if (content.trim() === '') {
            problems.push({ annotation: { file, line: 1 }, message: 'the file is empty' });
            continue;
        }
        texts.push({ text: content, source: { file } });
    }
    if (texts.length === 0 && problems.length === 0) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}' is '${path}', which holds no request (only empty lines). Give ${FORMS}.`, { kind: 'input', annotation: { file: path } });
    }
    return { texts, problems };
}
async function jsonFilesIn(folder, input) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder, { withFileTypes: true });
    const files = entries
        .filter((entry) => entry.isFile() && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(entry.name).toLowerCase() === '.json')
        .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, entry.name))
        .sort();
    if (files.length === 0) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}' is the folder '${folder}', which has no *.json files (found: ${entries.map((e) => e.name).join(', ') || 'nothing'}). Put one request body per *.json file there, or give a JSON or JSONL file.`, { kind: 'input' });
    }
    return files;
}
/** Checks each text is JSON; problems carry the file, line and column. */
function checkJsonTexts(texts) {
    const problems = [];
    for (const { text, source } of texts) {
        const problem = (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .findJsonProblem */ .N)(text);
        if (problem === undefined)
            continue;
        const line = (source.line ?? 1) + problem.line - 1;
        problems.push({
            annotation: { file: source.file, line, column: problem.column, title: 'Invalid JSON' },
            message: problem.message,
        });
    }
    return problems;
}
/**
 * The JSON texts of a file or folder input, every one checked: invalid JSON throws a UserError annotated on the
 * first bad file/line (`what` names the file in the message, `fix` says what to do); with `log`, each bad line
 * gets its own annotation.
 */
async function readJsonEntries(path, input, messages, log) {
    const { texts, problems } = await readJsonTexts(path, input);
    problems.push(...checkJsonTexts(texts));
    throwJsonProblems(problems, messages.what, messages.fix, log);
    return texts;
}
/** The requests of `path` (the input `input`, named in errors); see readJsonEntries for invalid JSON. */
async function loadScoringRequests(path, input, log) {
    const entries = await readJsonEntries(path, input, {
        what: `the request file of input '${input}' (${path})`,
        fix: 'Each request must be one JSON document (a JSONL file: one per line). Fix or remove the lines named.',
    }, log);
    return entries.map(({ text, source }) => ({ body: text, contentType: JSON_CONTENT_TYPE, source }));
}


/***/ }),

/***/ 26392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ resolveScoringTarget)
/* harmony export */ });
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85736);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82311);
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64937);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/**
 * The scoring target of an online endpoint: its scoring URI and auth mode from ARM, and fresh auth headers for the
 * data plane (an endpoint key from listKeys, an AML token from the token route, or an Entra token for the Azure ML
 * audience). Every key and token is masked through the logger before it is used, and remembered so that response
 * excerpts can be redacted before they reach the job summary (which the runner does not mask).
 */



const AUTH_MODES = {
    key: 'key',
    amltoken: 'aml_token',
    aadtoken: 'aad_token',
};
/** Refresh a token this long before it expires when the service gives no refresh time. */
const EXPIRY_MARGIN_MS = 5 * 60_000;
async function resolveScoringTarget(session, endpointName, log, options = {}) {
    const { mlClient, workspace } = session;
    const endpoint = await mlClient.onlineEndpoints
        .get(workspace.resourceGroup, workspace.workspace, endpointName, { abortSignal: options.signal })
        .catch(async (error) => {
        if ((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(error) && error.statusCode === 404) {
            throw await endpointNotFound(session, endpointName, options.signal);
        }
        throw (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__/* .translateArmError */ .l)(error, {
            action: `Reading online endpoint '${endpointName}'`,
            resource: `online endpoint '${endpointName}' in workspace '${workspace.workspace}'`,
        });
    });
    const properties = endpoint.properties;
    const authMode = AUTH_MODES[properties.authMode.toLowerCase()];
    if (authMode === undefined) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Online endpoint '${endpointName}' has auth mode '${properties.authMode}', which this action cannot call ` +
            '(it supports Key, AMLToken and AADToken).', { kind: 'input' });
    }
    const scoringUri = properties.scoringUri ?? '';
    if (scoringUri === '') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Online endpoint '${endpointName}' in workspace '${workspace.workspace}' has no scoring URI yet ` +
            `(provisioning state ${properties.provisioningState ?? 'unknown'}). Wait until it has provisioned, then run again.`, { kind: 'conflict' });
    }
    const secrets = [];
    const remember = (secret) => {
        (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$)(log, secret);
        secrets.push(...(0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .secretForms */ .e)(secret));
        // Longest first, so a form containing a shorter one is replaced whole.
        secrets.sort((a, b) => b.length - a.length);
    };
    log.info(`Online endpoint ${endpointName}: ${scoringUri} (auth mode ${authMode})`);
    return {
        endpointName,
        workspace: workspace.workspace,
        scoringUri,
        authMode,
        provisioningState: properties.provisioningState ?? 'Unknown',
        traffic: { ...properties.traffic },
        authHeaders: headerSource(session, endpointName, authMode, remember, options),
        redact: (text) => secrets.reduce((result, secret) => result.split(secret).join('***'), text),
    };
}
function headerSource(session, endpointName, authMode, remember, options) {
    const now = options.now ?? Date.now;
    let cached;
    let pending;
    const fetchToken = async () => {
        const token = await credentialFor(session, endpointName, authMode, options.signal, now);
        remember(token.value);
        return token;
    };
    return async () => {
        if (cached === undefined || now() >= cached.refreshAt) {
            // One request at a time: concurrent callers share the refresh.
            pending ??= fetchToken().finally(() => {
                pending = undefined;
            });
            cached = await pending;
        }
        return { Authorization: `Bearer ${cached.value}` };
    };
}
async function credentialFor(session, endpointName, authMode, signal, now) {
    const { mlClient, workspace } = session;
    const rg = workspace.resourceGroup;
    const ws = workspace.workspace;
    const armFailure = (what) => (error) => {
        throw (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__/* .translateArmError */ .l)(error, {
            action: `${what} of online endpoint '${endpointName}'`,
            resource: `online endpoint '${endpointName}' in workspace '${ws}'`,
        });
    };
    switch (authMode) {
        case 'key': {
            const keys = await mlClient.onlineEndpoints
                .listKeys(rg, ws, endpointName, { abortSignal: signal })
                .catch(armFailure('Reading the keys'));
            const key = keys.primaryKey ?? keys.secondaryKey;
            if (!key) {
                throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Online endpoint '${endpointName}' returned no keys from listKeys.`, {
                    kind: 'service',
                });
            }
            return { value: key, refreshAt: Number.POSITIVE_INFINITY };
        }
        case 'aml_token': {
            const token = await mlClient.onlineEndpoints
                .getToken(rg, ws, endpointName, { abortSignal: signal })
                .catch(armFailure('Getting a scoring token'));
            if (!token.accessToken) {
                throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Online endpoint '${endpointName}' returned no access token.`, {
                    kind: 'service',
                });
            }
            const refreshAt = token.refreshAfterTimeUtc !== undefined
                ? token.refreshAfterTimeUtc * 1000
                : (token.expiryTimeUtc ?? 0) * 1000 - EXPIRY_MARGIN_MS;
            return { value: token.accessToken, refreshAt: Math.max(refreshAt, now()) };
        }
        case 'aad_token': {
            const scope = `${session.cloud.mlAudience}/.default`;
            const token = await session.credential
                .getToken(scope, { abortSignal: signal })
                .catch(armFailure(`Getting an Entra ID token for ${scope}`));
            if (token === null) {
                throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The Azure credential returned no token for ${scope}.`, { kind: 'permission' });
            }
            const refreshAt = token.refreshAfterTimestamp ?? token.expiresOnTimestamp - EXPIRY_MARGIN_MS;
            return { value: token.token, refreshAt: Math.max(refreshAt, now()) };
        }
    }
}
/** A not-found error naming the endpoint, the workspace, and the endpoints that do exist. */
async function endpointNotFound(session, endpointName, signal) {
    const { mlClient, workspace } = session;
    const names = [];
    try {
        for await (const endpoint of mlClient.onlineEndpoints.list(workspace.resourceGroup, workspace.workspace, {
            abortSignal: signal,
        })) {
            if (endpoint.name !== undefined)
                names.push(endpoint.name);
        }
    }
    catch {
        // The list only improves the message; the endpoint is missing either way.
    }
    const hint = (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(endpointName, names);
    const existing = names.length === 0 ? 'it has no online endpoints' : `it has: ${names.sort().join(', ')}`;
    return new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input 'endpoint-name' is '${endpointName}', but workspace '${workspace.workspace}' (resource group ` +
        `${workspace.resourceGroup}) has no online endpoint of that name (${existing})${hint === '' ? '.' : `; ${hint}`} ` +
        "Check 'endpoint-name' and the workspace inputs, or deploy the endpoint first (deploy-endpoint).", { kind: 'not-found' });
}


/***/ })

};
