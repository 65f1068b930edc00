import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 964;
export const ids = [964];
export const modules = {

/***/ 50964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRegisterModel: () => (/* binding */ runRegisterModel)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var src_inputs = __webpack_require__(40190);
// EXTERNAL MODULE: ./packages/azure/src/session.ts + 1 modules
var src_session = __webpack_require__(74712);
// EXTERNAL MODULE: ./packages/azure/src/datastore.ts
var datastore = __webpack_require__(94914);
// EXTERNAL MODULE: ./packages/azure/src/arm-errors.ts
var arm_errors = __webpack_require__(64937);
// EXTERNAL MODULE: ./packages/assets/src/lineage.ts
var src_lineage = __webpack_require__(78882);
// EXTERNAL MODULE: ./packages/registration/src/register-model.ts
var register_model = __webpack_require__(79430);
// EXTERNAL MODULE: ./packages/registration/src/metrics.ts
var metrics = __webpack_require__(76086);
// EXTERNAL MODULE: ./packages/registration/src/gates.ts
var gates = __webpack_require__(2531);
// EXTERNAL MODULE: ./packages/registration/src/champion.ts
var champion = __webpack_require__(79700);
// EXTERNAL MODULE: ./packages/azure/src/azureml-uri.ts
var azureml_uri = __webpack_require__(30650);
// EXTERNAL MODULE: ./packages/azureml-spec/src/model.ts
var model = __webpack_require__(43681);
// EXTERNAL MODULE: ./packages/azureml-spec/src/spec-document.ts
var spec_document = __webpack_require__(46503);
// EXTERNAL MODULE: ./packages/registration/src/model-request.ts
var model_request = __webpack_require__(31890);
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
    const parsed = (0,azureml_uri/* parseAzureMlUri */.Y)(uri, 'model-uri');
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
    const result = await (0,register_model/* registerModel */.$R)(request, {
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
        metrics: await (0,metrics/* readMetrics */.Uw)({ metrics: inputs.metrics, metricsFile: inputs.metricsFile }),
        thresholds: (0,gates/* parseMinMetrics */.RU)(inputs.minMetrics ?? ''),
        champion: inputs.compareTo !== undefined && inputs.primaryMetric !== undefined
            ? {
                compareTo: (0,champion/* parseCompareTo */.QC)(inputs.compareTo),
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


/***/ })

};
