/**
 * Register a model version: check everything that can be checked locally, hash the content, evaluate the gates,
 * then (only when they pass) upload what is missing and create the version, or reuse the one that already holds
 * this content.
 */
import { createHash } from 'node:crypto';
import type { ModelVersion } from '@azure/arm-machinelearning';
import { UserError, type Logger } from '@aml-actions/action-kit';
import { describeCompareTo, findChampion } from './champion.js';
import {
  CONTENT_HASH_TAG,
  formatContentHash,
  hashContent,
  LINEAGE_TAGS,
  lineageTags,
  uploadContent,
  type HashedContent,
  type UploadContainer,
  type UploadResult,
} from '@aml-actions/assets';
import { evaluateChampion, evaluateThresholds, requireGateMetrics, type GateRow } from './gates.js';
import { metricsToProperties } from './metrics.js';
import { checkModelName, checkVersion, type ModelRequest, type ModelType } from './model-request.js';
import { createVersion, findVersionByContent, type ModelRegistry } from './model-versions.js';

export interface RegistrationClients {
  registry: ModelRegistry;
  /** Opens the workspace's default datastore; called only when something must be uploaded. */
  openDatastore: () => Promise<{ name: string; container: UploadContainer }>;
  logger: Logger;
}

export interface GateOutcome {
  rows: GateRow[];
  passed: boolean;
  /** One line per failed gate, for the summary and the error. */
  failures: string[];
  championVersion: string | undefined;
}

export interface RegistrationResult {
  name: string;
  contentHash: string;
  gates: GateOutcome;
  /** False when a gate failed: nothing was uploaded or created. */
  registered: boolean;
  reused: boolean;
  version?: string;
  /** ARM id of the version. */
  id?: string;
  /** `azureml:<name>:<version>`. */
  modelUri?: string;
  /** Where the bytes are (the version's modelUri). */
  storageUri?: string;
  modelType: ModelType;
  tags: Record<string, string>;
  upload?: UploadResult;
}

export async function registerModel(
  request: ModelRequest,
  clients: RegistrationClients,
): Promise<RegistrationResult> {
  const { registry, logger } = clients;
  checkModelName(request.name);
  checkVersion(request.version);
  requireGateMetrics(request.metrics, request.thresholds, request.champion);

  const content =
    request.source.kind === 'local'
      ? await hashContent(request.source.path, { input: request.source.input, noun: 'model' })
      : undefined;
  const contentHash = content
    ? formatContentHash(content.hash)
    : uriHash(request.source.kind === 'uri' ? request.source.uri : '');
  const modelType = resolveModelType(request, content);
  logger.info(
    content
      ? `Content hash of ${content.kind} '${content.name}' (${content.files.length} files, ${(content.totalBytes / 1024 / 1024).toFixed(1)} MB): ${contentHash}`
      : `Model from ${request.source.kind === 'uri' ? request.source.uri : ''} (reference hash ${contentHash})`,
  );

  const existing = await findVersionByContent(registry, request.name, contentHash);
  const gates = await evaluateGates(request, clients, contentHash);
  const tags = buildTags(request, contentHash, logger);
  const base = { name: request.name, contentHash, gates, modelType, tags };
  if (!gates.passed) {
    logger.info(`Gates failed: ${gates.failures.join('; ')}. Nothing uploaded or registered.`);
    return { ...base, registered: false, reused: false };
  }
  if (existing?.name && (request.version === undefined || request.version === existing.name)) {
    logger.info(
      `Model '${request.name}' version ${existing.name} already holds this content (${contentHash}): reusing it, nothing uploaded.`,
    );
    return {
      ...base,
      ...describe(request.name, existing.name, existing),
      registered: true,
      reused: true,
      tags: stringTags(existing),
    };
  }

  let upload: UploadResult | undefined;
  let storageUri: string;
  if (content) {
    const datastore = await clients.openDatastore();
    upload = await logger.group('Upload', () =>
      uploadContent(datastore.container, content, logger, request.upload),
    );
    storageUri = datastoreUri(registry, datastore.name, upload.path);
  } else {
    storageUri = request.source.kind === 'uri' ? request.source.uri : '';
  }

  const body: ModelVersion = {
    properties: {
      description: request.description,
      tags,
      properties: { ...request.properties, ...(request.metrics ? metricsToProperties(request.metrics) : {}) },
      modelType,
      modelUri: storageUri,
      flavors: request.flavors,
      jobName: request.source.kind === 'uri' ? request.source.jobName : undefined,
    },
  };
  const created = await createVersion(registry, request.name, body, {
    explicitVersion: request.version,
    contentHash,
    logger,
  });
  return {
    ...base,
    ...describe(request.name, created.version, created.model),
    registered: true,
    reused: created.reused,
    tags: created.reused ? stringTags(created.model) : tags,
    upload,
  };
}

async function evaluateGates(
  request: ModelRequest,
  clients: RegistrationClients,
  contentHash: string,
): Promise<GateOutcome> {
  const rows = request.metrics ? evaluateThresholds(request.metrics, request.thresholds) : [];
  let championVersion: string | undefined;
  if (request.champion && request.metrics) {
    const champion = await findChampion(
      clients.registry,
      request.name,
      request.champion.compareTo,
      contentHash,
    );
    championVersion = champion?.version;
    clients.logger.info(
      champion
        ? `Champion (${describeCompareTo(request.champion.compareTo)}): version ${champion.version}`
        : `No champion (${describeCompareTo(request.champion.compareTo)}) yet: the challenger passes the comparison.`,
    );
    rows.push(evaluateChampion(request.metrics, champion, request.champion));
  }
  const failures = rows
    .filter((row) => row.verdict === 'fail')
    .map((row) => `${row.metric} ${row.challenger} is not ${row.threshold}`);
  return { rows, passed: failures.length === 0, failures, championVersion };
}

function buildTags(request: ModelRequest, contentHash: string, logger: Logger): Record<string, string> {
  const lineage = lineageTags(request.github, contentHash, request.runId);
  const reserved: string[] = [...Object.values(LINEAGE_TAGS), CONTENT_HASH_TAG];
  const overridden = Object.keys(request.tags).filter((key) => reserved.includes(key));
  if (overridden.length > 0) {
    logger.warning(
      `tags: ${overridden.join(', ')} ${overridden.length === 1 ? 'is a lineage tag' : 'are lineage tags'} this action sets itself; the given value is ignored.`,
    );
  }
  return { ...request.tags, ...lineage };
}

function resolveModelType(request: ModelRequest, content: HashedContent | undefined): ModelType {
  const hasMlModel =
    content?.kind === 'folder' && content.files.some((file) => file.relativePath === 'MLmodel');
  if (request.modelType === 'mlflow_model' && content && !hasMlModel) {
    throw new UserError(
      `model-type: mlflow_model needs a folder with an MLmodel file at its top, and ${request.source.kind === 'local' ? `'${request.source.path}'` : 'the model'} has none. ` +
        'Point the path at the folder mlflow.save_model wrote, or set model-type to custom_model.',
    );
  }
  return request.modelType ?? (hasMlModel ? 'mlflow_model' : 'custom_model');
}

/** Long-form datastore URI, as the Azure ML CLI v2 writes it for uploaded models. */
export function datastoreUri(registry: ModelRegistry, datastore: string, path: string): string {
  return `azureml://subscriptions/${registry.subscriptionId}/resourcegroups/${registry.resourceGroup}/workspaces/${registry.workspace}/datastores/${datastore}/paths/${path}`;
}

/** A remote model has no local bytes: its identity for reuse is the reference itself. */
export function uriHash(uri: string): string {
  return `sha256:${createHash('sha256').update(`aml-actions-uri-v1\0${uri}`).digest('hex')}`;
}

function describe(
  name: string,
  version: string,
  model: ModelVersion,
): Pick<RegistrationResult, 'version' | 'id' | 'modelUri' | 'storageUri'> {
  return {
    version,
    id: model.id,
    modelUri: `azureml:${name}:${version}`,
    storageUri: model.properties.modelUri,
  };
}

/** The version's tags without null values. */
export function stringTags(model: ModelVersion): Record<string, string> {
  return Object.fromEntries(
    Object.entries(model.properties.tags ?? {}).filter(
      (entry): entry is [string, string] => entry[1] !== null,
    ),
  );
}
