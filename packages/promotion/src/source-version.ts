/**
 * The source model version a copy starts from: an explicit version, or `latest` resolved once (and logged) to the
 * immutable version it names, so the rest of the run and its provenance tags use a pinned version.
 */
import type { ModelVersion } from '@azure/arm-machinelearning';
import { UserError, type Logger } from '@aml-actions/action-kit';
import { getVersion, latestOf, listVersions, type ModelRegistry } from '@aml-actions/registration';

export const LATEST = 'latest';

/** How many existing versions a "version not found" error lists. */
const HINT_VERSIONS = 5;

export interface SourceVersion {
  name: string;
  version: string;
  model: ModelVersion;
}

export async function resolveSourceVersion(
  registry: ModelRegistry,
  name: string,
  version: string,
  logger: Logger,
): Promise<SourceVersion> {
  const where = `source workspace '${registry.workspace}' (resource group ${registry.resourceGroup}, subscription ${registry.subscriptionId})`;
  if (version.toLowerCase() === LATEST) {
    const latest = latestOf(await listVersions(registry, name));
    if (latest?.name === undefined) {
      throw new UserError(
        `model-name: model '${name}' has no versions in the ${where}. Check model-name and the source workspace inputs.`,
        { kind: 'not-found' },
      );
    }
    logger.info(
      `model-version 'latest' of model '${name}' is version ${latest.name}: copying that pinned version.`,
    );
    return { name, version: latest.name, model: latest };
  }
  const model = await getVersion(registry, name, version);
  if (model) return { name, version, model };
  const versions = await listVersions(registry, name);
  const newest = newestNames(versions);
  throw new UserError(
    `model-version: model '${name}' version ${version} does not exist in the ${where}. ` +
      (versions.length === 0
        ? `The model has no versions there at all: check model-name and the source workspace inputs.`
        : `Its latest versions are ${newest.join(', ')}${versions.length > newest.length ? ` (of ${versions.length})` : ''}; ` +
          `give one of them, or 'latest'.`),
    { kind: 'not-found' },
  );
}

/** Names of the most recent versions, newest first. */
function newestNames(versions: ModelVersion[]): string[] {
  const remaining = [...versions];
  const names: string[] = [];
  while (names.length < HINT_VERSIONS && remaining.length > 0) {
    const next = latestOf(remaining);
    if (next === undefined) break;
    remaining.splice(remaining.indexOf(next), 1);
    if (next.name !== undefined) names.push(next.name);
  }
  return names;
}
