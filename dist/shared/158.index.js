import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 158;
export const ids = [158];
export const modules = {

/***/ 35158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectAzureData: () => (/* binding */ connectAzureData)
});

// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var src_inputs = __webpack_require__(40190);
// EXTERNAL MODULE: ./packages/azure/src/session.ts + 1 modules
var src_session = __webpack_require__(74712);
// EXTERNAL MODULE: ./packages/azure/src/datastore.ts
var datastore = __webpack_require__(94914);
// EXTERNAL MODULE: ./packages/jobs/src/jobs-api.ts
var jobs_api = __webpack_require__(66213);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/azure/src/azureml-uri.ts
var azureml_uri = __webpack_require__(30650);
// EXTERNAL MODULE: ./packages/azure/src/job-output-uri.ts
var job_output_uri = __webpack_require__(39987);
// EXTERNAL MODULE: ./packages/jobs/src/job-results.ts
var job_results = __webpack_require__(81438);
// EXTERNAL MODULE: ./packages/action-kit/src/suggest.ts
var suggest = __webpack_require__(82311);
// EXTERNAL MODULE: ./packages/azure/src/arm-errors.ts
var arm_errors = __webpack_require__(64937);
;// CONCATENATED MODULE: ./packages/drift/src/workspace/data-asset.ts


const LISTED = 20;
async function resolveDataAsset(ref, value, input, reader) {
    const where = `Input '${input}' is '${value}'`;
    if (ref.label !== undefined && ref.label !== 'latest') {
        throw new errors/* UserError */.y(`${where}: data assets have no label '${ref.label}', only 'latest'. Give azureml:${ref.name}@latest or a version, azureml:${ref.name}:<version>.`);
    }
    const container = await reader.getContainer(ref.name);
    if (container === undefined) {
        const names = await reader.listNames(200);
        const hint = (0,suggest/* didYouMean */.au)(ref.name, names);
        throw new errors/* UserError */.y(`${where}, but workspace '${reader.workspace}' has no data asset '${ref.name}'${hint ? `: ${hint}` : '.'} ` +
            (names.length === 0
                ? 'It has no data assets at all: register the training data first (az ml data create, or a job output registered as data).'
                : `Its data assets: ${names.slice(0, LISTED).join(', ')}${names.length > LISTED ? ', …' : ''}.`), { kind: 'not-found' });
    }
    const pinned = ref.version === undefined ? 'latest' : 'version';
    const version = ref.version ?? container.properties.latestVersion ?? undefined;
    const found = version === undefined ? undefined : await reader.getVersion(ref.name, version);
    if (version === undefined || found === undefined) {
        const versions = await reader.listVersions(ref.name, LISTED);
        throw new errors/* UserError */.y(`${where}, but data asset '${ref.name}' in workspace '${reader.workspace}' ` +
            (version === undefined ? 'has no version' : `has no version '${version}'`) +
            (versions.length === 0
                ? ': register a version first.'
                : `. Its versions, newest first: ${versions.join(', ')}; give one as azureml:${ref.name}:<version>, or azureml:${ref.name}@latest.`), { kind: 'not-found' });
    }
    const { dataType, dataUri } = found.properties;
    if (dataType !== 'uri_file' && dataType !== 'uri_folder' && dataType !== 'mltable') {
        throw new errors/* UserError */.y(`${where}: data asset ${ref.name}:${version} is of type '${dataType}'; drift-check reads uri_file, uri_folder and mltable data.`);
    }
    return { name: ref.name, version, pinned, dataType, dataUri };
}
/** Whether an ARM call failed with 404 (the asset or version does not exist). */
function isNotFound(error) {
    return error?.statusCode === 404;
}
async function orUndefined(call, action) {
    try {
        return await call();
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw (0,arm_errors/* translateArmError */.l)(error, { action });
    }
}
async function take(items, limit) {
    const taken = [];
    for await (const item of items) {
        taken.push(item);
        if (taken.length >= limit)
            break;
    }
    return taken;
}
/** The data asset reads of `workspace` through the Azure ML management client. */
function dataAssetReader(client, workspace, signal) {
    const { resourceGroup, workspace: ws } = workspace;
    const options = { abortSignal: signal };
    const named = (item) => item.name ?? '';
    return {
        workspace: ws,
        getContainer: (name) => orUndefined(() => client.dataContainers.get(resourceGroup, ws, name, options), `Reading data asset '${name}' in workspace '${ws}'`),
        getVersion: (name, version) => orUndefined(() => client.dataVersions.get(resourceGroup, ws, name, version, options), `Reading data asset ${name}:${version} in workspace '${ws}'`),
        listVersions: async (name, limit) => ((await orUndefined(() => take(client.dataVersions.list(resourceGroup, ws, name, {
            ...options,
            orderBy: 'createdtime desc',
            listViewType: 'All',
        }), limit), `Listing the versions of data asset '${name}' in workspace '${ws}'`)) ?? []).map(named),
        listNames: async (limit) => (await orUndefined(() => take(client.dataContainers.list(resourceGroup, ws, { ...options, listViewType: 'All' }), limit), `Listing the data assets of workspace '${ws}'`))?.map(named) ?? [],
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/drift/src/workspace/mltable.ts
/**
 * A simple MLTable file (an mltable data asset's definition): its `paths` (file, folder or pattern, relative to the
 * MLTable's folder or azureml:// URIs) and at most one reader transformation drift-check reads the same way
 * (read_delimited with commas, read_json_lines, read_parquet). Anything that changes the rows or columns (filter,
 * take, keep_columns, …) is refused: comparing other data than the model saw would be wrong without a word.
 */


const TOP_LEVEL = new Set(['$schema', 'type', 'paths', 'transformations', 'traits']);
const isFalse = (value) => value === false;
const any = () => true;
const utf8 = (value) => typeof value === 'string' && /^utf-?8$/i.test(value);
const READERS = {
    read_delimited: {
        format: 'csv',
        options: {
            delimiter: (value) => value === ',',
            header: (value) => value === 'all_files_same_headers' || value === 'from_first_file',
            encoding: utf8,
            empty_as_string: any,
            support_multi_line: any,
            infer_column_types: any,
            include_path_column: isFalse,
        },
    },
    read_json_lines: {
        format: 'jsonl',
        options: { encoding: utf8, invalid_lines: (value) => value === 'error', include_path_column: isFalse },
    },
    read_parquet: { format: 'parquet', options: { include_path_column: isFalse } },
};
const FIX = 'Register the files as a uri_file or uri_folder data asset, or give their azureml://datastores/… path, to compare them as they are.';
/** `where` names the MLTable file (its azureml:// URI) in messages, `input` the drift-check input. */
function parseMlTable(text, where, input) {
    const refuse = (why) => new errors/* UserError */.y(`Input '${input}': the MLTable file ${where} ${why}. ${FIX}`);
    const document = (0,dist/* parseDocument */.Tp)(text);
    if (document.errors.length > 0)
        throw refuse(`is not valid YAML (${document.errors[0]?.message ?? ''})`);
    const root = document.toJS();
    if (typeof root !== 'object' || root === null || Array.isArray(root))
        throw refuse('is not a YAML mapping');
    const fields = root;
    const unknown = Object.keys(fields).filter((key) => !TOP_LEVEL.has(key));
    if (unknown.length > 0)
        throw refuse(`uses ${unknown.join(', ')}, which drift-check does not read`);
    return {
        paths: readPaths(fields.paths, refuse),
        format: readTransformations(fields.transformations, refuse),
    };
}
function readPaths(value, refuse) {
    if (!Array.isArray(value) || value.length === 0)
        throw refuse('has no paths (a list of file, folder or pattern)');
    return value.map((entry, index) => {
        const keys = typeof entry === 'object' && entry !== null ? Object.entries(entry) : [];
        const [key, path] = keys[0] ?? [];
        if (keys.length !== 1 ||
            (key !== 'file' && key !== 'folder' && key !== 'pattern') ||
            typeof path !== 'string') {
            throw refuse(`has paths[${index}] ${JSON.stringify(entry)}: each path must be one of file, folder or pattern`);
        }
        if (key === 'pattern' && /[[\]{}]/.test(path)) {
            throw refuse(`has the pattern '${path}': only *, ** and ? wildcards are read`);
        }
        return { kind: key, value: path };
    });
}
function readTransformations(value, refuse) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value))
        throw refuse('has transformations that are not a list');
    let format;
    for (const step of value) {
        const [name, options] = typeof step === 'string'
            ? [step, {}]
            : typeof step === 'object' && step !== null && Object.keys(step).length === 1
                ? (Object.entries(step)[0] ?? ['', {}])
                : ['', {}];
        const reader = READERS[name];
        if (reader === undefined) {
            throw refuse(`has the transformation ${name === '' ? JSON.stringify(step) : `'${name}'`}, which drift-check does not apply (it reads ${Object.keys(READERS).join(', ')} only)`);
        }
        if (format !== undefined)
            throw refuse('has more than one reader transformation');
        for (const [option, setting] of Object.entries((options ?? {}))) {
            if (reader.options[option]?.(setting) !== true) {
                throw refuse(`has ${name} ${option}: ${JSON.stringify(setting)}, which drift-check does not read that way`);
            }
        }
        format = reader.format;
    }
    return format;
}
/** A pattern's literal folder (what to list) and a matcher for the blob names under it. */
function globMatcher(pattern) {
    const wildcard = pattern.search(/[*?]/);
    const literal = wildcard < 0 ? pattern : pattern.slice(0, wildcard);
    const prefix = literal.slice(0, literal.lastIndexOf('/') + 1);
    const source = pattern
        .split(/(\*\*\/?|\*|\?)/)
        .map((part) => {
        if (part === '**/' || part === '**')
            return '(?:.*/)?'.concat(part === '**' ? '[^/]*' : '');
        if (part === '*')
            return '[^/]*';
        if (part === '?')
            return '[^/]';
        return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
        .join('');
    const regex = new RegExp(`^${source}$`);
    return { prefix, matches: (name) => regex.test(name) };
}

;// CONCATENATED MODULE: ./packages/drift/src/workspace/reference-files.ts





/** asset → job output → datastore is the longest sensible chain. */
const MAX_STEPS = 4;
function checkWorkspace(named, value, input, own) {
    if (named === undefined)
        return;
    const same = named.subscriptionId.toLowerCase() === own.subscriptionId.toLowerCase() &&
        named.resourceGroup.toLowerCase() === own.resourceGroup.toLowerCase() &&
        named.workspace.toLowerCase() === own.workspace.toLowerCase();
    if (same)
        return;
    throw new errors/* UserError */.y(`Input '${input}' is '${value}', in workspace '${named.workspace}' (resource group '${named.resourceGroup}'), ` +
        `but drift-check is signed in to workspace '${own.workspace}' (resource group '${own.resourceGroup}'): ` +
        'set workspace-id (or workspace and resource-group) to the workspace that holds the data.');
}
async function referenceFiles(value, input, deps) {
    const resolved = [];
    const files = await follow(value, value, input, deps, resolved);
    return { files, resolved };
}
async function follow(value, original, input, deps, resolved) {
    if (resolved.length >= MAX_STEPS) {
        throw new errors/* UserError */.y(`Input '${input}' is '${original}', which leads to ${resolved.join(' → ')} and on: give the data's azureml://datastores/… path.`);
    }
    const uri = (0,azureml_uri/* parseAzureMlUri */.Y)(value, input);
    switch (uri.kind) {
        case 'datastore':
            checkWorkspace(uri.workspace, value, input, deps.workspace);
            return deps.datastoreFiles(uri.datastore, uri.path, input);
        case 'asset': {
            checkWorkspace(uri.workspace, value, input, deps.workspace);
            const asset = await resolveDataAsset(uri, original, input, deps.dataAssets);
            const pinned = `azureml:${asset.name}:${asset.version}`;
            resolved.push(...(pinned === value.trim() ? [] : [pinned]), asset.dataUri);
            deps.log.info(`${input}: data asset ${pinned}${asset.pinned === 'latest' ? ' (the latest version)' : ''} is ${asset.dataType} ${asset.dataUri}`);
            if (!/^azureml:\/\//i.test(asset.dataUri)) {
                throw new errors/* UserError */.y(`Input '${input}' is '${original}': data asset ${pinned} is at '${asset.dataUri}', which is not in a datastore ` +
                    'of the workspace. Register the data from an azureml://datastores/… path (az ml data create uploads local files there), or give that path.');
            }
            if (asset.dataType === 'mltable')
                return mlTableFiles(asset.dataUri, original, input, deps, resolved);
            return follow(asset.dataUri, original, input, deps, resolved);
        }
        case 'job-output': {
            const job = await deps.getJob(uri.job);
            const target = (0,job_output_uri/* jobOutputTarget */.I)(uri, job === undefined ? undefined : (0,job_results/* jobOutputUris */.gU)(uri.job, job));
            if (!target.found) {
                throw new errors/* UserError */.y(`Input '${input}' is '${original}', but ` +
                    (target.reason === 'no-job'
                        ? `workspace '${deps.workspace.workspace}' has no job '${uri.job}': check the job name (run-job prints each output's URI).`
                        : `job '${uri.job}' has no output '${uri.output}' (its outputs: ${target.outputs.join(', ') || 'none'}).`), { kind: 'not-found' });
            }
            const status = job?.properties.status;
            resolved.push(target.uri);
            deps.log.info(`${input}: output '${uri.output}' of job '${uri.job}' (${status ?? 'status unknown'}) is ${target.uri}`);
            if (status !== 'Completed') {
                deps.log.warning(`${input}: job '${uri.job}' is ${status ?? 'in an unknown state'}, not Completed: its output '${uri.output}' may be missing or incomplete.`);
            }
            return follow(target.uri, original, input, deps, resolved);
        }
    }
}
/** An mltable asset's files: the MLTable file in its folder, then each of its paths. */
async function mlTableFiles(dataUri, original, input, deps, resolved) {
    const uri = (0,azureml_uri/* parseAzureMlUri */.Y)(dataUri, input);
    if (uri.kind !== 'datastore')
        return follow(dataUri, original, input, deps, resolved);
    checkWorkspace(uri.workspace, dataUri, input, deps.workspace);
    const folder = uri.path.replace(/\/?MLTable$/, '').replace(/\/+$/, '');
    const base = `azureml://datastores/${uri.datastore}/paths/`;
    const mlTablePath = folder === '' ? 'MLTable' : `${folder}/MLTable`;
    const text = await deps.readText(uri.datastore, mlTablePath);
    if (text === undefined) {
        throw new errors/* UserError */.y(`Input '${input}' is '${original}', an mltable data asset, but ${base}${mlTablePath} does not exist: ` +
            'an mltable asset is a folder with an MLTable file. Register the data again, or give its files as a uri_folder asset.', { kind: 'not-found' });
    }
    const plan = parseMlTable(text, `${base}${mlTablePath}`, input);
    const files = [];
    for (const path of plan.paths) {
        const target = /^azureml:\/\//i.test(path.value)
            ? (0,azureml_uri/* parseAzureMlUri */.Y)(path.value, input)
            : { kind: 'datastore', datastore: uri.datastore, path: joinPath(folder, path.value) };
        if (target.kind !== 'datastore' || /^[a-z][a-z0-9+.-]*:/i.test(target.path)) {
            throw new errors/* UserError */.y(`Input '${input}': the MLTable file ${base}${mlTablePath} has the ${path.kind} '${path.value}', which is not in a datastore of the workspace: ` +
                'give the data as an azureml://datastores/… path, or register it from one.');
        }
        checkWorkspace(target.workspace, path.value, input, deps.workspace);
        resolved.push(`azureml://datastores/${target.datastore}/paths/${target.path}`);
        if (path.kind === 'pattern') {
            const glob = globMatcher(target.path);
            files.push(...(await deps.matchingFiles(target.datastore, glob.prefix, glob.matches)));
        }
        else {
            files.push(...(await deps.datastoreFiles(target.datastore, target.path, input)));
        }
    }
    const mismatch = plan.format === undefined ? undefined : files.find((file) => file.format !== plan.format);
    if (mismatch !== undefined) {
        throw new errors/* UserError */.y(`Input '${input}': the MLTable file ${base}${mlTablePath} reads its paths as ${plan.format ?? ''}, but ${mismatch.name} is ${mismatch.format} by its extension. ` +
            'Fix the MLTable file or its paths.');
    }
    if (files.length === 0) {
        throw new errors/* UserError */.y(`Input '${input}': the paths of the MLTable file ${base}${mlTablePath} match no data file. Fix its paths, or upload the data.`, { kind: 'not-found' });
    }
    deps.log.info(`${input}: MLTable ${base}${mlTablePath} lists ${files.length} file(s).`);
    return files;
}
/** `relative` (./a, ../b, a/b) against a datastore folder, without leading or trailing slashes. */
function joinPath(folder, relative) {
    const parts = folder === '' ? [] : folder.split('/');
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}

// EXTERNAL MODULE: ./packages/drift/src/data/read-table.ts + 3 modules
var read_table = __webpack_require__(70998);
;// CONCATENATED MODULE: ./packages/drift/src/workspace/blob-files.ts


/** A blob as a data file; `label` (its azureml:// URI) is what messages name. */
function blobFile(container, blob, size, label, signal) {
    const format = (0,read_table/* formatOf */.be)(blob);
    if (format === undefined)
        return undefined;
    return {
        name: label,
        format,
        ...(size === undefined ? {} : { size }),
        async *chunks() {
            const response = await container.getBlobClient(blob).download(0, undefined, { abortSignal: signal });
            const body = response.readableStreamBody;
            if (body === undefined)
                return;
            for await (const chunk of body)
                yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        },
    };
}
/** Every blob whose name starts with `prefix`, with its size. */
async function listBlobs(container, prefix, signal) {
    const blobs = [];
    for await (const blob of container.listBlobsFlat({ prefix, abortSignal: signal })) {
        blobs.push({ name: blob.name, size: blob.properties.contentLength });
    }
    return blobs;
}
/**
 * The data files at `path` in a datastore: the blob of that name, or the data blobs under that folder (name order).
 * `uri` is the input's value, `input` its name, for messages.
 */
async function datastoreFiles(container, datastore, path, input, signal) {
    const base = `azureml://datastores/${datastore}/paths/`;
    const trimmed = path.replace(/\/+$/, '');
    const blobs = await listBlobs(container, trimmed, signal);
    const exact = blobs.find((blob) => blob.name === trimmed);
    const chosen = exact === undefined
        ? blobs.filter((blob) => blob.name.startsWith(`${trimmed}/`) || trimmed === '')
        : [exact];
    const files = chosen
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((blob) => blobFile(container, blob.name, blob.size, `${base}${blob.name}`, signal))
        .filter((file) => file !== undefined);
    if (files.length === 0) {
        throw new errors/* UserError */.y(`Input '${input}' is ${base}${path}, where datastore '${datastore}' holds ` +
            `${chosen.length === 0 ? 'no blob of that name or under that folder' : `no data file (${chosen.length} other blobs)`}. ` +
            `Give the path of a file or folder of data: ${read_table/* SUPPORTED_FORMATS */.SP}.`, { kind: 'not-found' });
    }
    return files;
}
/** The data blobs under `prefix` whose names match (name order); an empty list when none does. */
async function matchingBlobFiles(container, datastore, prefix, matches, signal) {
    const base = `azureml://datastores/${datastore}/paths/`;
    return (await listBlobs(container, prefix, signal))
        .filter((blob) => matches(blob.name))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((blob) => blobFile(container, blob.name, blob.size, `${base}${blob.name}`, signal))
        .filter((file) => file !== undefined);
}
/** A blob's text (UTF-8), undefined when it does not exist. */
async function readBlobText(container, blob, signal) {
    try {
        const buffer = await container
            .getBlobClient(blob)
            .downloadToBuffer(undefined, undefined, { abortSignal: signal });
        return buffer.toString('utf8');
    }
    catch (error) {
        if (error?.statusCode === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/drift/src/workspace/collector.ts


const HOUR = 3_600_000;
const LISTING_CONCURRENCY = 8;
const pad = (n) => String(n).padStart(2, '0');
/** yyyy/MM/dd/HH of an hour (UTC), as the collector writes it. */
function hourFolder(time) {
    return `${time.getUTCFullYear()}/${pad(time.getUTCMonth() + 1)}/${pad(time.getUTCDate())}/${pad(time.getUTCHours())}`;
}
/** Every hour that overlaps [start, end). */
function hoursOf(start, end) {
    const hours = [];
    for (let t = Math.floor(start.getTime() / HOUR) * HOUR; t < end.getTime(); t += HOUR)
        hours.push(new Date(t));
    return hours;
}
async function deploymentsOf(container, endpoint, signal) {
    const names = [];
    const prefix = `modelDataCollector/${endpoint}/`;
    for await (const item of container.listBlobsByHierarchy('/', { prefix, abortSignal: signal })) {
        if (item.kind === 'prefix')
            names.push(item.name.slice(prefix.length).replace(/\/$/, ''));
    }
    return names;
}
async function collectorFiles(container, datastore, source, log, signal) {
    const { endpoint, collection } = source;
    const deployments = source.deployment === undefined ? await deploymentsOf(container, endpoint, signal) : [source.deployment];
    const hours = hoursOf(source.start, source.end);
    const prefixes = deployments.flatMap((deployment) => hours.map((hour) => `modelDataCollector/${endpoint}/${deployment}/${collection}/${hourFolder(hour)}/`));
    log.info(`Listing ${prefixes.length} hourly folder(s) of collection ${collection} for ${deployments.length === 0 ? 'no deployment' : `deployment(s) ${deployments.join(', ')}`} ` +
        `of endpoint ${endpoint}, ${source.start.toISOString()} to ${source.end.toISOString()}.`);
    const found = [];
    for (let i = 0; i < prefixes.length; i += LISTING_CONCURRENCY) {
        const batch = await Promise.all(prefixes.slice(i, i + LISTING_CONCURRENCY).map((prefix) => listBlobs(container, prefix, signal)));
        found.push(...batch.flat().filter((blob) => blob.name.endsWith('.jsonl')));
    }
    const base = `azureml://datastores/${datastore}/paths/`;
    const files = found
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((blob) => blobFile(container, blob.name, blob.size, `${base}${blob.name}`, signal))
        .filter((file) => file !== undefined);
    if (files.length === 0) {
        const where = `modelDataCollector/${endpoint}/${source.deployment ?? '<deployment>'}/${collection}/yyyy/MM/dd/HH/`;
        throw new errors/* UserError */.y(`No ${collection} data was collected for endpoint '${endpoint}'` +
            `${source.deployment === undefined ? (deployments.length === 0 ? ' (no deployment has collected anything)' : '') : ` deployment '${source.deployment}'`} ` +
            `between ${source.start.toISOString()} and ${source.end.toISOString()} (looked under ${where} in datastore ${datastore}). ` +
            `Check that the deployment's data_collector enables collections.${collection} (rolling_rate Hour or Minute) and ` +
            'that its scoring script collects it, that requests were scored in that time, or widen lookback.', { kind: 'not-found' });
    }
    const containerPath = new URL(container.url).pathname.replace(/\/$/, '');
    return {
        files,
        deployments,
        hours: hours.length,
        fetchReferenced: async (url) => {
            const path = new URL(url).pathname;
            if (!path.startsWith(`${containerPath}/`)) {
                throw new errors/* UserError */.y(`A collected line refers to ${url}, outside datastore ${datastore}: it cannot be read.`, {
                    kind: 'not-found',
                });
            }
            const blob = decodeURIComponent(path.slice(containerPath.length + 1));
            const buffer = await container
                .getBlobClient(blob)
                .downloadToBuffer(undefined, undefined, { abortSignal: signal });
            return JSON.parse(buffer.toString('utf8'));
        },
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/azure-data.ts
/**
 * The Azure side of the data sources, loaded only when a source needs it: sign-in to the inputs' workspace (once),
 * azureml:// references (datastore paths, data assets, job outputs) and an endpoint's data collector output in the
 * default datastore.
 */



function connectAzureData(inputs, deps) {
    const azure = (0,src_inputs/* readAzureInputs */.t)(inputs, deps.env, deps.log);
    const session = (0,src_session/* connectAzure */.C)(azure, {
        env: deps.env,
        logger: deps.log,
        getIdToken: deps.getIdToken,
        actionName: 'drift-check',
    });
    const containers = new Map();
    const open = (datastoreName) => {
        let container = containers.get(datastoreName);
        if (container === undefined) {
            container = (0,datastore/* getDatastoreContainer */.L)(session.mlClient, session.workspace, session.cloud, deps.log, {
                credential: session.credential,
                datastoreName,
            });
            containers.set(datastoreName, container);
        }
        return container;
    };
    return {
        async referenceSource(value, input) {
            const reference = await referenceFiles(value, input, {
                workspace: session.workspace,
                dataAssets: dataAssetReader(session.mlClient, session.workspace, deps.signal),
                getJob: (name) => (0,jobs_api/* getJob */.ax)(session.mlClient, session.workspace, name, deps.signal),
                datastoreFiles: async (datastore, path, forInput) => datastoreFiles(await open(datastore), datastore, path, forInput, deps.signal),
                matchingFiles: async (datastore, prefix, matches) => matchingBlobFiles(await open(datastore), datastore, prefix, matches, deps.signal),
                readText: async (datastore, path) => readBlobText(await open(datastore), path, deps.signal),
                log: deps.log,
            });
            return {
                description: reference.resolved.length === 0 ? value : `${value} (${reference.resolved.join(' → ')})`,
                files: reference.files,
                read: {},
            };
        },
        async collectorSource(source) {
            const container = await open(datastore/* DEFAULT_DATASTORE */.A);
            const collected = await collectorFiles(container, datastore/* DEFAULT_DATASTORE */.A, source, deps.log, deps.signal);
            return {
                description: `endpoint ${source.endpoint}` +
                    `${source.deployment === undefined ? '' : ` deployment ${source.deployment}`}, collection ${source.collection}`,
                files: collected.files,
                read: {
                    window: { start: source.start, end: source.end },
                    fetchReferenced: collected.fetchReferenced,
                },
                window: {
                    start: source.start.toISOString(),
                    end: source.end.toISOString(),
                    hours: collected.hours,
                    deployments: collected.deployments,
                },
            };
        },
    };
}


/***/ }),

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

/***/ 94914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ DEFAULT_DATASTORE),
/* harmony export */   L: () => (/* binding */ getDatastoreContainer)
/* harmony export */ });
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95658);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85736);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30869);
/* harmony import */ var _arm_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64937);
/* harmony import */ var _clouds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20108);





const DEFAULT_DATASTORE = 'workspaceblobstore';
async function getDatastoreContainer(mlClient, workspace, cloud, logger, options = {}) {
    const name = options.datastoreName ?? DEFAULT_DATASTORE;
    const resource = `datastore '${name}' in workspace '${workspace.workspace}'`;
    const datastore = await mlClient.datastores
        .get(workspace.resourceGroup, workspace.workspace, name)
        .catch((e) => {
        throw (0,_arm_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .translateArmError */ .l)(e, { action: `Reading ${resource}`, resource });
    });
    const properties = datastore.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The ${resource} is of type ${properties.datastoreType}; only AzureBlob datastores can be used here. ` +
            `Use '${DEFAULT_DATASTORE}' or another Azure Blob datastore.`);
    }
    const { accountName, containerName } = properties;
    if (!accountName || !containerName) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The ${resource} names no storage account or container; fix the datastore in Azure ML.`);
    }
    const containerUrl = `${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_4__/* .blobAccountUrl */ .se)(cloud, accountName)}/${encodeURIComponent(containerName)}`;
    const credentialsType = properties.credentials.credentialsType;
    const where = `container '${containerName}' of storage account '${accountName}'`;
    if (credentialsType === 'None') {
        if (options.credential === undefined) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The ${resource} is identity-based (no stored credentials), and no Azure credential was given to reach it.`);
        }
        logger.info(`Datastore ${name}: ${where}, signed in as the action's identity`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, options.credential, options.clientOptions);
    }
    if (credentialsType !== 'AccountKey' && credentialsType !== 'Sas') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The ${resource} uses ${credentialsType} credentials, which this suite does not use for blob access. ` +
            `Give the datastore an account key, a SAS token, or make it identity-based.`);
    }
    const fallback = options.fallbackToIdentity === true ? options.credential : undefined;
    const secrets = await mlClient.datastores
        .listSecrets(workspace.resourceGroup, workspace.workspace, name)
        .catch((e) => {
        if (fallback !== undefined && isForbidden(e))
            return fallback;
        throw (0,_arm_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .translateArmError */ .l)(e, { action: `Reading the secrets of ${resource}`, resource });
    });
    if ('getToken' in secrets) {
        logger.info(`Datastore ${name}: ${where}, signed in as the action's identity (it may not list the datastore's secrets; ` +
            'reading needs the Storage Blob Data Reader role on the storage account)');
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, secrets, options.clientOptions);
    }
    if (secrets.secretsType === 'AccountKey') {
        const key = secrets.key;
        if (!key)
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Azure ML returned no account key for the ${resource}.`, { kind: 'service' });
        (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .maskSecret */ .$)(logger, key);
        logger.info(`Datastore ${name}: ${where}, with the account key`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .StorageSharedKeyCredential */ .Z3(accountName, key), options.clientOptions);
    }
    if (secrets.secretsType === 'Sas') {
        const sas = secrets.sasToken?.replace(/^\?/, '');
        if (!sas)
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Azure ML returned no SAS token for the ${resource}.`, { kind: 'service' });
        (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .maskSecret */ .$)(logger, sas);
        logger.info(`Datastore ${name}: ${where}, with a SAS token`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(`${containerUrl}?${sas}`, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .AnonymousCredential */ .tv(), options.clientOptions);
    }
    throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Azure ML returned ${secrets.secretsType} secrets for the ${resource}, which has ${credentialsType} credentials.`, { kind: 'service' });
}
function isForbidden(e) {
    return (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_1__/* .isRestError */ .T0)(e) && e.statusCode === 403;
}


/***/ }),

/***/ 39987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ jobOutputTarget)
/* harmony export */ });
/** `outputUris`: the job's outputs and their URIs, undefined when the job does not exist. */
function jobOutputTarget(reference, outputUris) {
    if (outputUris === undefined)
        return { found: false, reason: 'no-job' };
    const uri = outputUris[reference.output];
    if (uri === undefined)
        return { found: false, reason: 'no-output', outputs: Object.keys(outputUris) };
    const below = reference.path === undefined || reference.path === '' ? '' : `/${reference.path}`;
    return { found: true, uri: `${uri.replace(/\/+$/, '')}${below}` };
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
