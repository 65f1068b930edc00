import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 638;
export const ids = [638];
export const modules = {

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

/***/ 33006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ assetResolver)
/* harmony export */ });
/* unused harmony export ANONYMOUS_ENVIRONMENT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48826);
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94914);
/* harmony import */ var _aml_actions_azure__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64937);
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3151);
/* harmony import */ var _content_upload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31406);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42070);
/**
 * What a job or deployment YAML refers to, made to exist in the workspace the way the CLI does it: local code and input folders
 * uploaded content-addressed to the default datastore (LocalUpload/<hash>/…, unchanged content is not sent again),
 * inline code and environments registered as anonymous versions named after their content (re-running reuses
 * them), `@latest` references looked up.
 */






/** The name Azure ML CLI v2 gives inline environments; their version is a hash of the definition. */
const ANONYMOUS_ENVIRONMENT = 'CliV2AnonymousEnvironment';
/** What each kind of local path holds, as errors name it ("the code file or folder"). */
const UPLOAD_NOUNS = {
    model: 'model',
    code: 'code',
    data: 'data',
    'build-context': 'build context',
};
function assetResolver(clients, report) {
    let datastore;
    return {
        async upload(asset) {
            const where = `${asset.annotation.file}: ${asset.id}`;
            const content = await (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashContent */ .s)(asset.path, { input: where, noun: UPLOAD_NOUNS[asset.purpose] });
            datastore ??= clients.openDatastore();
            const result = await (0,_content_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .uploadContent */ .H3)(await datastore, content, clients.logger, {
                abortSignal: clients.signal,
            });
            const uri = `azureml://datastores/${_aml_actions_azure__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_DATASTORE */ .A}/paths/${result.path}`;
            report.push({ what: `files of ${asset.id}`, reference: uri, reused: result.alreadyComplete });
            return uri;
        },
        register: (registration) => register(registration, clients, report),
        resolveLabel: (asset) => resolveLabel(asset, clients),
    };
}
async function register(registration, clients, report) {
    const { client, workspace, logger } = clients;
    const { resourceGroup, workspace: ws } = workspace;
    const { spec } = registration;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(registration.body)).digest('hex').slice(0, 32);
    const anonymous = spec.name === undefined;
    const name = spec.name ?? (registration.assetType === 'environments' ? ANONYMOUS_ENVIRONMENT : digest);
    const version = spec.version ?? (registration.assetType === 'environments' && anonymous ? digest : '1');
    const noun = registration.assetType === 'environments' ? 'environment' : 'code';
    const label = `${anonymous ? 'inline ' : ''}${noun} ${name}:${version}`;
    const options = { abortSignal: clients.signal };
    const operations = registration.assetType === 'environments' ? client.environmentVersions : client.codeVersions;
    if (registration.assetType !== 'environments' && registration.assetType !== 'codes') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${spec.annotation.file}: a ${registration.assetType} asset cannot be defined inline here: register it first and refer to it as azureml:<name>:<version>.`);
    }
    const existing = await operations.get(resourceGroup, ws, name, version, options).catch((error) => {
        if ((0,_http_status_js__WEBPACK_IMPORTED_MODULE_5__/* .httpStatusOf */ .s)(error) === 404)
            return undefined;
        throw (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_6__/* .translateArmError */ .l)(error, { action: `Reading ${label}` });
    });
    if (existing?.id) {
        logger.info(`Reusing ${label}: the same definition is already registered.`);
        report.push({ what: label, reference: existing.id, reused: true });
        return existing.id;
    }
    const body = { properties: { ...registration.body.properties, isAnonymous: anonymous } };
    const created = await (registration.assetType === 'environments'
        ? client.environmentVersions.createOrUpdate(resourceGroup, ws, name, version, body, options)
        : client.codeVersions.createOrUpdate(resourceGroup, ws, name, version, body, options)).catch((error) => {
        throw (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_6__/* .translateArmError */ .l)(error, { action: `Registering ${label} (from ${spec.annotation.file})` });
    });
    logger.info(`Registered ${label}.`);
    const id = created.id ?? `${workspace.id}/${registration.assetType}/${name}/versions/${version}`;
    report.push({ what: label, reference: id, reused: false });
    return id;
}
async function resolveLabel(asset, clients) {
    const where = `${asset.annotation.file}: ${asset.id}`;
    if (asset.label !== 'latest') {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${where}: the label '@${asset.label}' is not supported: use @latest or an explicit version (azureml:${asset.name}:<version>).`, { annotation: asset.annotation });
    }
    const { client, workspace } = clients;
    const operations = {
        models: client.modelContainers,
        environments: client.environmentContainers,
        codes: client.codeContainers,
        data: undefined,
    }[asset.assetType];
    if (operations === undefined) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${where}: data assets cannot be referenced by label here: give an explicit version.`, {
            annotation: asset.annotation,
        });
    }
    const container = await operations
        .get(workspace.resourceGroup, workspace.workspace, asset.name, { abortSignal: clients.signal })
        .catch((error) => {
        throw (0,_aml_actions_azure__WEBPACK_IMPORTED_MODULE_6__/* .translateArmError */ .l)(error, {
            action: `Looking up the latest version of '${asset.name}' (${where})`,
            resource: `${asset.assetType} '${asset.name}' in workspace '${workspace.workspace}'`,
        });
    });
    const latest = container.properties.latestVersion;
    if (!latest) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${where}: '${asset.name}' has no versions yet: register one first.`, {
            annotation: asset.annotation,
            kind: 'not-found',
        });
    }
    return `${workspace.id}/${asset.assetType}/${asset.name}/versions/${latest}`;
}


/***/ }),

/***/ 39667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ codeValue)
/* harmony export */ });
/* unused harmony export mapCode */
/* harmony import */ var _asset_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13452);
/* harmony import */ var _local_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45886);
/* harmony import */ var _pending_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14443);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49640);





const CODE_SHAPE = {
    what: 'the code asset',
    keys: ['$schema', 'name', 'version', 'description', 'tags', 'properties', 'path'],
    required: ['name', 'path'],
    refused: (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .readOnlyRefusals */ .kS)(['id', 'creation_context', 'latest_version']),
};
function codeSpec(upload, identity, common, pending) {
    return {
        assetType: 'codes',
        ...identity,
        ...(0,_pending_js__WEBPACK_IMPORTED_MODULE_1__/* .finalizable */ .Af)(pending, (value) => ({
            properties: (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .compact */ .oE)({ ...common, codeUri: value(upload) }),
        })),
    };
}
/** Map a code YAML document (`az ml code create -f`) to the CodeVersion to create. */
function mapCode(doc) {
    const { reader, fields } = openSpec(doc, 'code', CODE_SHAPE);
    const pathField = fields?.get('path');
    const text = reader.string(pathField, 'a local file or folder');
    if (fields === undefined || pathField === undefined || text === undefined)
        return reader.finish(undefined);
    const identity = {
        name: assetName(reader, fields),
        version: assetVersion(reader, fields),
        annotation: reader.at(reader.root()),
    };
    const common = commonFields(reader, fields);
    const local = localPath(reader, pathField, text, 'file or folder');
    if (local === undefined)
        return reader.finish(undefined);
    const upload = uploadAsset(reader, pathField, local, 'code');
    return reader.finish(codeSpec(upload, identity, common, [upload]));
}
/**
 * A job's or deployment's `code:`: a local path (a pending anonymous code asset whose files are uploaded) or a
 * registered code version.
 */
function codeValue(reader, field, expected, workspace, pending) {
    if (field === undefined)
        return undefined;
    const text = reader.string(field, `a local ${expected} or azureml:<code-name>:<version>`);
    if (text === undefined)
        return undefined;
    const reference = (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    if (reference.kind !== 'local')
        return (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .registeredAsset */ .dN)(reader, field, reference, 'codes', workspace, pending);
    const local = (0,_local_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .localPath */ .$)(reader, field, reference.path, expected);
    if (local === undefined)
        return undefined;
    const upload = (0,_local_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadAsset */ .M)(reader, field, local, 'code');
    const annotation = reader.at(field);
    const asset = codeSpec(upload, { name: undefined, version: undefined, annotation }, {}, [upload]);
    return (0,_pending_js__WEBPACK_IMPORTED_MODULE_1__/* .pendRegistration */ .Hr)(pending, field.path, asset);
}


/***/ }),

/***/ 77101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ environmentValue)
/* harmony export */ });
/* unused harmony exports readEnvironment, mapEnvironment */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _asset_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13452);
/* harmony import */ var _local_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45886);
/* harmony import */ var _pending_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14443);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49640);
/** Environment YAML (environment.schema.json, or an inline `environment:`) → EnvironmentVersion. */








const ENVIRONMENT_KEYS = [
    '$schema',
    'name',
    'version',
    'description',
    'tags',
    'properties',
    'image',
    'conda_file',
    'build',
    'os_type',
    'inference_config',
];
const REFUSED = {
    datastore: "'datastore' is not supported: build contexts go to the workspace's default datastore; remove it",
    ...(0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readOnlyRefusals */ .kS)(['id', 'creation_context', 'latest_version']),
};
const ROUTE_KEYS = ['path', 'port'];
/** An environment spec at `field`; records problems on the reader. */
function readEnvironment(reader, field, options) {
    const fields = reader.object(field, {
        what: field.path === '' ? 'the environment' : field.path,
        keys: ENVIRONMENT_KEYS,
        required: options.requireName ? ['name'] : [],
        refused: REFUSED,
    });
    if (fields === undefined)
        return undefined;
    const name = (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .assetName */ .SM)(reader, fields);
    const version = (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .assetVersion */ .Pb)(reader, fields);
    const common = (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .commonFields */ .dG)(reader, fields);
    const image = reader.string(fields.get('image'), 'a container image such as mcr.microsoft.com/azureml/<image>:<tag>');
    const condaFile = readCondaFile(reader, fields.get('conda_file'));
    const osType = reader.choice(fields.get('os_type'), { linux: 'Linux', windows: 'Windows' });
    const inferenceConfig = readInferenceConfig(reader, fields.get('inference_config'));
    const pending = [];
    const build = readBuild(reader, fields.get('build'), pending);
    if (!checkImageOrBuild(reader, field, fields))
        return undefined;
    return {
        assetType: 'environments',
        name,
        version,
        annotation: reader.at(field),
        ...(0,_pending_js__WEBPACK_IMPORTED_MODULE_3__/* .finalizable */ .Af)(pending, (value) => ({
            properties: (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .compact */ .oE)({
                ...common,
                image,
                condaFile,
                osType,
                inferenceConfig,
                build: build === undefined ? undefined : (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .compact */ .oE)({ ...build, contextUri: value(build.contextUri) }),
            }),
        })),
    };
}
function checkImageOrBuild(reader, field, fields) {
    const image = fields.get('image');
    const build = fields.get('build');
    const conda = fields.get('conda_file');
    if (image === undefined && build === undefined) {
        reader.report(field, 'an environment needs `image:` (optionally with `conda_file:`) or `build:` (a Docker build context)');
        return false;
    }
    if (image !== undefined && build !== undefined) {
        reader.report(build, 'give either `image:` or `build:`, not both');
        return false;
    }
    if (build !== undefined && conda !== undefined) {
        reader.report(conda, '`conda_file:` goes with `image:`; with `build:`, install the packages in the Dockerfile');
        return false;
    }
    return true;
}
/** The conda file's text (a path relative to the spec, or an inline mapping); checked to be YAML. */
function readCondaFile(reader, field) {
    if (field === undefined)
        return undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(field.node))
        return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(field.node.toJSON());
    const text = reader.string(field, 'the path of a conda YAML file, or the conda specification as a mapping');
    if (text === undefined)
        return undefined;
    const local = (0,_local_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .localPath */ .$)(reader, field, text, 'file');
    if (local === undefined)
        return undefined;
    const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(local.path, 'utf8');
    const [error] = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(content, { prettyErrors: false }).errors;
    if (error !== undefined) {
        reader.report(field, `the conda file '${text}' is not valid YAML (${error.message.split('\n')[0] ?? ''})`);
        return;
    }
    return content;
}
function readBuild(reader, field, pending) {
    const fields = reader.object(field, {
        what: 'build',
        keys: ['path', 'dockerfile_path'],
        required: ['path'],
    });
    const pathField = fields?.get('path');
    const text = reader.string(pathField, 'a local folder or a URL of a Docker build context');
    if (fields === undefined || pathField === undefined || text === undefined)
        return undefined;
    const dockerfilePath = reader.string(fields.get('dockerfile_path')) ?? 'Dockerfile';
    const reference = (0,_references_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(text);
    if (reference.kind === 'uri')
        return { contextUri: reference.uri, dockerfilePath };
    if (reference.kind !== 'local') {
        reader.report(pathField, 'expected a local folder or an https:// / azureml:// URL of the build context');
        return;
    }
    const local = (0,_local_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .localPath */ .$)(reader, pathField, reference.path, 'folder');
    if (local === undefined)
        return undefined;
    const dockerfileField = fields.get('dockerfile_path') ?? pathField;
    if ((0,_local_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .localPath */ .$)(reader, dockerfileField, `${reference.path}/${dockerfilePath}`, 'file') === undefined)
        return undefined;
    const upload = (0,_local_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadAsset */ .M)(reader, pathField, local, 'build-context');
    pending.push(upload);
    return { contextUri: upload, dockerfilePath };
}
function readInferenceConfig(reader, field) {
    const keys = ['liveness_route', 'readiness_route', 'scoring_route'];
    const fields = reader.object(field, { what: 'inference_config', keys, required: keys });
    if (fields === undefined)
        return undefined;
    const route = (key) => {
        const routeFields = reader.object(fields.get(key), { what: key, keys: ROUTE_KEYS, required: ROUTE_KEYS });
        const path = reader.string(routeFields?.get('path'));
        const port = reader.integer(routeFields?.get('port'), { min: 1, max: 65535 });
        return path === undefined || port === undefined ? undefined : { path, port };
    };
    return (0,_asset_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .compact */ .oE)({
        livenessRoute: route('liveness_route'),
        readinessRoute: route('readiness_route'),
        scoringRoute: route('scoring_route'),
    });
}
/** A deployment's or job's `environment:`: registered (ARM id, registry URI, `@latest`) or inline. */
function environmentValue(reader, field, workspace, pending) {
    const use = {
        type: 'environments',
        expected: 'azureml:<name>:<version>, a registry environment or an inline environment',
        readInline: (inline) => readEnvironment(reader, inline, { requireName: false }),
    };
    return (0,_references_js__WEBPACK_IMPORTED_MODULE_5__/* .assetValue */ .CQ)(reader, field, use, workspace, pending);
}
/** Map an environment YAML document (`az ml environment create -f`) to the EnvironmentVersion to create. */
function mapEnvironment(doc) {
    expectKind(doc, 'environment');
    const reader = new SpecReader(doc);
    return reader.finish(readEnvironment(reader, reader.root(), { requireName: true }));
}


/***/ }),

/***/ 26642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ isoDurationFromMs),
/* harmony export */   Z: () => (/* binding */ isoDurationFromSeconds)
/* harmony export */ });
/** ISO 8601 durations as ARM wants them, from the seconds and milliseconds CLI v2 YAML uses. */
const UNITS = [
    ['H', 3_600_000],
    ['M', 60_000],
];
/** `PT10S`, `PT1M30S`, `PT0.5S`, `P1DT2H`, `PT0S` (as Python's isodate formats a timedelta, except zero). */
function isoDurationFromMs(milliseconds) {
    let rest = Math.round(milliseconds);
    const days = Math.floor(rest / 86_400_000);
    rest -= days * 86_400_000;
    let time = '';
    for (const [unit, size] of UNITS) {
        const count = Math.floor(rest / size);
        if (count > 0)
            time += `${count}${unit}`;
        rest -= count * size;
    }
    if (rest > 0)
        time += `${rest / 1000}S`;
    const date = days > 0 ? `${days}D` : '';
    if (date === '' && time === '')
        return 'PT0S';
    return `P${date}${time === '' ? '' : `T${time}`}`;
}
function isoDurationFromSeconds(seconds) {
    return isoDurationFromMs(seconds * 1000);
}


/***/ }),

/***/ 86745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ setSpecValue),
/* harmony export */   i: () => (/* binding */ applySetOverrides)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48826);
/* harmony import */ var _spec_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46503);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99626);
/* harmony import */ var _node_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83313);
/**
 * Overrides on top of a spec file, as the CLI's `--set` does: `inputs.epochs=5`, `compute=azureml:cpu-cluster`
 * (dotted key paths; list items by index; the value is read as YAML, so `5` is a number and `true` a boolean).
 * The mappers then check the result as they check the file, naming the override in their messages.
 */





/** Apply `key.path=value` overrides; all malformed ones are reported together. */
function applySetOverrides(doc, overrides, source = 'set') {
    const problems = [];
    for (const raw of overrides) {
        const text = raw.trim();
        if (text === '')
            continue;
        const equals = text.indexOf('=');
        if (equals <= 0) {
            problems.push(`'${text}' is not an override: write <key path>=<value>, e.g. inputs.epochs=5`);
            continue;
        }
        const keyPath = text.slice(0, equals).trim();
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text.slice(equals + 1), { version: '1.1', prettyErrors: false });
        const [error] = parsed.errors;
        if (error !== undefined) {
            problems.push(`the value in '${text}' is not valid YAML (${error.message.split('\n')[0] ?? ''}): quote it`);
            continue;
        }
        const node = parsed.contents ?? doc.yaml.createNode(null);
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(node, (_key, item) => {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(item))
                item.range = undefined;
        });
        const problem = setNode(doc, keyPath, node, `${source} '${text}'`);
        if (problem !== undefined)
            problems.push(`'${text}': ${problem}`);
    }
    if (problems.length > 0) {
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${source}' has ${problems.length === 1 ? 'a bad override' : 'bad overrides'}:\n  ${problems.join('\n  ')}`);
    }
}
/** Set one value from an action input (`setSpecValue(doc, 'instance_count', 3, "input 'instance-count'")`). */
function setSpecValue(doc, keyPath, value, origin) {
    const problem = setNode(doc, keyPath, doc.yaml.createNode(value), origin);
    if (problem !== undefined)
        throw new _aml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${origin} cannot be applied to ${doc.file}: ${problem}`);
}
/** Put `node` at the key path, creating missing mappings on the way; a problem message when the path is impossible. */
function setNode(doc, keyPath, node, origin) {
    const segments = keyPath.split('.');
    if (segments.some((segment) => segment.trim() === ''))
        return `'${keyPath}' is not a key path such as inputs.epochs`;
    let current = doc.yaml.contents;
    for (const [index, segment] of segments.entries()) {
        const last = index === segments.length - 1;
        const here = segments.slice(0, index).join('.') || 'the file';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(current)) {
            const existing = current.get(segment, true);
            if (last) {
                current.set(segment, node);
                doc.origins.set(node, { text: origin, created: existing === undefined });
                return undefined;
            }
            if (existing === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(existing) && existing.value === null)) {
                const created = doc.yaml.createNode({});
                current.set(segment, created);
                doc.origins.set(created, { text: origin, created: true });
                current = created;
            }
            else {
                current = existing;
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current)) {
            const position = Number(segment);
            if (!Number.isInteger(position) || position < 0 || position >= current.items.length) {
                return `${here} is a list of ${current.items.length}: use an index from 0 to ${current.items.length - 1}`;
            }
            if (last) {
                current.set(position, node);
                doc.origins.set(node, { text: origin, created: false });
                return undefined;
            }
            current = current.get(position, true);
        }
        else {
            const where = current?.range ? ` at ${(0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPosition */ .Ld)((0,_spec_document_js__WEBPACK_IMPORTED_MODULE_3__/* .annotationAt */ .nx)(doc, current))}` : '';
            return `${here} is ${(0,_node_values_js__WEBPACK_IMPORTED_MODULE_4__/* .describe */ .q)(current)}${where}, so it has no key '${segment}'`;
        }
    }
    return undefined;
}


/***/ })

};
