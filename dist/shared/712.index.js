import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 712;
export const ids = [712];
export const modules = {

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
 * a hint for what the user can do (401 token, 403 role assignment, 404 names, 409 concurrent operation, 429 throttling,
 * an online endpoint name taken in the region).
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
    const hint = endpointNameHint([message, ...detailMessages(detail.details ?? [])]) ??
        hintFor(status, code, message, context);
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
function detailMessages(details) {
    return details.flatMap((d) => [d.message ?? '', ...detailMessages(d.details ?? [])]);
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
/** Azure's answer to an endpoint name another workspace of the region holds (in the message or a detail). */
const ENDPOINT_NAME_TAKEN = /endpoint names? (?:needs to|must) be unique within (?:a|the) region/i;
const ENDPOINT_NAME_HINT = 'Online endpoint names are unique per Azure region across all workspaces and subscriptions (the scoring URI is ' +
    'https://<name>.<region>.inference.ml.azure.com): a workspace in this region, such as the one of another ' +
    "environment, already has an endpoint of that name. Give each environment its own name (e.g. 'churn-staging', " +
    "'churn-prod') through deploy-endpoint's 'endpoint-name' input or the endpoint YAML's 'name'.";
function endpointNameHint(messages) {
    return messages.some((m) => ENDPOINT_NAME_TAKEN.test(m)) ? ENDPOINT_NAME_HINT : undefined;
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


/***/ })

};
