import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 544;
export const ids = [544];
export const modules = {

/***/ 68544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectAzureData: () => (/* binding */ connectAzureData)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var src_inputs = __webpack_require__(40190);
// EXTERNAL MODULE: ./packages/azure/src/session.ts + 1 modules
var src_session = __webpack_require__(74712);
// EXTERNAL MODULE: ./packages/azure/src/datastore.ts
var datastore = __webpack_require__(94914);
// EXTERNAL MODULE: ./packages/azure/src/azureml-uri.ts
var azureml_uri = __webpack_require__(30650);
// EXTERNAL MODULE: ./packages/drift/src/data/read-table.ts + 3 modules
var read_table = __webpack_require__(70998);
;// CONCATENATED MODULE: ./actions/drift-check/src/blob-files.ts


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

;// CONCATENATED MODULE: ./actions/drift-check/src/collector.ts


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
 * azureml://datastores/… URIs and an endpoint's data collector output in the default datastore.
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
        async datastoreSource(value, input) {
            const uri = (0,azureml_uri/* parseAzureMlUri */.Y)(value, input);
            if (uri.kind !== 'datastore') {
                throw new errors/* UserError */.y(`Input '${input}' is '${value}', an Azure ML ${uri.kind === 'asset' ? 'asset reference' : 'job output'}: ` +
                    'give the data as azureml://datastores/<datastore>/paths/<file or folder> (run-job prints that URI for ' +
                    'each output), or as a local path.');
            }
            if (uri.workspace !== undefined) {
                throw new errors/* UserError */.y(`Input '${input}' is '${value}', which names a workspace in the URI: use the short form ` +
                    `azureml://datastores/${uri.datastore}/paths/${uri.path} and give the workspace with workspace or workspace-id.`);
            }
            const container = await open(uri.datastore);
            return {
                description: value,
                files: await datastoreFiles(container, uri.datastore, uri.path, input, deps.signal),
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
    throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input '${input}' has the value '${value}', which is not an Azure ML reference: expected ${FORMS}.`);
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


/***/ })

};
