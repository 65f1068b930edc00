/**
 * Reading and creating model versions. Creation never overwrites: the chosen version is read first, the PUT carries
 * `If-None-Match: *`, and a version that turns out to be taken (409/412, or a read-back showing other content) makes
 * an automatic registration move on to the following number. A version holding the same content is reused.
 */
import type { AzureMachineLearningWorkspaces, ModelVersion } from '@azure/arm-machinelearning';
import { UserError, type Logger } from '@aml-actions/action-kit';
import { CONTENT_HASH_TAG, httpStatusOf } from '@aml-actions/assets';

/** A workspace's model registry: the ARM client and where the workspace is. */
export interface ModelRegistry {
  client: Pick<AzureMachineLearningWorkspaces, 'modelVersions' | 'modelContainers'>;
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
}

/** How many versions an automatic registration tries before giving up on a crowded registry. */
const MAX_ATTEMPTS = 20;

export async function getVersion(
  registry: ModelRegistry,
  name: string,
  version: string,
): Promise<ModelVersion | undefined> {
  return orUndefinedOn404(() =>
    registry.client.modelVersions.get(registry.resourceGroup, registry.workspace, name, version),
  );
}

/** All versions of a model (none when the model does not exist), optionally filtered by the service on `tags`. */
export async function listVersions(
  registry: ModelRegistry,
  name: string,
  tags?: string,
): Promise<ModelVersion[]> {
  const versions: ModelVersion[] = [];
  const iterate = async (): Promise<ModelVersion[]> => {
    for await (const version of registry.client.modelVersions.list(
      registry.resourceGroup,
      registry.workspace,
      name,
      tags ? { tags } : {},
    )) {
      versions.push(version);
    }
    return versions;
  };
  return (await orUndefinedOn404(iterate)) ?? [];
}

/** The version already holding this content, if any (matched on the content-hash tag). */
export async function findVersionByContent(
  registry: ModelRegistry,
  name: string,
  contentHash: string,
): Promise<ModelVersion | undefined> {
  const candidates = await listVersions(registry, name, `${CONTENT_HASH_TAG}=${contentHash}`);
  return latestOf(candidates.filter((version) => sameContent(version, contentHash)));
}

/** The next free numeric version: the container's nextVersion when the service gives it, else one above the highest. */
export async function nextFreeVersion(registry: ModelRegistry, name: string): Promise<number> {
  const container = await orUndefinedOn404(() =>
    registry.client.modelContainers.get(registry.resourceGroup, registry.workspace, name),
  );
  if (!container) return 1;
  const next = Number(container.properties.nextVersion);
  if (Number.isInteger(next) && next > 0) return next;
  const numbers = (await listVersions(registry, name))
    .map((version) => Number(version.name))
    .filter(Number.isInteger);
  return Math.max(0, ...numbers) + 1;
}

/** The most recent of some versions: highest numeric version, else latest created. */
export function latestOf(versions: ModelVersion[]): ModelVersion | undefined {
  const key = (version: ModelVersion): [number, number] => [
    Number.isInteger(Number(version.name)) ? Number(version.name) : -1,
    version.systemData?.createdAt?.getTime() ?? 0,
  ];
  return [...versions].sort((a, b) => {
    const [an, at] = key(a);
    const [bn, bt] = key(b);
    return bn - an || bt - at;
  })[0];
}

export function sameContent(version: ModelVersion, contentHash: string): boolean {
  return version.properties.tags?.[CONTENT_HASH_TAG] === contentHash;
}

export interface CreatedVersion {
  version: string;
  model: ModelVersion;
  /** True when the version already held this content (a re-run, or a concurrent identical registration). */
  reused: boolean;
}

/**
 * Create a version of `name` with `body` (whose tags carry the content hash). With `explicitVersion`, that version
 * or a clear conflict error; without, the next free number, moving on while others take numbers first.
 */
export async function createVersion(
  registry: ModelRegistry,
  name: string,
  body: ModelVersion,
  options: { explicitVersion?: string; contentHash: string; logger: Logger },
): Promise<CreatedVersion> {
  const { explicitVersion, contentHash, logger } = options;
  let candidate = explicitVersion ?? String(await nextFreeVersion(registry, name));
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const existing = await getVersion(registry, name, candidate);
    if (existing && sameContent(existing, contentHash)) {
      logger.info(
        `Version ${candidate} of model '${name}' already holds this content (${contentHash}): reusing it.`,
      );
      return { version: candidate, model: existing, reused: true };
    }
    if (existing) {
      candidate = takenBy(name, candidate, existing, explicitVersion, logger);
      continue;
    }
    const created = await putIfAbsent(registry, name, candidate, body);
    if (created === 'taken') {
      logger.info(
        `Version ${candidate} of model '${name}' was taken by a concurrent registration while this one was creating it.`,
      );
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
  throw new UserError(
    `Could not find a free version of model '${name}' after ${MAX_ATTEMPTS} attempts: other registrations kept taking the next number. Re-run the job, or set version explicitly.`,
    { kind: 'conflict' },
  );
}

/** A version holds other content: fail for an explicit version, else go on to the next number. */
function takenBy(
  name: string,
  candidate: string,
  holder: ModelVersion,
  explicitVersion: string | undefined,
  logger: Logger,
): string {
  if (explicitVersion !== undefined) {
    throw new UserError(
      `version: model '${name}' version ${candidate} already exists with other content (${CONTENT_HASH_TAG} ${holder.properties.tags?.[CONTENT_HASH_TAG] ?? 'not set'}). ` +
        'Versions are never overwritten: choose another version, or leave version empty to take the next free number.',
      { kind: 'conflict' },
    );
  }
  const next = String(Number(candidate) + 1);
  logger.info(`Version ${candidate} of model '${name}' is taken by other content; trying ${next}.`);
  return next;
}

/** PUT that must not replace an existing version; 'taken' when the service says it exists. */
async function putIfAbsent(
  registry: ModelRegistry,
  name: string,
  version: string,
  body: ModelVersion,
): Promise<ModelVersion | 'taken'> {
  try {
    return await registry.client.modelVersions.createOrUpdate(
      registry.resourceGroup,
      registry.workspace,
      name,
      version,
      body,
      {
        requestOptions: { customHeaders: { 'If-None-Match': '*' } },
      },
    );
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 409 || status === 412) return 'taken';
    throw error;
  }
}

async function orUndefinedOn404<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw error;
  }
}
