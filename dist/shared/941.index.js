import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 941;
export const ids = [941];
export const modules = {

/***/ 83941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeployEndpoint: () => (/* binding */ runDeployEndpoint)
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
// EXTERNAL MODULE: ./packages/azureml-spec/src/pending.ts
var src_pending = __webpack_require__(14443);
// EXTERNAL MODULE: ./packages/azure/src/arm-lro.ts + 1 modules
var arm_lro = __webpack_require__(33513);
// EXTERNAL MODULE: ./packages/endpoints/src/traffic-math.ts
var traffic_math = __webpack_require__(17574);
;// CONCATENATED MODULE: ./packages/endpoints/src/blue-green.ts
/**
 * `deployment-name: auto`: of `blue` and `green`, the one that carries no live traffic, so continuous delivery
 * never overwrites the deployment that serves. When both are free, a missing one is created first, else the one
 * changed least recently is reused.
 */


const BLUE_GREEN = ['blue', 'green'];
function chooseBlueGreen(endpoint, traffic, deployments) {
    const find = (name) => deployments.find((d) => d.name.toLowerCase() === name);
    const free = BLUE_GREEN.filter((name) => (0,traffic_math/* shareOf */.tC)(traffic, name) === 0);
    const [only] = free;
    if (only === undefined) {
        throw new errors/* UserError */.y(`Input 'deployment-name' is 'auto', but both blue and green serve live traffic on endpoint '${endpoint}' ` +
            `(${(0,traffic_math/* formatTraffic */.zM)(traffic)}), so either choice would overwrite a serving deployment. Move all traffic to one ` +
            `of them first (traffic: blue=100), or name the deployment to update.`);
    }
    if (free.length === 1) {
        const other = BLUE_GREEN.find((name) => name !== only) ?? only;
        return { name: only, reason: `${other} serves ${(0,traffic_math/* shareOf */.tC)(traffic, other)}% of live traffic` };
    }
    const missing = free.find((name) => find(name) === undefined);
    if (missing !== undefined) {
        return {
            name: missing,
            reason: find('blue') === undefined ? 'neither blue nor green exists yet' : `${missing} does not exist yet`,
        };
    }
    const [older] = [...free].sort((a, b) => (find(a)?.lastModifiedAt ?? '').localeCompare(find(b)?.lastModifiedAt ?? ''));
    const name = older ?? 'blue';
    return {
        name,
        reason: 'neither blue nor green serves live traffic; reusing the one changed least recently',
    };
}

// EXTERNAL MODULE: ./packages/endpoints/src/desired-diff.ts
var desired_diff = __webpack_require__(7066);
;// CONCATENATED MODULE: ./packages/endpoints/src/deployment-logs.ts
/**
 * The container logs of an online deployment (getLogs): the inference server (the scoring script's output, where
 * a failing init shows its traceback) and the storage initializer (model and code download). A log that cannot be
 * read says why instead of hiding the failure being reported.
 */

const CONTAINERS = ['InferenceServer', 'StorageInitializer'];
/** Lines asked for per container. */
const LOG_TAIL_LINES = 300;
async function fetchContainerLogs(ctx, endpoint, deployment, tail = LOG_TAIL_LINES) {
    const { resourceGroup, workspace } = ctx.workspace;
    const read = async (containerType) => {
        try {
            const logs = await ctx.client.onlineDeployments.getLogs(resourceGroup, workspace, endpoint, deployment, { containerType, tail }, { abortSignal: ctx.signal });
            return logs.content ?? '';
        }
        catch (error) {
            return `(could not read the ${containerType} log: ${(0,errors/* errorMessage */.g)(error).split('\n')[0] ?? ''})`;
        }
    };
    const [inference, storage] = await Promise.all(CONTAINERS.map(read));
    return { InferenceServer: inference ?? '', StorageInitializer: storage ?? '' };
}

// EXTERNAL MODULE: ./packages/endpoints/src/endpoint-resources.ts
var endpoint_resources = __webpack_require__(30001);
;// CONCATENATED MODULE: ./packages/endpoints/src/deploy-deployment.ts




/** Properties the deployment file owns: set in Azure but gone from the file means they must be removed. */
const OWNED = [
    'properties.environmentVariables',
    'properties.codeConfiguration',
    'properties.environmentId',
    'properties.dataCollector',
    'properties.description',
    'properties.modelMountPath',
    'properties.properties',
];
/** `path: current → desired` lines; empty when the deployment already is as desired. */
function deploymentChanges(body, existing) {
    const desired = { sku: body.sku, tags: body.tags, properties: body.properties };
    return (0,desired_diff/* formatDifferences */.Aq)([...(0,desired_diff/* diffDesired */.eE)(desired, existing), ...(0,desired_diff/* diffOwned */.Tk)(desired, existing, OWNED)]);
}
async function deployDeployment(ctx, target) {
    const { endpoint, name, existing } = target;
    const label = `deployment ${name}`;
    let changes = [];
    if (existing !== undefined) {
        changes = deploymentChanges(target.body, existing);
        const state = existing.properties.provisioningState ?? 'Unknown';
        if (changes.length === 0 && state === 'Succeeded') {
            ctx.logger.info(`Deployment '${name}' already matches the deployment file and provisioned: not changed.`);
            return { kind: 'unchanged', deployment: existing };
        }
        ctx.logger.info(changes.length === 0
            ? `Deployment '${name}' matches the file but is ${state}: provisioning it again.`
            : `Updating deployment '${name}':\n  ${changes.join('\n  ')}`);
    }
    else {
        ctx.logger.info(`Creating deployment '${name}' on endpoint '${endpoint}'.`);
    }
    const result = await (0,arm_lro/* runLro */.z)(ctx, {
        method: 'PUT',
        path: (0,endpoint_resources/* deploymentPath */.nR)(ctx, endpoint, name),
        body: target.body,
        label,
        runningState: existing === undefined ? 'Creating' : 'Updating',
        wait: target.wait,
    });
    if (result.status === 'Failed' || result.status === 'Canceled') {
        ctx.logger.info(`Deployment '${name}' failed to provision: fetching its container logs.`);
        return {
            kind: 'failed',
            created: existing === undefined,
            deployment: withState(result.accepted, 'Failed'),
            code: result.error?.code ?? result.status,
            message: result.error?.message ?? `The operation ended ${result.status} without an error message.`,
            logs: await fetchContainerLogs(ctx, endpoint, name),
            elapsedMs: result.elapsedMs,
        };
    }
    const deployment = withState(result.accepted, result.status === 'Running' ? undefined : 'Succeeded');
    if (deployment === undefined)
        throw new Error(`PUT of ${label} returned no body`);
    return {
        kind: existing === undefined ? 'created' : 'updated',
        deployment,
        changes,
        elapsedMs: result.elapsedMs,
    };
}
function withState(deployment, state) {
    if (deployment === undefined || state === undefined)
        return deployment;
    return { ...deployment, properties: { ...deployment.properties, provisioningState: state } };
}

// EXTERNAL MODULE: ./packages/endpoints/src/ensure-endpoint.ts
var ensure_endpoint = __webpack_require__(12254);
// EXTERNAL MODULE: ./packages/endpoints/src/traffic.ts
var src_traffic = __webpack_require__(2515);
;// CONCATENATED MODULE: ./packages/endpoints/src/deploy-online-endpoint.ts
/**
 * The whole deploy: endpoint (created or updated as declared), deployment (named, or blue/green `auto`), its
 * assets, provisioning, and the traffic change, in that order. A failed provisioning stops before traffic is
 * touched; with on-failure `delete`, what this run created or changed is removed again, never a deployment that
 * serves traffic.
 */








const AUTO_DEPLOYMENT = 'auto';
async function deployOnlineEndpoint(request, clients, assets) {
    const ensured = await (0,ensure_endpoint/* ensureEndpoint */.g)(clients, request.endpoint, clients.workspaceLocation);
    const endpointName = ensured.endpoint.name;
    const deploymentsBefore = ensured.action === 'created' ? [] : await (0,endpoint_resources/* listDeployments */.Jn)(clients, endpointName);
    const trafficBefore = (0,src_traffic/* trafficOf */.t)(ensured.endpoint);
    const choice = request.deploymentName === AUTO_DEPLOYMENT
        ? chooseBlueGreen(endpointName, trafficBefore.traffic, deploymentsBefore.map(lastChange))
        : undefined;
    if (choice !== undefined)
        clients.logger.info(`deployment-name auto: deploying '${choice.name}' (${choice.reason}).`);
    const name = choice?.name ?? request.deploymentName;
    const existing = deploymentsBefore.find((d) => d.name.toLowerCase() === name.toLowerCase());
    const resolved = await (0,src_pending/* resolveAssets */.qX)(request.deployment.pending, clients.resolver);
    const body = { ...request.deployment.finalize(resolved), location: ensured.endpoint.location };
    const outcome = await deployDeployment(clients, {
        endpoint: endpointName,
        name,
        body,
        existing,
        wait: request.wait,
    });
    const report = {
        endpoint: ensured.endpoint,
        endpointAction: ensured.action,
        endpointChanges: ensured.changes,
        deploymentName: existing?.name ?? name,
        choice,
        deploymentsBefore,
        outcome,
        previousDeployment: (0,traffic_math/* servingDeployment */._c)(trafficBefore.traffic),
        trafficBefore,
        trafficAfter: trafficBefore,
        trafficChanged: false,
        notes: [],
        assets,
        removed: [],
    };
    if (outcome.kind === 'failed') {
        if (request.onFailure === 'delete')
            report.removed = await cleanUp(clients, ensured, report.deploymentName);
        return report;
    }
    if (outcome.kind !== 'unchanged' && !request.wait)
        return report;
    const traffic = await changeTraffic(clients, request, report, outcome.kind === 'unchanged');
    return { ...report, ...traffic };
}
function lastChange(deployment) {
    return { name: deployment.name, lastModifiedAt: deployment.systemData?.lastModifiedAt };
}
async function changeTraffic(clients, request, report, endpointIsFresh) {
    const { live, mirror } = request.traffic;
    if (live.kind === 'none' && mirror.kind === 'keep') {
        clients.logger.info(`traffic is none: the traffic of '${report.endpoint.name}' is left as it is.`);
        return {};
    }
    // A deployment that provisioned for minutes leaves the endpoint read before it stale: read it again then.
    const result = await (0,src_traffic/* updateTraffic */.X)(clients, report.endpoint.name, { live, mirror, deployed: report.deploymentName }, endpointIsFresh ? report.endpoint : undefined);
    return {
        endpoint: result.endpoint,
        trafficBefore: result.before,
        trafficAfter: result.after,
        trafficChanged: result.changed,
        notes: result.notes,
        previousDeployment: (0,traffic_math/* servingDeployment */._c)(result.before.traffic),
    };
}
/** on-failure delete: the failed deployment unless it serves traffic, then the endpoint if this run created it. */
async function cleanUp(clients, ensured, deployment) {
    const endpoint = ensured.endpoint.name;
    const { traffic, mirror } = (0,src_traffic/* trafficOf */.t)(ensured.endpoint);
    if ((0,traffic_math/* shareOf */.tC)(traffic, deployment) > 0 || (0,traffic_math/* shareOf */.tC)(mirror, deployment) > 0) {
        clients.logger.warning(`on-failure is delete, but deployment '${deployment}' receives traffic on '${endpoint}': it is kept.`);
        return [];
    }
    const removed = [];
    const steps = [
        { what: `deployment ${deployment}`, path: (0,endpoint_resources/* deploymentPath */.nR)(clients, endpoint, deployment) },
        ...(ensured.action === 'created'
            ? [{ what: `online endpoint ${endpoint}`, path: (0,endpoint_resources/* endpointPath */.nM)(clients, endpoint) }]
            : []),
    ];
    for (const step of steps) {
        clients.logger.info(`on-failure is delete: deleting ${step.what}, which this run created or changed.`);
        const result = await (0,arm_lro/* runLro */.z)(clients, {
            method: 'DELETE',
            path: step.path,
            label: step.what,
            runningState: 'Deleting',
            wait: true,
        });
        if (result.status !== 'Succeeded') {
            clients.logger.warning(`Deleting ${step.what} ended ${result.status}: ${result.error?.message ?? ''}`);
            break;
        }
        removed.push(step.what);
    }
    return removed;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/assets/src/asset-resolver.ts
var asset_resolver = __webpack_require__(33006);
// EXTERNAL MODULE: ./packages/assets/src/content-hash.ts + 1 modules
var content_hash = __webpack_require__(3151);
// EXTERNAL MODULE: ./packages/assets/src/lineage.ts
var lineage = __webpack_require__(78882);
// EXTERNAL MODULE: ./packages/assets/src/http-status.ts
var http_status = __webpack_require__(42070);
// EXTERNAL MODULE: ./packages/registration/src/model-versions.ts
var model_versions = __webpack_require__(85474);
;// CONCATENATED MODULE: ./packages/endpoints/src/deployment-assets.ts
/**
 * What a deployment YAML refers to, made to exist in the workspace: local code folders and inline environments as
 * run-job does it (content-addressed uploads, anonymous versions named after their content, reused when unchanged),
 * plus what only deployments define inline: models (registered with the content-hash tag register-model uses, so
 * an unchanged model is reused) and data collector data assets.
 */




function deploymentAssetResolver(clients, report) {
    const base = (0,asset_resolver/* assetResolver */.Z)(clients, report);
    return {
        ...base,
        register: (registration) => {
            if (registration.assetType === 'models') {
                return registerModel(registration.spec, registration.body, clients, report);
            }
            if (registration.assetType === 'data')
                return registerData(registration.spec, registration.body, clients, report);
            return base.register(registration);
        },
    };
}
/** The model files' hash from a content-addressed upload path, else a hash of the model's location. */
function modelContentHash(modelUri) {
    const uploaded = /\/LocalUpload\/([0-9a-f]{64})\//.exec(modelUri)?.[1];
    return (0,content_hash/* formatContentHash */.t)(uploaded ?? (0,external_node_crypto_.createHash)('sha256').update(modelUri).digest('hex'));
}
async function registerModel(spec, body, clients, report) {
    const { client, workspace, logger } = clients;
    const contentHash = modelContentHash(body.properties.modelUri ?? '');
    const anonymous = spec.name === undefined;
    const name = spec.name ?? contentHash.replace(/^sha256:/, '').slice(0, 32);
    const registry = { client, ...workspace };
    const where = `inline model of ${spec.annotation.file}`;
    try {
        const reusable = spec.version === undefined && !anonymous
            ? await (0,model_versions/* findVersionByContent */.y)(registry, name, contentHash)
            : undefined;
        if (reusable?.id) {
            logger.info(`Reusing model '${name}' version ${reusable.name ?? '?'}: it holds the same content (${contentHash}).`);
            report.push({ what: `model ${name}:${reusable.name ?? '?'}`, reference: reusable.id, reused: true });
            return reusable.id;
        }
        const explicitVersion = spec.version ?? (anonymous ? '1' : undefined);
        const created = await (0,model_versions/* createVersion */.BB)(registry, name, {
            properties: {
                ...body.properties,
                isAnonymous: anonymous,
                tags: { ...body.properties.tags, [lineage/* CONTENT_HASH_TAG */.a8]: contentHash },
            },
        }, { contentHash, logger, ...(explicitVersion === undefined ? {} : { explicitVersion }) });
        const id = created.model.id ?? `${workspace.id}/models/${name}/versions/${created.version}`;
        report.push({
            what: `${anonymous ? 'inline ' : ''}model ${name}:${created.version}`,
            reference: id,
            reused: created.reused,
        });
        return id;
    }
    catch (error) {
        throw (0,arm_errors/* translateArmError */.l)(error, { action: `Registering the ${where}` });
    }
}
async function registerData(spec, body, clients, report) {
    const { client, workspace, logger, signal } = clients;
    const name = spec.name ?? (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32);
    const version = spec.version ?? '1';
    const label = `data asset ${name}:${version}`;
    const options = { abortSignal: signal };
    const existing = await client.dataVersions
        .get(workspace.resourceGroup, workspace.workspace, name, version, options)
        .catch((error) => {
        if ((0,http_status/* httpStatusOf */.s)(error) === 404)
            return undefined;
        throw (0,arm_errors/* translateArmError */.l)(error, { action: `Reading ${label}` });
    });
    if (existing?.id) {
        logger.info(`Reusing ${label}.`);
        report.push({ what: label, reference: existing.id, reused: true });
        return existing.id;
    }
    const created = await client.dataVersions
        .createOrUpdate(workspace.resourceGroup, workspace.workspace, name, version, body, options)
        .catch((error) => {
        throw (0,arm_errors/* translateArmError */.l)(error, { action: `Registering ${label} (from ${spec.annotation.file})` });
    });
    logger.info(`Registered ${label}.`);
    const id = created.id ?? `${workspace.id}/data/${name}/versions/${version}`;
    report.push({ what: label, reference: id, reused: false });
    return id;
}

// EXTERNAL MODULE: ./actions/deploy-endpoint/src/inputs.ts
var deploy_endpoint_src_inputs = __webpack_require__(49018);
// EXTERNAL MODULE: ./packages/azureml-spec/src/spec-document.ts
var spec_document = __webpack_require__(46503);
// EXTERNAL MODULE: ./packages/azureml-spec/src/asset-fields.ts
var asset_fields = __webpack_require__(13452);
// EXTERNAL MODULE: ./packages/azureml-spec/src/spec-reader.ts + 1 modules
var spec_reader = __webpack_require__(31592);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/resource-names.ts
const ENDPOINT_NAME = {
    what: 'endpoint name',
    pattern: /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/,
    rule: '3-32 letters, digits and hyphens, starting with a letter and not ending with a hyphen',
};
const DEPLOYMENT_NAME = {
    what: 'deployment name',
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/,
    rule: '3-32 letters, digits and hyphens, starting with a letter or digit and not ending with a hyphen',
};
/** The field's string value (or `value`, for a mapping key) checked against the rule. */
function resourceName(reader, field, rule, value) {
    if (field === undefined)
        return undefined;
    const name = value ?? reader.string(field, `an ${rule.what}`);
    if (name === undefined)
        return undefined;
    if (!rule.pattern.test(name)) {
        reader.report(field, `'${name}' is not a valid ${rule.what}: use ${rule.rule}`);
        return;
    }
    return name;
}

;// CONCATENATED MODULE: ./packages/azureml-spec/src/online-endpoint.ts



const AUTH_MODES = { key: 'Key', aml_token: 'AMLToken', aad_token: 'AADToken' };
const IDENTITY_TYPES = {
    system_assigned: 'SystemAssigned',
    user_assigned: 'UserAssigned',
    'system_assigned,user_assigned': 'SystemAssigned,UserAssigned',
    none: 'None',
};
const ENDPOINT_SHAPE = {
    what: 'the endpoint',
    keys: [
        '$schema',
        'name',
        'description',
        'tags',
        'properties',
        'auth_mode',
        'identity',
        'traffic',
        'mirror_traffic',
        'public_network_access',
    ],
    required: ['name'],
    refused: {
        compute: "'compute' belongs to Kubernetes online endpoints, which these actions do not deploy: remove it",
        ...(0,asset_fields/* readOnlyRefusals */.kS)(['id', 'provisioning_state', 'scoring_uri', 'openapi_uri']),
    },
};
/** Map a managedOnlineEndpoint YAML document to the OnlineEndpoint to PUT. */
function mapOnlineEndpoint(doc, options) {
    const { reader, fields } = (0,spec_reader/* openSpec */.Is)(doc, 'managedOnlineEndpoint', ENDPOINT_SHAPE);
    if (fields === undefined)
        return reader.finish(undefined);
    const name = resourceName(reader, fields.get('name'), ENDPOINT_NAME);
    const { description, tags, properties } = (0,asset_fields/* commonFields */.dG)(reader, fields);
    const traffic = readTraffic(reader, fields.get('traffic'), { max: 100, total: true });
    const mirrorTraffic = readTraffic(reader, fields.get('mirror_traffic'), { max: 50, total: false });
    checkMirror(reader, fields, traffic, mirrorTraffic);
    const body = (0,asset_fields/* compact */.oE)({
        location: options.location,
        tags,
        identity: readIdentity(reader, fields.get('identity')),
        properties: (0,asset_fields/* compact */.oE)({
            description,
            properties,
            authMode: reader.choice(fields.get('auth_mode'), AUTH_MODES) ?? 'Key',
            publicNetworkAccess: reader.choice(fields.get('public_network_access'), {
                enabled: 'Enabled',
                disabled: 'Disabled',
            }),
            traffic,
            mirrorTraffic,
        }),
    });
    return reader.finish(name === undefined ? undefined : { name, body, declared: [...fields.keys()] });
}
function readTraffic(reader, field, limits) {
    if (field === undefined)
        return undefined;
    const traffic = {};
    for (const entry of reader.entries(field, 'a mapping of deployment names to percentages')) {
        resourceName(reader, { ...entry, node: null }, DEPLOYMENT_NAME, entry.key);
        const percent = reader.integer(entry, { min: 0, max: limits.max, unit: 'percent' });
        if (percent !== undefined)
            traffic[entry.key] = percent;
    }
    const sum = Object.values(traffic).reduce((total, value) => total + value, 0);
    if (limits.total && sum !== 0 && sum !== 100) {
        reader.report(field, `the percentages add up to ${sum}; they must add up to 100 (or all be 0)`);
    }
    return traffic;
}
function checkMirror(reader, fields, traffic, mirror) {
    const field = fields.get('mirror_traffic');
    if (field === undefined || mirror === undefined)
        return;
    const mirrored = Object.keys(mirror).filter((name) => (mirror[name] ?? 0) > 0);
    if (mirrored.length > 1) {
        reader.report(field, `only one deployment can receive mirrored traffic, got ${mirrored.join(', ')}`);
    }
    const both = mirrored.filter((name) => (traffic?.[name] ?? 0) > 0);
    if (both.length > 0) {
        reader.report(field, `deployment ${both.join(', ')} gets live traffic, so it cannot also get mirrored traffic`);
    }
}
function readIdentity(reader, field) {
    if (field === undefined)
        return undefined;
    const fields = reader.object(field, {
        what: 'identity',
        keys: ['type', 'user_assigned_identities'],
        required: ['type'],
        refused: (0,asset_fields/* readOnlyRefusals */.kS)(['principal_id', 'tenant_id']),
    });
    if (fields === undefined)
        return undefined;
    const type = reader.choice(fields.get('type'), IDENTITY_TYPES);
    const listField = fields.get('user_assigned_identities');
    const ids = [];
    for (const item of reader.items(listField, 'a list of {resource_id: ...}')) {
        const itemFields = reader.object(item, {
            what: item.path,
            keys: ['resource_id'],
            required: ['resource_id'],
        });
        const id = reader.string(itemFields?.get('resource_id'), 'the ARM id of a user-assigned managed identity');
        if (id !== undefined)
            ids.push(id);
    }
    const userAssigned = type?.includes('UserAssigned') ?? false;
    if (userAssigned && ids.length === 0) {
        reader.report(fields.get('type') ?? field, 'a user_assigned identity needs user_assigned_identities');
    }
    if (!userAssigned && listField !== undefined) {
        reader.report(listField, `user_assigned_identities needs type user_assigned (or system_assigned,user_assigned)`);
    }
    if (type === undefined)
        return undefined;
    return (0,asset_fields/* compact */.oE)({
        type,
        userAssignedIdentities: ids.length === 0 ? undefined : Object.fromEntries(ids.map((id) => [id, {}])),
    });
}

// EXTERNAL MODULE: ./packages/azureml-spec/src/overrides.ts
var src_overrides = __webpack_require__(86745);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/azureml-spec/src/code.ts
var src_code = __webpack_require__(39667);
// EXTERNAL MODULE: ./packages/azureml-spec/src/references.ts
var references = __webpack_require__(49640);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/data-collector.ts
/**
 * A deployment's `data_collector` → the `dataCollector` property of API 2024-04-01 (not in 2022-10-01, so kept as
 * raw JSON the action sends through that api-version).
 */




const ROLLING_RATES = { year: 'Year', month: 'Month', day: 'Day', hour: 'Hour', minute: 'Minute' };
/** The data collector with its data assets as AssetValues; `build` turns it into the body once they are resolved. */
function readDataCollector(reader, field, workspace, pending) {
    const fields = reader.object(field, {
        what: 'data_collector',
        keys: ['collections', 'rolling_rate', 'sampling_rate', 'request_logging'],
        required: ['collections'],
    });
    if (fields === undefined)
        return undefined;
    const samplingRate = reader.number(fields.get('sampling_rate'), { min: 0, max: 1 });
    const rollingRate = reader.choice(fields.get('rolling_rate'), ROLLING_RATES);
    const logging = reader.object(fields.get('request_logging'), {
        what: 'request_logging',
        keys: ['capture_headers'],
    });
    const captureHeaders = reader.stringList(logging?.get('capture_headers'));
    const collections = new Map();
    for (const entry of reader.entries(fields.get('collections'), 'a mapping of collection names to settings')) {
        const collection = reader.object(entry, { what: entry.path, keys: ['enabled', 'data', 'client_id'] });
        if (collection === undefined)
            continue;
        const dataField = collection.get('data');
        collections.set(entry.key, {
            mode: reader.boolean(collection.get('enabled')) === true ? 'Enabled' : 'Disabled',
            data: dataField === undefined ? undefined : collectionData(reader, dataField, workspace, pending),
            clientId: reader.string(collection.get('client_id'), 'the client id of a managed identity'),
        });
    }
    return (value) => (0,asset_fields/* compact */.oE)({
        collections: Object.fromEntries([...collections].map(([name, item]) => [
            name,
            (0,asset_fields/* compact */.oE)({
                dataCollectionMode: item.mode,
                dataId: item.data === undefined ? undefined : value(item.data),
                clientId: item.clientId,
                samplingRate,
            }),
        ])),
        rollingRate,
        requestLogging: logging === undefined ? undefined : (0,asset_fields/* compact */.oE)({ captureHeaders }),
    });
}
/** A collection's `data`: a registered data asset, or `{name, path, version}` to register (a uri_folder). */
function collectionData(reader, field, workspace, pending) {
    if (!(0,dist/* isMap */.jh)(field.node)) {
        const text = reader.string(field, 'azureml:<data-name>:<version> or {name, path, version}');
        return text === undefined
            ? undefined
            : (0,references/* registeredAsset */.dN)(reader, field, (0,references/* parseReference */.F2)(text), 'data', workspace, pending);
    }
    const data = reader.object(field, {
        what: field.path,
        keys: ['name', 'version', 'path', 'description', 'tags'],
        required: ['name', 'path'],
    });
    if (data === undefined)
        return undefined;
    const pathField = data.get('path');
    const uri = reader.string(pathField, 'an azureml://datastores/<datastore>/paths/<path> URI');
    if (pathField !== undefined && uri !== undefined && !/^azureml:\/\/datastores\//i.test(uri.trim())) {
        reader.report(pathField, `'${uri}' is not a datastore URI: expected azureml://datastores/<datastore>/paths/<path>`);
    }
    const properties = (0,asset_fields/* compact */.oE)({
        dataType: 'uri_folder',
        dataUri: uri?.trim() ?? '',
        description: reader.string(data.get('description')),
        tags: reader.stringMap(data.get('tags')),
    });
    const asset = {
        assetType: 'data',
        name: (0,asset_fields/* assetName */.SM)(reader, data),
        version: (0,asset_fields/* assetVersion */.Pb)(reader, data),
        annotation: reader.at(field),
        ...(0,src_pending/* finalizable */.Af)([], () => ({ properties })),
    };
    return (0,src_pending/* pendRegistration */.Hr)(pending, field.path, asset);
}

// EXTERNAL MODULE: ./packages/azureml-spec/src/iso-duration.ts
var iso_duration = __webpack_require__(26642);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/deployment-settings.ts


/** The longest scoring timeout managed online endpoints allow. */
const MAX_REQUEST_TIMEOUT_MS = 180_000;
function readRequestSettings(reader, field) {
    const fields = reader.object(field, {
        what: 'request_settings',
        keys: ['request_timeout_ms', 'max_concurrent_requests_per_instance', 'max_queue_wait_ms'],
    });
    if (fields === undefined)
        return undefined;
    const timeout = reader.integer(fields.get('request_timeout_ms'), {
        min: 1,
        max: MAX_REQUEST_TIMEOUT_MS,
        unit: 'milliseconds',
    });
    const queueWait = reader.integer(fields.get('max_queue_wait_ms'), { min: 0, unit: 'milliseconds' });
    return (0,asset_fields/* compact */.oE)({
        requestTimeout: timeout === undefined ? undefined : (0,iso_duration/* isoDurationFromMs */.M)(timeout),
        maxConcurrentRequestsPerInstance: reader.integer(fields.get('max_concurrent_requests_per_instance'), {
            min: 1,
        }),
        maxQueueWait: queueWait === undefined ? undefined : (0,iso_duration/* isoDurationFromMs */.M)(queueWait),
    });
}
function readProbe(reader, field) {
    const fields = reader.object(field, {
        what: field?.path ?? 'probe',
        keys: ['initial_delay', 'period', 'timeout', 'success_threshold', 'failure_threshold'],
    });
    if (fields === undefined)
        return undefined;
    const seconds = (key, min) => {
        const value = reader.integer(fields.get(key), { min, unit: 'seconds' });
        return value === undefined ? undefined : (0,iso_duration/* isoDurationFromSeconds */.Z)(value);
    };
    return (0,asset_fields/* compact */.oE)({
        initialDelay: seconds('initial_delay', 0),
        period: seconds('period', 1),
        timeout: seconds('timeout', 1),
        successThreshold: reader.integer(fields.get('success_threshold'), { min: 1 }),
        failureThreshold: reader.integer(fields.get('failure_threshold'), { min: 1 }),
    });
}
const TARGET_UTILIZATION_KEYS = [
    'min_instances',
    'max_instances',
    'polling_interval',
    'target_utilization_percentage',
];
function readScaleSettings(reader, field) {
    const fields = reader.object(field, { what: 'scale_settings', keys: ['type', ...TARGET_UTILIZATION_KEYS] });
    if (fields === undefined)
        return undefined;
    const type = reader.choice(fields.get('type'), {
        default: 'Default',
        target_utilization: 'TargetUtilization',
    }) ?? 'Default';
    if (type === 'Default') {
        for (const key of TARGET_UTILIZATION_KEYS) {
            const extra = fields.get(key);
            if (extra !== undefined)
                reader.report(extra, `'${key}' needs scale_settings type target_utilization`);
        }
        return { scaleType: 'Default' };
    }
    const polling = reader.integer(fields.get('polling_interval'), { min: 1, unit: 'seconds' });
    const minInstances = reader.integer(fields.get('min_instances'), { min: 0 });
    const maxInstances = reader.integer(fields.get('max_instances'), { min: 1 });
    if (minInstances !== undefined && maxInstances !== undefined && minInstances > maxInstances) {
        reader.report(field ?? reader.root(), `min_instances (${minInstances}) is above max_instances (${maxInstances})`);
    }
    return (0,asset_fields/* compact */.oE)({
        scaleType: 'TargetUtilization',
        minInstances,
        maxInstances,
        pollingInterval: polling === undefined ? undefined : (0,iso_duration/* isoDurationFromSeconds */.Z)(polling),
        targetUtilizationPercentage: reader.integer(fields.get('target_utilization_percentage'), {
            min: 1,
            max: 100,
        }),
    });
}

// EXTERNAL MODULE: ./packages/azureml-spec/src/environment.ts
var src_environment = __webpack_require__(77101);
// EXTERNAL MODULE: ./packages/azureml-spec/src/local-paths.ts
var local_paths = __webpack_require__(45886);
// EXTERNAL MODULE: ./packages/azureml-spec/src/model.ts
var model = __webpack_require__(43681);
// EXTERNAL MODULE: ./packages/azureml-spec/src/kinds.ts
var kinds = __webpack_require__(99799);
;// CONCATENATED MODULE: ./packages/azureml-spec/src/online-deployment.ts
/** managedOnlineDeployment YAML → OnlineDeployment (Managed; API 2022-10-01 plus 2024-04-01 `dataCollector`). */














const DEPLOYMENT_SHAPE = {
    what: 'the deployment',
    keys: [
        '$schema',
        'name',
        'endpoint_name',
        'type',
        'description',
        'tags',
        'properties',
        'model',
        'model_mount_path',
        'code_configuration',
        'environment',
        'environment_variables',
        'instance_type',
        'instance_count',
        'request_settings',
        'liveness_probe',
        'readiness_probe',
        'scale_settings',
        'app_insights_enabled',
        'egress_public_network_access',
        'data_collector',
    ],
    required: ['name', 'endpoint_name', 'model', 'instance_type'],
    refused: {
        resources: "'resources' belongs to Kubernetes deployments, which these actions do not deploy: use instance_type",
        private_network_connection: "'private_network_connection' is deprecated: use egress_public_network_access: disabled instead",
        with_package: "'with_package' (model packaging) is not supported: remove it",
        ...(0,asset_fields/* readOnlyRefusals */.kS)(['id', 'provisioning_state']),
    },
};
/** Map a managedOnlineDeployment YAML document to the OnlineDeployment to PUT (after resolving its pending assets). */
function mapOnlineDeployment(doc, options) {
    const { reader, fields } = (0,spec_reader/* openSpec */.Is)(doc, 'managedOnlineDeployment', DEPLOYMENT_SHAPE);
    if (fields === undefined)
        return reader.finish(undefined);
    const typeField = fields.get('type');
    const type = reader.choice(typeField, { managed: 'managed', kubernetes: 'kubernetes' });
    if (typeField !== undefined && type === 'kubernetes')
        reader.report(typeField, kinds/* REFUSED_KINDS */.BR.kubernetesOnlineDeployment);
    const name = resourceName(reader, fields.get('name'), DEPLOYMENT_NAME);
    const endpointName = resourceName(reader, fields.get('endpoint_name'), ENDPOINT_NAME);
    const pending = [];
    const model = modelValue(reader, fields.get('model'), options.workspace, pending);
    const environment = (0,src_environment/* environmentValue */.Jz)(reader, fields.get('environment'), options.workspace, pending);
    const code = readCodeConfiguration(reader, fields.get('code_configuration'), options.workspace, pending);
    checkNoCodeDeployment(reader, fields);
    const { description, tags, properties } = (0,asset_fields/* commonFields */.dG)(reader, fields);
    const settings = (0,asset_fields/* compact */.oE)({
        description,
        properties,
        modelMountPath: reader.string(fields.get('model_mount_path'), 'an absolute path such as /var/azureml-app/model'),
        environmentVariables: reader.stringMap(fields.get('environment_variables')),
        instanceType: reader.string(fields.get('instance_type'), 'a VM size such as Standard_DS3_v2'),
        requestSettings: readRequestSettings(reader, fields.get('request_settings')),
        livenessProbe: readProbe(reader, fields.get('liveness_probe')),
        readinessProbe: readProbe(reader, fields.get('readiness_probe')),
        scaleSettings: readScaleSettings(reader, fields.get('scale_settings')),
        appInsightsEnabled: reader.boolean(fields.get('app_insights_enabled')),
        egressPublicNetworkAccess: reader.choice(fields.get('egress_public_network_access'), {
            enabled: 'Enabled',
            disabled: 'Disabled',
        }),
    });
    const capacity = reader.integer(fields.get('instance_count'), { min: 1 }) ?? 1;
    const dataCollector = readDataCollector(reader, fields.get('data_collector'), options.workspace, pending);
    if (name === undefined || endpointName === undefined || model === undefined) {
        return reader.finish(undefined);
    }
    return reader.finish({
        name,
        endpointName,
        declared: [...fields.keys()],
        ...(0,src_pending/* finalizable */.Af)(pending, (value) => ({
            location: options.location,
            ...(tags === undefined ? {} : { tags }),
            sku: { name: 'Default', capacity },
            properties: (0,asset_fields/* compact */.oE)({
                endpointComputeType: 'Managed',
                ...settings,
                model: value(model),
                environmentId: environment === undefined ? undefined : value(environment),
                codeConfiguration: code === undefined
                    ? undefined
                    : (0,asset_fields/* compact */.oE)({
                        codeId: code.code === undefined ? undefined : value(code.code),
                        scoringScript: code.script,
                    }),
                dataCollector: dataCollector?.(value),
            }),
        })),
    });
}
/** `model:` — a registered model reference, or an inline model (registered before the deployment). */
function modelValue(reader, field, workspace, pending) {
    const use = {
        type: 'models',
        expected: 'azureml:<model-name>:<version>, an ARM id, or an inline model {path: ...}',
        readInline: (inline) => (0,model/* readModel */.ko)(reader, inline, { requireName: false }),
        localHint: (text) => `a local model is written as a mapping: \`model: {path: ${text}}\``,
    };
    return (0,references/* assetValue */.CQ)(reader, field, use, workspace, pending);
}
function readCodeConfiguration(reader, field, workspace, pending) {
    const fields = reader.object(field, {
        what: 'code_configuration',
        keys: ['code', 'scoring_script'],
        required: ['code', 'scoring_script'],
    });
    const codeField = fields?.get('code');
    const scriptField = fields?.get('scoring_script');
    const script = reader.string(scriptField, 'the scoring script path, relative to the code folder');
    const code = (0,src_code/* codeValue */.j)(reader, codeField, 'folder', workspace, pending);
    if (script === undefined || scriptField === undefined)
        return undefined;
    if (code !== undefined && typeof code !== 'string' && code.kind === 'register') {
        const [upload] = code.asset.pending;
        if (upload?.kind === 'upload')
            (0,local_paths/* localPath */.$)(reader, scriptField, external_node_path_default().join(upload.path, script), 'file');
    }
    return { code, script };
}
/** Only MLflow models deploy without an environment and scoring script (no-code deployment). */
function checkNoCodeDeployment(reader, fields) {
    const model = fields.get('model');
    const environment = fields.get('environment');
    const code = fields.get('code_configuration');
    if (code !== undefined && environment === undefined) {
        reader.report(code, 'code_configuration needs an environment: add `environment:` (registered or inline)');
    }
    if (model === undefined || !(0,dist/* isMap */.jh)(model.node) || environment !== undefined)
        return;
    const type = model.node.get('type');
    if (typeof type !== 'string' || type.toLowerCase() !== 'mlflow_model') {
        reader.report(model, 'only an mlflow_model deploys without an environment: add `environment:` and `code_configuration:` ' +
            '(a scoring script), or set the model `type: mlflow_model`');
    }
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/specs.ts


function loadSpecs(inputs, traffic, workspace, log) {
    const file = inputs.endpointFile === undefined ? undefined : loadEndpointFile(inputs.endpointFile);
    const chosen = inputs.endpointName ?? file?.name;
    const deployment = loadDeploymentFile(inputs, workspace, chosen, log);
    const name = chosen ?? deployment.endpointName;
    return {
        endpoint: endpointSpec(name, inputs, file),
        deployment,
        deploymentName: inputs.deploymentName ?? deployment.name,
        traffic: trafficOf(traffic, file, log),
    };
}
/** The input behind each overridden key, for messages. */
const INPUT_OF = { name: 'deployment-name', endpoint_name: 'endpoint-name' };
function loadEndpointFile(path) {
    const doc = (0,spec_document/* loadSpecFile */.KO)(path, 'managedOnlineEndpoint', 'endpoint-file');
    // The region is not the file's to choose: a new endpoint gets the workspace's (see ensureEndpoint).
    return mapOnlineEndpoint(doc, { location: '' });
}
function loadDeploymentFile(inputs, workspace, endpointName, log) {
    const doc = (0,spec_document/* loadSpecFile */.KO)(inputs.deploymentFile, 'managedOnlineDeployment', 'deployment-file');
    const named = doc.yaml.get('endpoint_name');
    if (endpointName !== undefined && named !== endpointName) {
        log.info(`The deployment file names endpoint '${String(named)}'; deploying to '${endpointName}' ` +
            `(from ${inputs.endpointName === undefined ? 'endpoint-file' : "input 'endpoint-name'"}).`);
    }
    const overrides = [
        ['endpoint_name', endpointName],
        ['name', inputs.deploymentName === AUTO_DEPLOYMENT ? undefined : inputs.deploymentName],
        ['model', inputs.model],
        ['instance_type', inputs.instanceType],
        ['instance_count', inputs.instanceCount],
    ];
    for (const [key, value] of overrides) {
        if (value !== undefined) {
            (0,src_overrides/* setSpecValue */.H)(doc, key, value, `input '${INPUT_OF[key] ?? key.replace('_', '-')}'`);
        }
    }
    // The deployment goes to its endpoint's region, which deployOnlineEndpoint sets.
    return mapOnlineDeployment(doc, { workspace, location: '' });
}
/** Only what the file declares or an input sets; an existing endpoint keeps everything else. */
function endpointSpec(name, inputs, file) {
    const declared = new Set(file?.declared ?? []);
    const body = file?.body;
    const from = (key, value) => declared.has(key) ? value : undefined;
    const properties = Object.fromEntries(Object.entries({
        authMode: inputs.authMode === undefined
            ? from('auth_mode', body?.properties.authMode)
            : AUTH_MODES[inputs.authMode],
        description: inputs.description ?? from('description', body?.properties.description),
        publicNetworkAccess: from('public_network_access', body?.properties.publicNetworkAccess),
        properties: from('properties', body?.properties.properties),
    }).filter(([, value]) => value !== undefined));
    const tags = inputs.tags === undefined ? from('tags', body?.tags) : { ...from('tags', body?.tags), ...inputs.tags };
    const identity = from('identity', body?.identity);
    const sources = [
        ...(file === undefined ? [] : [`endpoint-file ${inputs.endpointFile ?? ''}`]),
        ...['authMode', 'description', 'tags']
            .filter((key) => inputs[key] !== undefined)
            .map((key) => `input '${key === 'authMode' ? 'auth-mode' : key}'`),
    ];
    return {
        name,
        properties,
        ...(tags === undefined ? {} : { tags }),
        ...(identity === undefined ? {} : { identity }),
        source: sources.length === 0 ? 'the inputs (which set nothing about it)' : sources.join(' and '),
    };
}
/** The endpoint file's traffic maps apply when the traffic inputs leave traffic alone. */
function trafficOf(inputs, file, log) {
    const fileTraffic = file?.declared.includes('traffic') ? file.body.properties.traffic : undefined;
    const fileMirror = file?.declared.includes('mirror_traffic')
        ? file.body.properties.mirrorTraffic
        : undefined;
    let { live, mirror } = inputs;
    if (fileTraffic !== undefined) {
        if (live.kind === 'none')
            live = { kind: 'map', traffic: fileTraffic };
        else
            log.info("Input 'traffic' replaces the traffic of endpoint-file.");
    }
    if (fileMirror !== undefined) {
        const [target] = Object.entries(fileMirror).filter(([, value]) => value > 0);
        if (mirror.kind === 'keep') {
            mirror =
                target === undefined ? { kind: 'off' } : { kind: 'set', deployment: target[0], percent: target[1] };
        }
        else
            log.info("Input 'mirror-traffic' replaces the mirror_traffic of endpoint-file.");
    }
    return { live, mirror };
}

// EXTERNAL MODULE: ./packages/action-kit/src/duration.ts
var duration = __webpack_require__(65405);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/summary.ts
/** The job summary: endpoint, deployments (state, SKU, instances, traffic before/after), changes, assets, logs. */


function writeSummary(summary, report) {
    const { endpoint, outcome } = report;
    summary.heading(`Online endpoint ${endpoint.name}`);
    summary.status(...headline(report));
    summary.keyValue({
        Endpoint: `${endpoint.name} (${report.endpointAction})`,
        'Auth mode': endpoint.properties.authMode,
        'Scoring URI': endpoint.properties.scoringUri ?? undefined,
        'Swagger URI': endpoint.properties.swaggerUri ?? undefined,
        Deployment: report.deploymentName,
        'Blue/green': report.choice === undefined ? undefined : `${report.choice.name}: ${report.choice.reason}`,
        'Previous deployment': report.previousDeployment ?? 'none (no live traffic before)',
        'Traffic before': trafficText(report.trafficBefore),
        'Traffic after': trafficText(report.trafficAfter),
    });
    summary.heading('Deployments', 3);
    summary.table(['Deployment', 'State', 'SKU', 'Instances', 'Traffic before', 'Traffic after'], deploymentsAfter(report).map((d) => [
        d.name,
        d.properties.provisioningState ?? 'Unknown',
        d.properties.instanceType ?? d.sku?.name ?? '',
        String(d.sku?.capacity ?? ''),
        shareText(report.trafficBefore, d.name),
        shareText(report.trafficAfter, d.name),
    ]));
    const changes = [
        ...report.endpointChanges.map((line) => `endpoint ${line}`),
        ...(outcome.kind === 'created' || outcome.kind === 'updated' ? outcome.changes : []),
        ...report.notes,
    ];
    if (changes.length > 0)
        summary.details('Changes', (inner) => inner.list(changes));
    if (report.assets.length > 0) {
        summary.details('Assets', (inner) => inner.table(['Asset', 'Reference', 'Reused'], report.assets.map((a) => [a.what, { markdown: `\`${a.reference}\`` }, a.reused ? 'yes' : 'no'])));
    }
    if (outcome.kind === 'failed') {
        for (const [container, content] of Object.entries(outcome.logs)) {
            summary.details(`${container} log of ${report.deploymentName}`, (inner) => inner.code(content || '(empty)'), true);
        }
    }
}
function headline(report) {
    const { outcome } = report;
    const name = report.deploymentName;
    switch (outcome.kind) {
        case 'failed':
            return [
                'failure',
                `Deployment ${name} failed after ${(0,duration/* formatElapsed */.C7)(outcome.elapsedMs)}: ${outcome.code}: ${outcome.message}`,
            ];
        case 'unchanged':
            return report.endpointAction === 'unchanged' && !report.trafficChanged
                ? [
                    'info',
                    'Nothing changed: the endpoint, the deployment and the traffic already matched the inputs.',
                ]
                : [
                    'success',
                    `Deployment ${name} was already up to date; ${report.trafficChanged ? 'traffic changed' : 'endpoint updated'}.`,
                ];
        default:
            return outcome.deployment.properties.provisioningState === 'Succeeded'
                ? ['success', `Deployment ${name} ${outcome.kind} in ${(0,duration/* formatElapsed */.C7)(outcome.elapsedMs)}.`]
                : [
                    'running',
                    `Deployment ${name} ${outcome.kind === 'created' ? 'is being created' : 'is updating'} (wait is false).`,
                ];
    }
}
/** The deployments as they were, with this run's deployment replaced by its new state. */
function deploymentsAfter(report) {
    const current = report.outcome.deployment;
    const others = report.deploymentsBefore.filter((d) => d.name.toLowerCase() !== report.deploymentName.toLowerCase());
    return current === undefined ? others : [...others, current].sort((a, b) => a.name.localeCompare(b.name));
}
function trafficText(traffic) {
    const mirror = Object.keys(traffic.mirror).length === 0 ? '' : `; mirror ${(0,traffic_math/* formatTraffic */.zM)(traffic.mirror)}`;
    return `${(0,traffic_math/* formatTraffic */.zM)(traffic.traffic)}${mirror}`;
}
function shareText(traffic, name) {
    const mirror = (0,traffic_math/* shareOf */.tC)(traffic.mirror, name);
    return `${(0,traffic_math/* shareOf */.tC)(traffic.traffic, name)}%${mirror > 0 ? ` (+${mirror}% mirror)` : ''}`;
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/run.ts
/** deploy-endpoint: inputs → YAML specs → endpoint, deployment and traffic → outputs and job summary. */






async function runDeployEndpoint(context, inputs, deps) {
    const { log, outputs, summary, signal } = context;
    const started = Date.now();
    const traffic = (0,deploy_endpoint_src_inputs/* readTrafficInputs */.VR)(inputs);
    const azure = (0,src_inputs/* readAzureInputs */.t)(inputs, deps.env, log);
    const specs = loadSpecs(inputs, traffic, azure.workspace, log);
    const session = (0,src_session/* connectAzure */.C)(azure, {
        env: deps.env,
        logger: log,
        getIdToken: deps.getIdToken,
        actionName: 'deploy-endpoint',
    });
    const assets = [];
    const clients = deployClients(session, log, signal, { started, timeoutMs: inputs.timeout }, assets);
    const report = await deployOnlineEndpoint({
        endpoint: specs.endpoint,
        deploymentName: specs.deploymentName,
        deployment: specs.deployment,
        traffic: specs.traffic,
        wait: inputs.wait,
        onFailure: inputs.onFailure,
    }, clients, assets);
    setOutputs(outputs, report);
    writeSummary(summary, report);
    const { outcome } = report;
    if (outcome.kind === 'failed') {
        await printLogs(log, report.deploymentName, outcome.logs);
        throw new errors/* UserError */.y(`Deployment '${report.deploymentName}' of endpoint '${report.endpoint.name}' failed to provision: ` +
            `${outcome.code}: ${outcome.message}\nThe container logs are in the group 'Container logs of ` +
            `${report.deploymentName}' above and in the job summary. Traffic was not changed` +
            `${report.removed.length > 0 ? `; deleted (on-failure delete): ${report.removed.join(', ')}` : ''}.`, { kind: 'service' });
    }
    if (report.endpointAction === 'unchanged' && outcome.kind === 'unchanged' && !report.trafficChanged) {
        log.info(`Nothing to change: endpoint '${report.endpoint.name}', deployment '${report.deploymentName}' and the ` +
            'traffic already match the inputs.');
    }
}
function deployClients(session, log, signal, time, assets) {
    const { mlClient: client, workspace } = session;
    return {
        client,
        workspace,
        logger: log,
        signal,
        deadline: time.started + time.timeoutMs,
        timeoutMs: time.timeoutMs,
        resolver: deploymentAssetResolver({
            client,
            workspace,
            logger: log,
            signal,
            openDatastore: () => (0,datastore/* getDatastoreContainer */.L)(client, workspace, session.cloud, log, {
                credential: session.credential,
                datastoreName: datastore/* DEFAULT_DATASTORE */.A,
            }),
        }, assets),
        workspaceLocation: async () => {
            const found = await client.workspaces
                .get(workspace.resourceGroup, workspace.workspace, { abortSignal: signal })
                .catch((error) => {
                throw (0,arm_errors/* translateArmError */.l)(error, { action: `Reading workspace '${workspace.workspace}'` });
            });
            return found.location ?? '';
        },
    };
}
function setOutputs(outputs, report) {
    const deployment = report.outcome.deployment;
    outputs.set('endpoint-name', report.endpoint.name);
    outputs.set('deployment-name', report.deploymentName);
    outputs.set('scoring-uri', report.endpoint.properties.scoringUri ?? '');
    outputs.set('swagger-uri', report.endpoint.properties.swaggerUri ?? '');
    outputs.set('previous-deployment', report.previousDeployment ?? '');
    outputs.set('traffic', report.trafficAfter.traffic);
    outputs.set('deployment-id', deployment?.id ?? '');
}
async function printLogs(log, deployment, logs) {
    await log.group(`Container logs of ${deployment}`, () => {
        for (const [container, content] of Object.entries(logs)) {
            log.info(`----- ${container} -----\n${content.trimEnd() || '(empty)'}`);
        }
        return Promise.resolve();
    });
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
