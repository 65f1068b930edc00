import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 273;
export const ids = [273];
export const modules = {

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
