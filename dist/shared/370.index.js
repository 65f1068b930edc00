import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 370;
export const ids = [370];
export const modules = {

/***/ 3151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ formatContentHash),
  s: () => (/* binding */ hashContent)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./packages/assets/src/ignore-rules.ts
/**
 * Which files of a folder are left out of its upload, the way the Azure ML CLI v2 decides it: the `.amlignore` at the
 * root of the folder, or its `.gitignore` when there is no `.amlignore` (never both), read with gitignore
 * (gitwildmatch) semantics, case-sensitive, relative to that root. Ignore files in subfolders are not read, as the
 * CLI does not read them either. The ignore file itself is uploaded unless a pattern excludes it.
 */




const IGNORE_FILE_NAMES = ['.amlignore', '.gitignore'];
const NONE = { source: undefined, excludes: () => false };
async function loadIgnoreRules(root) {
    for (const name of IGNORE_FILE_NAMES) {
        const file = external_node_path_default().join(root, name);
        const text = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
            const code = error.code;
            if (code === 'ENOENT')
                return undefined;
            throw new errors/* UserError */.y(`The ignore file '${file}' cannot be read (${code ?? String(error)}): it decides which files are uploaded. Make it a readable text file or remove it.`, { kind: 'input', cause: error });
        });
        if (text !== undefined)
            return ignoreRules(name, text);
    }
    return NONE;
}
/** Rules from the text of an ignore file. */
function ignoreRules(source, text) {
    // The package is CommonJS: under NodeNext its callable factory is the `default` property of module.exports.
    const matcher = ignore_default()["default"]({ ignorecase: false }).add(text);
    return { source, excludes: (relativePath) => matcher.ignores(relativePath) };
}

;// CONCATENATED MODULE: ./packages/assets/src/content-hash.ts
/**
 * Content hash of a file or folder (a model, a code folder, ...): SHA-256 over the files in sorted relative POSIX
 * path order, each contributing its path, its size and its bytes. The order the file system lists entries in never
 * matters, and the bytes are read through one reused buffer, so memory stays flat whatever the content's size.
 * Files the folder's `.amlignore` (else `.gitignore`) excludes are neither hashed nor uploaded, as with the CLI.
 */





/** Format version mixed into every hash, so a future change of the scheme never collides with old uploads. */
const SCHEME = 'aml-actions-content-v1';
/** One read buffer, reused for every file: memory stays the same whatever the content's size. */
const READ_SIZE = 1024 * 1024;
/** How a hash is shown in tags and outputs. */
function formatContentHash(hash) {
    return `sha256:${hash}`;
}
/** Hash a file or folder; `source` names where the path came from and what it holds, in errors. */
async function hashContent(contentPath, source = { input: 'path', noun: 'content' }) {
    const { input, noun } = source;
    const root = external_node_path_default().resolve(contentPath);
    const info = await (0,promises_.stat)(root).catch((error) => {
        throw new errors/* UserError */.y(`${input}: '${contentPath}' does not exist (resolved to ${root}). Give the path of the ${noun} file or folder, relative to the workspace checkout.`, { kind: 'input', cause: error });
    });
    const name = external_node_path_default().basename(root);
    let listing;
    if (info.isFile()) {
        listing = {
            entries: [{ absolutePath: root, relativePath: name, size: info.size }],
            rules: undefined,
            excluded: 0,
        };
    }
    else if (info.isDirectory()) {
        listing = await listFolder(root);
        if (listing.entries.length === 0) {
            const why = listing.excluded > 0
                ? `every file in it is excluded by its ${listing.rules?.source ?? 'ignore file'}`
                : 'no files in it or its subfolders';
            throw new errors/* UserError */.y(`${input}: the folder '${contentPath}' has nothing to upload (${why}). Point it at the folder that holds the ${noun} files${listing.excluded > 0 ? ', or loosen the ignore file' : ''}.`, { kind: 'input' });
        }
    }
    else {
        throw new errors/* UserError */.y(`${input}: '${contentPath}' is neither a file nor a folder. Give a ${noun} file or folder.`, {
            kind: 'input',
        });
    }
    const { entries } = listing;
    const whole = (0,external_node_crypto_.createHash)('sha256').update(`${SCHEME}\0${info.isFile() ? 'file' : 'folder'}\0`);
    const files = [];
    let totalBytes = 0;
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    for (const entry of entries) {
        whole.update(`${entry.relativePath}\0${entry.size}\0`);
        const sha256 = await streamInto(entry.absolutePath, entry.size, whole, buffer);
        files.push({ ...entry, sha256 });
        totalBytes += entry.size;
    }
    return {
        kind: info.isFile() ? 'file' : 'folder',
        name,
        hash: whole.digest('hex'),
        files,
        totalBytes,
        ignoreFile: listing.rules?.source,
        excludedEntries: listing.excluded,
    };
}
/**
 * All regular files below root that the ignore rules keep, sorted by relative POSIX path compared as code units.
 * Symbolic links are followed; a folder reached twice (a link cycle) is read once; an excluded folder is not read.
 */
async function listFolder(root) {
    const rules = await loadIgnoreRules(root);
    const entries = [];
    let excluded = 0;
    const visited = new Set();
    const pending = [root];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
        const real = await (0,promises_.realpath)(dir);
        if (visited.has(real))
            continue;
        visited.add(real);
        for (const entryName of await (0,promises_.readdir)(dir)) {
            const absolutePath = external_node_path_default().join(dir, entryName);
            const relativePath = external_node_path_default().relative(root, absolutePath).split((external_node_path_default()).sep).join('/');
            const info = await (0,promises_.stat)(absolutePath);
            if (info.isDirectory()) {
                if (rules.excludes(`${relativePath}/`))
                    excluded += 1;
                else
                    pending.push(absolutePath);
            }
            else if (info.isFile()) {
                if (rules.excludes(relativePath))
                    excluded += 1;
                else
                    entries.push({ absolutePath, relativePath, size: info.size });
            }
        }
    }
    entries.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
    return { entries, rules: rules.source === undefined ? undefined : rules, excluded };
}
/** Read a file through the running content hash and its own digest; the file must still have the size listed. */
async function streamInto(file, expectedSize, whole, buffer) {
    const own = (0,external_node_crypto_.createHash)('sha256');
    let read = 0;
    const handle = await (0,promises_.open)(file, 'r');
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            const chunk = buffer.subarray(0, bytesRead);
            whole.update(chunk);
            own.update(chunk);
            read += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    if (read !== expectedSize) {
        throw new errors/* UserError */.y(`The file '${file}' changed size while it was being hashed (${expectedSize} then ${read} bytes). Run this step after the step that writes it has finished.`);
    }
    return own.digest('hex');
}


/***/ }),

/***/ 68095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H3: () => (/* binding */ uploadContent)
});

// UNUSED EXPORTS: UPLOAD_ROOT, contentPath

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
;// CONCATENATED MODULE: ./packages/assets/src/bounded-pool.ts
/** Run `work` over items with at most `limit` in flight; the first failure stops new work and is rethrown. */
async function runBounded(items, limit, work) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    const results = await Promise.allSettled(workers);
    const rejected = results.find((result) => result.status === 'rejected');
    if (rejected)
        throw rejected.reason;
}

// EXTERNAL MODULE: ./packages/assets/src/content-hash.ts + 1 modules
var content_hash = __webpack_require__(3151);
// EXTERNAL MODULE: ./packages/assets/src/http-status.ts
var http_status = __webpack_require__(42070);
;// CONCATENATED MODULE: ./packages/assets/src/transfer-progress.ts
const MB = 1024 * 1024;
function startTransferProgress(logger, totals, options = {}) {
    const now = options.now ?? Date.now;
    const intervalMs = options.intervalMs ?? 5000;
    const started = now();
    const perFile = new Map();
    let doneBytes = 0;
    let doneFiles = 0;
    let lastLine = started;
    const figures = () => {
        let inFlight = 0;
        for (const loaded of perFile.values())
            inFlight += loaded;
        const bytes = doneBytes + inFlight;
        const seconds = (now() - started) / 1000;
        return { files: doneFiles, bytes, seconds, megabytesPerSecond: seconds > 0 ? bytes / MB / seconds : 0 };
    };
    const line = (prefix) => {
        const f = figures();
        logger.info(`${prefix}: ${f.files}/${totals.files} files, ${(f.bytes / MB).toFixed(1)}/${(totals.bytes / MB).toFixed(1)} MB, ` +
            `${f.megabytesPerSecond.toFixed(1)} MB/s, ${f.seconds.toFixed(1)} s`);
        return f;
    };
    const maybeLine = () => {
        if (now() - lastLine >= intervalMs) {
            lastLine = now();
            line('Uploading');
        }
    };
    return {
        fileBytes(fileKey, loadedBytes) {
            perFile.set(fileKey, loadedBytes);
            maybeLine();
        },
        fileDone(fileKey, size) {
            perFile.delete(fileKey);
            doneBytes += size;
            doneFiles += 1;
            maybeLine();
        },
        finish: () => line('Uploaded'),
    };
}

;// CONCATENATED MODULE: ./packages/assets/src/content-upload.ts





const UPLOAD_ROOT = 'LocalUpload';
const SHA256_KEY = 'content_sha256';
const STATUS_KEY = 'upload_status';
const COMPLETED = 'completed';
const HASH_KEY = 'content_hash';
function contentPath(content) {
    return `${UPLOAD_ROOT}/${content.hash}/${content.name}`;
}
function blobNameOf(content, file) {
    return content.kind === 'file' ? contentPath(content) : `${contentPath(content)}/${file.relativePath}`;
}
async function uploadContent(container, content, logger, options = {}) {
    const target = contentPath(content);
    const blockSize = options.blockSize ?? 8 * 1024 * 1024;
    const existing = await storageCall(container, 'list', () => listExisting(container, `${UPLOAD_ROOT}/${content.hash}/`));
    const indicator = content.files[0];
    if (!indicator)
        throw new Error(`No files to upload for ${(0,content_hash/* formatContentHash */.t)(content.hash)}`);
    const indicatorName = blobNameOf(content, indicator);
    const complete = existing.get(indicatorName)?.metadata[STATUS_KEY] === COMPLETED;
    const isPresent = (file) => {
        const blob = existing.get(blobNameOf(content, file));
        return blob?.size === file.size && blob.metadata[SHA256_KEY] === file.sha256;
    };
    const todo = content.files.filter((file) => !isPresent(file));
    const skippedFiles = content.files.length - todo.length;
    const where = `${container.containerName}/${target}`;
    if (content.ignoreFile !== undefined) {
        logger.info(`${content.ignoreFile} of '${content.name}' leaves out ${content.excludedEntries} files or folders: they are neither hashed nor uploaded.`);
    }
    if (complete && todo.length === 0) {
        logger.info(`Content ${(0,content_hash/* formatContentHash */.t)(content.hash)} is already uploaded to ${where} (${content.files.length} files): nothing sent.`);
        return {
            path: target,
            uploadedFiles: 0,
            uploadedBytes: 0,
            skippedFiles,
            alreadyComplete: true,
            figures: undefined,
        };
    }
    if (existing.size > 0) {
        logger.info(`Found an unfinished upload at ${where}: ${skippedFiles} of ${content.files.length} files already there; sending the other ${todo.length}.`);
    }
    const todoBytes = todo.reduce((sum, file) => sum + file.size, 0);
    logger.info(`Uploading ${todo.length} files (${(todoBytes / 1024 / 1024).toFixed(1)} MB) to ${where}`);
    const progress = startTransferProgress(logger, { files: todo.length, bytes: todoBytes }, { intervalMs: options.progressIntervalMs });
    await runBounded(todo, options.fileConcurrency ?? 8, async (file) => {
        const name = blobNameOf(content, file);
        await storageCall(container, 'upload', () => container.getBlockBlobClient(name).uploadFile(file.absolutePath, {
            blockSize,
            maxSingleShotSize: blockSize,
            concurrency: options.blockConcurrency ?? 4,
            metadata: { [SHA256_KEY]: file.sha256 },
            abortSignal: options.abortSignal,
            onProgress: (event) => {
                progress.fileBytes(name, event.loadedBytes);
            },
        }));
        progress.fileDone(name, file.size);
    });
    const figures = progress.finish();
    await storageCall(container, 'mark', () => container
        .getBlockBlobClient(indicatorName)
        .setMetadata({ [SHA256_KEY]: indicator.sha256, [STATUS_KEY]: COMPLETED, [HASH_KEY]: content.hash }, { abortSignal: options.abortSignal }));
    return {
        path: target,
        uploadedFiles: todo.length,
        uploadedBytes: todoBytes,
        skippedFiles,
        alreadyComplete: false,
        figures,
    };
}
async function listExisting(container, prefix) {
    const found = new Map();
    for await (const blob of container.listBlobsFlat({ prefix, includeMetadata: true })) {
        found.set(blob.name, { size: blob.properties.contentLength, metadata: blob.metadata ?? {} });
    }
    return found;
}
/** Storage failures a user can fix (no access, no container) become a UserError naming the container. */
async function storageCall(container, what, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = (0,http_status/* httpStatusOf */.s)(error);
        if (status === 403 || status === 401) {
            throw new errors/* UserError */.y(`The identity may not ${what === 'list' ? 'read' : 'write'} the default datastore's container '${container.containerName}' (HTTP ${status}). ` +
                'Give it the Storage Blob Data Contributor role on the workspace storage account, or use a writer identity for this workspace.', { kind: 'permission', cause: error });
        }
        if (status === 404) {
            throw new errors/* UserError */.y(`The default datastore's container '${container.containerName}' does not exist in its storage account. Check the workspace's default datastore.`, { kind: 'not-found', cause: error });
        }
        throw error;
    }
}


/***/ }),

/***/ 42070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/** The HTTP status of an error thrown by an Azure SDK client (RestError and friends), if it carries one. */
function httpStatusOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const { statusCode } = error;
    return typeof statusCode === 'number' ? statusCode : undefined;
}


/***/ }),

/***/ 78882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S0: () => (/* binding */ githubContextFromEnv),
/* harmony export */   Wl: () => (/* binding */ LINEAGE_TAGS),
/* harmony export */   a8: () => (/* binding */ CONTENT_HASH_TAG),
/* harmony export */   v4: () => (/* binding */ lineageTags)
/* harmony export */ });
/* unused harmony export workflowRunUrl */
/**
 * Lineage tags on what the actions create (model versions, jobs): where it came from (commit, ref, repository,
 * workflow run, actor, job, workflow), its content hash when there is one and, when given, the Azure ML job that
 * produced it.
 */
/** The tag holding a content hash (`sha256:<hex>`): lets a re-run find the version that already holds the content. */
const CONTENT_HASH_TAG = 'content-hash';
/** The context from the runner's GITHUB_* variables. */
function githubContextFromEnv(env) {
    return {
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        repository: env.GITHUB_REPOSITORY,
        serverUrl: env.GITHUB_SERVER_URL,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        actor: env.GITHUB_ACTOR,
        job: env.GITHUB_JOB,
        workflow: env.GITHUB_WORKFLOW,
    };
}
const LINEAGE_TAGS = {
    commit: 'git-commit',
    ref: 'git-ref',
    repository: 'git-repository',
    runUrl: 'github-run-url',
    actor: 'github-actor',
    job: 'github-job',
    workflow: 'github-workflow',
    azureMlJob: 'azureml-job',
};
function workflowRunUrl(context) {
    if (!context.repository || !context.runId)
        return undefined;
    const base = `${context.serverUrl ?? 'https://github.com'}/${context.repository}/actions/runs/${context.runId}`;
    return context.runAttempt && context.runAttempt !== '1' ? `${base}/attempts/${context.runAttempt}` : base;
}
/** Tags for a version: only the facts that are known (outside a runner most are absent). */
function lineageTags(context, contentHash, azureMlJob) {
    const entries = [
        [LINEAGE_TAGS.commit, context.sha],
        [LINEAGE_TAGS.ref, context.ref],
        [LINEAGE_TAGS.repository, context.repository],
        [LINEAGE_TAGS.runUrl, workflowRunUrl(context)],
        [LINEAGE_TAGS.actor, context.actor],
        [LINEAGE_TAGS.job, context.job],
        [LINEAGE_TAGS.workflow, context.workflow],
        [LINEAGE_TAGS.azureMlJob, azureMlJob],
        [CONTENT_HASH_TAG, contentHash],
    ];
    return Object.fromEntries(entries.filter((entry) => entry[1] !== undefined && entry[1] !== ''));
}


/***/ }),

/***/ 64937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseArmErrorBody),
/* harmony export */   l: () => (/* binding */ translateArmError)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48826);
/* harmony import */ var _sign_in_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36762);
/**
 * ARM and Entra ID failures turned into one readable UserError: HTTP status, code, message, target, details, and
 * a hint for what the user can do (401 token, 403 role assignment, 404 names, 409 concurrent operation, 429 throttling).
 */



/** The `error` object of an ARM ErrorResponse body, or undefined when the text is not one. */
function parseArmErrorBody(text) {
    if (!text)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const error = isObject(parsed) ? (parsed.error ?? parsed) : undefined;
    if (!isObject(error))
        return undefined;
    return typeof error.code === 'string' || typeof error.message === 'string' ? error : undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null;
}
/**
 * A UserError for an ARM RestError or an Entra ID sign-in failure; any other error is returned as it is (a bug).
 * Use as `throw translateArmError(e, { action: 'Reading workspace dev' })`.
 */
function translateArmError(e, context) {
    if (e instanceof _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y)
        return e;
    if ((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(e))
        return fromRestError(e, context);
    const signIn = (0,_sign_in_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .signInFailure */ .VZ)(e);
    if (signIn)
        return new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${context.action} failed: ${signIn}`, { kind: 'permission', cause: e });
    return e instanceof Error ? e : new Error((0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(e));
}
function fromRestError(e, context) {
    const status = e.statusCode ?? 0;
    const detail = parseArmErrorBody(e.response?.bodyAsText ?? undefined) ?? {};
    const unparsable = e.code === 'PARSE_ERROR';
    const code = detail.code ?? (unparsable ? undefined : e.code) ?? `HTTP${status}`;
    const message = truncate(detail.message ?? (unparsable ? (e.response?.bodyAsText ?? '') : e.message));
    const lines = [
        `${context.action} failed: HTTP ${status} ${code}: ${message}${detail.target ? ` (target: ${detail.target})` : ''}`,
        ...flattenDetails(detail.details ?? [], '  - '),
    ];
    const hint = hintFor(status, code, message, context);
    if (hint)
        lines.push(`Hint: ${hint}`);
    const requestId = e.response?.headers.get('x-ms-correlation-request-id') ?? e.response?.headers.get('x-ms-request-id');
    if (requestId)
        lines.push(`(Azure correlation id: ${requestId})`);
    return new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(lines.join('\n'), { kind: kindFor(status), cause: e });
}
/** Gateways answer with whole HTML pages; keep the start. */
function truncate(text, max = 500) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
function flattenDetails(details, indent) {
    return details.flatMap((d) => [
        `${indent}${d.code ?? 'detail'}: ${d.message ?? ''}${d.target ? ` (target: ${d.target})` : ''}`,
        ...flattenDetails(d.details ?? [], `  ${indent}`),
    ]);
}
function kindFor(status) {
    if (status === 401 || status === 403)
        return 'permission';
    if (status === 404)
        return 'not-found';
    if (status === 409 || status === 412)
        return 'conflict';
    if (status >= 400 && status < 429)
        return 'input';
    return 'service';
}
const AUTHORIZATION_FAILED = /client '([^']+)' with object id '([^']+)' does not have authorization to perform action '([^']+)' over scope '([^']+)'/i;
function hintFor(status, code, message, context) {
    switch (status) {
        case 401:
            return unauthorizedHint(code);
        case 403:
            return forbiddenHint(message);
        case 404:
            return (`${context.resource ? `Check that ${context.resource} exists. ` : ''}Check the inputs 'subscription-id', ` +
                `'resource-group' and 'workspace' (or 'workspace-id') and the resource name: names must match an existing ` +
                `resource, and the identity must be able to see the subscription.`);
        case 409:
            return (`${context.resource ?? 'The resource'} is being changed by another operation, or is in a state that does ` +
                `not allow this change. Wait for the other operation to finish (see the Azure ML studio or 'az ml' for its state) ` +
                `and run again; the actions are safe to re-run.`);
        case 429:
            return ('Azure Resource Manager throttled the requests (after the SDK retries). Wait a few minutes, or run fewer jobs ' +
                'against this subscription at the same time.');
        default:
            return status >= 500 ? 'Azure had a server-side failure; running again usually succeeds.' : undefined;
    }
}
function unauthorizedHint(code) {
    if (/expired/i.test(code)) {
        return 'The access token expired. Re-run the job; with OIDC sign-in each token request gets a fresh GitHub ID token.';
    }
    if (/tenant/i.test(code)) {
        return "The token was issued by another tenant than the subscription's: set 'tenant-id' to the tenant of the subscription.";
    }
    if (/audience/i.test(code)) {
        return "The token's audience does not fit this Azure Resource Manager: check the 'cloud' input (and AZUREML_CLOUD_ARM_AUDIENCE).";
    }
    return "The access token was rejected: it expired, or it is for the wrong tenant or cloud. Check 'tenant-id', 'client-id' and 'cloud'.";
}
function forbiddenHint(message) {
    const match = AUTHORIZATION_FAILED.exec(message);
    if (!match) {
        return "The signed-in identity lacks a role on this workspace. Grant it 'AzureML Data Scientist' (write) or 'Reader' (read) on the workspace.";
    }
    const [, client = '', objectId = '', action = '', scope = ''] = match;
    const role = /\/read$/i.test(action) ? 'Reader' : 'AzureML Data Scientist';
    return (`The identity ${client} (object id ${objectId}) may not perform ${action} on ${scope}. Grant it a role that ` +
        `allows it, e.g.: az role assignment create --assignee-object-id ${objectId} --assignee-principal-type ServicePrincipal ` +
        `--role "${role}" --scope ${scope.replace(/\/(?:onlineEndpoints|models|jobs|datastores|schedules)\/.*$/i, '')}` +
        ' (new role assignments can take a few minutes to apply).');
}


/***/ }),

/***/ 94914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ DEFAULT_DATASTORE),
/* harmony export */   L: () => (/* binding */ getDatastoreContainer)
/* harmony export */ });
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95658);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85736);
/* harmony import */ var _arm_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64937);
/* harmony import */ var _clouds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20108);




const DEFAULT_DATASTORE = 'workspaceblobstore';
async function getDatastoreContainer(mlClient, workspace, cloud, logger, options = {}) {
    const name = options.datastoreName ?? DEFAULT_DATASTORE;
    const resource = `datastore '${name}' in workspace '${workspace.workspace}'`;
    const datastore = await mlClient.datastores
        .get(workspace.resourceGroup, workspace.workspace, name)
        .catch((e) => {
        throw (0,_arm_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateArmError */ .l)(e, { action: `Reading ${resource}`, resource });
    });
    const properties = datastore.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The ${resource} is of type ${properties.datastoreType}; only AzureBlob datastores can be used here. ` +
            `Use '${DEFAULT_DATASTORE}' or another Azure Blob datastore.`);
    }
    const { accountName, containerName } = properties;
    if (!accountName || !containerName) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The ${resource} names no storage account or container; fix the datastore in Azure ML.`);
    }
    const containerUrl = `${(0,_clouds_js__WEBPACK_IMPORTED_MODULE_3__/* .blobAccountUrl */ .se)(cloud, accountName)}/${encodeURIComponent(containerName)}`;
    const credentialsType = properties.credentials.credentialsType;
    const where = `container '${containerName}' of storage account '${accountName}'`;
    if (credentialsType === 'None') {
        if (options.credential === undefined) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The ${resource} is identity-based (no stored credentials), and no Azure credential was given to reach it.`);
        }
        logger.info(`Datastore ${name}: ${where}, signed in as the action's identity`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, options.credential, options.clientOptions);
    }
    if (credentialsType !== 'AccountKey' && credentialsType !== 'Sas') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The ${resource} uses ${credentialsType} credentials, which this suite does not use for blob access. ` +
            `Give the datastore an account key, a SAS token, or make it identity-based.`);
    }
    const secrets = await mlClient.datastores
        .listSecrets(workspace.resourceGroup, workspace.workspace, name)
        .catch((e) => {
        throw (0,_arm_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateArmError */ .l)(e, { action: `Reading the secrets of ${resource}`, resource });
    });
    if (secrets.secretsType === 'AccountKey') {
        const key = secrets.key;
        if (!key)
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Azure ML returned no account key for the ${resource}.`, { kind: 'service' });
        (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$)(logger, key);
        logger.info(`Datastore ${name}: ${where}, with the account key`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .StorageSharedKeyCredential */ .Z3(accountName, key), options.clientOptions);
    }
    if (secrets.secretsType === 'Sas') {
        const sas = secrets.sasToken?.replace(/^\?/, '');
        if (!sas)
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Azure ML returned no SAS token for the ${resource}.`, { kind: 'service' });
        (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$)(logger, sas);
        logger.info(`Datastore ${name}: ${where}, with a SAS token`);
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(`${containerUrl}?${sas}`, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .AnonymousCredential */ .tv(), options.clientOptions);
    }
    throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Azure ML returned ${secrets.secretsType} secrets for the ${resource}, which has ${credentialsType} credentials.`, { kind: 'service' });
}


/***/ }),

/***/ 72856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ armJson),
/* harmony export */   LM: () => (/* binding */ createMlClient),
/* harmony export */   XA: () => (/* binding */ PREVIEW_FEATURES_API_VERSION)
/* harmony export */ });
/* unused harmony exports SUITE_NAME, SUITE_VERSION, userAgentPrefix */
/* harmony import */ var _azure_arm_machinelearning__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34789);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _arm_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64937);
/**
 * The Azure ML management client (@azure/arm-machinelearning 2.1.1, API 2022-10-01) pointed at the cloud's ARM
 * endpoint, plus `armJson` for newer API versions the SDK cannot express, sent through the same pipeline
 * (authentication, retries, user agent, TLS options).
 */



/** The suite's name and version for the User-Agent header (a unit test keeps it equal to the root package.json). */
const SUITE_NAME = 'azureml-mlops-actions';
const SUITE_VERSION = '0.1.0';
/** API version of the raw calls for what 2022-10-01 lacks (endpoint mirrorTraffic, deployment dataCollector). */
const PREVIEW_FEATURES_API_VERSION = '2024-04-01';
function userAgentPrefix(actionName) {
    return `${SUITE_NAME}/${SUITE_VERSION}${actionName ? ` (${actionName})` : ''}`;
}
function createMlClient(cloud, credential, subscriptionId, options = {}) {
    const { actionName, retryOptions, ...pipelineOptions } = options;
    return new _azure_arm_machinelearning__WEBPACK_IMPORTED_MODULE_1__/* .AzureMachineLearningWorkspaces */ .FQ(credential, subscriptionId, {
        ...pipelineOptions,
        endpoint: cloud.armEndpoint,
        // $host is what the SDK exposes of its endpoint; armJson builds its URLs from it.
        $host: cloud.armEndpoint,
        credentialScopes: [`${cloud.armAudience}/.default`],
        userAgentOptions: { userAgentPrefix: userAgentPrefix(actionName) },
        // The SDK's default (3 retries, exponential from 1 s) with the wait between tries capped at 30 s.
        retryOptions: { maxRetries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 30_000, ...retryOptions },
    });
}
/**
 * Send one ARM request through the client's pipeline and parse its JSON body. A status of 400 or more throws the
 * same RestError the SDK would (see translateArmError).
 */
async function armJson(client, request) {
    const url = new URL(`${client.$host.replace(/\/+$/, '')}${request.path}`);
    url.searchParams.set('api-version', request.apiVersion);
    const headers = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createHttpHeaders */ .Nc)({ accept: 'application/json' });
    if (request.body !== undefined)
        headers.set('content-type', 'application/json; charset=utf-8');
    const pipelineRequest = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineRequest */ .G6)({
        url: url.toString(),
        method: request.method,
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        ...(request.abortSignal === undefined ? {} : { abortSignal: request.abortSignal }),
    });
    const response = await client.sendRequest(pipelineRequest);
    const text = response.bodyAsText ?? '';
    if (response.status >= 400) {
        throw armRestError(response, text);
    }
    return {
        status: response.status,
        body: text === '' ? undefined : JSON.parse(text),
        headers: response.headers.toJSON(),
    };
}
/** The RestError core-client would build for an ARM error response (code and message from the ErrorResponse body). */
function armRestError(response, text) {
    const detail = (0,_arm_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArmErrorBody */ ._)(text);
    return new _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .RestError */ .pj(detail?.message ?? (text || `HTTP ${response.status}`), {
        ...(detail?.code === undefined ? {} : { code: detail.code }),
        statusCode: response.status,
        request: response.request,
        response,
    });
}


/***/ }),

/***/ 74712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ connectAzure)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 157 modules
var esm = __webpack_require__(23989);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/action-kit/src/secrets.ts
var secrets = __webpack_require__(85736);
// EXTERNAL MODULE: ./packages/azure/src/clouds.ts + 1 modules
var clouds = __webpack_require__(20108);
// EXTERNAL MODULE: ./packages/azure/src/env.ts
var src_env = __webpack_require__(76164);
// EXTERNAL MODULE: ./packages/azure/src/sign-in-errors.ts
var sign_in_errors = __webpack_require__(36762);
;// CONCATENATED MODULE: ./packages/azure/src/credentials.ts
/**
 * The credential chain, in this order: GitHub OIDC workload identity federation, a client secret, the Azure CLI
 * session left by azure/login, then DefaultAzureCredential. The log names the one chosen, never a secret.
 */








/** The audience GitHub's OIDC token is requested for; Entra federated credentials expect it. */
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/** Pick the credential from the inputs and the environment (no network, no secrets read beyond presence). */
function chooseCredential(inputs, env) {
    const clientId = (0,src_env/* nonEmpty */.h)(inputs.clientId) ?? (0,src_env/* nonEmpty */.h)(env.AZURE_CLIENT_ID);
    const tenantId = (0,src_env/* nonEmpty */.h)(inputs.tenantId) ?? (0,src_env/* nonEmpty */.h)(env.AZURE_TENANT_ID);
    const oidcOffered = Boolean((0,src_env/* nonEmpty */.h)(env.ACTIONS_ID_TOKEN_REQUEST_URL) && (0,src_env/* nonEmpty */.h)(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN));
    const secretGiven = (0,src_env/* nonEmpty */.h)(env.AZURE_CLIENT_SECRET) !== undefined;
    const warnings = [];
    const skipped = [];
    const who = `client ${clientId ?? '?'} in tenant ${tenantId ?? '?'}`;
    const identified = clientId !== undefined && tenantId !== undefined;
    if (identified && oidcOffered) {
        return {
            kind: 'oidc',
            clientId,
            tenantId,
            description: `GitHub OIDC workload identity federation (${who}; a fresh GitHub ID token for every Entra ID token request)`,
            skipped,
            warnings,
        };
    }
    skipped.push(`GitHub OIDC: ${identified
        ? "the runner offers no GitHub ID token (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN): the job lacks 'permissions: id-token: write'"
        : `${missingIds(clientId, tenantId)} (inputs, or AZURE_CLIENT_ID / AZURE_TENANT_ID)`}`);
    if (identified && secretGiven) {
        return {
            kind: 'client-secret',
            clientId,
            tenantId,
            description: `client secret from AZURE_CLIENT_SECRET (${who})`,
            skipped,
            warnings,
        };
    }
    skipped.push(`client secret: ${secretGiven ? `${missingIds(clientId, tenantId)}, which it needs` : 'AZURE_CLIENT_SECRET is not set'}`);
    if (clientId !== undefined || tenantId !== undefined) {
        warnings.push(identified
            ? `'client-id' and 'tenant-id' are set, but the runner offers no GitHub OIDC token and AZURE_CLIENT_SECRET is not set. ` +
                `For OIDC, give the job 'permissions: id-token: write'.`
            : `Only one of 'client-id' (${clientId ?? 'missing'}) and 'tenant-id' (${tenantId ?? 'missing'}) is set; ` +
                `OIDC and client-secret sign-in need both.`);
    }
    else if (secretGiven) {
        warnings.push(`AZURE_CLIENT_SECRET is set but 'client-id' and 'tenant-id' are not, so it is not used.`);
    }
    const cliProfile = azureCliProfile(env);
    if (cliProfile !== undefined) {
        return {
            kind: 'azure-cli',
            clientId,
            tenantId,
            description: `Azure CLI session (${cliProfile}), e.g. left by azure/login`,
            skipped,
            warnings,
        };
    }
    skipped.push("Azure CLI: no signed-in session ('az' on PATH and azureProfile.json in AZURE_CONFIG_DIR or ~/.azure)");
    return {
        kind: 'default',
        clientId,
        tenantId,
        description: 'DefaultAzureCredential (environment, workload identity, managed identity, developer tools)',
        skipped,
        warnings,
    };
}
function missingIds(clientId, tenantId) {
    const missing = [
        clientId === undefined ? "'client-id'" : [],
        tenantId === undefined ? "'tenant-id'" : [],
    ].flat();
    return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`;
}
/** The Azure CLI profile file when `az` is on PATH and has signed in, else undefined. */
function azureCliProfile(env) {
    const configDir = (0,src_env/* nonEmpty */.h)(env.AZURE_CONFIG_DIR) ?? (0,external_node_path_.join)((0,src_env/* nonEmpty */.h)(env.HOME) ?? (0,external_node_os_.homedir)(), '.azure');
    const profile = (0,external_node_path_.join)(configDir, 'azureProfile.json');
    const names = process.platform === 'win32' ? ['az.cmd', 'az.exe'] : ['az'];
    const onPath = (env.PATH ?? '')
        .split(external_node_path_.delimiter)
        .filter((dir) => dir !== '')
        .some((dir) => names.some((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name))));
    return onPath && (0,external_node_fs_.existsSync)(profile) ? profile : undefined;
}
/** Build the credential the chain picks, and log which one (and any configuration warnings). */
function createCredential(inputs, deps) {
    const { cloud, env, logger } = deps;
    const choice = chooseCredential(inputs, env);
    for (const warning of choice.warnings)
        logger.warning(warning);
    logger.info(`Azure sign-in: ${choice.description}, authority ${cloud.authorityHost}`);
    const options = {
        ...deps.clientOptions,
        authorityHost: cloud.authorityHost,
        ...((0,clouds/* needsInstanceDiscoveryDisabled */._K)(cloud) ? { disableInstanceDiscovery: true } : {}),
    };
    return {
        credential: new SignInReportingCredential(buildCredential(choice, deps, options), choice),
        choice,
    };
}
/**
 * A credential whose sign-in failures (no credential available, refused by Entra ID) become UserErrors naming the
 * credentials tried and how to configure sign-in, wherever a token is requested (ARM, blob storage, ...).
 */
class SignInReportingCredential {
    inner;
    attempt;
    /** `inner`: the credential that gets the tokens. */
    constructor(inner, attempt) {
        this.inner = inner;
        this.attempt = attempt;
    }
    async getToken(scopes, options) {
        try {
            return await this.inner.getToken(scopes, options);
        }
        catch (e) {
            throw (0,sign_in_errors/* signInError */.vE)(e, this.attempt) ?? e;
        }
    }
}
function buildCredential(choice, deps, options) {
    switch (choice.kind) {
        case 'oidc': {
            let requests = 0;
            const getAssertion = async () => {
                requests += 1;
                deps.logger.debug(`Requesting a GitHub OIDC token for ${OIDC_AUDIENCE} (#${requests})`);
                try {
                    return await deps.getIdToken(OIDC_AUDIENCE);
                }
                catch (e) {
                    throw new errors/* UserError */.y(`Could not get a GitHub OIDC token: ${(0,errors/* errorMessage */.g)(e)}. The job needs 'permissions: id-token: write'.`, { kind: 'permission', cause: e });
                }
            };
            return new esm/* ClientAssertionCredential */.XI(choice.tenantId, choice.clientId, getAssertion, options);
        }
        case 'client-secret': {
            const secret = (0,src_env/* nonEmpty */.h)(deps.env.AZURE_CLIENT_SECRET) ?? '';
            (0,secrets/* maskSecret */.$)(deps.logger, secret);
            return new esm/* ClientSecretCredential */.HC(choice.tenantId, choice.clientId, secret, options);
        }
        case 'azure-cli':
            return new esm/* AzureCliCredential */.nG(choice.tenantId === undefined ? {} : { tenantId: choice.tenantId });
        case 'default':
            return new esm/* DefaultAzureCredential */.gv({
                ...options,
                ...(choice.tenantId === undefined ? {} : { tenantId: choice.tenantId }),
                ...(choice.clientId === undefined
                    ? {}
                    : { managedIdentityClientId: choice.clientId, workloadIdentityClientId: choice.clientId }),
            });
    }
}

// EXTERNAL MODULE: ./packages/azure/src/ml-client.ts
var ml_client = __webpack_require__(72856);
;// CONCATENATED MODULE: ./packages/azure/src/session.ts


function connectAzure(inputs, deps) {
    const { cloud, workspace } = inputs;
    const { credential, choice } = createCredential(inputs.identity, {
        cloud,
        env: deps.env,
        logger: deps.logger,
        getIdToken: deps.getIdToken,
        ...(deps.clientOptions === undefined ? {} : { clientOptions: deps.clientOptions }),
    });
    const mlClient = (0,ml_client/* createMlClient */.LM)(cloud, credential, workspace.subscriptionId, {
        ...deps.clientOptions,
        ...(deps.actionName === undefined ? {} : { actionName: deps.actionName }),
    });
    return { cloud, workspace, credential, credentialChoice: choice, mlClient };
}


/***/ }),

/***/ 36762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VZ: () => (/* binding */ signInFailure),
/* harmony export */   vE: () => (/* binding */ signInError)
/* harmony export */ });
/* unused harmony export isSignInError */
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48826);
/**
 * @azure/identity failures as readable sentences and UserErrors (kind `permission`): which credentials were tried,
 * what each said, and how to configure sign-in. Without this, a job with no working credential ends as "a bug".
 */

/** Recognised by name: an instanceof check fails across copies of @azure/identity (bundles, nested installs). */
const SIGN_IN_ERRORS = new Set([
    'AuthenticationError',
    'AuthenticationRequiredError',
    'CredentialUnavailableError',
    'AggregateAuthenticationError',
]);
const SIGN_IN_SETUP = [
    'Configure one of:',
    "  - GitHub OIDC (recommended): set the inputs 'client-id' and 'tenant-id' (or AZURE_CLIENT_ID / AZURE_TENANT_ID) " +
        'of an Entra app registration or managed identity that has a federated credential for this repository, and give ' +
        "the job 'permissions: id-token: write'.",
    '  - azure/login: run the azure/login action in the job before this step; its Azure CLI session is used.',
    "  - A client secret: set AZURE_CLIENT_SECRET (from a GitHub secret) together with 'client-id' and 'tenant-id'.",
].join('\n');
const AADSTS_HINTS = {
    '700213': "Entra ID has no federated credential matching this job's GitHub token. Add one to the app registration with issuer " +
        'https://token.actions.githubusercontent.com, audience api://AzureADTokenExchange and subject ' +
        'repo:OWNER/REPO:environment:NAME (jobs with an environment) or repo:OWNER/REPO:ref:refs/heads/BRANCH.',
    '700016': "The application ('client-id') was not found in the tenant ('tenant-id'): check both values.",
    '7000215': 'The client secret (AZURE_CLIENT_SECRET) is wrong or expired: create a new one.',
    '7000222': 'The client secret (AZURE_CLIENT_SECRET) expired: create a new one.',
    '90002': "The tenant ('tenant-id') does not exist: check the value.",
};
function isSignInError(e) {
    return e instanceof Error && SIGN_IN_ERRORS.has(e.name);
}
/** The first line of an inner error, without its troubleshooting link (the setup text says what to do). */
function innerLine(inner) {
    const first = (0,_aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(inner).split('\n')[0] ?? '';
    return first.replace(/\s*To (?:troubleshoot|mitigate this issue),.*$/i, '').trim();
}
function describe(e) {
    if (!isSignInError(e))
        return undefined;
    if (e.name === 'AggregateAuthenticationError') {
        const errors = e.errors ?? [];
        return {
            lines: [
                'Azure sign-in failed: no Azure credential could get a token. Tried:',
                ...errors.map((inner) => `  - ${innerLine(inner)}`),
            ],
            unavailable: true,
        };
    }
    const aadsts = /AADSTS(\d+)/.exec(e.message)?.[1];
    const hint = aadsts === undefined ? undefined : AADSTS_HINTS[aadsts];
    return {
        lines: [`Azure sign-in failed: ${e.message.trim()}`, ...(hint === undefined ? [] : [`Hint: ${hint}`])],
        unavailable: e.name === 'CredentialUnavailableError',
    };
}
/**
 * A readable text for an @azure/identity failure, or undefined for other errors: what each credential of a chain
 * said, an AADSTS hint, and when no credential was available, how to configure sign-in.
 */
function signInFailure(e) {
    const described = describe(e);
    if (described === undefined)
        return undefined;
    return [...described.lines, ...(described.unavailable ? [SIGN_IN_SETUP] : [])].join('\n');
}
/**
 * A UserError (kind `permission`) for a sign-in failure of the credential the chain chose, naming it and the
 * credentials it passed over; undefined for other errors (aborts, bugs), which the caller rethrows as they are.
 */
function signInError(e, attempt) {
    if (e instanceof _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y)
        return e;
    const described = describe(e);
    if (described === undefined)
        return undefined;
    const lines = [
        ...described.lines,
        `Credential used: ${attempt.description}`,
        ...(attempt.skipped.length === 0 ? [] : ['Passed over, in the sign-in order of the suite:']),
        ...attempt.skipped.map((line) => `  - ${line}`),
        ...(described.unavailable ? [SIGN_IN_SETUP] : []),
    ];
    return new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(lines.join('\n'), { kind: 'permission', cause: e });
}


/***/ }),

/***/ 13452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pb: () => (/* binding */ assetVersion),
/* harmony export */   SM: () => (/* binding */ assetName),
/* harmony export */   dG: () => (/* binding */ commonFields),
/* harmony export */   kS: () => (/* binding */ readOnlyRefusals),
/* harmony export */   oE: () => (/* binding */ compact)
/* harmony export */ });
/* unused harmony export READ_ONLY_KEYS */
/** Keys the CLI writes when it shows a resource: they describe Azure's state and cannot be set. */
const READ_ONLY_KEYS = (/* unused pure expression or super */ null && ([
    'id',
    'creation_context',
    'latest_version',
    'provisioning_state',
    'scoring_uri',
    'openapi_uri',
    'status',
    'services',
]));
function readOnlyRefusals(keys) {
    return Object.fromEntries(keys.map((key) => [
        key,
        `'${key}' is read-only (Azure sets it, e.g. in \`az ml ... show\` output): remove it`,
    ]));
}
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/** An asset name Azure accepts: letters, digits, '-', '_' and '.', starting with a letter or digit, at most 255. */
function assetName(reader, fields, key = 'name') {
    const field = fields.get(key);
    const name = reader.string(field, 'a name');
    if (name === undefined || field === undefined)
        return undefined;
    if (!ASSET_NAME.test(name)) {
        reader.report(field, `'${name}' is not a valid asset name: use letters, digits, '-', '_' and '.', starting with a letter or digit (at most 255)`);
        return;
    }
    return name;
}
/** A version: a string or an integer (`version: 3`), letters, digits, '-', '_' and '.'. */
function assetVersion(reader, fields, key = 'version') {
    const field = fields.get(key);
    const version = reader.stringOrInt(field, 'a version (string or integer)');
    if (version === undefined || field === undefined)
        return undefined;
    if (!VERSION.test(version)) {
        reader.report(field, `'${version}' is not a valid version: use letters, digits, '-', '_' and '.'`);
        return;
    }
    return version;
}
/** description, tags and properties, omitted when absent. */
function commonFields(reader, fields) {
    return compact({
        description: reader.string(fields.get('description')),
        tags: reader.stringMap(fields.get('tags')),
        properties: reader.stringMap(fields.get('properties')),
    });
}
/** The object without its undefined values (ARM bodies carry only what the spec sets). */
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}


/***/ }),

/***/ 99799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ REFUSED_KINDS),
/* harmony export */   CU: () => (/* binding */ isSpecKind),
/* harmony export */   Lp: () => (/* binding */ SUPPORTED_KINDS),
/* harmony export */   ZU: () => (/* binding */ JOB_TYPE_KINDS),
/* harmony export */   ZZ: () => (/* binding */ schemaUrl),
/* harmony export */   b: () => (/* binding */ refusalReason),
/* harmony export */   l_: () => (/* binding */ schemaName),
/* harmony export */   vE: () => (/* binding */ kindFamily)
/* harmony export */ });
/* unused harmony export ALL_KINDS */
/** The kinds of Azure ML CLI v2 YAML this package knows, and how a file tells its kind. */
/** Kinds mapped to ARM bodies. */
const SUPPORTED_KINDS = [
    'model',
    'environment',
    'code',
    'managedOnlineEndpoint',
    'managedOnlineDeployment',
    'commandJob',
];
/** Kinds recognised and refused, each with the reason the user sees. */
const REFUSED_KINDS = {
    kubernetesOnlineEndpoint: 'Kubernetes online endpoints are not supported: these actions deploy managed online endpoints only. ' +
        'Use a managedOnlineEndpoint YAML ($schema https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json) ' +
        'or deploy to Kubernetes with `az ml online-endpoint create`.',
    kubernetesOnlineDeployment: 'Kubernetes online deployments are not supported: these actions deploy managed online deployments only. ' +
        'Use a managedOnlineDeployment YAML ($schema https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json) ' +
        'or deploy to Kubernetes with `az ml online-deployment create`.',
    sweepJob: 'sweep jobs are not supported: run-job submits command jobs. Submit one command job per trial (search_space ' +
        'values as inputs, e.g. with `set: inputs.C=0.8`), or submit the sweep with `az ml job create`.',
    pipelineJob: 'pipeline jobs are not supported: run-job submits command jobs. Submit each step as a command job, ' +
        'or submit the pipeline with `az ml job create`.',
};
const ALL_KINDS = [
    ...SUPPORTED_KINDS,
    ...Object.keys(REFUSED_KINDS),
];
function isSpecKind(name) {
    return ALL_KINDS.includes(name);
}
function refusalReason(kind) {
    return kind in REFUSED_KINDS ? REFUSED_KINDS[kind] : undefined;
}
/** The schema name in a `$schema` URL: `.../latest/managedOnlineDeployment.schema.json` → `managedOnlineDeployment`. */
function schemaName(url) {
    return /([A-Za-z][A-Za-z0-9]*)\.schema\.json$/.exec(url.trim())?.[1];
}
/** A job's `type:` key → its kind (the CLI reads `type` when `$schema` is absent). */
const JOB_TYPE_KINDS = {
    command: 'commandJob',
    sweep: 'sweepJob',
    pipeline: 'pipelineJob',
};
/** The family a kind belongs to: a file of the right family but the wrong kind gets its refusal reason. */
function kindFamily(kind) {
    if (kind.endsWith('OnlineEndpoint'))
        return 'endpoint';
    if (kind.endsWith('OnlineDeployment'))
        return 'deployment';
    if (kind.endsWith('Job'))
        return 'job';
    return kind;
}
/** The `$schema` URL the CLI documents for a kind, for messages. */
function schemaUrl(kind) {
    return `https://azuremlschemas.azureedge.net/latest/${kind}.schema.json`;
}


/***/ }),

/***/ 45886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ localPath),
/* harmony export */   M: () => (/* binding */ uploadAsset)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Local paths in a spec resolve from the YAML file's folder, as in the CLI; they must exist. */


/** The absolute path of `text` (relative to the spec's folder), checked to exist and be of the expected kind. */
function localPath(reader, field, text, expected) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(reader.doc.dir, text);
    let isDirectory;
    try {
        isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory();
    }
    catch {
        reader.report(field, `the ${expected} '${text}' does not exist (looked for ${absolute}; relative paths start at the folder of ` +
            `${reader.doc.file}): fix the path or add the ${expected}`, 'not-found');
        return;
    }
    if (expected === 'file' && isDirectory) {
        reader.report(field, `'${text}' is a folder, but a file is expected here (${absolute})`);
        return;
    }
    if (expected === 'folder' && !isDirectory) {
        reader.report(field, `'${text}' is a file, but a folder is expected here (${absolute})`);
        return;
    }
    return { path: absolute, isDirectory };
}
/** A pending upload of a checked local path. */
function uploadAsset(reader, field, local, purpose) {
    return { kind: 'upload', id: field.path, annotation: reader.at(field), purpose, ...local };
}


/***/ }),

/***/ 83313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ describe),
/* harmony export */   r: () => (/* binding */ numericValue)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/** What YAML nodes hold, as the readers check them and as messages show them. */

/** A number, or a numeric string (the CLI's marshmallow accepts `"5"` where a number is expected). */
function numericValue(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    if (typeof node.value === 'number')
        return node.value;
    if (typeof node.value === 'string' && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(node.value)) {
        return Number(node.value);
    }
    return undefined;
}
/** A value as messages show it: `'fast' (a string)`, `5 (a number)`, `a mapping`, `nothing`. */
function describe(node) {
    if (node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null))
        return 'nothing (the key has no value)';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        const value = node.value;
        if (typeof value === 'string')
            return `'${value}' (a string)`;
        if (typeof value === 'number')
            return `${node.source ?? String(value)} (a number)`;
        if (typeof value === 'boolean')
            return `${String(value)} (a boolean)`;
        if (value instanceof Date)
            return `${node.source ?? value.toISOString()} (a date)`;
    }
    return 'an unsupported value';
}


/***/ }),

/***/ 14443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ finalizable),
/* harmony export */   Hr: () => (/* binding */ pendRegistration),
/* harmony export */   qX: () => (/* binding */ resolveAssets)
/* harmony export */ });
/** An inline asset at `id` to register before the body is complete: added to `pending`, returned as its value. */
function pendRegistration(pending, id, asset) {
    const register = { kind: 'register', id, annotation: asset.annotation, asset };
    pending.push(register);
    return register;
}
/** Resolve pending assets in order (inner ones of inline assets first). */
async function resolveAssets(pending, resolver) {
    const resolved = {};
    for (const asset of pending) {
        if (asset.kind === 'upload')
            resolved[asset.id] = await resolver.upload(asset);
        else if (asset.kind === 'label')
            resolved[asset.id] = await resolver.resolveLabel(asset);
        else {
            const inner = await resolveAssets(asset.asset.pending, resolver);
            resolved[asset.id] = await resolver.register(registrationOf(asset.asset, inner));
        }
    }
    return resolved;
}
function registrationOf(spec, resolved) {
    switch (spec.assetType) {
        case 'models':
            return { assetType: spec.assetType, spec, body: spec.finalize(resolved) };
        case 'codes':
            return { assetType: spec.assetType, spec, body: spec.finalize(resolved) };
        case 'environments':
            return { assetType: spec.assetType, spec, body: spec.finalize(resolved) };
        case 'data':
            return { assetType: spec.assetType, spec, body: spec.finalize(resolved) };
    }
}
/**
 * A Finalizable from the pending assets a mapping collected and a builder that reads resolved values with
 * `value(assetValue)`.
 */
function finalizable(pending, build) {
    return {
        pending,
        finalize(resolved) {
            const missing = pending.filter((asset) => resolved[asset.id] === undefined).map((asset) => asset.id);
            if (missing.length > 0) {
                throw new Error(`finalize: pending assets not resolved: ${missing.join(', ')} (call resolveAssets first)`);
            }
            return build((item) => (typeof item === 'string' ? item : (resolved[item.id] ?? '')));
        },
    };
}


/***/ }),

/***/ 99626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ problemsError),
/* harmony export */   Jh: () => (/* binding */ throwProblems),
/* harmony export */   Ld: () => (/* binding */ formatPosition)
/* harmony export */ });
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48826);
/** Problems found in a spec file: each with its place, collected so the user sees all of them in one run. */

/** `file:line:column` as editors and GitHub logs show it. */
function formatPosition(annotation) {
    if (annotation.line === undefined)
        return annotation.file;
    return `${annotation.file}:${annotation.line}:${annotation.column ?? 1}`;
}
/**
 * One UserError for all problems, in file order: each on its own line with its position, the annotation on the first.
 * `what` names the file's role (the input `deployment-file`), so the message says which input holds the mistakes.
 */
function problemsError(unordered, what) {
    const problems = [...unordered].sort((a, b) => (a.annotation.line ?? 0) - (b.annotation.line ?? 0) ||
        (a.annotation.column ?? 0) - (b.annotation.column ?? 0));
    const [first] = problems;
    if (first === undefined)
        throw new Error('problemsError needs at least one problem');
    const prefix = what === undefined ? '' : `Input '${what}': `;
    const message = problems.length === 1
        ? `${prefix}${formatPosition(first.annotation)}: ${first.message}`
        : `${prefix}${first.annotation.file} has ${problems.length} problems:\n` +
            problems.map((problem) => `  ${formatPosition(problem.annotation)}: ${problem.message}`).join('\n');
    const kind = problems.every((problem) => problem.kind === 'not-found') ? 'not-found' : 'input';
    return new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(message, { kind, annotation: { ...first.annotation, title: 'Azure ML spec' } });
}
/** Throws the problems as one UserError when there are any. */
function throwProblems(problems, what) {
    if (problems.length > 0)
        throw problemsError(problems, what);
}


/***/ }),

/***/ 49640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ assetValue),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   dN: () => (/* binding */ registeredAsset),
/* harmony export */   zV: () => (/* binding */ computeArmId)
/* harmony export */ });
/* unused harmony exports assetWord, assetVersionId, registeredForms */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _pending_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14443);
/**
 * The ways a CLI v2 YAML value names something: `azureml:<name>:<version>`, `azureml:<name>@latest`, an ARM id
 * (`azureml:/subscriptions/...`), an `azureml://` / `https://` / `wasbs://` URI, or a local path.
 */


const ASSET_NAME = '[A-Za-z0-9_][A-Za-z0-9_.-]*';
const NAME_VERSION = new RegExp(`^azureml:(${ASSET_NAME}):([A-Za-z0-9_.-]+)$`);
const NAME_LABEL = new RegExp(`^azureml:(${ASSET_NAME})@([A-Za-z0-9_.-]+)$`);
const NAME_ONLY = new RegExp(`^azureml:(${ASSET_NAME})$`);
const URI = /^(azureml|https?|wasbs?|abfss?|adl):\/\/\S+$/i;
const ASSET_WORDS = {
    models: 'model',
    environments: 'environment',
    codes: 'code',
    data: 'data asset',
};
function assetWord(type) {
    return ASSET_WORDS[type];
}
function parseReference(text) {
    const value = text.trim();
    if (URI.test(value))
        return { kind: 'uri', uri: value, scheme: value.slice(0, value.indexOf(':')).toLowerCase() };
    if (/^(azureml:)?\/subscriptions\//i.test(value))
        return { kind: 'arm-id', id: value.replace(/^azureml:/i, '') };
    let match = NAME_VERSION.exec(value);
    if (match)
        return { kind: 'name-version', name: match[1] ?? '', version: match[2] ?? '' };
    match = NAME_LABEL.exec(value);
    if (match)
        return { kind: 'name-label', name: match[1] ?? '', label: match[2] ?? '' };
    match = NAME_ONLY.exec(value);
    if (match)
        return { kind: 'name', name: match[1] ?? '' };
    if (/^azureml:/i.test(value)) {
        return {
            kind: 'invalid',
            reason: 'an azureml: reference must be azureml:<name>:<version> or azureml:<name>@latest',
        };
    }
    if (/^(runs|models):\//i.test(value)) {
        return {
            kind: 'invalid',
            reason: 'MLflow runs:/ and models:/ URIs are not supported: register the model first (azureml:<name>:<version>) ' +
                'or use the job output URI azureml://jobs/<job>/outputs/<output>',
        };
    }
    if (/^git\+/i.test(value))
        return { kind: 'invalid', reason: 'git+ code URLs are not supported: use a local folder' };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        return {
            kind: 'invalid',
            reason: 'the URI scheme is not supported (use azureml://, https://, wasbs:// or abfss://)',
        };
    }
    return { kind: 'local', path: value.replace(/^file:(\/\/)?/i, '') };
}
function assetVersionId(workspace, type, name, version) {
    return `${workspace.id}/${type}/${name}/versions/${version}`;
}
function computeArmId(workspace, name) {
    return `${workspace.id}/computes/${name}`;
}
/** The forms a registered-asset reference may take, for messages. */
function registeredForms(type) {
    return `azureml:<${assetWord(type)}-name>:<version>, azureml:<${assetWord(type)}-name>@latest or an ARM id (azureml:/subscriptions/...)`;
}
/**
 * A reference to a registered asset version: the ARM id, a registry URI as given, or a label lookup (added to
 * `pending`). Other forms are reported.
 */
function registeredAsset(reader, field, reference, type, workspace, pending) {
    switch (reference.kind) {
        case 'arm-id':
            return reference.id;
        case 'name-version':
            return assetVersionId(workspace, type, reference.name, reference.version);
        case 'name-label': {
            const label = {
                kind: 'label',
                id: field.path,
                annotation: reader.at(field),
                assetType: type,
                name: reference.name,
                label: reference.label,
            };
            pending.push(label);
            return label;
        }
        case 'uri':
            if (reference.scheme === 'azureml' && /^azureml:\/\/registries\//i.test(reference.uri))
                return reference.uri;
            break;
        case 'name': {
            reader.report(field, `'azureml:${reference.name}' names no version: write azureml:${reference.name}:<version> or azureml:${reference.name}@latest`);
            return;
        }
        case 'invalid': {
            reader.report(field, reference.reason);
            return;
        }
        case 'local':
            break;
    }
    reader.report(field, `expected a registered ${assetWord(type)}: ${registeredForms(type)}`);
}
/** A registered asset reference, or an inline definition registered first (a pending anonymous registration). */
function assetValue(reader, field, use, workspace, pending) {
    if (field === undefined)
        return undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(field.node)) {
        const asset = use.readInline(field);
        return asset === undefined ? undefined : (0,_pending_js__WEBPACK_IMPORTED_MODULE_1__/* .pendRegistration */ .Hr)(pending, field.path, asset);
    }
    const text = reader.string(field, use.expected);
    if (text === undefined)
        return undefined;
    const reference = parseReference(text);
    if (reference.kind === 'local' && use.localHint !== undefined) {
        reader.report(field, use.localHint(text));
        return;
    }
    return registeredAsset(reader, field, reference, use.type, workspace, pending);
}


/***/ }),

/***/ 46503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ loadSpecFile),
/* harmony export */   Oj: () => (/* binding */ expectKind),
/* harmony export */   nx: () => (/* binding */ annotationAt)
/* harmony export */ });
/* unused harmony export parseSpec */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48826);
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99799);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99626);
/**
 * Reading a CLI v2 YAML file: parse with positions (YAML 1.1, as the CLI's PyYAML reads it), and tell its kind from
 * `$schema`, a job's `type`, or the kind the caller expects.
 */






/** The position of a node (1-based line and column, with the end) for annotations. */
function annotationAt(doc, node) {
    const range = node?.range;
    if (!range)
        return { file: doc.file };
    const start = doc.lineCounter.linePos(range[0]);
    const end = doc.lineCounter.linePos(range[1]);
    return { file: doc.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function offsetAnnotation(file, lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
}
/** Parse a spec from text; throws one UserError listing every problem (YAML syntax, kind). */
function parseSpec(text, file, options = {}) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const yaml = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter, version: '1.1', prettyErrors: false, uniqueKeys: true });
    const firstPerPosition = yaml.errors.filter((error, index) => yaml.errors.findIndex((other) => other.pos[0] === error.pos[0]) === index);
    const problems = firstPerPosition.map((error) => ({
        path: '',
        message: `invalid YAML: ${error.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '')}`,
        annotation: offsetAnnotation(file, lineCounter, error.pos[0]),
        kind: 'input',
    }));
    (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .throwProblems */ .Jh)(problems, options.what);
    const root = yaml.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root)) {
        const got = root === null ? 'an empty file' : `a ${(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(root) ? 'single value' : 'list'}`;
        throw (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsError */ .$j)([
            {
                path: '',
                message: `expected a YAML mapping of keys (such as \`$schema:\` and \`name:\`), got ${got}`,
                annotation: annotationAt({ file, lineCounter }, root ?? undefined),
                kind: 'input',
            },
        ], options.what);
    }
    const expected = options.expected === undefined ? [] : [].concat(options.expected);
    const kind = detectKind(root, expected, { file, lineCounter }, options.what);
    return {
        file,
        dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.dir ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file)),
        kind,
        text,
        yaml,
        lineCounter,
        origins: new WeakMap(),
        what: options.what,
    };
}
/** Read and parse a spec file; a missing or unreadable file is a UserError naming it. */
function loadSpecFile(file, expected, what) {
    const subject = what === undefined ? 'Spec file' : `Input '${what}' names the file`;
    let text;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isDirectory()) {
            throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${subject} '${file}', which is a folder: give the path of the YAML file.`);
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y)
            throw error;
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${subject} '${file}', which cannot be read (${error.code ?? String(error)}): ` +
            `check the path (relative paths start at the workspace root, ${process.cwd()}).`, { kind: 'not-found', cause: error });
    }
    return parseSpec(text, file, {
        ...(expected === undefined ? {} : { expected }),
        ...(what ? { what } : {}),
    });
}
function detectKind(root, expected, where, what) {
    const fail = (node, message) => {
        throw (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsError */ .$j)([{ path: '$schema', message, annotation: annotationAt(where, node), kind: 'input' }], what);
    };
    const schemaNode = root.get('$schema', true);
    const typeNode = root.get('type', true);
    const typeValue = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(typeNode) ? String(typeNode.value).toLowerCase() : undefined;
    let kind;
    if (schemaNode !== undefined) {
        const url = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(schemaNode) && typeof schemaNode.value === 'string' ? schemaNode.value : '';
        const name = (0,_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaName */ .l_)(url);
        if (name === undefined || !(0,_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .isSpecKind */ .CU)(name)) {
            fail(schemaNode, `$schema ${url === '' ? 'is not a schema URL' : `'${url}' names a kind these actions do not read`}; ` +
                `supported: ${_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .SUPPORTED_KINDS */ .Lp.map(_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaUrl */ .ZZ).join(', ')}`);
        }
        kind = name;
    }
    else if (expected[0] !== undefined) {
        kind = kindFromType(expected[0], typeValue);
    }
    else if (typeValue !== undefined && typeValue in _kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .JOB_TYPE_KINDS */ .ZU) {
        kind = _kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .JOB_TYPE_KINDS */ .ZU[typeValue];
    }
    if (kind === undefined) {
        return fail(root, `cannot tell what this file describes: add a $schema line, e.g. \`$schema: ${(0,_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaUrl */ .ZZ)('managedOnlineDeployment')}\``);
    }
    if (expected.length > 0 && !expected.includes(kind))
        fail(schemaNode ?? typeNode ?? root, kindMismatch(kind, expected));
    return kind;
}
/** Why a spec of `kind` is not accepted where `expected` kinds are: the refusal reason, or the mismatch. */
function kindMismatch(kind, expected) {
    const reason = (0,_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .refusalReason */ .b)(kind);
    if (reason !== undefined && expected.some((wanted) => (0,_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .kindFamily */ .vE)(wanted) === (0,_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .kindFamily */ .vE)(kind)))
        return reason;
    return `this is a ${kind} spec, but ${expected.join(' or ')} is expected here`;
}
/** Throws (annotated at `$schema`) unless the document is of the kind a mapper handles. */
function expectKind(doc, kind) {
    if (doc.kind === kind)
        return;
    const root = doc.yaml.contents;
    const node = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root) ? (root.get('$schema', true) ?? root.get('type', true) ?? root) : undefined;
    throw (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsError */ .$j)([
        {
            path: '$schema',
            message: kindMismatch(doc.kind, [kind]),
            annotation: annotationAt(doc, node),
            kind: 'input',
        },
    ], doc.what);
}
/** Without `$schema`: the expected kind, refined by `type:` (a job's type, a deployment's managed/kubernetes). */
function kindFromType(expected, type) {
    if (type === undefined)
        return expected;
    const family = (0,_kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .kindFamily */ .vE)(expected);
    if (family === 'job')
        return _kinds_js__WEBPACK_IMPORTED_MODULE_5__/* .JOB_TYPE_KINDS */ .ZU[type] ?? expected;
    if (family === 'deployment' && type === 'kubernetes')
        return 'kubernetesOnlineDeployment';
    return expected;
}


/***/ }),

/***/ 31592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L9: () => (/* binding */ SpecReader),
  Is: () => (/* binding */ openSpec)
});

// UNUSED EXPORTS: childPath

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/action-kit/src/suggest.ts
var suggest = __webpack_require__(82311);
// EXTERNAL MODULE: ./packages/azureml-spec/src/spec-document.ts
var spec_document = __webpack_require__(46503);
// EXTERNAL MODULE: ./packages/azureml-spec/src/problems.ts
var problems = __webpack_require__(99626);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/python-literal.ts
const FLOAT_SOURCE = /^[-+]?(\.(inf|nan)|[0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)?|[0-9_]+[eE][-+]?[0-9]+|[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*)$/i;
/** `True`/`False` for booleans, `42` for integers, Python's repr for floats (`0.8`, `1.0`, `1e-05`, `inf`). */
function pythonLiteral(scalar) {
    const value = scalar.value;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number') {
        const isFloat = scalar.source === undefined ? !Number.isInteger(value) : FLOAT_SOURCE.test(scalar.source.trim());
        if (!isFloat && Number.isInteger(value))
            return BigInt(value).toString();
        return pythonFloat(value);
    }
    return String(value);
}
/** Python's repr of a float: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
function pythonFloat(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
    const exponent = Number(exponentText);
    const digits = mantissa.replace('-', '').replace('.', '');
    const sign = value < 0 ? '-' : '';
    if (exponent < -4 || exponent >= 16) {
        const shown = digits.length > 1 ? `${digits.slice(0, 1)}.${digits.slice(1)}` : digits;
        return `${sign}${shown}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1);
    return `${sign}${whole}.${fraction === '' ? '0' : fraction}`;
}

// EXTERNAL MODULE: ./packages/azureml-spec/src/node-values.ts
var node_values = __webpack_require__(83313);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/spec-reader.ts
/**
 * Typed reading of spec values with positions: every reader records a problem (key path, value, what was expected,
 * file position) instead of throwing, so one run reports every mistake in the file.
 */






const PLACEHOLDER = /(?<!\$)\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/;
const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', 'off', '0']);
function childPath(parent, key) {
    return parent === '' ? key : `${parent}.${key}`;
}
function keyText(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
}
/** A mapper's start: check the document's kind, and read its root mapping against the kind's shape. */
function openSpec(doc, kind, shape) {
    (0,spec_document/* expectKind */.Oj)(doc, kind);
    const reader = new SpecReader(doc);
    return { reader, fields: reader.object(reader.root(), shape) };
}
class SpecReader {
    doc;
    problems = [];
    constructor(doc) {
        this.doc = doc;
    }
    root() {
        const node = this.doc.yaml.contents;
        return { path: '', key: '', node, anchor: node ?? undefined };
    }
    /** The position of a field (its value, else its key, else its parent). */
    at(field) {
        return (0,spec_document/* annotationAt */.nx)(this.doc, field.node?.range ? field.node : field.anchor);
    }
    /** Records a problem about a field; the message is prefixed with the field's key path. */
    report(field, message, kind = 'input') {
        this.push(field, field.path === '' ? message : `${field.path}: ${message}`, kind);
    }
    push(field, message, kind = 'input') {
        const origin = field.node === null ? undefined : this.doc.origins.get(field.node);
        this.problems.push({
            path: field.path,
            message: `${message}${origin === undefined ? '' : ` (set by ${origin.text})`}`,
            annotation: this.at(field),
            kind,
        });
    }
    /** Throws every problem recorded so far as one UserError. */
    throwIfProblems() {
        (0,problems/* throwProblems */.Jh)(this.problems, this.doc.what);
    }
    /** The result of a mapping: throws the problems if there are any, else returns the value. */
    finish(value) {
        this.throwIfProblems();
        if (value === undefined)
            throw new Error(`mapping ${this.doc.file} produced nothing but recorded no problem`);
        return value;
    }
    /** `expected X, got Y`; a template placeholder left in the file gets its own explanation. */
    typeError(field, expected) {
        const placeholder = this.placeholderIn(field);
        if (placeholder !== undefined) {
            this.placeholderError(field, placeholder);
            return;
        }
        this.report(field, `expected ${expected}, got ${(0,node_values/* describe */.q)(field.node)}`);
    }
    placeholderIn(field) {
        const range = field.node?.range;
        const text = range ? this.doc.text.slice(range[0], range[1]) : '';
        return PLACEHOLDER.exec(text)?.[0];
    }
    placeholderError(field, placeholder) {
        this.report(field, `the value holds the template placeholder ${placeholder}, so this file is a template ` +
            '(the azureml-examples scripts fill it in with sed): replace the placeholder in the file, ' +
            'or override the value (`--set`-style override or the matching action input)');
    }
    /** A mapping of known keys; returns the fields of the known keys present (refused and unknown keys are problems). */
    object(field, shape) {
        if (field === undefined)
            return undefined;
        if (!(0,dist/* isMap */.jh)(field.node)) {
            this.typeError(field, `a mapping (${shape.what})`);
            return;
        }
        const fields = new Map();
        for (const pair of field.node.items) {
            const key = keyText(pair);
            const child = {
                path: childPath(field.path, key),
                key,
                node: pair.value ?? null,
                anchor: (0,dist/* isScalar */.jn)(pair.key) && pair.key.range ? pair.key : undefined,
            };
            const refusal = shape.refused?.[key];
            if (refusal !== undefined) {
                this.report({ ...child, node: (0,dist/* isScalar */.jn)(pair.key) ? pair.key : child.node }, refusal);
            }
            else if (!shape.keys.includes(key)) {
                const hint = (0,suggest/* didYouMean */.au)(key, shape.keys);
                this.push({ ...child, node: (0,dist/* isScalar */.jn)(pair.key) ? pair.key : child.node }, `unknown key '${key}' in ${shape.what}${hint === '' ? '' : ` (${hint})`}; allowed keys: ${shape.keys.join(', ')}`);
            }
            else {
                fields.set(key, child);
            }
        }
        for (const key of shape.required ?? []) {
            if (!fields.has(key) && shape.refused?.[key] === undefined) {
                this.report(field, `${shape.what} needs the key '${key}'`);
            }
        }
        return fields;
    }
    /** The entries of a mapping whose keys are names (inputs, traffic, tags), in file order. */
    entries(field, expected) {
        if (field === undefined)
            return [];
        if (!(0,dist/* isMap */.jh)(field.node)) {
            this.typeError(field, expected);
            return [];
        }
        return field.node.items.map((pair) => ({
            path: childPath(field.path, keyText(pair)),
            key: keyText(pair),
            node: pair.value ?? null,
            anchor: (0,dist/* isScalar */.jn)(pair.key) && pair.key.range ? pair.key : undefined,
        }));
    }
    /** The items of a list, each as a field (`path[0]`). */
    items(field, expected) {
        if (field === undefined)
            return [];
        if (!(0,dist/* isSeq */.oP)(field.node)) {
            this.typeError(field, expected);
            return [];
        }
        return field.node.items.map((item, index) => ({
            path: `${field.path}[${index}]`,
            key: '',
            node: item ?? null,
            anchor: field.anchor,
        }));
    }
    string(field, expected = 'a string') {
        if (field === undefined)
            return undefined;
        if (!(0,dist/* isScalar */.jn)(field.node) || typeof field.node.value !== 'string') {
            this.typeError(field, expected);
            return;
        }
        const placeholder = PLACEHOLDER.exec(field.node.value)?.[0];
        if (placeholder !== undefined) {
            this.placeholderError(field, placeholder);
            return;
        }
        if (field.node.value.trim() === '') {
            this.report(field, `expected ${expected}, got an empty string`);
            return;
        }
        return field.node.value;
    }
    /** A version or similar name the CLI accepts as a string or an integer (`version: 3`). */
    stringOrInt(field, expected) {
        if (field === undefined)
            return undefined;
        if ((0,dist/* isScalar */.jn)(field.node) && typeof field.node.value === 'number' && Number.isInteger(field.node.value)) {
            return String(field.node.value);
        }
        return this.string(field, expected);
    }
    /** An integer; like the CLI (marshmallow), a numeric string is accepted. */
    integer(field, limits = {}) {
        return this.numeric(field, 'an integer', limits);
    }
    number(field, limits = {}) {
        return this.numeric(field, 'a number', limits);
    }
    numeric(field, what, limits) {
        if (field === undefined)
            return undefined;
        const { min, max, unit } = limits;
        const range = min !== undefined && max !== undefined
            ? ` from ${min} to ${max}`
            : min !== undefined
                ? ` of at least ${min}`
                : max !== undefined
                    ? ` of at most ${max}`
                    : '';
        const expected = `${what}${unit ? ` (${unit})` : ''}${range}`;
        const value = (0,node_values/* numericValue */.r)(field.node);
        if (value === undefined || (what === 'an integer' && !Number.isInteger(value))) {
            this.typeError(field, expected);
            return;
        }
        if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
            this.report(field, `expected ${expected}, got ${value}`);
            return;
        }
        return value;
    }
    /** A boolean; like the CLI, 'True'/'false'/'yes' strings count. */
    boolean(field) {
        if (field === undefined)
            return undefined;
        const value = (0,dist/* isScalar */.jn)(field.node) ? field.node.value : undefined;
        if (typeof value === 'boolean')
            return value;
        if (typeof value === 'string' && TRUE_WORDS.has(value.toLowerCase()))
            return true;
        if (typeof value === 'string' && FALSE_WORDS.has(value.toLowerCase()))
            return false;
        this.typeError(field, 'true or false');
    }
    /** One of a fixed set of words (case-insensitive; the ARM spelling is accepted too), mapped to its ARM value. */
    choice(field, choices) {
        if (field === undefined)
            return undefined;
        const names = Object.keys(choices);
        const value = (0,dist/* isScalar */.jn)(field.node) && typeof field.node.value === 'string'
            ? field.node.value.toLowerCase()
            : undefined;
        if (value === undefined) {
            this.typeError(field, `one of ${names.join(', ')}`);
            return;
        }
        const match = Object.entries(choices).find(([name, arm]) => name.toLowerCase() === value || arm.toLowerCase() === value);
        if (match !== undefined)
            return match[1];
        const hint = (0,suggest/* didYouMean */.au)(value, names);
        this.report(field, `'${String(field.node?.toJSON())}' is not one of ${names.join(', ')}${hint === '' ? '' : ` (${hint})`}`);
    }
    /** A mapping of names to scalar values, as strings (the CLI's str() of each value). */
    stringMap(field) {
        if (field === undefined)
            return undefined;
        const entries = this.entries(field, 'a mapping of names to values');
        if (!(0,dist/* isMap */.jh)(field.node))
            return undefined;
        const map = {};
        for (const entry of entries) {
            const value = this.literal(entry);
            if (value !== undefined)
                map[entry.key] = value;
        }
        return map;
    }
    /** A scalar as the CLI turns it into text: Python's str() of the YAML value (`True`, `0.8`, `1e-05`). */
    literal(field) {
        if (!(0,dist/* isScalar */.jn)(field.node) || field.node.value === null || field.node.value instanceof Date) {
            this.typeError(field, 'a string, number or boolean');
            return;
        }
        if (typeof field.node.value === 'string')
            return this.string(field) === undefined ? undefined : field.node.value;
        return pythonLiteral(field.node);
    }
    stringList(field) {
        if (field === undefined)
            return undefined;
        if (!(0,dist/* isSeq */.oP)(field.node)) {
            this.typeError(field, 'a list of strings');
            return;
        }
        return this.items(field, 'a list of strings')
            .map((item) => this.string(item))
            .filter((value) => value !== undefined);
    }
}


/***/ })

};
