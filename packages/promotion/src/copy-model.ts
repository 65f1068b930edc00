/**
 * Copy one registered model version from a source workspace into a target workspace: resolve the (pinned) source
 * version, reuse the copy a previous run made of it, else download its files, hash them, upload them
 * content-addressed to the target's default datastore and register them as a new version with the source's type,
 * flavors, properties and description, plus provenance tags. The downloaded files are removed in every case.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ModelVersion } from '@azure/arm-machinelearning';
import { UserError, type Logger } from '@aml-actions/action-kit';
import {
  CONTENT_HASH_TAG,
  formatContentHash,
  hashContent,
  uploadContent,
  type GitHubContext,
  type UploadContainer,
  type UploadOptions,
  type UploadResult,
} from '@aml-actions/assets';
import {
  checkModelName,
  createVersion,
  datastoreUri,
  stringTags,
  uriHash,
  type ModelRegistry,
} from '@aml-actions/registration';
import { translateArmError, workspaceArmId, type WorkspaceRef } from '@aml-actions/azure';
import {
  downloadModelFiles,
  type DownloadContainer,
  type DownloadedModel,
  type DownloadOptions,
} from './model-download.js';
import { locateModelFiles, type LocateDeps, type ModelLocation } from './model-location.js';
import { copyTags, findCopy, type CopySource } from './provenance.js';
import { resolveSourceVersion } from './source-version.js';

export interface CopyRequest {
  sourceName: string;
  /** A version, or 'latest'. */
  sourceVersion: string;
  targetName: string;
  /** User tags, added to the source's tags (provenance tags win). */
  tags: Record<string, string>;
  /** Replaces the source's description when given. */
  description?: string;
  github: GitHubContext;
  /** Folder under which the files are downloaded (a fresh subfolder, removed at the end). */
  tempDir: string;
  download?: DownloadOptions;
  upload?: UploadOptions;
}

export interface CopyClients extends LocateDeps {
  source: { registry: ModelRegistry; workspace: WorkspaceRef };
  target: {
    registry: ModelRegistry;
    /** Opens the target's default datastore; called only when files must be uploaded. */
    openDatastore: () => Promise<{ name: string; container: UploadContainer }>;
  };
  /** Opens the storage holding the source files (read only). */
  openSourceFiles: (location: ModelLocation) => Promise<{ container: DownloadContainer; path: string }>;
  /** Who is signed in, for errors (e.g. "client 1234…"). */
  identity: string;
  logger: Logger;
}

export interface CopyResult {
  source: CopySource & { modelUri: string | undefined };
  targetName: string;
  targetVersion: string;
  /** ARM id of the target version. */
  targetId: string | undefined;
  /** Where the target version's files are (its modelUri). */
  storageUri: string | undefined;
  modelType: string | undefined;
  reused: boolean;
  contentHash: string | undefined;
  tags: Record<string, string>;
  download?: Omit<DownloadedModel, 'root'>;
  upload?: UploadResult;
}

const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

export async function copyModel(request: CopyRequest, clients: CopyClients): Promise<CopyResult> {
  const { logger, source, target } = clients;
  checkModelName(request.sourceName, 'model-name');
  checkModelName(request.targetName, 'target-model-name');
  const sameWorkspace =
    workspaceArmId(
      target.registry.subscriptionId,
      target.registry.resourceGroup,
      target.registry.workspace,
    ).toLowerCase() === source.workspace.id.toLowerCase();
  if (sameWorkspace && request.targetName === request.sourceName) {
    throw new UserError(
      `The source and target are the same: model '${request.sourceName}' in workspace '${source.workspace.workspace}'. ` +
        'Set the source workspace inputs to the workspace to copy from, or target-model-name to another name.',
    );
  }
  const inSource = armStep(
    `Reading model '${request.sourceName}' version ${request.sourceVersion} in source workspace '${source.workspace.workspace}' as ${clients.identity}`,
    `model '${request.sourceName}' in workspace '${source.workspace.workspace}'`,
  );
  const inTarget = armStep(
    `Registering model '${request.targetName}' in target workspace '${target.registry.workspace}' as ${clients.identity}`,
    `model '${request.targetName}' in workspace '${target.registry.workspace}'`,
  );
  const resolved = await inSource(() =>
    resolveSourceVersion(source.registry, request.sourceName, request.sourceVersion, logger),
  );
  const model = resolved.model;
  const copy: CopySource & { modelUri: string | undefined } = {
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
    logger.info(
      `Model '${request.targetName}' version ${existing.name} in workspace '${target.registry.workspace}' is already a copy of ${describeSource}: reusing it, nothing downloaded or uploaded.`,
    );
    const existingTags = stringTags(existing);
    const differing = Object.keys(request.tags).filter((key) => existingTags[key] !== request.tags[key]);
    if (differing.length > 0) {
      logger.warning(
        `tags: ${differing.join(', ')} differ from the reused version ${existing.name}, which is left as it is (versions are not changed once created).`,
      );
    }
    return {
      ...base,
      targetVersion: existing.name,
      targetId: existing.id,
      storageUri: existing.properties.modelUri,
      reused: true,
      contentHash: existingTags[CONTENT_HASH_TAG],
      tags: existingTags,
    };
  }

  const location = await inSource(() =>
    locateModelFiles(copy.modelUri, source.workspace, describeSource, clients),
  );
  const files = await clients.openSourceFiles(location);
  const work = await mkdtemp(path.join(request.tempDir, 'copy-model-'));
  try {
    const { root, ...download } = await logger.group('Download', () =>
      downloadModelFiles(files.container, files.path, work, describeSource, logger, request.download),
    );
    const content = await hashContent(root, { input: 'model-name', noun: 'model' }, { ignoreFiles: false });
    const contentHash = formatContentHash(content.hash);
    logger.info(`Content hash of ${describeSource}: ${contentHash}`);
    if (declaredHash !== undefined && declaredHash !== contentHash) {
      throw new UserError(
        `The files of ${describeSource} do not match its ${CONTENT_HASH_TAG} tag (${declaredHash}; the files hash to ${contentHash}): ` +
          'they were changed after registration. Nothing was copied. Register the intended files as a new version and copy that.',
        { kind: 'conflict' },
      );
    }
    const datastore = await target.openDatastore();
    const upload = await logger.group('Upload', () =>
      uploadContent(datastore.container, content, logger, request.upload),
    );
    const tags = copyTags(model, copy, contentHash, request.github, request.tags, logger);
    const body: ModelVersion = {
      properties: {
        description: request.description ?? model.properties.description,
        tags,
        properties: model.properties.properties,
        modelType: model.properties.modelType,
        modelUri: datastoreUri(target.registry, datastore.name, upload.path),
        flavors: model.properties.flavors,
      },
    };
    const created = await inTarget(() =>
      createVersion(target.registry, request.targetName, body, { contentHash, logger }),
    );
    return {
      ...base,
      targetVersion: created.version,
      targetId: created.model.id,
      storageUri: created.model.properties.modelUri,
      reused: created.reused,
      contentHash,
      tags: created.reused ? stringTags(created.model) : tags,
      download,
      upload,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Runs ARM calls, turning their failures into UserErrors that say what was done, on what, as whom. */
function armStep(action: string, resource: string): <T>(call: () => Promise<T>) => Promise<T> {
  return async (call) => {
    try {
      return await call();
    } catch (error) {
      throw translateArmError(error, { action, resource });
    }
  };
}

/** The source's content-hash tag when it is a hash of its bytes (register-model's hash of a model-uri is not). */
function declaredContentHash(model: ModelVersion): string | undefined {
  const tag = model.properties.tags?.[CONTENT_HASH_TAG] ?? undefined;
  if (tag === undefined || !CONTENT_HASH.test(tag)) return undefined;
  const uri = model.properties.modelUri;
  return uri !== undefined && tag === uriHash(uri) ? undefined : tag;
}
