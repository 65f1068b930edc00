import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 450;
export const ids = [450];
export const modules = {

/***/ 90450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runJobAction: () => (/* binding */ runJobAction)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/action-kit/src/duration.ts
var duration = __webpack_require__(65405);
// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var src_inputs = __webpack_require__(40190);
// EXTERNAL MODULE: ./packages/azure/src/session.ts + 1 modules
var src_session = __webpack_require__(74712);
// EXTERNAL MODULE: ./packages/azure/src/datastore.ts
var datastore = __webpack_require__(94914);
// EXTERNAL MODULE: ./packages/assets/src/lineage.ts
var lineage = __webpack_require__(78882);
// EXTERNAL MODULE: ./packages/azureml-spec/src/spec-document.ts
var spec_document = __webpack_require__(46503);
// EXTERNAL MODULE: ./packages/azureml-spec/src/overrides.ts
var overrides = __webpack_require__(86745);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/action-kit/src/suggest.ts
var suggest = __webpack_require__(82311);
// EXTERNAL MODULE: ./packages/azureml-spec/src/asset-fields.ts
var asset_fields = __webpack_require__(13452);
// EXTERNAL MODULE: ./packages/azureml-spec/src/code.ts
var src_code = __webpack_require__(39667);
// EXTERNAL MODULE: ./packages/azureml-spec/src/environment.ts
var src_environment = __webpack_require__(77101);
// EXTERNAL MODULE: ./packages/azureml-spec/src/local-paths.ts
var local_paths = __webpack_require__(45886);
// EXTERNAL MODULE: ./packages/azureml-spec/src/references.ts
var references = __webpack_require__(49640);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/job-io.ts
/** A command job's `inputs` (literals, files, folders, tables, models) and `outputs`. */




const INPUT_TYPES = {
    uri_file: 'uri_file',
    uri_folder: 'uri_folder',
    mltable: 'mltable',
    custom_model: 'custom_model',
    mlflow_model: 'mlflow_model',
    triton_model: 'triton_model',
};
const INPUT_MODES = {
    ro_mount: 'ReadOnlyMount',
    rw_mount: 'ReadWriteMount',
    download: 'Download',
    direct: 'Direct',
    eval_mount: 'EvalMount',
    eval_download: 'EvalDownload',
};
const OUTPUT_MODES = { rw_mount: 'ReadWriteMount', upload: 'Upload', direct: 'Direct' };
const LOCAL_KIND = {
    uri_file: 'file',
    uri_folder: 'folder',
    mltable: 'folder',
    custom_model: 'file or folder',
    mlflow_model: 'folder',
    triton_model: 'folder',
};
function readInputs(reader, field, workspace, pending) {
    const inputs = [];
    for (const entry of reader.entries(field, 'a mapping of input names to values or {type, path}')) {
        if (!(0,dist/* isMap */.jh)(entry.node)) {
            const literal = reader.literal(entry);
            if (literal !== undefined)
                inputs.push([entry.key, () => ({ jobInputType: 'literal', value: literal })]);
            continue;
        }
        const input = readAssetInput(reader, entry, workspace, pending);
        if (input !== undefined)
            inputs.push([entry.key, input]);
    }
    if (field === undefined)
        return () => undefined;
    return (value) => Object.fromEntries(inputs.map(([name, build]) => [name, build(value)]));
}
function readAssetInput(reader, entry, workspace, pending) {
    const fields = reader.object(entry, {
        what: entry.path,
        keys: ['type', 'path', 'mode', 'description'],
        required: ['path'],
    });
    if (fields === undefined)
        return undefined;
    const type = reader.choice(fields.get('type'), INPUT_TYPES) ?? 'uri_folder';
    const mode = reader.choice(fields.get('mode'), INPUT_MODES);
    const description = reader.string(fields.get('description'));
    const pathField = fields.get('path');
    const uri = pathField === undefined ? undefined : inputUri(reader, pathField, type, workspace, pending);
    if (uri === undefined)
        return undefined;
    return (value) => (0,asset_fields/* compact */.oE)({ jobInputType: type, uri: value(uri), mode, description });
}
/** An input's `path`: local (uploaded), a URI, or a registered data asset or model. */
function inputUri(reader, field, type, workspace, pending) {
    const text = reader.string(field, 'a local path, a URI, or azureml:<name>:<version>');
    if (text === undefined)
        return undefined;
    const reference = (0,references/* parseReference */.F2)(text);
    if (reference.kind === 'uri')
        return reference.uri;
    if (reference.kind !== 'local') {
        const assetType = type.endsWith('_model') ? 'models' : 'data';
        return (0,references/* registeredAsset */.dN)(reader, field, reference, assetType, workspace, pending);
    }
    const local = (0,local_paths/* localPath */.$)(reader, field, reference.path, LOCAL_KIND[type]);
    if (local === undefined)
        return undefined;
    if (type === 'mltable' && (0,local_paths/* localPath */.$)(reader, field, `${reference.path}/MLTable`, 'file') === undefined) {
        return undefined;
    }
    const upload = (0,local_paths/* uploadAsset */.M)(reader, field, local, type.endsWith('_model') ? 'model' : 'data');
    pending.push(upload);
    return upload;
}
function readOutputs(reader, field) {
    if (field === undefined)
        return undefined;
    const outputs = {};
    for (const entry of reader.entries(field, 'a mapping of output names to {type, path, mode}')) {
        if (entry.node === null || ((0,dist/* isScalar */.jn)(entry.node) && entry.node.value === null)) {
            outputs[entry.key] = { jobOutputType: 'uri_folder' };
            continue;
        }
        const fields = reader.object(entry, {
            what: entry.path,
            keys: ['type', 'path', 'mode', 'description'],
            refused: {
                name: "naming an output asset needs API 2023-04-01 or later: remove 'name' and register the output afterwards (register-model with model-uri)",
                version: "versioning an output asset needs API 2023-04-01 or later: remove 'version'",
            },
        });
        if (fields === undefined)
            continue;
        const pathField = fields.get('path');
        const uri = reader.string(pathField, 'an azureml://datastores/<datastore>/paths/<path> URI');
        if (pathField !== undefined && uri !== undefined && !/^azureml:\/\/datastores\//i.test(uri)) {
            reader.report(pathField, `'${uri}' is not a datastore URI: expected azureml://datastores/<datastore>/paths/<path>`);
        }
        outputs[entry.key] = (0,asset_fields/* compact */.oE)({
            jobOutputType: reader.choice(fields.get('type'), INPUT_TYPES) ?? 'uri_folder',
            uri,
            mode: reader.choice(fields.get('mode'), OUTPUT_MODES),
            description: reader.string(fields.get('description')),
        });
    }
    return outputs;
}

// EXTERNAL MODULE: ./packages/azureml-spec/src/iso-duration.ts
var iso_duration = __webpack_require__(26642);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/job-settings.ts



const COMPUTE_NAME = /^[A-Za-z][A-Za-z0-9-]{1,23}$/;
/** `compute:` → the compute's ARM id (`azureml:<name>`, a bare name, or an ARM id); absent means serverless. */
function readCompute(reader, field, workspace) {
    const text = reader.string(field, 'azureml:<compute-name>');
    if (field === undefined || text === undefined)
        return undefined;
    if (text.trim().toLowerCase() === 'local') {
        reader.report(field, "'local' runs the job in Docker on your machine through the CLI; run-job submits to the workspace: " +
            'name a compute cluster (azureml:<cluster>) or remove compute for serverless compute');
        return;
    }
    const reference = (0,references/* parseReference */.F2)(text.includes(':') || text.startsWith('/') ? text : `azureml:${text}`);
    if (reference.kind === 'arm-id')
        return reference.id;
    if (reference.kind === 'name' && COMPUTE_NAME.test(reference.name))
        return (0,references/* computeArmId */.zV)(workspace, reference.name);
    reader.report(field, `'${text}' is not a compute reference: expected azureml:<compute-name> (2-24 letters, digits and hyphens, ` +
        'starting with a letter) or the compute ARM id');
}
function readResources(reader, field) {
    const fields = reader.object(field, {
        what: 'resources',
        keys: ['instance_count', 'instance_type', 'shm_size', 'docker_args'],
    });
    if (fields === undefined)
        return undefined;
    const shmSize = reader.string(fields.get('shm_size'), 'a size such as 2g');
    const shmField = fields.get('shm_size');
    if (shmField !== undefined && shmSize !== undefined && !/^\d+[bkmg]$/i.test(shmSize)) {
        reader.report(shmField, `'${shmSize}' is not a size: expected a number with b, k, m or g (such as 2g)`);
    }
    return (0,asset_fields/* compact */.oE)({
        instanceCount: reader.integer(fields.get('instance_count'), { min: 1 }),
        instanceType: reader.string(fields.get('instance_type'), 'a VM size such as Standard_DS3_v2'),
        shmSize,
        dockerArgs: reader.string(fields.get('docker_args')),
    });
}
const DISTRIBUTION_KEYS = {
    pytorch: ['type', 'process_count_per_instance'],
    mpi: ['type', 'process_count_per_instance'],
    tensorflow: ['type', 'worker_count', 'parameter_server_count'],
};
function readDistribution(reader, field) {
    const fields = reader.object(field, {
        what: 'distribution',
        keys: ['type', 'process_count_per_instance', 'worker_count', 'parameter_server_count'],
        required: ['type'],
        refused: {
            include_dashboard: "'include_dashboard' is for Ray distribution, which is not supported: remove it",
        },
    });
    const typeField = fields?.get('type');
    const type = reader.choice(typeField, {
        pytorch: 'pytorch',
        mpi: 'mpi',
        tensorflow: 'tensorflow',
        ray: 'ray',
    });
    if (fields === undefined || typeField === undefined || type === undefined)
        return undefined;
    if (type === 'ray') {
        reader.report(typeField, 'Ray distribution is not supported: use pytorch, mpi or tensorflow');
        return;
    }
    for (const [key, keyField] of fields) {
        if (!(DISTRIBUTION_KEYS[type] ?? []).includes(key)) {
            reader.report(keyField, `'${key}' does not apply to distribution type ${type}`);
        }
    }
    const count = (key, min) => reader.integer(fields.get(key), { min });
    if (type === 'tensorflow') {
        return (0,asset_fields/* compact */.oE)({
            distributionType: 'TensorFlow',
            workerCount: count('worker_count', 1),
            parameterServerCount: count('parameter_server_count', 0),
        });
    }
    return (0,asset_fields/* compact */.oE)({
        distributionType: type === 'pytorch' ? 'PyTorch' : 'Mpi',
        processCountPerInstance: count('process_count_per_instance', 1),
    });
}
function readLimits(reader, field) {
    const fields = reader.object(field, { what: 'limits', keys: ['timeout'] });
    if (fields === undefined)
        return undefined;
    const timeout = reader.integer(fields.get('timeout'), { min: 1, unit: 'seconds' });
    return (0,asset_fields/* compact */.oE)({
        jobLimitsType: 'Command',
        timeout: timeout === undefined ? undefined : (0,iso_duration/* isoDurationFromSeconds */.Z)(timeout),
    });
}
function readJobIdentity(reader, field) {
    const fields = reader.object(field, {
        what: 'identity',
        keys: ['type', 'client_id', 'object_id', 'resource_id'],
        required: ['type'],
    });
    if (field === undefined || fields === undefined)
        return undefined;
    const type = reader.choice(fields.get('type'), {
        aml_token: 'AMLToken',
        managed: 'Managed',
        managed_identity: 'Managed',
        user_identity: 'UserIdentity',
    });
    const ids = {
        clientId: reader.string(fields.get('client_id')),
        objectId: reader.string(fields.get('object_id')),
        resourceId: reader.string(fields.get('resource_id')),
    };
    if (type === undefined)
        return undefined;
    if (type === 'Managed')
        return (0,asset_fields/* compact */.oE)({ identityType: type, ...ids });
    for (const key of ['client_id', 'object_id', 'resource_id']) {
        const extra = fields.get(key);
        if (extra !== undefined)
            reader.report(extra, `'${key}' goes with identity type managed`);
    }
    return { identityType: type };
}

// EXTERNAL MODULE: ./packages/azureml-spec/src/pending.ts
var src_pending = __webpack_require__(14443);
// EXTERNAL MODULE: ./packages/azureml-spec/src/spec-reader.ts + 1 modules
var spec_reader = __webpack_require__(31592);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/command-job.ts
/** commandJob YAML → JobBase with CommandJob properties (API 2022-10-01). */









const JOB_SHAPE = {
    what: 'the command job',
    keys: [
        '$schema',
        'type',
        'name',
        'display_name',
        'description',
        'tags',
        'properties',
        'experiment_name',
        'command',
        'code',
        'environment',
        'environment_variables',
        'inputs',
        'outputs',
        'compute',
        'resources',
        'distribution',
        'limits',
        'identity',
    ],
    required: ['command', 'environment'],
    refused: {
        services: "'services' (interactive JupyterLab, SSH, TensorBoard) is not supported by run-job: remove it",
        queue_settings: "'queue_settings' needs API 2023-04-01 or later: remove it",
        ...(0,asset_fields/* readOnlyRefusals */.kS)(['id', 'status', 'creation_context', 'parameters']),
    },
};
const JOB_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/;
const BINDING = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const OPTIONAL_SECTION = /\$\[\[([\s\S]*?)\]\]/g;
/** Map a command job YAML document (`az ml job create -f`) to the job to PUT (after resolving its pending assets). */
function mapCommandJob(doc, options) {
    const { reader, fields } = (0,spec_reader/* openSpec */.Is)(doc, 'commandJob', JOB_SHAPE);
    if (fields === undefined)
        return reader.finish(undefined);
    const typeField = fields.get('type');
    reader.choice(typeField, { command: 'command' });
    const name = jobName(reader, fields.get('name'));
    const command = reader.string(fields.get('command'), 'the command to run');
    const pending = [];
    const code = (0,src_code/* codeValue */.j)(reader, fields.get('code'), 'file or folder', options.workspace, pending);
    const environment = (0,src_environment/* environmentValue */.Jz)(reader, fields.get('environment'), options.workspace, pending);
    const inputs = readInputs(reader, fields.get('inputs'), options.workspace, pending);
    const outputs = readOutputs(reader, fields.get('outputs'));
    const commandField = fields.get('command');
    if (commandField !== undefined && command !== undefined)
        checkBindings(reader, commandField, command, fields);
    const settings = (0,asset_fields/* compact */.oE)({
        ...(0,asset_fields/* commonFields */.dG)(reader, fields),
        displayName: reader.string(fields.get('display_name')),
        experimentName: reader.string(fields.get('experiment_name')),
        environmentVariables: reader.stringMap(fields.get('environment_variables')),
        computeId: readCompute(reader, fields.get('compute'), options.workspace),
        resources: readResources(reader, fields.get('resources')),
        distribution: readDistribution(reader, fields.get('distribution')),
        limits: readLimits(reader, fields.get('limits')),
        identity: readJobIdentity(reader, fields.get('identity')),
    });
    if (command === undefined || environment === undefined)
        return reader.finish(undefined);
    return reader.finish({
        name,
        declared: [...fields.keys()],
        ...(0,src_pending/* finalizable */.Af)(pending, (value) => ({
            properties: (0,asset_fields/* compact */.oE)({
                jobType: 'Command',
                ...settings,
                command,
                codeId: code === undefined ? undefined : value(code),
                environmentId: value(environment),
                inputs: inputs(value),
                outputs,
            }),
        })),
    });
}
function jobName(reader, field) {
    const name = reader.string(field, 'a job name');
    if (field === undefined || name === undefined)
        return undefined;
    if (!JOB_NAME.test(name)) {
        reader.report(field, `'${name}' is not a valid job name: letters, digits, '-' and '_', at most 255`);
        return;
    }
    return name;
}
/**
 * `${{inputs.x}}` and `${{outputs.y}}` in the command must name declared inputs and outputs (except inside optional
 * `$[[...]]` sections); an input an override added must be used by the command (else the override path is a typo).
 */
function checkBindings(reader, field, command, fields) {
    const entries = (key) => {
        const group = fields.get(key);
        return group !== undefined && (0,dist/* isMap */.jh)(group.node) ? reader.entries(group, 'a mapping') : [];
    };
    const inputs = entries('inputs');
    const declared = {
        inputs: inputs.map((entry) => entry.key),
        outputs: entries('outputs').map((entry) => entry.key),
    };
    const required = command.replace(OPTIONAL_SECTION, '');
    const used = new Set();
    for (const [binding, expression = ''] of command.matchAll(BINDING)) {
        const match = /^(inputs|outputs)\.([A-Za-z0-9_]+)$/.exec(expression);
        const group = match?.[1] === 'outputs' ? 'outputs' : 'inputs';
        const name = match?.[2] ?? '';
        if (match === null) {
            reader.report(field, `${binding} is not a binding of a command job: use \${{inputs.<name>}} or \${{outputs.<name>}}`);
            continue;
        }
        used.add(`${group}.${name}`);
        if (!declared[group].includes(name) && required.includes(binding)) {
            const hint = (0,suggest/* didYouMean */.au)(name, declared[group]);
            reader.report(field, `the command uses ${binding}, but ${group} has no '${name}'${hint === '' ? '' : ` (${hint})`}: declare it under ${group}:`);
        }
    }
    for (const entry of inputs) {
        const origin = entry.node === null ? undefined : reader.doc.origins.get(entry.node);
        if (origin?.created === true && !used.has(`inputs.${entry.key}`)) {
            const hint = (0,suggest/* didYouMean */.au)(entry.key, declared.inputs.filter((name) => name !== entry.key));
            reader.report(entry, `the command does not use this input${hint === '' ? '' : ` (${hint})`}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/jobs/src/job-spec.ts
/**
 * The job to submit, from the user's CLI v2 YAML: parsed with positions, the `set` overrides applied as the CLI's
 * `--set` does, then the action's experiment-name / display-name / tags inputs, then mapped to the ARM body.
 * Sweep and pipeline jobs are refused with the reason (see azureml-spec's kinds).
 */

function loadJobSpec(request, workspace) {
    const doc = (0,spec_document/* loadSpecFile */.KO)(request.file, 'commandJob', 'job-file');
    (0,overrides/* applySetOverrides */.i)(doc, request.set, 'set');
    if (request.experimentName !== undefined) {
        (0,overrides/* setSpecValue */.H)(doc, 'experiment_name', request.experimentName, "input 'experiment-name'");
    }
    if (request.displayName !== undefined) {
        (0,overrides/* setSpecValue */.H)(doc, 'display_name', request.displayName, "input 'display-name'");
    }
    for (const [key, value] of Object.entries(request.tags ?? {})) {
        (0,overrides/* setSpecValue */.H)(doc, `tags.${key}`, value, `input 'tags' (${key})`);
    }
    return mapCommandJob(doc, { workspace });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/azure/src/arm-errors.ts
var arm_errors = __webpack_require__(64937);
// EXTERNAL MODULE: ./packages/assets/src/asset-resolver.ts
var asset_resolver = __webpack_require__(33006);
// EXTERNAL MODULE: ./packages/jobs/src/jobs-api.ts
var jobs_api = __webpack_require__(66213);
;// CONCATENATED MODULE: ./packages/jobs/src/submit-job.ts
/**
 * Submit a command job: resolve what the YAML refers to (uploads, inline registrations, @latest), add lineage tags,
 * and create the job under its own name or a generated one. A job the YAML names that already exists is followed
 * instead of being submitted again, so re-running a workflow does not start a second copy.
 */





async function submitJob(spec, github, clients) {
    const { client, workspace, logger, signal } = clients;
    const where = `workspace '${workspace.workspace}'`;
    if (spec.name !== undefined) {
        const existing = await (0,jobs_api/* getJob */.ax)(client, workspace, spec.name, signal).catch((error) => {
            throw (0,arm_errors/* translateArmError */.l)(error, { action: `Reading job '${spec.name ?? ''}' in ${where}` });
        });
        if (existing !== undefined) {
            logger.info(`Job '${spec.name}' already exists in ${where} (status ${existing.properties.status ?? 'unknown'}): ` +
                'following it instead of submitting it again. Remove `name:` from the job file (or change it) to start a new run.');
            return { name: spec.name, job: existing, attached: true, assets: [] };
        }
    }
    const assets = [];
    const resolved = await logger.group('Uploading and registering what the job uses', () => (0,src_pending/* resolveAssets */.qX)(spec.pending, (0,asset_resolver/* assetResolver */.Z)(clients, assets)));
    const body = spec.finalize(resolved);
    body.properties.tags = { ...body.properties.tags, ...(0,lineage/* lineageTags */.v4)(github, '') };
    const name = spec.name ?? generateJobName(body.properties.experimentName);
    const job = await (0,jobs_api/* putJob */.fD)(client, workspace, name, body, signal).catch((error) => {
        throw (0,arm_errors/* translateArmError */.l)(error, {
            action: `Submitting job '${name}' to ${where}`,
            resource: `job '${name}' in ${where}`,
        });
    });
    logger.info(`Submitted job ${name} (experiment '${job.properties.experimentName ?? 'Default'}').`);
    return { name, job, attached: false, assets };
}
/** `<experiment>_<10 random letters and digits>`, like the names Azure ML gives jobs submitted without one. */
function generateJobName(experimentName, random = (0,external_node_crypto_.randomBytes)(10)) {
    const prefix = (experimentName ?? 'job')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 40);
    const suffix = [...random].map((byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');
    return `${/^[a-z0-9]/.test(prefix) ? prefix : 'job'}_${suffix}`;
}

// EXTERNAL MODULE: ./packages/jobs/src/job-results.ts
var job_results = __webpack_require__(81438);
// EXTERNAL MODULE: ./packages/action-kit/src/progress.ts
var src_progress = __webpack_require__(87062);
;// CONCATENATED MODULE: ./packages/jobs/src/job-log.ts

/** Where Azure ML writes a job's user log, relative to the artifact store's container. */
function userLogPath(jobName) {
    return `ExperimentRun/dcid.${jobName}/user_logs/std_log.txt`;
}
function blobLogReader(container, jobName) {
    const blob = container.getBlobClient(userLogPath(jobName));
    return async (offset, signal) => {
        try {
            return await blob.downloadToBuffer(offset, undefined, { abortSignal: signal });
        }
        catch (error) {
            const status = error.statusCode;
            if (status === 404)
                return undefined;
            if (status === 416)
                return Buffer.alloc(0);
            throw error;
        }
    };
}
function followLog(read, onLine, keep = 200) {
    let offset = 0;
    let partial = '';
    const last = [];
    const emit = (line) => {
        last.push(line);
        if (last.length > keep)
            last.shift();
        onLine(line);
    };
    return {
        async poll(signal) {
            const chunk = await read(offset, signal);
            if (chunk === undefined || chunk.length === 0)
                return 0;
            offset += chunk.length;
            const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
            partial = lines.pop() ?? '';
            for (const line of lines)
                emit(line);
            return lines.length;
        },
        finish() {
            if (partial !== '')
                emit(partial);
            partial = '';
        },
        tail: (count) => last.slice(-count),
    };
}
/** Azure ML's artifact store: the datastore (container `azureml`) where job logs and artifacts are kept. */
const ARTIFACT_DATASTORE = 'workspaceartifactstore';
/**
 * The container of the artifact store, or of the default datastore in workspaces that have no artifact store
 * datastore (such as the local emulator, which keeps job artifacts there).
 */
async function openArtifactStore(open, logger) {
    try {
        return await open(ARTIFACT_DATASTORE);
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.y) || error.kind !== 'not-found')
            throw error;
        logger.debug(`No datastore '${ARTIFACT_DATASTORE}': reading job logs from the default datastore.`);
        return open();
    }
}

;// CONCATENATED MODULE: ./packages/jobs/src/job-watch.ts




const TERMINAL_STATUSES = ['Completed', 'Failed', 'Canceled', 'NotResponding'];
const TAIL_LINES = 30;
async function watchJob(client, workspace, name, options) {
    const { logger } = options;
    const progress = (0,src_progress/* trackProgress */.Z)(logger, `job ${name}`);
    const stop = new AbortController();
    const onSignal = () => {
        stop.abort('cancelled');
    };
    options.signal.addEventListener('abort', onSignal, { once: true });
    if (options.signal.aborted)
        onSignal();
    const timer = setTimeout(() => {
        stop.abort('timeout');
    }, options.timeoutMs);
    const log = new LogState(options, name);
    const { min, max } = options.pollMs ?? { min: 1000, max: 15_000 };
    let wait = min;
    let job;
    let lastStatus;
    try {
        for (;;) {
            job = await (0,jobs_api/* getJob */.ax)(client, workspace, name, stop.signal).catch((error) => {
                if (stop.signal.aborted)
                    throw error;
                throw (0,arm_errors/* translateArmError */.l)(error, { action: `Reading job '${name}'`, resource: `job '${name}'` });
            });
            if (job === undefined) {
                throw new errors/* UserError */.y(`Job ${name} no longer exists in workspace '${workspace.workspace}': it was deleted.`, {
                    kind: 'not-found',
                });
            }
            const status = job.properties.status ?? 'Unknown';
            progress.update(status);
            const changed = status !== lastStatus;
            lastStatus = status;
            const newLines = await log.poll(stop.signal);
            if (TERMINAL_STATUSES.includes(status)) {
                await log.poll(stop.signal);
                log.finish();
                return { job, status, elapsedMs: progress.elapsedMs(), logTail: log.tail() };
            }
            wait = newLines > 0 || changed ? min : Math.min(max, Math.round(wait * 1.5));
            await (0,src_progress/* sleep */.y)(wait, stop.signal);
        }
    }
    catch (error) {
        if (!stop.signal.aborted)
            throw error;
        const reason = stop.signal.reason === 'timeout' ? 'timeout' : 'cancelled';
        const status = await cancelJob(client, workspace, name, logger);
        const why = reason === 'timeout'
            ? `did not finish within the timeout of ${(0,duration/* formatDuration */.a3)(options.timeoutMs)}`
            : `was stopped because the workflow was cancelled`;
        throw new errors/* UserError */.y(`Job ${name} ${why} (after ${(0,duration/* formatElapsed */.C7)(progress.elapsedMs())}, status ${job?.properties.status ?? 'unknown'}): ` +
            `the Azure ML job was cancelled (${status}).${formatTail(log.tail())}`, { kind: reason });
    }
    finally {
        clearTimeout(timer);
        options.signal.removeEventListener('abort', onSignal);
    }
}
/** Asks Azure ML to cancel the job and reports where it stands a few seconds later. */
async function cancelJob(client, workspace, name, logger) {
    logger.warning(`Cancelling Azure ML job ${name}.`);
    try {
        await client.jobs.beginCancel(workspace.resourceGroup, workspace.workspace, name, {
            abortSignal: AbortSignal.timeout(10_000),
        });
        const job = await (0,jobs_api/* getJob */.ax)(client, workspace, name, AbortSignal.timeout(5_000));
        const status = job?.properties.status ?? 'Unknown';
        logger.info(`Job ${name}: cancel requested, status now ${status}.`);
        return `status ${status}`;
    }
    catch (error) {
        const message = (0,arm_errors/* translateArmError */.l)(error, { action: `Cancelling job '${name}'` }).message;
        logger.warning(`${message}\nCancel the job in Azure ML studio or with: az ml job cancel --name ${name}`);
        return `the cancel request failed: ${message}`;
    }
}
/** `\nLast lines of the job's log:\n…` or nothing when there is no log. */
function formatTail(lines) {
    if (lines.length === 0)
        return '';
    const what = lines.length === 1 ? 'Last line' : `Last ${lines.length} lines`;
    return `\n${what} of the job's log (user_logs/std_log.txt):\n${lines.join('\n')}`;
}
/** The log follower, opened on first use; a log that cannot be read is reported once and then left alone. */
class LogState {
    options;
    name;
    follower;
    failed = false;
    constructor(options, name) {
        this.options = options;
        this.name = name;
    }
    async poll(signal) {
        if (this.failed)
            return 0;
        try {
            this.follower ??= followLog(await this.options.openLog(), (line) => {
                if (this.options.streamLogs)
                    this.options.logger.info(`  | ${line}`);
            });
            return await this.follower.poll(signal);
        }
        catch (error) {
            if (signal.aborted)
                throw error;
            this.failed = true;
            this.options.logger.warning(`Cannot read the log of job ${this.name} (${error.message}); waiting for the job without it.`);
            return 0;
        }
    }
    finish() {
        this.follower?.finish();
    }
    tail() {
        return this.follower?.tail(TAIL_LINES) ?? [];
    }
}

// EXTERNAL MODULE: ./actions/run-job/src/inputs.ts
var run_job_src_inputs = __webpack_require__(84590);
;// CONCATENATED MODULE: ./actions/run-job/src/summary.ts
/** The job summary of a run: status, links, outputs, metrics, what was uploaded or reused, and the log tail. */

function writeSummary(summary, report) {
    const { submitted, status } = report;
    const properties = submitted.job.properties;
    summary.heading(`Azure ML job ${submitted.name}`);
    summary.status(status === 'Completed'
        ? 'success'
        : ['Failed', 'Canceled', 'NotResponding'].includes(status)
            ? 'failure'
            : 'running', `${status}${report.elapsedMs === undefined ? '' : ` after ${(0,duration/* formatElapsed */.C7)(report.elapsedMs)}`}` +
        (submitted.attached ? ' (an existing job with this name was followed, not submitted again)' : ''));
    summary.keyValue({
        Job: submitted.name,
        'Display name': properties.displayName ?? undefined,
        Experiment: properties.experimentName ?? undefined,
        Studio: { markdown: `[Open in Azure ML studio](${report.studio})` },
    });
    const outputs = Object.entries(report.outputs);
    if (outputs.length > 0) {
        summary.heading('Outputs', 3);
        summary.table(['Output', 'URI (usable as register-model model-uri)'], outputs.map(([name, uri]) => [name, { markdown: `\`${uri}\`` }]));
    }
    const metrics = Object.entries(report.metrics);
    if (metrics.length > 0) {
        summary.heading('Metrics', 3);
        summary.table(['Metric', 'Value'], metrics.map(([name, value]) => [name, String(value)]));
    }
    if (submitted.assets.length > 0) {
        summary.details('Uploaded and registered', (inner) => {
            inner.table(['What', 'Reference', 'Reused'], submitted.assets.map((asset) => [asset.what, asset.reference, asset.reused ? 'yes' : 'no']));
        });
    }
    if (status !== 'Completed' && report.logTail !== undefined && report.logTail.length > 0) {
        summary.details("End of the job's log", (inner) => {
            inner.code((report.logTail ?? []).join('\n'), 'text');
        });
    }
}

;// CONCATENATED MODULE: ./actions/run-job/src/run.ts
/** run-job: inputs → job spec → submit → wait (status, log, cancel) → outputs, metrics and job summary. */






async function runJobAction(context, inputs, deps) {
    const { log, outputs, summary, signal } = context;
    const azure = (0,src_inputs/* readAzureInputs */.t)(inputs, deps.env, log);
    const spec = loadJobSpec({
        file: inputs.jobFile,
        set: (0,run_job_src_inputs/* parseOverrides */.f$)(inputs.set),
        experimentName: inputs.experimentName,
        displayName: inputs.displayName,
        tags: inputs.tags,
    }, azure.workspace);
    const session = (0,src_session/* connectAzure */.C)(azure, {
        env: deps.env,
        logger: log,
        getIdToken: deps.getIdToken,
        actionName: 'run-job',
    });
    const openDatastore = (datastoreName) => (0,datastore/* getDatastoreContainer */.L)(session.mlClient, session.workspace, session.cloud, log, {
        credential: session.credential,
        ...(datastoreName === undefined ? {} : { datastoreName }),
    });
    const submitted = await submitJob(spec, (0,lineage/* githubContextFromEnv */.S0)(deps.env), {
        client: session.mlClient,
        workspace: session.workspace,
        logger: log,
        signal,
        openDatastore: () => openDatastore(datastore/* DEFAULT_DATASTORE */.A),
    });
    const { name } = submitted;
    const studio = (0,job_results/* studioUrl */.EL)(name, submitted.job, session.workspace);
    outputs.set('job-name', name);
    outputs.set('studio-url', studio);
    outputs.set('outputs', (0,job_results/* jobOutputUris */.gU)(name, submitted.job));
    log.info(`Job ${name}: ${studio}`);
    if (!inputs.wait) {
        const status = submitted.job.properties.status ?? 'NotStarted';
        outputs.set('status', status);
        outputs.set('metrics', {});
        writeSummary(summary, {
            submitted,
            status,
            studio,
            outputs: (0,job_results/* jobOutputUris */.gU)(name, submitted.job),
            metrics: {},
        });
        log.info(`wait is false: job ${name} was submitted (status ${status}) and keeps running in Azure ML.`);
        return;
    }
    const result = await watchJob(session.mlClient, session.workspace, name, {
        logger: log,
        signal,
        timeoutMs: inputs.timeout,
        streamLogs: inputs.streamLogs,
        openLog: async () => blobLogReader(await openArtifactStore(openDatastore, log), name),
    });
    const jobOutputs = (0,job_results/* jobOutputUris */.gU)(name, result.job);
    const metrics = await metricsOf(session, name, result.job, log, signal);
    outputs.set('status', result.status);
    outputs.set('outputs', jobOutputs);
    outputs.set('metrics', metrics);
    writeSummary(summary, {
        submitted,
        status: result.status,
        studio,
        outputs: jobOutputs,
        metrics,
        elapsedMs: result.elapsedMs,
        logTail: result.logTail,
    });
    if (result.status !== 'Completed') {
        throw new errors/* UserError */.y(`Job ${name} ended with status ${result.status} after ${(0,duration/* formatElapsed */.C7)(result.elapsedMs)} (${studio}).` +
            formatTail(result.logTail), { kind: 'service' });
    }
    log.info(`Job ${name} completed in ${(0,duration/* formatElapsed */.C7)(result.elapsedMs)}.`);
}
/** The metrics the job logged; a job without them (or a tracking server that cannot be read) gives {}. */
async function metricsOf(session, name, job, log, signal) {
    try {
        const metrics = await (0,job_results/* readJobMetrics */.v9)(session.mlClient, name, job, signal);
        const count = Object.keys(metrics).length;
        log.info(count === 0 ? `Job ${name} logged no metrics.` : `Job ${name} metrics: ${JSON.stringify(metrics)}`);
        return metrics;
    }
    catch (error) {
        log.warning(`Could not read the metrics of job ${name}: ${error.message}. The metrics output is {}.`);
        return {};
    }
}


/***/ }),

/***/ 81438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ studioUrl),
/* harmony export */   gU: () => (/* binding */ jobOutputUris),
/* harmony export */   v9: () => (/* binding */ readJobMetrics)
/* harmony export */ });
/* unused harmony export trackingUri */
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94914);
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64937);
/**
 * What a finished job produced: each output's azureml:// URI (its own path, or Azure ML's default
 * `azureml://datastores/workspaceblobstore/paths/azureml/<job>/<output>/`), ready for register-model's model-uri;
 * the studio link; and the metrics the job logged with MLflow, read from the MLflow REST API under the job's
 * Tracking endpoint (`runs/get`, latest value of each metric) with the same ARM token.
 */


function jobOutputUris(name, job) {
    const outputs = job.properties.outputs ?? {};
    return Object.fromEntries(Object.entries(outputs).map(([output, spec]) => {
        // Asset outputs (uri_folder, custom_model, …) carry `uri`; the SDK's JobOutput type does not declare it.
        const uri = spec?.uri;
        return [
            output,
            uri
                ? uri.replace(/\$\{\{\s*name\s*\}\}|\{name\}/g, name)
                : `azureml://datastores/${_aml_actions_azure__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DATASTORE */ .A}/paths/azureml/${name}/${output}/`,
        ];
    }));
}
function studioUrl(name, job, workspace) {
    return (job.properties.services?.Studio?.endpoint ??
        `https://ml.azure.com/runs/${encodeURIComponent(name)}?wsid=${workspace.id}`);
}
/** The MLflow tracking URI of the job (https form), when Azure ML reports one. */
function trackingUri(job) {
    const endpoint = job.properties.services?.Tracking?.endpoint;
    return endpoint
        ? endpoint
            .replace(/^azureml:/i, 'https:')
            .replace(/\?.*$/, '')
            .replace(/\/+$/, '')
        : undefined;
}
/** The latest value of each metric the job logged; throws with the service's message when the call fails. */
async function readJobMetrics(client, name, job, signal) {
    const tracking = trackingUri(job);
    if (tracking === undefined)
        throw new Error('the job reports no MLflow Tracking endpoint');
    const url = `${tracking}/api/2.0/mlflow/runs/get?run_id=${encodeURIComponent(name)}`;
    const response = await client.sendRequest((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineRequest */ .G6)({ url, method: 'GET', abortSignal: signal }));
    const text = response.bodyAsText ?? '';
    if (response.status !== 200) {
        const mlflow = parseJson(text);
        const detail = typeof mlflow?.message === 'string' ? mlflow.message : ((0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_2__/* .parseArmErrorBody */ ._)(text)?.message ?? text);
        throw new Error(`MLflow runs/get answered HTTP ${response.status}: ${detail.slice(0, 300)}`);
    }
    const body = parseJson(text);
    const metrics = {};
    for (const metric of body.run?.data?.metrics ?? []) {
        if (typeof metric.key === 'string' && typeof metric.value === 'number')
            metrics[metric.key] = metric.value;
    }
    return metrics;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 66213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ax: () => (/* binding */ getJob),
/* harmony export */   fD: () => (/* binding */ putJob)
/* harmony export */ });
/* unused harmony exports JOBS_API_VERSION, jobPath */
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72856);

const JOBS_API_VERSION = '2022-10-01';
function jobPath(workspace, name) {
    return `${workspace.id}/jobs/${encodeURIComponent(name)}`;
}
async function putJob(client, workspace, name, body, signal) {
    const response = await (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_0__/* .armJson */ .Fx)(client, {
        method: 'PUT',
        path: jobPath(workspace, name),
        apiVersion: JOBS_API_VERSION,
        body,
        abortSignal: signal,
    });
    if (response.body === undefined)
        throw new Error(`Jobs_CreateOrUpdate for ${name} answered without a body`);
    return response.body;
}
/** The job, or undefined when it does not exist. */
async function getJob(client, workspace, name, signal) {
    try {
        const response = await (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_0__/* .armJson */ .Fx)(client, {
            method: 'GET',
            path: jobPath(workspace, name),
            apiVersion: JOBS_API_VERSION,
            abortSignal: signal,
        });
        return response.body;
    }
    catch (error) {
        if (error.statusCode === 404)
            return undefined;
        throw error;
    }
}


/***/ })

};
