import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 278;
export const ids = [278];
export const modules = {

/***/ 52278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCopyModel: () => (/* binding */ runCopyModel)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/assets/src/lineage.ts
var lineage = __webpack_require__(78882);
// EXTERNAL MODULE: ./packages/azure/src/inputs.ts
var src_inputs = __webpack_require__(40190);
// EXTERNAL MODULE: ./packages/azure/src/workspace-ref.ts
var workspace_ref = __webpack_require__(12306);
// EXTERNAL MODULE: ./packages/azure/src/session.ts + 1 modules
var src_session = __webpack_require__(74712);
// EXTERNAL MODULE: ./packages/azure/src/env.ts
var env = __webpack_require__(76164);
// EXTERNAL MODULE: ./packages/azure/src/ml-client.ts
var ml_client = __webpack_require__(72856);
// EXTERNAL MODULE: ./packages/azure/src/datastore.ts
var datastore = __webpack_require__(94914);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 154 modules
var esm = __webpack_require__(95658);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/azure/src/clouds.ts + 1 modules
var clouds = __webpack_require__(20108);
;// CONCATENATED MODULE: ./packages/azure/src/blob-url.ts



const ACCOUNT = '([a-z0-9]{3,24})';
/** The account, container and path of a blob URL of this cloud; `input` names where the URL came from. */
function parseBlobUrl(url, cloud, input) {
    const escaped = cloud.blobEndpointPattern
        .split('{account}')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join(ACCOUNT);
    const match = new RegExp(`^${escaped}/([^/?#]+)/([^?#]*)$`, 'i').exec(url.split('?')[0] ?? '');
    const [, account, container, path] = match ?? [];
    if (account === undefined || container === undefined || path === undefined) {
        throw new errors/* UserError */.y(`${input}: '${url}' is not a blob URL of the ${cloud.name} storage (${(0,clouds/* blobAccountUrl */.se)(cloud, '<account>')}/<container>/<path>). ` +
            'Copying from storage in another cloud, or from outside Azure Storage, is not supported: register the model from a ' +
            'datastore of a workspace in this cloud first.');
    }
    return { account: account.toLowerCase(), container, path: decodeURIComponent(path).replace(/\/+$/, '') };
}
/** A client for the URL's container, signed in with `credential`. */
function blobUrlContainer(location, cloud, credential, clientOptions) {
    return new esm/* ContainerClient */.bM(`${(0,clouds/* blobAccountUrl */.se)(cloud, location.account)}/${encodeURIComponent(location.container)}`, credential, clientOptions);
}

// EXTERNAL MODULE: ./packages/jobs/src/jobs-api.ts
var jobs_api = __webpack_require__(66213);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/assets/src/content-hash.ts + 1 modules
var content_hash = __webpack_require__(3151);
// EXTERNAL MODULE: ./packages/assets/src/content-upload.ts
var content_upload = __webpack_require__(31406);
// EXTERNAL MODULE: ./packages/registration/src/model-request.ts
var model_request = __webpack_require__(31890);
// EXTERNAL MODULE: ./packages/registration/src/register-model.ts
var register_model = __webpack_require__(79430);
// EXTERNAL MODULE: ./packages/registration/src/model-versions.ts
var model_versions = __webpack_require__(85474);
// EXTERNAL MODULE: ./packages/azure/src/arm-errors.ts
var arm_errors = __webpack_require__(64937);
// EXTERNAL MODULE: ./packages/assets/src/transfer-progress.ts
var transfer_progress = __webpack_require__(61310);
// EXTERNAL MODULE: ./packages/assets/src/bounded-pool.ts
var bounded_pool = __webpack_require__(67001);
// EXTERNAL MODULE: ./packages/assets/src/http-status.ts
var http_status = __webpack_require__(42070);
;// CONCATENATED MODULE: ./packages/promotion/src/model-download.ts
/**
 * Download a model's files (one blob, or every blob below a folder path) to a local folder, streamed blob by blob
 * straight to disk (memory stays flat whatever the model's size), several at a time, with progress lines.
 */




/** `model` names the version in errors; `blobPath` is the datastore-relative path of its file or folder. */
async function downloadModelFiles(container, blobPath, workDir, model, logger, options = {}) {
    const where = `container '${container.containerName}' of storage account '${container.accountName}'`;
    const listing = await readCall(container, where, () => listModel(container, blobPath));
    if (listing.files.length === 0) {
        throw new errors/* UserError */.y(`The files of ${model} are missing: nothing at '${blobPath}' in the ${where}. The version's files were deleted or ` +
            'moved; register the model again from its files.', { kind: 'not-found' });
    }
    const name = external_node_path_default().posix.basename(blobPath) || container.containerName;
    const root = external_node_path_default().join(workDir, name);
    const bytes = listing.files.reduce((sum, file) => sum + file.size, 0);
    logger.info(`Downloading ${model}: ${listing.files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) from ${where}, path '${blobPath}'`);
    const progress = (0,transfer_progress/* startTransferProgress */.j)(logger, { files: listing.files.length, bytes }, { intervalMs: options.progressIntervalMs, verbs: { running: 'Downloading', done: 'Downloaded' } });
    await (0,bounded_pool/* runBounded */.B)(listing.files, options.concurrency ?? 8, async (file) => {
        const local = listing.kind === 'file' ? root : external_node_path_default().join(root, ...file.relative.split('/'));
        await (0,promises_.mkdir)(external_node_path_default().dirname(local), { recursive: true });
        await readCall(container, where, () => container.getBlobClient(file.blob).downloadToFile(local, 0, undefined, {
            abortSignal: options.abortSignal,
            onProgress: (event) => {
                progress.fileBytes(file.blob, event.loadedBytes);
            },
        }));
        progress.fileDone(file.blob, file.size);
    });
    return { root, kind: listing.kind, files: listing.files.length, bytes, figures: progress.finish() };
}
/**
 * The blob named `blobPath` (a single-file model), else every blob below `blobPath/` (a folder). Folder markers
 * (names ending in '/', hdi_isfolder blobs of hierarchical namespaces) are not files.
 */
async function listModel(container, blobPath) {
    const folderPrefix = blobPath === '' ? '' : `${blobPath}/`;
    let single;
    const files = [];
    for await (const blob of container.listBlobsFlat({ prefix: blobPath, includeMetadata: true })) {
        const size = blob.properties.contentLength ?? 0;
        if (blob.name === blobPath) {
            single = { blob: blob.name, relative: external_node_path_default().posix.basename(blob.name), size };
            continue;
        }
        if (!blob.name.startsWith(folderPrefix) || blob.name.endsWith('/'))
            continue;
        if (blob.metadata?.hdi_isfolder === 'true')
            continue;
        files.push({ blob: blob.name, relative: safeRelative(blob.name.slice(folderPrefix.length)), size });
    }
    if (files.length > 0)
        return { kind: 'folder', files };
    return { kind: 'file', files: single === undefined ? [] : [single] };
}
/** A relative path that stays inside the download folder. */
function safeRelative(relative) {
    const segments = relative.split('/');
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
        throw new errors/* UserError */.y(`The model has a blob named '${relative}' whose path cannot be a file below the model folder (empty, '.' or '..' segments). ` +
            'Rename or remove that blob in the source storage.', { kind: 'input' });
    }
    return relative;
}
/** Storage failures a user can fix (no data role, no container) become a UserError naming the storage. */
async function readCall(container, where, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = (0,http_status/* httpStatusOf */.s)(error);
        if (status === 401 || status === 403) {
            throw new errors/* UserError */.y(`The identity may not read the model's files in the ${where} (HTTP ${status}${storageCode(error)}). ` +
                `Grant it the 'Storage Blob Data Reader' role on storage account '${container.accountName}', or 'AzureML Data Scientist' ` +
                "on the source workspace (which lets it use the datastore's account key).", { kind: 'permission', cause: error });
        }
        if (status === 404) {
            throw new errors/* UserError */.y(`The ${where} does not exist (HTTP 404): the model's datastore points at missing storage. Check the datastore in the source workspace.`, { kind: 'not-found', cause: error });
        }
        throw error;
    }
}
function storageCode(error) {
    const code = error.code;
    return typeof code === 'string' ? ` ${code}` : '';
}

// EXTERNAL MODULE: ./packages/azure/src/azureml-uri.ts
var azureml_uri = __webpack_require__(30650);
// EXTERNAL MODULE: ./packages/azure/src/job-output-uri.ts
var job_output_uri = __webpack_require__(39987);
// EXTERNAL MODULE: ./packages/jobs/src/job-results.ts
var job_results = __webpack_require__(81438);
;// CONCATENATED MODULE: ./packages/promotion/src/model-location.ts



/** `model`: how errors name the version, e.g. "model 'churn' version 3 in workspace 'staging'". */
async function locateModelFiles(modelUri, source, model, deps) {
    const uri = modelUri?.trim() ?? '';
    if (/^https:\/\//i.test(uri))
        return { kind: 'blob-url', url: uri };
    if (!/^azureml:\/\//i.test(uri))
        throw notCopyable(uri, model);
    const parsed = (0,azureml_uri/* parseAzureMlUri */.Y)(uri, `the modelUri of ${model}`);
    if (parsed.kind === 'datastore') {
        const ws = parsed.workspace;
        return {
            kind: 'datastore',
            workspace: ws === undefined
                ? source
                : {
                    ...ws,
                    id: (0,workspace_ref/* workspaceArmId */.Pj)(ws.subscriptionId, ws.resourceGroup, ws.workspace),
                },
            datastore: parsed.datastore,
            path: parsed.path.replace(/\/+$/, ''),
        };
    }
    if (parsed.kind !== 'job-output')
        throw notCopyable(uri, model);
    const job = await deps.getJob(parsed.job);
    const target = (0,job_output_uri/* jobOutputTarget */.I)(parsed, job === undefined ? undefined : (0,job_results/* jobOutputUris */.gU)(parsed.job, job));
    if (!target.found && target.reason === 'no-job') {
        throw new errors/* UserError */.y(`The files of ${model} are the output '${parsed.output}' of job '${parsed.job}', which no longer exists in workspace '${source.workspace}'. ` +
            'The files cannot be found: register the model again from its files.', { kind: 'not-found' });
    }
    if (!target.found) {
        throw new errors/* UserError */.y(`The files of ${model} are the output '${parsed.output}' of job '${parsed.job}', which has no such output ` +
            `(outputs: ${target.outputs.join(', ') || 'none'}).`, { kind: 'not-found' });
    }
    const resolved = target.uri;
    if (/^azureml:\/\/jobs\//i.test(resolved))
        throw notCopyable(uri, model);
    return locateModelFiles(resolved, source, model, deps);
}
function notCopyable(uri, model) {
    return new errors/* UserError */.y(`The files of ${model} are at '${uri || '(no modelUri)'}', which is not workspace storage this action can read: it copies ` +
        'models whose files are in a datastore (azureml://datastores/…), a job output (azureml://jobs/…) or a blob URL of this cloud. ' +
        'Register the model from its files in the source workspace first, then copy that version.', { kind: 'input' });
}

;// CONCATENATED MODULE: ./packages/promotion/src/provenance.ts


const PROVENANCE_TAGS = {
    sourceWorkspace: 'source-workspace-id',
    sourceModel: 'source-model-id',
    sourceName: 'source-model-name',
    sourceVersion: 'source-model-version',
};
/** Lineage tags of the promotion run are the usual lineage tags with this prefix (promotion-git-commit, ...). */
const PROMOTION_PREFIX = 'promotion-';
/** Tags of the copy: the source's tags, then the user's, then provenance (which the user cannot override). */
function copyTags(source, copy, contentHash, github, userTags, logger) {
    const promotion = Object.fromEntries(Object.entries((0,lineage/* lineageTags */.v4)(github, contentHash))
        .filter(([key]) => key !== lineage/* CONTENT_HASH_TAG */.a8)
        .map(([key, value]) => [`${PROMOTION_PREFIX}${key}`, value]));
    const provenance = {
        ...promotion,
        [PROVENANCE_TAGS.sourceWorkspace]: copy.workspaceId,
        [PROVENANCE_TAGS.sourceModel]: copy.modelId,
        [PROVENANCE_TAGS.sourceName]: copy.name,
        [PROVENANCE_TAGS.sourceVersion]: copy.version,
        [lineage/* CONTENT_HASH_TAG */.a8]: contentHash,
    };
    const isProvenance = (key) => key in provenance || key.startsWith(PROMOTION_PREFIX);
    const overridden = Object.keys(userTags).filter(isProvenance);
    if (overridden.length > 0) {
        logger.warning(`tags: ${overridden.join(', ')} ${overridden.length === 1 ? 'is a provenance tag' : 'are provenance tags'} this action sets itself; the given value is ignored.`);
    }
    // A source that is itself a copy carries the provenance of that earlier hop: replaced, not mixed.
    const inherited = Object.fromEntries(Object.entries((0,register_model/* stringTags */.tO)(source)).filter(([key]) => !isProvenance(key)));
    return { ...inherited, ...userTags, ...provenance };
}
/**
 * The version of `name` in the target that is a copy of this source version, if any. Versions are immutable, so
 * the same source version means the same files; when the source declares a content hash, the copy must hold it
 * too (a source version deleted and registered again with other files is not the same source).
 */
async function findCopy(target, name, source, declaredHash) {
    const candidates = await (0,model_versions/* listVersions */.yO)(target, name, PROVENANCE_TAGS.sourceModel);
    return (0,model_versions/* latestOf */.Te)(candidates.filter((version) => {
        const tags = version.properties.tags ?? {};
        return (tags[PROVENANCE_TAGS.sourceModel]?.toLowerCase() === source.modelId.toLowerCase() &&
            (declaredHash === undefined || tags[lineage/* CONTENT_HASH_TAG */.a8] === declaredHash));
    }));
}

;// CONCATENATED MODULE: ./packages/promotion/src/source-version.ts


const LATEST = 'latest';
/** How many existing versions a "version not found" error lists. */
const HINT_VERSIONS = 5;
async function resolveSourceVersion(registry, name, version, logger) {
    const where = `source workspace '${registry.workspace}' (resource group ${registry.resourceGroup}, subscription ${registry.subscriptionId})`;
    if (version.toLowerCase() === LATEST) {
        const latest = (0,model_versions/* latestOf */.Te)(await (0,model_versions/* listVersions */.yO)(registry, name));
        if (latest?.name === undefined) {
            throw new errors/* UserError */.y(`model-name: model '${name}' has no versions in the ${where}. Check model-name and the source workspace inputs.`, { kind: 'not-found' });
        }
        logger.info(`model-version 'latest' of model '${name}' is version ${latest.name}: copying that pinned version.`);
        return { name, version: latest.name, model: latest };
    }
    const model = await (0,model_versions/* getVersion */.HF)(registry, name, version);
    if (model)
        return { name, version, model };
    const versions = await (0,model_versions/* listVersions */.yO)(registry, name);
    const newest = newestNames(versions);
    throw new errors/* UserError */.y(`model-version: model '${name}' version ${version} does not exist in the ${where}. ` +
        (versions.length === 0
            ? `The model has no versions there at all: check model-name and the source workspace inputs.`
            : `Its latest versions are ${newest.join(', ')}${versions.length > newest.length ? ` (of ${versions.length})` : ''}; ` +
                `give one of them, or 'latest'.`), { kind: 'not-found' });
}
/** Names of the most recent versions, newest first. */
function newestNames(versions) {
    const remaining = [...versions];
    const names = [];
    while (names.length < HINT_VERSIONS && remaining.length > 0) {
        const next = (0,model_versions/* latestOf */.Te)(remaining);
        if (next === undefined)
            break;
        remaining.splice(remaining.indexOf(next), 1);
        if (next.name !== undefined)
            names.push(next.name);
    }
    return names;
}

;// CONCATENATED MODULE: ./packages/promotion/src/copy-model.ts
/**
 * Copy one registered model version from a source workspace into a target workspace: resolve the (pinned) source
 * version, reuse the copy a previous run made of it, else download its files, hash them, upload them
 * content-addressed to the target's default datastore and register them as a new version with the source's type,
 * flavors, properties and description, plus provenance tags. The downloaded files are removed in every case.
 */










const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;
async function copyModel(request, clients) {
    const { logger, source, target } = clients;
    (0,model_request/* checkModelName */.Xs)(request.sourceName, 'model-name');
    (0,model_request/* checkModelName */.Xs)(request.targetName, 'target-model-name');
    const sameWorkspace = (0,workspace_ref/* workspaceArmId */.Pj)(target.registry.subscriptionId, target.registry.resourceGroup, target.registry.workspace).toLowerCase() === source.workspace.id.toLowerCase();
    if (sameWorkspace && request.targetName === request.sourceName) {
        throw new errors/* UserError */.y(`The source and target are the same: model '${request.sourceName}' in workspace '${source.workspace.workspace}'. ` +
            'Set the source workspace inputs to the workspace to copy from, or target-model-name to another name.');
    }
    const inSource = armStep(`Reading model '${request.sourceName}' version ${request.sourceVersion} in source workspace '${source.workspace.workspace}' as ${clients.identity}`, `model '${request.sourceName}' in workspace '${source.workspace.workspace}'`);
    const inTarget = armStep(`Registering model '${request.targetName}' in target workspace '${target.registry.workspace}' as ${clients.identity}`, `model '${request.targetName}' in workspace '${target.registry.workspace}'`);
    const resolved = await inSource(() => resolveSourceVersion(source.registry, request.sourceName, request.sourceVersion, logger));
    const model = resolved.model;
    const copy = {
        workspaceId: source.workspace.id,
        modelId: model.id ?? `${source.workspace.id}/models/${resolved.name}/versions/${resolved.version}`,
        name: resolved.name,
        version: resolved.version,
        modelUri: model.properties.modelUri,
    };
    const describeSource = `model '${copy.name}' version ${copy.version} in workspace '${source.workspace.workspace}'`;
    const declaredHash = declaredContentHash(model);
    const base = { source: copy, targetName: request.targetName, modelType: model.properties.modelType };
    const existing = await inTarget(() => findCopy(target.registry, request.targetName, copy, declaredHash));
    if (existing?.name !== undefined) {
        logger.info(`Model '${request.targetName}' version ${existing.name} in workspace '${target.registry.workspace}' is already a copy of ${describeSource}: reusing it, nothing downloaded or uploaded.`);
        const existingTags = (0,register_model/* stringTags */.tO)(existing);
        const differing = Object.keys(request.tags).filter((key) => existingTags[key] !== request.tags[key]);
        if (differing.length > 0) {
            logger.warning(`tags: ${differing.join(', ')} differ from the reused version ${existing.name}, which is left as it is (versions are not changed once created).`);
        }
        return {
            ...base,
            targetVersion: existing.name,
            targetId: existing.id,
            storageUri: existing.properties.modelUri,
            reused: true,
            contentHash: existingTags[lineage/* CONTENT_HASH_TAG */.a8],
            tags: existingTags,
        };
    }
    const location = await inSource(() => locateModelFiles(copy.modelUri, source.workspace, describeSource, clients));
    const files = await clients.openSourceFiles(location);
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(request.tempDir, 'copy-model-'));
    try {
        const { root, ...download } = await logger.group('Download', () => downloadModelFiles(files.container, files.path, work, describeSource, logger, request.download));
        const content = await (0,content_hash/* hashContent */.s)(root, { input: 'model-name', noun: 'model' }, { ignoreFiles: false });
        const contentHash = (0,content_hash/* formatContentHash */.t)(content.hash);
        logger.info(`Content hash of ${describeSource}: ${contentHash}`);
        if (declaredHash !== undefined && declaredHash !== contentHash) {
            throw new errors/* UserError */.y(`The files of ${describeSource} do not match its ${lineage/* CONTENT_HASH_TAG */.a8} tag (${declaredHash}; the files hash to ${contentHash}): ` +
                'they were changed after registration. Nothing was copied. Register the intended files as a new version and copy that.', { kind: 'conflict' });
        }
        const datastore = await target.openDatastore();
        const upload = await logger.group('Upload', () => (0,content_upload/* uploadContent */.H3)(datastore.container, content, logger, request.upload));
        const tags = copyTags(model, copy, contentHash, request.github, request.tags, logger);
        const body = {
            properties: {
                description: request.description ?? model.properties.description,
                tags,
                properties: model.properties.properties,
                modelType: model.properties.modelType,
                modelUri: (0,register_model/* datastoreUri */.G4)(target.registry, datastore.name, upload.path),
                flavors: model.properties.flavors,
            },
        };
        const created = await inTarget(() => (0,model_versions/* createVersion */.BB)(target.registry, request.targetName, body, { contentHash, logger }));
        return {
            ...base,
            targetVersion: created.version,
            targetId: created.model.id,
            storageUri: created.model.properties.modelUri,
            reused: created.reused,
            contentHash,
            tags: created.reused ? (0,register_model/* stringTags */.tO)(created.model) : tags,
            download,
            upload,
        };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** Runs ARM calls, turning their failures into UserErrors that say what was done, on what, as whom. */
function armStep(action, resource) {
    return async (call) => {
        try {
            return await call();
        }
        catch (error) {
            throw (0,arm_errors/* translateArmError */.l)(error, { action, resource });
        }
    };
}
/** The source's content-hash tag when it is a hash of its bytes (register-model's hash of a model-uri is not). */
function declaredContentHash(model) {
    const tag = model.properties.tags?.[lineage/* CONTENT_HASH_TAG */.a8] ?? undefined;
    if (tag === undefined || !CONTENT_HASH.test(tag))
        return undefined;
    const uri = model.properties.modelUri;
    return uri !== undefined && tag === (0,register_model/* uriHash */.rF)(uri) ? undefined : tag;
}

// EXTERNAL MODULE: ./packages/action-kit/src/summary.ts
var src_summary = __webpack_require__(46813);
;// CONCATENATED MODULE: ./actions/copy-model/src/summary.ts
/** The job summary of a copy: source → target, the version, what was transferred or reused, the provenance tags. */



const MB = 1024 * 1024;
function writeSummary(summary, result, targetWorkspace, sourceWorkspace) {
    const from = `${sourceWorkspace}/${result.source.name}:${result.source.version}`;
    const to = `${targetWorkspace}/${result.targetName}:${result.targetVersion}`;
    summary.heading(`Model copied: ${from} → ${to}${result.reused ? ' (reused)' : ''}`);
    summary.status('success', result.reused
        ? `Version ${result.targetVersion} in ${targetWorkspace} is already a copy of ${from}: nothing was downloaded, uploaded or created.`
        : `Registered version ${result.targetVersion} in ${targetWorkspace} from ${from}.`);
    summary.keyValue({
        Source: { markdown: `\`${result.source.modelId}\`` },
        Target: result.targetId === undefined ? to : { markdown: `\`${result.targetId}\`` },
        'Model URI': { markdown: `\`azureml:${result.targetName}:${result.targetVersion}\`` },
        Type: result.modelType,
        'Content hash': result.contentHash === undefined ? undefined : { markdown: `\`${result.contentHash}\`` },
        Storage: result.storageUri,
        Transfer: describeTransfer(result),
    });
    const provenance = Object.entries(result.tags)
        .filter(([key]) => isProvenance(key))
        .sort(([a], [b]) => a.localeCompare(b));
    if (provenance.length > 0) {
        summary.details('Provenance tags', (inner) => {
            const rows = provenance.map(([key, value]) => [
                key,
                key === `${PROMOTION_PREFIX}${lineage/* LINEAGE_TAGS */.Wl.runUrl}`
                    ? { markdown: `[${(0,src_summary/* escapeMarkdown */.FV)(value)}](${value})` }
                    : value,
            ]);
            inner.keyValue(rows, ['Tag', 'Value']);
        });
    }
}
function isProvenance(key) {
    return (key.startsWith(PROMOTION_PREFIX) ||
        key === lineage/* CONTENT_HASH_TAG */.a8 ||
        Object.values(PROVENANCE_TAGS).includes(key));
}
function describeTransfer(result) {
    if (result.reused && result.download === undefined)
        return 'reused: nothing transferred';
    const download = result.download;
    const upload = result.upload;
    const parts = [];
    if (download !== undefined) {
        parts.push(`${download.files} files downloaded (${(download.bytes / MB).toFixed(1)} MB, ${download.figures.megabytesPerSecond.toFixed(1)} MB/s)`);
    }
    if (upload !== undefined) {
        parts.push(upload.alreadyComplete
            ? `already in the target datastore (${upload.skippedFiles} files): nothing uploaded`
            : `${upload.uploadedFiles} files uploaded (${(upload.uploadedBytes / MB).toFixed(1)} MB), ${upload.skippedFiles} already there`);
    }
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./actions/copy-model/src/run.ts
/** copy-model: inputs → source and target workspaces → copyModel → outputs and job summary. */






async function runCopyModel(context, inputs, deps) {
    const { log, outputs, summary } = context;
    const azure = (0,src_inputs/* readAzureInputs */.t)(inputs, deps.env, log);
    const sourceWorkspace = (0,workspace_ref/* resolveWorkspaceRef */.ZI)({
        subscriptionId: inputs.sourceSubscriptionId,
        resourceGroup: inputs.sourceResourceGroup,
        workspace: inputs.sourceWorkspace,
        workspaceId: inputs.sourceWorkspaceId,
    }, { AZURE_SUBSCRIPTION_ID: azure.workspace.subscriptionId }, 'source-');
    log.info(`Source workspace ${sourceWorkspace.workspace} (resource group ${sourceWorkspace.resourceGroup}, subscription ${sourceWorkspace.subscriptionId})`);
    const session = (0,src_session/* connectAzure */.C)(azure, {
        env: deps.env,
        logger: log,
        getIdToken: deps.getIdToken,
        actionName: 'copy-model',
    });
    const result = await copyModel({
        sourceName: inputs.modelName,
        sourceVersion: inputs.modelVersion,
        targetName: inputs.targetModelName ?? inputs.modelName,
        tags: inputs.tags ?? {},
        description: inputs.description,
        github: (0,lineage/* githubContextFromEnv */.S0)(deps.env),
        tempDir: (0,env/* nonEmpty */.h)(deps.env.RUNNER_TEMP) ?? (0,external_node_os_.tmpdir)(),
        download: { concurrency: inputs.concurrency, abortSignal: context.signal },
        upload: { fileConcurrency: inputs.concurrency, abortSignal: context.signal },
    }, copyClients(session, sourceWorkspace, context));
    setOutputs(outputs, result);
    writeSummary(summary, result, session.workspace.workspace, sourceWorkspace.workspace);
}
function copyClients(session, sourceWorkspace, context) {
    const { cloud, credential, workspace } = session;
    const clients = new Map([[workspace.subscriptionId.toLowerCase(), session.mlClient]]);
    const clientFor = (subscriptionId) => {
        const key = subscriptionId.toLowerCase();
        const client = clients.get(key) ?? (0,ml_client/* createMlClient */.LM)(cloud, credential, subscriptionId, { actionName: 'copy-model' });
        clients.set(key, client);
        return client;
    };
    const sourceClient = clientFor(sourceWorkspace.subscriptionId);
    return {
        source: { registry: { client: sourceClient, ...sourceWorkspace }, workspace: sourceWorkspace },
        target: {
            registry: { client: session.mlClient, ...workspace },
            openDatastore: async () => ({
                name: datastore/* DEFAULT_DATASTORE */.A,
                container: await (0,datastore/* getDatastoreContainer */.L)(session.mlClient, workspace, cloud, context.log, {
                    credential,
                }),
            }),
        },
        getJob: (name) => (0,jobs_api/* getJob */.ax)(sourceClient, sourceWorkspace, name, context.signal),
        openSourceFiles: async (location) => {
            if (location.kind === 'blob-url') {
                const blob = parseBlobUrl(location.url, cloud, 'The source model version');
                return { container: blobUrlContainer(blob, cloud, credential), path: blob.path };
            }
            const container = await (0,datastore/* getDatastoreContainer */.L)(clientFor(location.workspace.subscriptionId), location.workspace, cloud, context.log, { datastoreName: location.datastore, credential, fallbackToIdentity: true });
            return { container, path: location.path };
        },
        identity: session.credentialChoice.clientId === undefined
            ? `the ${session.credentialChoice.kind} sign-in`
            : `client ${session.credentialChoice.clientId}`,
        logger: context.log,
    };
}
function setOutputs(outputs, result) {
    outputs.set('model-name', result.targetName);
    outputs.set('model-version', result.targetVersion);
    outputs.set('model-id', result.targetId ?? '');
    outputs.set('model-uri', `azureml:${result.targetName}:${result.targetVersion}`);
    outputs.set('reused', result.reused);
    outputs.set('source-model-version', result.source.version);
    outputs.set('content-hash', result.contentHash ?? '');
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
