/**
 * A promotion recorded on the endpoint itself, as tags anyone can read in Azure ML studio or with `az ml
 * online-endpoint show`: which deployment was promoted, when, from which traffic, by which workflow run and commit.
 * Written with @aml-actions/endpoints' ensureEndpoint (a full PUT of what Azure has, so traffic and mirror stay as
 * they are, other tags kept). The promotion has happened by then: a failure to tag is a warning, not a failure.
 */
import { errorMessage } from '@aml-actions/action-kit';
import { LINEAGE_TAGS, workflowRunUrl, type GitHubContext } from '@aml-actions/assets';
import { ensureEndpoint, formatTraffic, type ArmContext, type EndpointTraffic } from '@aml-actions/endpoints';

export const PROMOTION_TAGS = {
  deployment: 'promoted-deployment',
  at: 'promoted-at',
  from: 'promoted-from-traffic',
} as const;

/** Azure's limit on a tag value. */
const TAG_VALUE_MAX = 256;

export function promotionTags(
  deployment: string,
  previous: EndpointTraffic,
  at: Date,
  context: GitHubContext,
): Record<string, string> {
  const entries: [string, string | undefined][] = [
    [PROMOTION_TAGS.deployment, deployment],
    [PROMOTION_TAGS.at, at.toISOString()],
    [PROMOTION_TAGS.from, formatTraffic(previous.traffic).slice(0, TAG_VALUE_MAX)],
    [LINEAGE_TAGS.runUrl, workflowRunUrl(context)],
    [LINEAGE_TAGS.commit, context.sha],
  ];
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

/** Adds the tags to the endpoint; false (with a warning) when that fails. */
export async function recordPromotion(
  ctx: ArmContext,
  endpointName: string,
  tags: Record<string, string>,
): Promise<boolean> {
  try {
    await ensureEndpoint(
      ctx,
      { name: endpointName, tags, properties: {}, source: 'the promotion record' },
      () => Promise.reject(new Error(`Online endpoint '${endpointName}' is gone: it cannot be tagged.`)),
    );
    return true;
  } catch (error) {
    ctx.logger.warning(
      `The promotion happened, but recording it in the tags of '${endpointName}' failed: ${errorMessage(error)}`,
    );
    return false;
  }
}
