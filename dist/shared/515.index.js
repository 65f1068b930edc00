import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 515;
export const ids = [515];
export const modules = {

/***/ 33513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ armRequest),
  z: () => (/* binding */ runLro)
});

// EXTERNAL MODULE: ./packages/action-kit/src/progress.ts
var src_progress = __webpack_require__(87062);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 80 modules
var esm = __webpack_require__(30869);
// EXTERNAL MODULE: ./packages/azure/src/arm-errors.ts
var arm_errors = __webpack_require__(64937);
// EXTERNAL MODULE: ./packages/azure/src/arm-wait.ts
var arm_wait = __webpack_require__(41507);
;// CONCATENATED MODULE: ./packages/azure/src/lro-state.ts
/** The state of a long-running ARM operation as its responses show it (operation status or provisioning state). */
/** `properties.provisioningState` of a resource body, undefined when it has none. */
function provisioningState(body) {
    const state = body?.properties
        ?.provisioningState;
    return typeof state === 'string' ? state : undefined;
}
function isTerminalState(state) {
    return statusOf(state) !== 'Running';
}
/** An operation status or provisioning state (any case) as one of the four outcomes; anything else is Running. */
function statusOf(state) {
    const lower = state.toLowerCase();
    if (lower === 'succeeded')
        return 'Succeeded';
    if (lower === 'failed')
        return 'Failed';
    return lower === 'canceled' || lower === 'cancelled' ? 'Canceled' : 'Running';
}

// EXTERNAL MODULE: ./packages/azure/src/ml-client.ts
var ml_client = __webpack_require__(72856);
;// CONCATENATED MODULE: ./packages/azure/src/arm-lro.ts
/**
 * A long-running ARM operation sent as a raw request (api-version 2024-04-01, which knows properties the SDK's
 * version lacks, such as mirrorTraffic and dataCollector) and waited for: 409 answers are retried, polls wait exactly
 * the Retry-After the service sends (a growing backoff when it sends none) within the run's deadline, each state
 * change is logged with the elapsed time (action-kit's trackProgress, as waitForLro does), and the operation's own
 * result (Succeeded, or Failed with Azure's code and message) is returned rather than thrown.
 */






/** Sends one ARM request with the raw 2024-04-01 api-version; ARM failures become readable UserErrors. */
async function armRequest(ctx, method, path, action, body) {
    return (0,ml_client/* armJson */.Fx)(ctx.client, {
        method,
        path,
        apiVersion: ml_client/* PREVIEW_FEATURES_API_VERSION */.XA,
        abortSignal: ctx.signal,
        ...(body === undefined ? {} : { body }),
    }).catch((error) => {
        throw (0,esm/* isRestError */.T0)(error) && error.statusCode === 409 ? error : (0,arm_errors/* translateArmError */.l)(error, { action });
    });
}
async function runLro(ctx, request) {
    const action = `${request.runningState} ${request.label}`;
    const send = () => armRequest(ctx, request.method, request.path, action, request.body);
    const first = await (request.retryConflicts === false ? send() : (0,arm_wait/* retryOnConflict */.Sf)(ctx, action, send));
    const progress = (0,src_progress/* trackProgress */.Z)(ctx.logger, request.label);
    const target = pollTarget(first, request);
    if (target === undefined)
        return { accepted: first.body, status: 'Succeeded', elapsedMs: 0 };
    progress.update(request.runningState);
    if (!request.wait)
        return { accepted: first.body, status: 'Running', elapsedMs: 0 };
    let headers = first.headers;
    for (let attempt = 0;; attempt++) {
        await (0,arm_wait/* waitUntilDeadline */.Mv)(ctx, (0,arm_wait/* nextWaitMs */.TF)(headers, attempt), action);
        const polled = await poll(ctx, target, action);
        headers = polled.headers;
        const status = polled.status;
        progress.update(status === 'Running' ? request.runningState : status);
        if (status !== 'Running')
            return finished(first.body, polled, progress);
    }
}
function finished(accepted, polled, progress) {
    return {
        accepted,
        status: polled.status,
        elapsedMs: progress.elapsedMs(),
        ...(polled.error === undefined ? {} : { error: polled.error }),
    };
}
/** Where to poll, from the first response (as core-lro decides it); undefined when the request is already done. */
function pollTarget(first, request) {
    const operation = first.headers['azure-asyncoperation'] ?? first.headers['operation-location'];
    if (operation !== undefined)
        return { url: operation, mode: 'operation' };
    const location = first.headers.location;
    if (location !== undefined)
        return { url: location, mode: 'location' };
    const state = provisioningState(first.body);
    if (request.method === 'PUT' && state !== undefined && !isTerminalState(state))
        return { url: request.path, mode: 'resource' };
    return undefined;
}
async function poll(ctx, target, action) {
    const url = new URL(target.url, ctx.client.$host);
    if (url.origin !== new URL(ctx.client.$host).origin) {
        throw new Error(`${action}: Azure asked to poll ${url.origin}, not the ARM endpoint ${ctx.client.$host}.`);
    }
    const apiVersion = url.searchParams.get('api-version') ?? ml_client/* PREVIEW_FEATURES_API_VERSION */.XA;
    url.searchParams.delete('api-version');
    try {
        const response = await (0,ml_client/* armJson */.Fx)(ctx.client, {
            method: 'GET',
            path: `${url.pathname}${url.search}`,
            apiVersion,
            abortSignal: ctx.signal,
        });
        const { headers, body } = response;
        if (target.mode === 'location')
            return { status: response.status === 202 ? 'Running' : 'Succeeded', headers };
        const state = target.mode === 'operation' ? body?.status : provisioningState(body);
        const status = statusOf(state ?? (response.status === 202 ? 'Running' : 'Succeeded'));
        return { status, headers, ...(body?.error === undefined ? {} : { error: body.error }) };
    }
    catch (error) {
        // A Location URL answers a failed operation with the operation's error.
        if (target.mode === 'location' && (0,esm/* isRestError */.T0)(error) && (error.statusCode ?? 500) < 500) {
            const detail = (0,arm_errors/* parseArmErrorBody */._)(error.response?.bodyAsText ?? undefined) ?? { message: error.message };
            return { status: 'Failed', error: detail, headers: {} };
        }
        throw (0,arm_errors/* translateArmError */.l)(error, { action });
    }
}


/***/ }),

/***/ 41507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ waitUntilDeadline),
/* harmony export */   Sf: () => (/* binding */ retryOnConflict),
/* harmony export */   TF: () => (/* binding */ nextWaitMs),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65405);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87062);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _arm_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64937);
/**
 * Waiting between ARM requests: Retry-After (seconds or an HTTP date) or a growing backoff, bounded by the run's
 * deadline, and retrying while ARM answers 409 Conflict (another operation is running on the resource).
 */



/** Seconds of a Retry-After header (an integer or an HTTP date) in ms, undefined when absent or unreadable. */
function retryAfterMs(headers) {
    const value = headers?.['retry-after'];
    if (value === undefined || value.trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** The wait before the next try: Retry-After when the service sends a positive one, else the backoff. */
function nextWaitMs(headers, attempt) {
    const after = retryAfterMs(headers);
    return after === undefined || after === 0 ? backoffMs(attempt) : after;
}
/** Growing waits when the service gives no Retry-After: 1 s, 2 s, 4 s, … at most 15 s. */
function backoffMs(attempt) {
    return Math.min(15_000, 1000 * 2 ** attempt);
}
/** Waits `ms`, or throws the run's timeout if the deadline comes first. */
async function waitUntilDeadline(ctx, ms, what) {
    const left = ctx.deadline - Date.now();
    if (left <= 0 || ms > left) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what} did not finish within the timeout (${(0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(ctx.timeoutMs)}). Whatever Azure is running ` +
            `goes on: check it in Azure ML studio, then re-run (finished work is reused) or raise 'timeout'.`, { kind: 'timeout' });
    }
    await (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .y)(ms, ctx.signal);
}
/**
 * Runs `attempt` again while Azure answers 409 (another operation runs on the resource), waiting Retry-After or a
 * growing backoff in between, until the deadline. `attempt` starts from scratch each time, so a read-modify-write
 * re-reads what the other operation changed.
 */
async function retryOnConflict(ctx, what, attempt) {
    for (let tries = 0;; tries++) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!(0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(error) || error.statusCode !== 409)
                throw error;
            const headers = error.response?.headers.toJSON();
            const wait = nextWaitMs(headers, tries);
            ctx.logger.info(`${what}: Azure answered 409 Conflict (${error.message.split('\n')[0] ?? ''}); another operation is ` +
                `running, retrying in ${(0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(wait)}.`);
            await waitUntilDeadline(ctx, wait, what).catch((timeout) => {
                throw timeout instanceof _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y && timeout.kind === 'timeout'
                    ? (0,_arm_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .translateArmError */ .l)(error, { action: what })
                    : timeout;
            });
        }
    }
}


/***/ }),

/***/ 7066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ formatDifferences),
/* harmony export */   Tk: () => (/* binding */ diffOwned),
/* harmony export */   eE: () => (/* binding */ diffDesired)
/* harmony export */ });
/**
 * Desired versus current: what an update would change. Only what the desired side states is compared (the service
 * fills in defaults and read-only fields the inputs never name); `owned` keys are the exception: present in Azure
 * but no longer desired counts as a change (a removed environment variable must go). ARM ids compare
 * case-insensitively, as ARM treats them.
 */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isArmId(value) {
    return /^\/subscriptions\//i.test(value);
}
function sameValue(desired, current) {
    if (typeof desired === 'string' && typeof current === 'string' && isArmId(desired)) {
        return desired.toLowerCase() === current.toLowerCase();
    }
    if (Array.isArray(desired) && Array.isArray(current)) {
        return (desired.length === current.length && desired.every((item, index) => sameValue(item, current[index])));
    }
    if (isPlainObject(desired) && isPlainObject(current)) {
        const keys = new Set([...Object.keys(desired), ...Object.keys(current)]);
        return [...keys].every((key) => sameValue(desired[key], current[key]));
    }
    return desired === current;
}
function join(path, key) {
    return path === '' ? key : `${path}.${key}`;
}
/** Differences where `desired` states something `current` does not have (recursively, subset semantics). */
function diffDesired(desired, current, path = '') {
    if (desired === undefined)
        return [];
    if (isPlainObject(desired) && isPlainObject(current)) {
        return Object.entries(desired).flatMap(([key, value]) => diffDesired(value, current[key], join(path, key)));
    }
    return sameValue(desired, current) ? [] : [{ path, current, desired }];
}
/**
 * Keys of `owned` (dotted paths) that `current` has and `desired` no longer states; maps listed there must match
 * exactly (an extra key in Azure is a difference).
 */
function diffOwned(desired, current, owned) {
    const at = (value, path) => path.split('.').reduce((node, key) => (isPlainObject(node) ? node[key] : undefined), value);
    return owned.flatMap((path) => {
        const want = at(desired, path);
        const have = at(current, path);
        if (have === undefined || have === null)
            return [];
        if (want === undefined)
            return [{ path, current: have, desired: undefined }];
        if (isPlainObject(want) && isPlainObject(have)) {
            return Object.keys(have)
                .filter((key) => !(key in want))
                .map((key) => ({ path: join(path, key), current: have[key], desired: undefined }));
        }
        return [];
    });
}
/** One line per difference: `properties.instanceType: Standard_DS2_v2 → Standard_DS3_v2`. */
function formatDifferences(differences) {
    const show = (value) => {
        if (value === undefined)
            return '(not set)';
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        return text.length > 120 ? `${text.slice(0, 117)}...` : text;
    };
    return differences.map(({ path, current, desired }) => `${path}: ${show(current)} → ${show(desired)}`);
}


/***/ }),

/***/ 30001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   nM: () => (/* binding */ endpointPath),
/* harmony export */   nR: () => (/* binding */ deploymentPath),
/* harmony export */   yP: () => (/* binding */ getEndpoint)
/* harmony export */ });
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33513);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/**
 * Online endpoints and deployments as raw ARM JSON at api-version 2024-04-01: reading them with every field the
 * newer API has (mirrorTraffic, dataCollector), so a read-modify-write never drops one.
 */


function endpointPath(ctx, endpoint) {
    return `${ctx.workspace.id}/onlineEndpoints/${encodeURIComponent(endpoint)}`;
}
function deploymentPath(ctx, endpoint, deployment) {
    return `${endpointPath(ctx, endpoint)}/deployments/${encodeURIComponent(deployment)}`;
}
/** The endpoint, or undefined when it does not exist. */
async function getEndpoint(ctx, endpoint) {
    const action = `Reading online endpoint '${endpoint}' in workspace '${ctx.workspace.workspace}'`;
    try {
        return (await (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__/* .armRequest */ .W)(ctx, 'GET', endpointPath(ctx, endpoint), action)).body;
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/** Every deployment of the endpoint (all pages). */
async function listDeployments(ctx, endpoint) {
    const action = `Listing the deployments of online endpoint '${endpoint}'`;
    const found = [];
    let path = `${endpointPath(ctx, endpoint)}/deployments`;
    while (path !== undefined) {
        const page = await (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__/* .armRequest */ .W)(ctx, 'GET', path, action);
        found.push(...(page.body?.value ?? []));
        const next = page.body?.nextLink;
        path = next === undefined || next === '' ? undefined : nextPath(next);
    }
    return found;
}
/** A nextLink as a path for armRequest (which sets the api-version itself). */
function nextPath(link) {
    const url = new URL(link);
    url.searchParams.delete('api-version');
    return `${url.pathname}${url.search}`;
}
function isNotFound(error) {
    const cause = error instanceof Error && !(0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(error) ? error.cause : error;
    return (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(cause) && cause.statusCode === 404;
}


/***/ }),

/***/ 12254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ endpointPutBody),
/* harmony export */   g: () => (/* binding */ ensureEndpoint)
/* harmony export */ });
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33513);
/* harmony import */ var _desired_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7066);
/* harmony import */ var _endpoint_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30001);
/**
 * The online endpoint: created when missing (waiting until it is ready for deployments), otherwise updated only
 * where the inputs state something it does not have. Updates are full PUTs of what Azure returned (api-version
 * 2024-04-01), so traffic, mirror traffic and every field the inputs do not name stay as they are.
 */




const READ_ONLY = new Set(['scoringUri', 'swaggerUri', 'provisioningState', 'keys']);
/** The body to PUT for an endpoint as Azure returned it (read-only fields left out). */
function endpointPutBody(endpoint) {
    const { location, tags, identity, kind, sku } = endpoint;
    const properties = Object.fromEntries(Object.entries(endpoint.properties).filter(([key]) => !READ_ONLY.has(key)));
    return Object.fromEntries(Object.entries({ location, tags, identity, kind, sku, properties }).filter(([, value]) => value !== undefined));
}
async function ensureEndpoint(ctx, spec, workspaceLocation) {
    const current = await (0,_endpoint_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .getEndpoint */ .yP)(ctx, spec.name);
    if (current === undefined) {
        const location = await workspaceLocation();
        ctx.logger.info(`Online endpoint '${spec.name}' does not exist: creating it in ${location}.`);
        const body = {
            location,
            ...(spec.tags === undefined ? {} : { tags: spec.tags }),
            ...(spec.identity === undefined ? {} : { identity: spec.identity }),
            properties: { authMode: 'Key', ...spec.properties },
        };
        await put(ctx, spec.name, body, 'Creating');
        return { endpoint: await readBack(ctx, spec.name), action: 'created', changes: [] };
    }
    const desired = {
        ...(spec.tags === undefined ? {} : { tags: spec.tags }),
        ...(spec.identity === undefined ? {} : { identity: spec.identity }),
        properties: spec.properties,
    };
    const changes = (0,_desired_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDifferences */ .Aq)((0,_desired_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffDesired */ .eE)(desired, current));
    if (changes.length === 0) {
        ctx.logger.info(`Online endpoint '${spec.name}' already matches ${spec.source}: not changed.`);
        return { endpoint: current, action: 'unchanged', changes };
    }
    ctx.logger.info(`Updating online endpoint '${spec.name}' (${spec.source}):\n  ${changes.join('\n  ')}`);
    const base = endpointPutBody(current);
    const body = {
        ...base,
        tags: { ...current.tags, ...spec.tags },
        ...(spec.identity === undefined ? {} : { identity: spec.identity }),
        properties: { ...base.properties, ...spec.properties },
    };
    await put(ctx, spec.name, body, 'Updating');
    return { endpoint: await readBack(ctx, spec.name), action: 'updated', changes };
}
async function put(ctx, name, body, runningState) {
    const result = await (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_2__/* .runLro */ .z)(ctx, {
        method: 'PUT',
        path: (0,_endpoint_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .endpointPath */ .nM)(ctx, name),
        body,
        label: `online endpoint ${name}`,
        runningState,
        wait: true,
    });
    if (result.status !== 'Succeeded') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${runningState} online endpoint '${name}' ended ${result.status}: ${result.error?.code ?? 'no error code'}: ` +
            (result.error?.message ?? 'Azure gave no message'), { kind: 'service' });
    }
}
async function readBack(ctx, name) {
    const endpoint = await (0,_endpoint_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .getEndpoint */ .yP)(ctx, name);
    if (endpoint === undefined) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Online endpoint '${name}' is gone right after it provisioned: was it deleted meanwhile?`, {
            kind: 'not-found',
        });
    }
    return endpoint;
}


/***/ }),

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ updateTraffic),
/* harmony export */   t: () => (/* binding */ trafficOf)
/* harmony export */ });
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41507);
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33513);
/* harmony import */ var _ensure_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12254);
/* harmony import */ var _endpoint_resources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30001);
/* harmony import */ var _traffic_math_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17574);
/**
 * Changing an endpoint's traffic: one full map per update (GET, change, PUT at api-version 2024-04-01, so the
 * mirror setting is sent back as it is), then reading the endpoint back until it shows the new maps, since Azure
 * applies traffic eventually. A 409 (another update running) starts over from a fresh GET after a wait.
 */





function trafficOf(endpoint) {
    return { traffic: endpoint.properties.traffic ?? {}, mirror: endpoint.properties.mirrorTraffic ?? {} };
}
function sameMaps(a, b) {
    return (0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .sameTraffic */ .UN)(a.traffic, b.traffic) && (0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .sameTraffic */ .UN)(a.mirror, b.mirror);
}
/** `snapshot`: an endpoint read so recently that the first attempt may use it instead of a GET. */
async function updateTraffic(ctx, endpointName, change, snapshot) {
    let fresh = snapshot;
    const what = `Updating the traffic of online endpoint '${endpointName}'`;
    return (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__/* .retryOnConflict */ .Sf)(ctx, what, async () => {
        const endpoint = fresh ?? (await mustGet(ctx, endpointName));
        fresh = undefined;
        const before = trafficOf(endpoint);
        const notes = [];
        const traffic = (0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .applyTraffic */ .cj)(before.traffic, change.live, change.deployed);
        const after = {
            traffic,
            mirror: (0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .applyMirror */ .iy)(before.mirror, change.mirror, traffic, change.deployed, notes),
        };
        for (const note of notes)
            ctx.logger.info(note);
        if (sameMaps(before, after)) {
            ctx.logger.info(`Traffic of '${endpointName}' is already ${(0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTraffic */ .zM)(after.traffic)}` +
                `${Object.keys(after.mirror).length > 0 ? ` (mirror ${(0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTraffic */ .zM)(after.mirror)})` : ''}: not changed.`);
            return { before, after, changed: false, notes, endpoint };
        }
        ctx.logger.info(`Traffic of '${endpointName}': ${(0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTraffic */ .zM)(before.traffic)} → ${(0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTraffic */ .zM)(after.traffic)}; ` +
            `mirror ${(0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTraffic */ .zM)(before.mirror)} → ${(0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTraffic */ .zM)(after.mirror)}`);
        const base = (0,_ensure_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointPutBody */ .P)(endpoint);
        const result = await (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_3__/* .runLro */ .z)(ctx, {
            method: 'PUT',
            path: (0,_endpoint_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointPath */ .nM)(ctx, endpointName),
            body: {
                ...base,
                properties: { ...base.properties, traffic: after.traffic, mirrorTraffic: after.mirror },
            },
            label: `traffic of ${endpointName}`,
            runningState: 'Updating',
            wait: true,
            retryConflicts: false,
        });
        if (result.status !== 'Succeeded') {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${what} ended ${result.status}: ${result.error?.code ?? 'no error code'}: ${result.error?.message ?? ''}`, { kind: 'service' });
        }
        const shown = await readBackUntil(ctx, endpointName, after);
        return { before, after, changed: true, notes, endpoint: shown };
    });
}
async function mustGet(ctx, name) {
    const endpoint = await (0,_endpoint_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .getEndpoint */ .yP)(ctx, name);
    if (endpoint === undefined) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`Online endpoint '${name}' does not exist (deleted while this step ran?).`, {
            kind: 'not-found',
        });
    }
    return endpoint;
}
/** GET until the endpoint shows the maps (Azure applies traffic eventually), within the run's deadline. */
async function readBackUntil(ctx, name, wanted) {
    for (let attempt = 0;; attempt++) {
        const endpoint = await mustGet(ctx, name);
        if (sameMaps(trafficOf(endpoint), wanted))
            return endpoint;
        ctx.logger.info(`Endpoint '${name}' still shows traffic ${(0,_traffic_math_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTraffic */ .zM)(trafficOf(endpoint).traffic)}; reading it again.`);
        await (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__/* .waitUntilDeadline */ .Mv)(ctx, (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(attempt), `Waiting for '${name}' to show the new traffic`);
    }
}


/***/ })

};
