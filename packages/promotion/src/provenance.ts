/**
 * Provenance of a copied model version: where it was copied from (source workspace, version ARM id, name, version)
 * and by which promotion run (commit, run URL, actor, ...), next to the source's own tags (its training lineage
 * travels with it). A copy is found again by its source version, which makes re-runs reuse it.
 */
import type { ModelVersion } from '@azure/arm-machinelearning';
import type { Logger } from '@aml-actions/action-kit';
import { CONTENT_HASH_TAG, lineageTags, type GitHubContext } from '@aml-actions/assets';
import { latestOf, listVersions, stringTags, type ModelRegistry } from '@aml-actions/registration';

export const PROVENANCE_TAGS = {
  sourceWorkspace: 'source-workspace-id',
  sourceModel: 'source-model-id',
  sourceName: 'source-model-name',
  sourceVersion: 'source-model-version',
} as const;

/** Lineage tags of the promotion run are the usual lineage tags with this prefix (promotion-git-commit, ...). */
export const PROMOTION_PREFIX = 'promotion-';

export interface CopySource {
  workspaceId: string;
  /** ARM id of the source version. */
  modelId: string;
  name: string;
  version: string;
}

/** Tags of the copy: the source's tags, then the user's, then provenance (which the user cannot override). */
export function copyTags(
  source: ModelVersion,
  copy: CopySource,
  contentHash: string,
  github: GitHubContext,
  userTags: Record<string, string>,
  logger: Logger,
): Record<string, string> {
  const promotion = Object.fromEntries(
    Object.entries(lineageTags(github, contentHash))
      .filter(([key]) => key !== CONTENT_HASH_TAG)
      .map(([key, value]) => [`${PROMOTION_PREFIX}${key}`, value]),
  );
  const provenance: Record<string, string> = {
    ...promotion,
    [PROVENANCE_TAGS.sourceWorkspace]: copy.workspaceId,
    [PROVENANCE_TAGS.sourceModel]: copy.modelId,
    [PROVENANCE_TAGS.sourceName]: copy.name,
    [PROVENANCE_TAGS.sourceVersion]: copy.version,
    [CONTENT_HASH_TAG]: contentHash,
  };
  const isProvenance = (key: string): boolean => key in provenance || key.startsWith(PROMOTION_PREFIX);
  const overridden = Object.keys(userTags).filter(isProvenance);
  if (overridden.length > 0) {
    logger.warning(
      `tags: ${overridden.join(', ')} ${overridden.length === 1 ? 'is a provenance tag' : 'are provenance tags'} this action sets itself; the given value is ignored.`,
    );
  }
  // A source that is itself a copy carries the provenance of that earlier hop: replaced, not mixed.
  const inherited = Object.fromEntries(
    Object.entries(stringTags(source)).filter(([key]) => !isProvenance(key)),
  );
  return { ...inherited, ...userTags, ...provenance };
}

/**
 * The version of `name` in the target that is a copy of this source version, if any. Versions are immutable, so
 * the same source version means the same files; when the source declares a content hash, the copy must hold it
 * too (a source version deleted and registered again with other files is not the same source).
 */
export async function findCopy(
  target: ModelRegistry,
  name: string,
  source: CopySource,
  declaredHash: string | undefined,
): Promise<ModelVersion | undefined> {
  const candidates = await listVersions(target, name, PROVENANCE_TAGS.sourceModel);
  return latestOf(
    candidates.filter((version) => {
      const tags = version.properties.tags ?? {};
      return (
        tags[PROVENANCE_TAGS.sourceModel]?.toLowerCase() === source.modelId.toLowerCase() &&
        (declaredHash === undefined || tags[CONTENT_HASH_TAG] === declaredHash)
      );
    }),
  );
}
