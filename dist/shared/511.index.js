import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 511;
export const ids = [511];
export const modules = {

/***/ 30650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ parseAzureMlUri)
/* harmony export */ });
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48826);
/**
 * Azure ML references as users write them in CLI v2 files and inputs:
 * `azureml://datastores/<datastore>/paths/<path>` (optionally prefixed by subscriptions/…/resourcegroups/…/workspaces/…),
 * `azureml://jobs/<job>/outputs/<output>[/paths/<path>]`, and assets `azureml:<name>:<version>` / `azureml:<name>@<label>`
 * or, for data assets, the long form `azureml://subscriptions/…/resourcegroups/…/workspaces/<ws>/data/<name>/versions/<v>`.
 */

const DATASTORE = /^azureml:\/\/(?:subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/workspaces\/([^/]+)\/)?datastores\/([^/]+)\/paths(?:\/(.*))?$/i;
const JOB_OUTPUT = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)(?:\/paths(?:\/(.*))?)?\/?$/i;
const DATA_ASSET = /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/workspaces\/([^/]+)\/data\/([^/]+)\/versions\/([^/]+)\/?$/i;
const ASSET = /^azureml:([a-zA-Z0-9][a-zA-Z0-9_.-]{0,254})(?::([^:@/]+)|@([a-zA-Z0-9_.-]+))?$/;
const FORMS = 'azureml://datastores/<datastore>/paths/<path>, azureml://jobs/<job>/outputs/<output>, ' +
    'azureml:<name>:<version> or azureml:<name>@<label>';
/** Parse an Azure ML reference; `input` names where it came from for the error message. */
function parseAzureMlUri(value, input = 'uri') {
    const text = value.trim();
    const datastore = DATASTORE.exec(text);
    if (datastore) {
        const [, subscriptionId, resourceGroup, workspace, name = '', path = ''] = datastore;
        return {
            kind: 'datastore',
            datastore: name,
            path: path.replace(/^\/+/, ''),
            ...(subscriptionId && resourceGroup && workspace
                ? { workspace: { subscriptionId, resourceGroup, workspace } }
                : {}),
        };
    }
    const job = JOB_OUTPUT.exec(text);
    if (job) {
        const [, jobName = '', output = '', path] = job;
        return {
            kind: 'job-output',
            job: jobName,
            output,
            path: path === undefined ? undefined : path.replace(/^\/+/, ''),
        };
    }
    const data = DATA_ASSET.exec(text);
    if (data) {
        const [, subscriptionId = '', resourceGroup = '', workspace = '', name = '', version = ''] = data;
        return {
            kind: 'asset',
            name,
            version,
            label: undefined,
            workspace: { subscriptionId, resourceGroup, workspace },
        };
    }
    const asset = ASSET.exec(text);
    if (asset) {
        const [, name = '', version, label] = asset;
        return { kind: 'asset', name, version, label };
    }
    const below = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)\/(?!paths(?:\/|$))(.+)$/i.exec(text);
    const hint = below
        ? ` A path below a job output is written azureml://jobs/${below[1] ?? ''}/outputs/${below[2] ?? ''}/paths/${below[3] ?? ''}.`
        : '';
    throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input '${input}' has the value '${value}', which is not an Azure ML reference: expected ${FORMS}.${hint}`);
}


/***/ }),

/***/ 79700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseCompareTo),
/* harmony export */   a5: () => (/* binding */ describeCompareTo),
/* harmony export */   fh: () => (/* binding */ findChampion)
/* harmony export */ });
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48826);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76086);
/* harmony import */ var _model_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85474);



function parseCompareTo(text) {
    const value = text.trim();
    if (value === 'latest')
        return { kind: 'latest' };
    const equals = value.indexOf('=');
    if (equals === -1) {
        if (/^[A-Za-z0-9][\w.-]*$/.test(value))
            return { kind: 'version', version: value };
    }
    else if (equals > 0 && equals < value.length - 1 && !/[,\s]/.test(value)) {
        return { kind: 'tag', key: value.slice(0, equals), value: value.slice(equals + 1) };
    }
    throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`compare-to: '${text}' is not a champion reference. Use 'latest', a version such as '3', or a tag such as 'stage=production'.`);
}
function describeCompareTo(compareTo) {
    switch (compareTo.kind) {
        case 'latest':
            return 'the latest version';
        case 'version':
            return `version ${compareTo.version}`;
        case 'tag':
            return `the latest version tagged ${compareTo.key}=${compareTo.value}`;
    }
}
/** The champion's version and metrics; undefined when there is none yet (first model, or no version with the tag). */
async function findChampion(registry, name, compareTo, challengerHash) {
    let champion;
    if (compareTo.kind === 'version') {
        champion = await (0,_model_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .getVersion */ .HF)(registry, name, compareTo.version);
        if (!champion) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`compare-to: model '${name}' has no version ${compareTo.version} in workspace '${registry.workspace}'. Name an existing version, 'latest', or a tag such as stage=production.`, { kind: 'not-found' });
        }
    }
    else {
        const filter = compareTo.kind === 'tag' ? `${compareTo.key}=${compareTo.value}` : undefined;
        const versions = await (0,_model_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .listVersions */ .yO)(registry, name, filter);
        champion = (0,_model_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .latestOf */ .Te)(versions.filter((version) => !version.properties.isArchived &&
            !(0,_model_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .sameContent */ .Cm)(version, challengerHash) &&
            (compareTo.kind !== 'tag' || version.properties.tags?.[compareTo.key] === compareTo.value)));
    }
    return champion
        ? { version: champion.name ?? '?', metrics: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .metricsFromProperties */ .dx)(champion.properties.properties) }
        : undefined;
}


/***/ }),

/***/ 2531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ requireGateMetrics),
/* harmony export */   RU: () => (/* binding */ parseMinMetrics),
/* harmony export */   S$: () => (/* binding */ evaluateThresholds),
/* harmony export */   Vq: () => (/* binding */ evaluateChampion)
/* harmony export */ });
/* unused harmony export OPERATORS */
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48826);
/**
 * Quality gates: absolute thresholds (`min-metrics: accuracy>=0.9, rmse<=3.2`) and the champion/challenger rule
 * (the challenger must beat the champion's primary metric by at least `min-improvement`). Every gate gives one row
 * of the table the job summary shows: metric, challenger, champion, threshold, verdict.
 */

const OPERATORS = ['>=', '<=', '==', '>', '<'];
/** Floating-point slack for comparisons, so 0.3 - 0.2 counts as an improvement of 0.1. */
const EPSILON = 1e-9;
const ENTRY = /^\s*([A-Za-z0-9_][\w.\-/]*)\s*(>=|<=|==|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/;
/** Parse `min-metrics`: entries separated by commas or new lines, each `<metric><operator><number>`. */
function parseMinMetrics(text) {
    const entries = text
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    return entries.map((entry) => {
        const match = ENTRY.exec(entry);
        if (!match) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`min-metrics: '${entry}' is not a gate. Write <metric><operator><number> with one of ${OPERATORS.join(' ')}, separated by commas, e.g. 'accuracy>=0.9, rmse<=3.2'.`);
        }
        const [, metric = '', operator = '>=', value = ''] = match;
        return { metric, operator: operator, value: Number(value) };
    });
}
/** Every metric a gate names must be among the challenger's metrics; checked before anything is uploaded. */
function requireGateMetrics(metrics, thresholds, champion) {
    const needed = [
        ...thresholds.map((threshold) => ({ metric: threshold.metric, input: 'min-metrics' })),
        ...(champion ? [{ metric: champion.primaryMetric, input: 'primary-metric' }] : []),
    ];
    if (needed.length === 0)
        return;
    if (!metrics) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${needed[0]?.input ?? 'min-metrics'} gates on '${needed[0]?.metric ?? ''}', but no metrics were given. Set metrics (JSON) or metrics-file to the evaluation results of this model.`);
    }
    for (const { metric, input } of needed) {
        if (!(metric in metrics)) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${input}: the metric '${metric}' is not among the model's metrics (${Object.keys(metrics).join(', ')}). Fix the name in ${input} or add the metric to metrics/metrics-file.`);
        }
    }
}
function evaluateThresholds(metrics, thresholds) {
    return thresholds.map(({ metric, operator, value }) => {
        const challenger = metricOf(metrics, metric);
        return {
            metric,
            challenger,
            champion: undefined,
            threshold: `${operator} ${value}`,
            verdict: compare(challenger, operator, value) ? 'pass' : 'fail',
        };
    });
}
function evaluateChampion(metrics, champion, rule) {
    const challenger = metricOf(metrics, rule.primaryMetric);
    const direction = rule.higherIsBetter ? 'higher' : 'lower';
    if (!champion) {
        return {
            metric: rule.primaryMetric,
            challenger,
            champion: undefined,
            threshold: `beat the champion (${direction} is better)`,
            verdict: 'pass',
            note: 'no champion to compare with yet',
        };
    }
    const championValue = champion.metrics[rule.primaryMetric];
    if (championValue === undefined) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`compare-to: the champion version ${champion.version} has no '${rule.primaryMetric}' metric (no property metric.${rule.primaryMetric}), so primary-metric cannot compare against it. ` +
            'Compare to a version registered with that metric, or change primary-metric.', { kind: 'not-found' });
    }
    const improvement = rule.higherIsBetter ? challenger - championValue : championValue - challenger;
    const passes = improvement > EPSILON && improvement >= rule.minImprovement - EPSILON;
    const bound = rule.higherIsBetter
        ? championValue + rule.minImprovement
        : championValue - rule.minImprovement;
    const operator = rule.higherIsBetter
        ? rule.minImprovement > 0
            ? '>='
            : '>'
        : rule.minImprovement > 0
            ? '<='
            : '<';
    return {
        metric: rule.primaryMetric,
        challenger,
        champion: championValue,
        threshold: `${operator} ${round(bound)} (champion v${champion.version}${rule.minImprovement > 0 ? ` ${rule.higherIsBetter ? '+' : '-'} ${rule.minImprovement}` : ''})`,
        verdict: passes ? 'pass' : 'fail',
    };
}
/** A metric that requireGateMetrics has already checked is there. */
function metricOf(metrics, name) {
    const value = metrics[name];
    if (value === undefined)
        throw new Error(`Metric '${name}' missing after requireGateMetrics`);
    return value;
}
function compare(actual, operator, expected) {
    switch (operator) {
        case '>=':
            return actual >= expected - EPSILON;
        case '<=':
            return actual <= expected + EPSILON;
        case '>':
            return actual > expected;
        case '<':
            return actual < expected;
        case '==':
            return Math.abs(actual - expected) <= EPSILON;
    }
}
/** Rounding for display: drops floating-point noise such as 0.9200000000000002. */
function round(value) {
    return Number(value.toPrecision(12));
}


/***/ }),

/***/ 76086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ readMetrics),
/* harmony export */   _J: () => (/* binding */ metricsToProperties),
/* harmony export */   dx: () => (/* binding */ metricsFromProperties)
/* harmony export */ });
/* unused harmony exports METRIC_PROPERTY_PREFIX, parseMetricsJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48826);
/**
 * Model metrics: read from the `metrics` input or a `metrics-file` (JSON, flat `{"accuracy": 0.93}` or nested
 * `{"metrics": {...}}`, numbers only), stored on the version as `metric.<name>` properties, and read back from a
 * champion version's properties.
 */


const METRIC_PROPERTY_PREFIX = 'metric.';
/** Read metrics from the inputs; undefined when neither is given. Giving both is an error. */
async function readMetrics(options) {
    const { metrics, metricsFile } = options;
    if (metrics && metricsFile) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('metrics and metrics-file are both set. Give the metrics one way: inline JSON in metrics, or a JSON file in metrics-file.');
    }
    if (metrics)
        return parseMetricsJson(metrics, { input: 'metrics' });
    if (!metricsFile)
        return undefined;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(metricsFile, 'utf8').catch((error) => {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`metrics-file: cannot read '${metricsFile}' (${error.code ?? String(error)}). Give the path of a JSON file written by the training step, relative to the workspace checkout.`, { cause: error });
    });
    return parseMetricsJson(text, { input: 'metrics-file', file: metricsFile });
}
function parseMetricsJson(text, source) {
    const where = source.file ? `${source.input} '${source.file}'` : source.input;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${where}: not valid JSON (${error.message}). Expected an object of numbers such as {"accuracy": 0.93, "rmse": 3.1}.`, { annotation: annotationAt(source, text, positionOf(error)), cause: error });
    }
    const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isObject(parsed)) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${where}: expected a JSON object of numbers such as {"accuracy": 0.93}, got ${JSON.stringify(parsed)}.`, {
            annotation: annotationAt(source, text, 0),
        });
    }
    const body = isObject(parsed.metrics) ? parsed.metrics : parsed;
    const metrics = {};
    for (const [key, value] of Object.entries(body)) {
        if (!/^[A-Za-z0-9_][\w.\-/]*$/.test(key)) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${where}: the metric name '${key}' is not usable as a property name. Use letters, digits, '_', '.', '-' or '/'.`, { annotation: annotationAt(source, text, text.indexOf(JSON.stringify(key))) });
        }
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${where}: the metric '${key}' is ${JSON.stringify(value)}; every metric must be a finite number (write 0.93, not "0.93").`, { annotation: annotationAt(source, text, text.indexOf(JSON.stringify(key))) });
        }
        metrics[key] = value;
    }
    if (Object.keys(metrics).length === 0) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${where}: no metrics in it. Expected an object of numbers such as {"accuracy": 0.93}.`);
    }
    return metrics;
}
function metricsToProperties(metrics) {
    return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [`${METRIC_PROPERTY_PREFIX}${key}`, String(value)]));
}
/** Metrics stored on a version as `metric.<name>` properties; values that are not numbers are left out. */
function metricsFromProperties(properties) {
    const metrics = {};
    for (const [key, value] of Object.entries(properties ?? {})) {
        if (!key.startsWith(METRIC_PROPERTY_PREFIX) || value === null || value.trim() === '')
            continue;
        const number = Number(value);
        if (Number.isFinite(number))
            metrics[key.slice(METRIC_PROPERTY_PREFIX.length)] = number;
    }
    return metrics;
}
function positionOf(error) {
    const match = /position (\d+)/.exec(error.message);
    return match ? Number(match[1]) : undefined;
}
/** An annotation at a character offset of a metrics file (none for the inline input or an unknown offset). */
function annotationAt(source, text, offset) {
    if (!source.file || offset === undefined || offset < 0)
        return undefined;
    const before = text.slice(0, offset).split('\n');
    return { file: source.file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}


/***/ }),

/***/ 85474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ createVersion),
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   HF: () => (/* binding */ getVersion),
/* harmony export */   Te: () => (/* binding */ latestOf),
/* harmony export */   y: () => (/* binding */ findVersionByContent),
/* harmony export */   yO: () => (/* binding */ listVersions)
/* harmony export */ });
/* unused harmony export nextFreeVersion */
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_assets__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78882);
/* harmony import */ var _aml_actions_assets__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42070);


/** How many versions an automatic registration tries before giving up on a crowded registry. */
const MAX_ATTEMPTS = 20;
async function getVersion(registry, name, version) {
    return orUndefinedOn404(() => registry.client.modelVersions.get(registry.resourceGroup, registry.workspace, name, version));
}
/** All versions of a model (none when the model does not exist), optionally filtered by the service on `tags`. */
async function listVersions(registry, name, tags) {
    const versions = [];
    const iterate = async () => {
        for await (const version of registry.client.modelVersions.list(registry.resourceGroup, registry.workspace, name, tags ? { tags } : {})) {
            versions.push(version);
        }
        return versions;
    };
    return (await orUndefinedOn404(iterate)) ?? [];
}
/** The version already holding this content, if any (matched on the content-hash tag). */
async function findVersionByContent(registry, name, contentHash) {
    const candidates = await listVersions(registry, name, `${_aml_actions_assets__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_HASH_TAG */ .a8}=${contentHash}`);
    return latestOf(candidates.filter((version) => sameContent(version, contentHash)));
}
/** The next free numeric version: the container's nextVersion when the service gives it, else one above the highest. */
async function nextFreeVersion(registry, name) {
    const container = await orUndefinedOn404(() => registry.client.modelContainers.get(registry.resourceGroup, registry.workspace, name));
    if (!container)
        return 1;
    const next = Number(container.properties.nextVersion);
    if (Number.isInteger(next) && next > 0)
        return next;
    const numbers = (await listVersions(registry, name))
        .map((version) => Number(version.name))
        .filter(Number.isInteger);
    return Math.max(0, ...numbers) + 1;
}
/** The most recent of some versions: highest numeric version, else latest created. */
function latestOf(versions) {
    const key = (version) => [
        Number.isInteger(Number(version.name)) ? Number(version.name) : -1,
        version.systemData?.createdAt?.getTime() ?? 0,
    ];
    return [...versions].sort((a, b) => {
        const [an, at] = key(a);
        const [bn, bt] = key(b);
        return bn - an || bt - at;
    })[0];
}
function sameContent(version, contentHash) {
    return version.properties.tags?.[_aml_actions_assets__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_HASH_TAG */ .a8] === contentHash;
}
/**
 * Create a version of `name` with `body` (whose tags carry the content hash). With `explicitVersion`, that version
 * or a clear conflict error; without, the next free number, moving on while others take numbers first.
 */
async function createVersion(registry, name, body, options) {
    const { explicitVersion, contentHash, logger } = options;
    let candidate = explicitVersion ?? String(await nextFreeVersion(registry, name));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const existing = await getVersion(registry, name, candidate);
        if (existing && sameContent(existing, contentHash)) {
            logger.info(`Version ${candidate} of model '${name}' already holds this content (${contentHash}): reusing it.`);
            return { version: candidate, model: existing, reused: true };
        }
        if (existing) {
            candidate = takenBy(name, candidate, existing, explicitVersion, logger);
            continue;
        }
        const created = await putIfAbsent(registry, name, candidate, body);
        if (created === 'taken') {
            logger.info(`Version ${candidate} of model '${name}' was taken by a concurrent registration while this one was creating it.`);
            continue;
        }
        const stored = await getVersion(registry, name, candidate);
        if (stored && !sameContent(stored, contentHash)) {
            candidate = takenBy(name, candidate, stored, explicitVersion, logger);
            continue;
        }
        logger.info(`Registered model '${name}' version ${candidate}.`);
        return { version: candidate, model: stored ?? created, reused: false };
    }
    throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Could not find a free version of model '${name}' after ${MAX_ATTEMPTS} attempts: other registrations kept taking the next number. Re-run the job, or set version explicitly.`, { kind: 'conflict' });
}
/** A version holds other content: fail for an explicit version, else go on to the next number. */
function takenBy(name, candidate, holder, explicitVersion, logger) {
    if (explicitVersion !== undefined) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`version: model '${name}' version ${candidate} already exists with other content (${_aml_actions_assets__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_HASH_TAG */ .a8} ${holder.properties.tags?.[_aml_actions_assets__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_HASH_TAG */ .a8] ?? 'not set'}). ` +
            'Versions are never overwritten: choose another version, or leave version empty to take the next free number.', { kind: 'conflict' });
    }
    const next = String(Number(candidate) + 1);
    logger.info(`Version ${candidate} of model '${name}' is taken by other content; trying ${next}.`);
    return next;
}
/** PUT that must not replace an existing version; 'taken' when the service says it exists. */
async function putIfAbsent(registry, name, version, body) {
    try {
        return await registry.client.modelVersions.createOrUpdate(registry.resourceGroup, registry.workspace, name, version, body, {
            requestOptions: { customHeaders: { 'If-None-Match': '*' } },
        });
    }
    catch (error) {
        const status = (0,_aml_actions_assets__WEBPACK_IMPORTED_MODULE_2__/* .httpStatusOf */ .s)(error);
        if (status === 409 || status === 412)
            return 'taken';
        throw error;
    }
}
async function orUndefinedOn404(call) {
    try {
        return await call();
    }
    catch (error) {
        if ((0,_aml_actions_assets__WEBPACK_IMPORTED_MODULE_2__/* .httpStatusOf */ .s)(error) === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 79430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ registerModel),
/* harmony export */   G4: () => (/* binding */ datastoreUri),
/* harmony export */   rF: () => (/* binding */ uriHash),
/* harmony export */   tO: () => (/* binding */ stringTags)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(48826);
/* harmony import */ var _champion_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79700);
/* harmony import */ var _aml_actions_assets__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3151);
/* harmony import */ var _aml_actions_assets__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31406);
/* harmony import */ var _aml_actions_assets__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78882);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2531);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76086);
/* harmony import */ var _model_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31890);
/* harmony import */ var _model_versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85474);
/**
 * Register a model version: check everything that can be checked locally, hash the content, evaluate the gates,
 * then (only when they pass) upload what is missing and create the version, or reuse the one that already holds
 * this content.
 */








async function registerModel(request, clients) {
    const { registry, logger } = clients;
    (0,_model_request_js__WEBPACK_IMPORTED_MODULE_1__/* .checkModelName */ .Xs)(request.name);
    (0,_model_request_js__WEBPACK_IMPORTED_MODULE_1__/* .checkVersion */ .ps)(request.version);
    (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .requireGateMetrics */ .Gc)(request.metrics, request.thresholds, request.champion);
    const content = request.source.kind === 'local'
        ? await (0,_aml_actions_assets__WEBPACK_IMPORTED_MODULE_3__/* .hashContent */ .s)(request.source.path, { input: request.source.input, noun: 'model' })
        : undefined;
    const contentHash = content
        ? (0,_aml_actions_assets__WEBPACK_IMPORTED_MODULE_3__/* .formatContentHash */ .t)(content.hash)
        : uriHash(request.source.kind === 'uri' ? request.source.uri : '');
    const modelType = resolveModelType(request, content);
    logger.info(content
        ? `Content hash of ${content.kind} '${content.name}' (${content.files.length} files, ${(content.totalBytes / 1024 / 1024).toFixed(1)} MB): ${contentHash}`
        : `Model from ${request.source.kind === 'uri' ? request.source.uri : ''} (reference hash ${contentHash})`);
    const existing = await (0,_model_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .findVersionByContent */ .y)(registry, request.name, contentHash);
    const gates = await evaluateGates(request, clients, contentHash);
    const tags = buildTags(request, contentHash, logger);
    const base = { name: request.name, contentHash, gates, modelType, tags };
    if (!gates.passed) {
        logger.info(`Gates failed: ${gates.failures.join('; ')}. Nothing uploaded or registered.`);
        return { ...base, registered: false, reused: false };
    }
    if (existing?.name && (request.version === undefined || request.version === existing.name)) {
        logger.info(`Model '${request.name}' version ${existing.name} already holds this content (${contentHash}): reusing it, nothing uploaded.`);
        return {
            ...base,
            ...describe(request.name, existing.name, existing),
            registered: true,
            reused: true,
            tags: stringTags(existing),
        };
    }
    let upload;
    let storageUri;
    if (content) {
        const datastore = await clients.openDatastore();
        upload = await logger.group('Upload', () => (0,_aml_actions_assets__WEBPACK_IMPORTED_MODULE_5__/* .uploadContent */ .H3)(datastore.container, content, logger, request.upload));
        storageUri = datastoreUri(registry, datastore.name, upload.path);
    }
    else {
        storageUri = request.source.kind === 'uri' ? request.source.uri : '';
    }
    const body = {
        properties: {
            description: request.description,
            tags,
            properties: { ...request.properties, ...(request.metrics ? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_6__/* .metricsToProperties */ ._J)(request.metrics) : {}) },
            modelType,
            modelUri: storageUri,
            flavors: request.flavors,
            jobName: request.source.kind === 'uri' ? request.source.jobName : undefined,
        },
    };
    const created = await (0,_model_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .createVersion */ .BB)(registry, request.name, body, {
        explicitVersion: request.version,
        contentHash,
        logger,
    });
    return {
        ...base,
        ...describe(request.name, created.version, created.model),
        registered: true,
        reused: created.reused,
        tags: created.reused ? stringTags(created.model) : tags,
        upload,
    };
}
async function evaluateGates(request, clients, contentHash) {
    const rows = request.metrics ? (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateThresholds */ .S$)(request.metrics, request.thresholds) : [];
    let championVersion;
    if (request.champion && request.metrics) {
        const champion = await (0,_champion_js__WEBPACK_IMPORTED_MODULE_7__/* .findChampion */ .fh)(clients.registry, request.name, request.champion.compareTo, contentHash);
        championVersion = champion?.version;
        clients.logger.info(champion
            ? `Champion (${(0,_champion_js__WEBPACK_IMPORTED_MODULE_7__/* .describeCompareTo */ .a5)(request.champion.compareTo)}): version ${champion.version}`
            : `No champion (${(0,_champion_js__WEBPACK_IMPORTED_MODULE_7__/* .describeCompareTo */ .a5)(request.champion.compareTo)}) yet: the challenger passes the comparison.`);
        rows.push((0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateChampion */ .Vq)(request.metrics, champion, request.champion));
    }
    const failures = rows
        .filter((row) => row.verdict === 'fail')
        .map((row) => `${row.metric} ${row.challenger} is not ${row.threshold}`);
    return { rows, passed: failures.length === 0, failures, championVersion };
}
function buildTags(request, contentHash, logger) {
    const lineage = (0,_aml_actions_assets__WEBPACK_IMPORTED_MODULE_8__/* .lineageTags */ .v4)(request.github, contentHash, request.runId);
    const reserved = [...Object.values(_aml_actions_assets__WEBPACK_IMPORTED_MODULE_8__/* .LINEAGE_TAGS */ .Wl), _aml_actions_assets__WEBPACK_IMPORTED_MODULE_8__/* .CONTENT_HASH_TAG */ .a8];
    const overridden = Object.keys(request.tags).filter((key) => reserved.includes(key));
    if (overridden.length > 0) {
        logger.warning(`tags: ${overridden.join(', ')} ${overridden.length === 1 ? 'is a lineage tag' : 'are lineage tags'} this action sets itself; the given value is ignored.`);
    }
    return { ...request.tags, ...lineage };
}
function resolveModelType(request, content) {
    const hasMlModel = content?.kind === 'folder' && content.files.some((file) => file.relativePath === 'MLmodel');
    if (request.modelType === 'mlflow_model' && content && !hasMlModel) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .y(`model-type: mlflow_model needs a folder with an MLmodel file at its top, and ${request.source.kind === 'local' ? `'${request.source.path}'` : 'the model'} has none. ` +
            'Point the path at the folder mlflow.save_model wrote, or set model-type to custom_model.');
    }
    return request.modelType ?? (hasMlModel ? 'mlflow_model' : 'custom_model');
}
/** Long-form datastore URI, as the Azure ML CLI v2 writes it for uploaded models. */
function datastoreUri(registry, datastore, path) {
    return `azureml://subscriptions/${registry.subscriptionId}/resourcegroups/${registry.resourceGroup}/workspaces/${registry.workspace}/datastores/${datastore}/paths/${path}`;
}
/** A remote model has no local bytes: its identity for reuse is the reference itself. */
function uriHash(uri) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`aml-actions-uri-v1\0${uri}`).digest('hex')}`;
}
function describe(name, version, model) {
    return {
        version,
        id: model.id,
        modelUri: `azureml:${name}:${version}`,
        storageUri: model.properties.modelUri,
    };
}
/** The version's tags without null values. */
function stringTags(model) {
    return Object.fromEntries(Object.entries(model.properties.tags ?? {}).filter((entry) => entry[1] !== null));
}


/***/ })

};
