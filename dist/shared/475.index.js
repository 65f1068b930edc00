import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 475;
export const ids = [475];
export const modules = {

/***/ 68475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRegisterModel: () => (/* binding */ runRegisterModel)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/azure/src/inputs.ts + 1 modules
var src_inputs = __webpack_require__(73179);
// EXTERNAL MODULE: ./packages/azure/src/session.ts + 1 modules
var src_session = __webpack_require__(74712);
// EXTERNAL MODULE: ./packages/azure/src/datastore.ts
var datastore = __webpack_require__(94914);
// EXTERNAL MODULE: ./packages/azure/src/arm-errors.ts
var arm_errors = __webpack_require__(64937);
// EXTERNAL MODULE: ./packages/assets/src/lineage.ts
var src_lineage = __webpack_require__(78882);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/registration/src/metrics.ts
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
        throw new errors/* UserError */.y('metrics and metrics-file are both set. Give the metrics one way: inline JSON in metrics, or a JSON file in metrics-file.');
    }
    if (metrics)
        return parseMetricsJson(metrics, { input: 'metrics' });
    if (!metricsFile)
        return undefined;
    const text = await (0,promises_.readFile)(metricsFile, 'utf8').catch((error) => {
        throw new errors/* UserError */.y(`metrics-file: cannot read '${metricsFile}' (${error.code ?? String(error)}). Give the path of a JSON file written by the training step, relative to the workspace checkout.`, { cause: error });
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
        throw new errors/* UserError */.y(`${where}: not valid JSON (${error.message}). Expected an object of numbers such as {"accuracy": 0.93, "rmse": 3.1}.`, { annotation: annotationAt(source, text, positionOf(error)), cause: error });
    }
    const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isObject(parsed)) {
        throw new errors/* UserError */.y(`${where}: expected a JSON object of numbers such as {"accuracy": 0.93}, got ${JSON.stringify(parsed)}.`, {
            annotation: annotationAt(source, text, 0),
        });
    }
    const body = isObject(parsed.metrics) ? parsed.metrics : parsed;
    const metrics = {};
    for (const [key, value] of Object.entries(body)) {
        if (!/^[A-Za-z0-9_][\w.\-/]*$/.test(key)) {
            throw new errors/* UserError */.y(`${where}: the metric name '${key}' is not usable as a property name. Use letters, digits, '_', '.', '-' or '/'.`, { annotation: annotationAt(source, text, text.indexOf(JSON.stringify(key))) });
        }
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            throw new errors/* UserError */.y(`${where}: the metric '${key}' is ${JSON.stringify(value)}; every metric must be a finite number (write 0.93, not "0.93").`, { annotation: annotationAt(source, text, text.indexOf(JSON.stringify(key))) });
        }
        metrics[key] = value;
    }
    if (Object.keys(metrics).length === 0) {
        throw new errors/* UserError */.y(`${where}: no metrics in it. Expected an object of numbers such as {"accuracy": 0.93}.`);
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

// EXTERNAL MODULE: ./packages/registration/src/model-versions.ts
var model_versions = __webpack_require__(85474);
;// CONCATENATED MODULE: ./packages/registration/src/champion.ts



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
    throw new errors/* UserError */.y(`compare-to: '${text}' is not a champion reference. Use 'latest', a version such as '3', or a tag such as 'stage=production'.`);
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
        champion = await (0,model_versions/* getVersion */.HF)(registry, name, compareTo.version);
        if (!champion) {
            throw new errors/* UserError */.y(`compare-to: model '${name}' has no version ${compareTo.version} in workspace '${registry.workspace}'. Name an existing version, 'latest', or a tag such as stage=production.`, { kind: 'not-found' });
        }
    }
    else {
        const filter = compareTo.kind === 'tag' ? `${compareTo.key}=${compareTo.value}` : undefined;
        const versions = await (0,model_versions/* listVersions */.yO)(registry, name, filter);
        champion = (0,model_versions/* latestOf */.Te)(versions.filter((version) => !version.properties.isArchived &&
            !(0,model_versions/* sameContent */.Cm)(version, challengerHash) &&
            (compareTo.kind !== 'tag' || version.properties.tags?.[compareTo.key] === compareTo.value)));
    }
    return champion
        ? { version: champion.name ?? '?', metrics: metricsFromProperties(champion.properties.properties) }
        : undefined;
}

// EXTERNAL MODULE: ./packages/assets/src/content-hash.ts + 1 modules
var content_hash = __webpack_require__(3151);
// EXTERNAL MODULE: ./packages/assets/src/content-upload.ts + 2 modules
var content_upload = __webpack_require__(68095);
;// CONCATENATED MODULE: ./packages/registration/src/gates.ts
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
            throw new errors/* UserError */.y(`min-metrics: '${entry}' is not a gate. Write <metric><operator><number> with one of ${OPERATORS.join(' ')}, separated by commas, e.g. 'accuracy>=0.9, rmse<=3.2'.`);
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
        throw new errors/* UserError */.y(`${needed[0]?.input ?? 'min-metrics'} gates on '${needed[0]?.metric ?? ''}', but no metrics were given. Set metrics (JSON) or metrics-file to the evaluation results of this model.`);
    }
    for (const { metric, input } of needed) {
        if (!(metric in metrics)) {
            throw new errors/* UserError */.y(`${input}: the metric '${metric}' is not among the model's metrics (${Object.keys(metrics).join(', ')}). Fix the name in ${input} or add the metric to metrics/metrics-file.`);
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
        throw new errors/* UserError */.y(`compare-to: the champion version ${champion.version} has no '${rule.primaryMetric}' metric (no property metric.${rule.primaryMetric}), so primary-metric cannot compare against it. ` +
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

// EXTERNAL MODULE: ./packages/registration/src/model-request.ts
var model_request = __webpack_require__(31890);
;// CONCATENATED MODULE: ./packages/registration/src/register-model.ts
/**
 * Register a model version: check everything that can be checked locally, hash the content, evaluate the gates,
 * then (only when they pass) upload what is missing and create the version, or reuse the one that already holds
 * this content.
 */








async function registerModel(request, clients) {
    const { registry, logger } = clients;
    (0,model_request/* checkModelName */.Xs)(request.name);
    (0,model_request/* checkVersion */.ps)(request.version);
    requireGateMetrics(request.metrics, request.thresholds, request.champion);
    const content = request.source.kind === 'local'
        ? await (0,content_hash/* hashContent */.s)(request.source.path, { input: request.source.input, noun: 'model' })
        : undefined;
    const contentHash = content
        ? (0,content_hash/* formatContentHash */.t)(content.hash)
        : uriHash(request.source.kind === 'uri' ? request.source.uri : '');
    const modelType = resolveModelType(request, content);
    logger.info(content
        ? `Content hash of ${content.kind} '${content.name}' (${content.files.length} files, ${(content.totalBytes / 1024 / 1024).toFixed(1)} MB): ${contentHash}`
        : `Model from ${request.source.kind === 'uri' ? request.source.uri : ''} (reference hash ${contentHash})`);
    const existing = await (0,model_versions/* findVersionByContent */.y)(registry, request.name, contentHash);
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
        upload = await logger.group('Upload', () => (0,content_upload/* uploadContent */.H3)(datastore.container, content, logger, request.upload));
        storageUri = datastoreUri(registry, datastore.name, upload.path);
    }
    else {
        storageUri = request.source.kind === 'uri' ? request.source.uri : '';
    }
    const body = {
        properties: {
            description: request.description,
            tags,
            properties: { ...request.properties, ...(request.metrics ? metricsToProperties(request.metrics) : {}) },
            modelType,
            modelUri: storageUri,
            flavors: request.flavors,
            jobName: request.source.kind === 'uri' ? request.source.jobName : undefined,
        },
    };
    const created = await (0,model_versions/* createVersion */.BB)(registry, request.name, body, {
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
    const rows = request.metrics ? evaluateThresholds(request.metrics, request.thresholds) : [];
    let championVersion;
    if (request.champion && request.metrics) {
        const champion = await findChampion(clients.registry, request.name, request.champion.compareTo, contentHash);
        championVersion = champion?.version;
        clients.logger.info(champion
            ? `Champion (${describeCompareTo(request.champion.compareTo)}): version ${champion.version}`
            : `No champion (${describeCompareTo(request.champion.compareTo)}) yet: the challenger passes the comparison.`);
        rows.push(evaluateChampion(request.metrics, champion, request.champion));
    }
    const failures = rows
        .filter((row) => row.verdict === 'fail')
        .map((row) => `${row.metric} ${row.challenger} is not ${row.threshold}`);
    return { rows, passed: failures.length === 0, failures, championVersion };
}
function buildTags(request, contentHash, logger) {
    const lineage = (0,src_lineage/* lineageTags */.v4)(request.github, contentHash, request.runId);
    const reserved = [...Object.values(src_lineage/* LINEAGE_TAGS */.Wl), src_lineage/* CONTENT_HASH_TAG */.a8];
    const overridden = Object.keys(request.tags).filter((key) => reserved.includes(key));
    if (overridden.length > 0) {
        logger.warning(`tags: ${overridden.join(', ')} ${overridden.length === 1 ? 'is a lineage tag' : 'are lineage tags'} this action sets itself; the given value is ignored.`);
    }
    return { ...request.tags, ...lineage };
}
function resolveModelType(request, content) {
    const hasMlModel = content?.kind === 'folder' && content.files.some((file) => file.relativePath === 'MLmodel');
    if (request.modelType === 'mlflow_model' && content && !hasMlModel) {
        throw new errors/* UserError */.y(`model-type: mlflow_model needs a folder with an MLmodel file at its top, and ${request.source.kind === 'local' ? `'${request.source.path}'` : 'the model'} has none. ` +
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
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(`aml-actions-uri-v1\0${uri}`).digest('hex')}`;
}
function describe(name, version, model) {
    return {
        version,
        id: model.id,
        modelUri: `azureml:${name}:${version}`,
        storageUri: model.properties.modelUri,
    };
}
function stringTags(model) {
    return Object.fromEntries(Object.entries(model.properties.tags ?? {}).filter((entry) => entry[1] !== null));
}

;// CONCATENATED MODULE: ./packages/azure/src/azureml-uri.ts
/**
 * Azure ML references as users write them in CLI v2 files and inputs:
 * `azureml://datastores/<datastore>/paths/<path>` (optionally prefixed by subscriptions/…/resourcegroups/…/workspaces/…),
 * `azureml://jobs/<job>/outputs/<output>[/paths/<path>]`, and assets `azureml:<name>:<version>` / `azureml:<name>@<label>`.
 */

const DATASTORE = /^azureml:\/\/(?:subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/workspaces\/([^/]+)\/)?datastores\/([^/]+)\/paths(?:\/(.*))?$/i;
const JOB_OUTPUT = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)(?:\/paths(?:\/(.*))?)?\/?$/i;
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
    const asset = ASSET.exec(text);
    if (asset) {
        const [, name = '', version, label] = asset;
        return { kind: 'asset', name, version, label };
    }
    throw new errors/* UserError */.y(`Input '${input}' has the value '${value}', which is not an Azure ML reference: expected ${FORMS}.`);
}

// EXTERNAL MODULE: ./packages/azureml-spec/src/model.ts
var model = __webpack_require__(43681);
// EXTERNAL MODULE: ./packages/azureml-spec/src/spec-document.ts
var spec_document = __webpack_require__(46503);
;// CONCATENATED MODULE: ./actions/register-model/src/model-source.ts
/**
 * What to register, from the inputs: exactly one of model-path, model-uri or spec-file, with the model's name,
 * version, type, description, tags and properties (inputs override a spec file's fields).
 */




/** inputs: from readInputs, which checked that exactly one of model-path, model-uri and spec-file is set. */
function modelDefinition(inputs, log) {
    const fromInputs = {
        name: inputs.modelName ?? '',
        version: inputs.version,
        modelType: inputs.modelType,
        description: inputs.description,
        tags: inputs.tags ?? {},
        properties: inputs.properties ?? {},
    };
    if (inputs.modelPath !== undefined) {
        return { ...fromInputs, source: { kind: 'local', path: inputs.modelPath, input: 'model-path' } };
    }
    if (inputs.modelUri !== undefined)
        return { ...fromInputs, source: uriSource(inputs.modelUri) };
    return fromSpecFile(inputs.specFile ?? '', fromInputs, log);
}
function uriSource(uri) {
    if (/^https:\/\/[^/]+\/[^/]+\/.+/.test(uri))
        return { kind: 'uri', uri };
    const parsed = parseAzureMlUri(uri, 'model-uri');
    if (parsed.kind === 'job-output')
        return { kind: 'uri', uri, jobName: parsed.job };
    if (parsed.kind === 'datastore')
        return { kind: 'uri', uri };
    throw new errors/* UserError */.y(`model-uri: '${uri}' names a registered asset, which is already a model version. Give where the files are: azureml://jobs/<job>/outputs/<output>, azureml://datastores/<datastore>/paths/<path> or an https:// blob URL.`);
}
/** A CLI v2 model YAML: its fields, with the inputs that are set taking precedence. */
function fromSpecFile(file, inputs, log) {
    const spec = (0,model/* mapModel */.cq)((0,spec_document/* loadSpecFile */.KO)(file, 'model', 'spec-file'));
    const upload = spec.pending.find((pending) => pending.kind === 'upload');
    const body = spec.finalize(upload ? { [upload.id]: '' } : {}).properties;
    const source = upload
        ? { kind: 'local', path: upload.path, input: 'spec-file' }
        : uriSource(body.modelUri ?? '');
    if (inputs.name && spec.name && inputs.name !== spec.name) {
        log.info(`model-name '${inputs.name}' overrides the name '${spec.name}' in ${file}.`);
    }
    return {
        name: inputs.name || (spec.name ?? ''),
        version: inputs.version ?? spec.version,
        source,
        modelType: inputs.modelType ??
            (body.modelType === undefined ? undefined : (0,model_request/* parseModelType */.P$)(body.modelType, `spec-file ${file}: type`)),
        description: inputs.description ?? body.description,
        tags: { ...nonNull(body.tags), ...inputs.tags },
        properties: { ...nonNull(body.properties), ...inputs.properties },
        flavors: body.flavors,
    };
}
function nonNull(map) {
    return Object.fromEntries(Object.entries(map ?? {}).filter((entry) => entry[1] !== null));
}

// EXTERNAL MODULE: ./packages/action-kit/src/summary.ts
var src_summary = __webpack_require__(46813);
;// CONCATENATED MODULE: ./actions/register-model/src/summary.ts
/** The job summary of a registration: the version, its lineage, the upload and the gate table. */


function writeSummary(summary, result, skippedReason) {
    if (result.registered) {
        summary.heading(`Model ${result.name} version ${result.version ?? ''}${result.reused ? ' (reused)' : ''}`);
        summary.status('success', result.reused
            ? `The same content was already registered as version ${result.version ?? ''}: nothing was uploaded or created.`
            : `Registered version ${result.version ?? ''}.`);
    }
    else {
        summary.heading(`Model ${result.name}: not registered`);
        if (skippedReason)
            summary.status('skipped', skippedReason);
    }
    summary.keyValue({
        Model: result.name,
        Version: result.version,
        'Model URI': result.modelUri === undefined ? undefined : { markdown: `\`${result.modelUri}\`` },
        'ARM id': result.id,
        Type: result.modelType,
        'Content hash': { markdown: `\`${result.contentHash}\`` },
        Storage: result.storageUri,
        Upload: result.upload === undefined ? undefined : describeUpload(result),
    });
    if (result.gates.rows.length > 0) {
        summary.heading('Gates', 3);
        summary.table(['Metric', 'Challenger', 'Champion', 'Threshold', 'Verdict'], result.gates.rows.map((row) => [
            row.metric,
            row.challenger,
            row.champion ?? row.note ?? '',
            { markdown: `\`${row.threshold}\`` },
            row.verdict === 'pass' ? '✅ pass' : '❌ fail',
        ]));
    }
    const lineage = Object.values(src_lineage/* LINEAGE_TAGS */.Wl).flatMap((key) => {
        const value = result.tags[key];
        return value === undefined ? [] : [[key, value]];
    });
    if (lineage.length > 0) {
        summary.details('Lineage tags', (inner) => {
            const rows = lineage.map(([key, value]) => [
                key,
                key === src_lineage/* LINEAGE_TAGS */.Wl.runUrl ? { markdown: `[${(0,src_summary/* escapeMarkdown */.FV)(value)}](${value})` } : value,
            ]);
            inner.keyValue(rows, ['Tag', 'Value']);
        });
    }
}
function describeUpload(result) {
    const upload = result.upload;
    if (upload === undefined)
        return '';
    if (upload.alreadyComplete)
        return `already in the datastore (${upload.skippedFiles} files): nothing sent`;
    const figures = upload.figures;
    const rate = figures === undefined ? '' : `, ${figures.megabytesPerSecond.toFixed(1)} MB/s`;
    return `${upload.uploadedFiles} files sent (${formatBytes(upload.uploadedBytes)}${rate}), ${upload.skippedFiles} already there`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

;// CONCATENATED MODULE: ./actions/register-model/src/run.ts
/** register-model: inputs → model request → registerModel → outputs and job summary. */






async function runRegisterModel(context, inputs, deps) {
    const { log, outputs, summary } = context;
    const request = await modelRequest(inputs, deps.env, context);
    const azure = (0,src_inputs/* readAzureInputs */.t)(inputs, deps.env, log);
    const session = (0,src_session/* connectAzure */.C)(azure, {
        env: deps.env,
        logger: log,
        getIdToken: deps.getIdToken,
        actionName: 'register-model',
    });
    const result = await registerModel(request, {
        registry: { client: session.mlClient, ...session.workspace },
        openDatastore: async () => ({
            name: datastore/* DEFAULT_DATASTORE */.A,
            container: await (0,datastore/* getDatastoreContainer */.L)(session.mlClient, session.workspace, session.cloud, log, {
                credential: session.credential,
            }),
        }),
        logger: log,
    }).catch((error) => {
        throw (0,arm_errors/* translateArmError */.l)(error, {
            action: `Registering model '${request.name}' in workspace '${session.workspace.workspace}'`,
            resource: `model '${request.name}' in workspace '${session.workspace.workspace}'`,
        });
    });
    setOutputs(outputs, result);
    if (result.registered) {
        writeSummary(summary, result);
        return;
    }
    const reason = `Gates failed for model '${result.name}': ${result.gates.failures.join('; ')}.`;
    if (inputs.onGateFailure === 'skip') {
        writeSummary(summary, result, `${reason} on-gate-failure is skip: the step succeeds without registering.`);
        log.warning(`${reason} Not registered (on-gate-failure: skip).`);
        return;
    }
    writeSummary(summary, result);
    throw new errors/* UserError */.y(`${reason} Nothing was uploaded or registered. Set on-gate-failure: skip to let the job go on.`, {
        kind: 'input',
    });
}
async function modelRequest(inputs, env, context) {
    const definition = modelDefinition(inputs, context.log);
    return {
        ...definition,
        metrics: await readMetrics({ metrics: inputs.metrics, metricsFile: inputs.metricsFile }),
        thresholds: parseMinMetrics(inputs.minMetrics ?? ''),
        champion: inputs.compareTo !== undefined && inputs.primaryMetric !== undefined
            ? {
                compareTo: parseCompareTo(inputs.compareTo),
                primaryMetric: inputs.primaryMetric,
                higherIsBetter: inputs.higherIsBetter,
                minImprovement: inputs.minImprovement,
            }
            : undefined,
        github: (0,src_lineage/* githubContextFromEnv */.S0)(env),
        runId: inputs.runId,
        upload: { fileConcurrency: inputs.uploadConcurrency, abortSignal: context.signal },
    };
}
function setOutputs(outputs, result) {
    outputs.set('model-name', result.name);
    outputs.set('model-version', result.version ?? '');
    outputs.set('model-id', result.id ?? '');
    outputs.set('model-uri', result.modelUri ?? '');
    outputs.set('registered', result.registered);
    outputs.set('reused', result.reused);
    outputs.set('content-hash', result.contentHash);
}


/***/ }),

/***/ 43681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cq: () => (/* binding */ mapModel),
/* harmony export */   ko: () => (/* binding */ readModel)
/* harmony export */ });
/* unused harmony export MODEL_TYPES */
/* harmony import */ var _asset_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13452);
/* harmony import */ var _local_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45886);
/* harmony import */ var _pending_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14443);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49640);
/* harmony import */ var _spec_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31592);
/* harmony import */ var _spec_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46503);






/** The model types, as azure-ai-ml sends them in a model version's `modelType` (and Azure ML stores them). */
const MODEL_TYPES = {
    custom_model: 'custom_model',
    mlflow_model: 'mlflow_model',
    triton_model: 'triton_model',
};
const MODEL_SHAPE = {
    what: 'the model',
    keys: [
        '$schema',
        'name',
        'version',
        'type',
        'path',
        'description',
        'tags',
        'properties',
        'flavors',
        'job_name',
    ],
    required: ['path'],
    refused: {
        stage: "'stage' needs API 2023-04-01 or later and these actions register models with 2022-10-01: remove it (a tag can carry the stage)",
        datastore: "'datastore' is not supported: local model files go to the workspace's default datastore; remove it",
        ...(0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .readOnlyRefusals */ .kS)(['id', 'creation_context', 'latest_version']),
    },
};
/** A model spec at `field`; records problems on the reader and returns undefined when it has any. */
function readModel(reader, field, options) {
    const fields = reader.object(field, {
        ...MODEL_SHAPE,
        what: field.path === '' ? 'the model' : field.path,
        required: options.requireName ? ['name', 'path'] : ['path'],
    });
    if (fields === undefined)
        return undefined;
    const name = (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .assetName */ .SM)(reader, fields);
    const version = (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .assetVersion */ .Pb)(reader, fields);
    const type = reader.choice(fields.get('type'), MODEL_TYPES) ?? 'custom_model';
    const common = (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .commonFields */ .dG)(reader, fields);
    const jobName = reader.string(fields.get('job_name'));
    const flavors = readFlavors(reader, fields.get('flavors'));
    const pending = [];
    const pathField = fields.get('path');
    const uri = pathField === undefined ? undefined : modelUri(reader, pathField, pending);
    if (uri === undefined)
        return undefined;
    return {
        assetType: 'models',
        name,
        version,
        annotation: reader.at(field),
        ...(0,_pending_js__WEBPACK_IMPORTED_MODULE_1__/* .finalizable */ .Af)(pending, (value) => ({
            properties: (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .compact */ .oE)({ ...common, modelType: type, modelUri: value(uri), flavors, jobName }),
        })),
    };
}
/** Where the model files are: a local file or folder (uploaded), or a datastore, job output or storage URI. */
function modelUri(reader, field, pending) {
    const text = reader.string(field, 'a local path or a URI');
    if (text === undefined)
        return undefined;
    const reference = (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    if (reference.kind === 'uri')
        return reference.uri;
    if (reference.kind === 'local') {
        const local = (0,_local_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .localPath */ .$)(reader, field, reference.path, 'file or folder');
        if (local === undefined)
            return undefined;
        const upload = (0,_local_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadAsset */ .M)(reader, field, local, 'model');
        pending.push(upload);
        return upload;
    }
    reader.report(field, reference.kind === 'invalid'
        ? reference.reason
        : `'${text}' is not a model location: give a local file or folder, azureml://datastores/<datastore>/paths/<path>, ` +
            'azureml://jobs/<job>/outputs/<output>, or an https:// / wasbs:// / abfss:// URL');
}
function readFlavors(reader, field) {
    if (field === undefined)
        return undefined;
    const flavors = {};
    for (const entry of reader.entries(field, 'a mapping of flavor names to their settings')) {
        const data = reader.stringMap(entry);
        if (data !== undefined)
            flavors[entry.key] = { data };
    }
    return flavors;
}
/** Map a model YAML document (`az ml model create -f`) to the ModelVersion to create. */
function mapModel(doc) {
    (0,_spec_document_js__WEBPACK_IMPORTED_MODULE_4__/* .expectKind */ .Oj)(doc, 'model');
    const reader = new _spec_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .SpecReader */ .L9(doc);
    return reader.finish(readModel(reader, reader.root(), { requireName: true }));
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


/***/ })

};
