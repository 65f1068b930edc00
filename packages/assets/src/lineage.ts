/**
 * Lineage tags on what the actions create (model versions, jobs): where it came from (commit, ref, repository,
 * workflow run, actor, job, workflow), its content hash when there is one and, when given, the Azure ML job that
 * produced it.
 */

/** The tag holding a content hash (`sha256:<hex>`): lets a re-run find the version that already holds the content. */
export const CONTENT_HASH_TAG = 'content-hash';

/** The parts of the GitHub Actions run context lineage needs. */
export interface GitHubContext {
  sha?: string;
  ref?: string;
  repository?: string;
  serverUrl?: string;
  runId?: string;
  runAttempt?: string;
  actor?: string;
  job?: string;
  workflow?: string;
}

/** The context from the runner's GITHUB_* variables. */
export function githubContextFromEnv(env: Record<string, string | undefined>): GitHubContext {
  return {
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: env.GITHUB_SERVER_URL,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    actor: env.GITHUB_ACTOR,
    job: env.GITHUB_JOB,
    workflow: env.GITHUB_WORKFLOW,
  };
}

export const LINEAGE_TAGS = {
  commit: 'git-commit',
  ref: 'git-ref',
  repository: 'git-repository',
  runUrl: 'github-run-url',
  actor: 'github-actor',
  job: 'github-job',
  workflow: 'github-workflow',
  azureMlJob: 'azureml-job',
} as const;

export function workflowRunUrl(context: GitHubContext): string | undefined {
  if (!context.repository || !context.runId) return undefined;
  const base = `${context.serverUrl ?? 'https://github.com'}/${context.repository}/actions/runs/${context.runId}`;
  return context.runAttempt && context.runAttempt !== '1' ? `${base}/attempts/${context.runAttempt}` : base;
}

/** Tags for a version: only the facts that are known (outside a runner most are absent). */
export function lineageTags(
  context: GitHubContext,
  contentHash: string,
  azureMlJob?: string,
): Record<string, string> {
  const entries: [string, string | undefined][] = [
    [LINEAGE_TAGS.commit, context.sha],
    [LINEAGE_TAGS.ref, context.ref],
    [LINEAGE_TAGS.repository, context.repository],
    [LINEAGE_TAGS.runUrl, workflowRunUrl(context)],
    [LINEAGE_TAGS.actor, context.actor],
    [LINEAGE_TAGS.job, context.job],
    [LINEAGE_TAGS.workflow, context.workflow],
    [LINEAGE_TAGS.azureMlJob, azureMlJob],
    [CONTENT_HASH_TAG, contentHash],
  ];
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
