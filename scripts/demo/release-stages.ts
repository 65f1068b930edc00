/**
 * The stages of one release environment (staging, production), each a step of that environment's GitHub job in
 * deploy.yml: copy-model brings the version from the workspace the environment takes its models from, deploy-endpoint
 * deploys it blue/green at 0 % traffic, smoke-test calls the new deployment directly, and promote shifts the live
 * traffic to it step by step (rolling back on a breach). Production then answers a client's scoring call.
 */
import { endpointKey, score } from './score-endpoint.js';
import { features, readRows } from './bank-data.js';
import { need, StageFailure, type Stage, type Steps } from './steps.js';

/** A model version in one workspace, as the stage before hands it on. */
export interface ModelVersion {
  workspace: string;
  name?: string;
  version?: string;
}

/** What a release leaves: the version in its workspace and the endpoint serving it. */
export interface Release extends ModelVersion {
  endpoint?: string;
  deployment?: string;
  scoringUri?: string;
}

export interface ReleaseTarget {
  environment: string;
  workspace: string;
  /** The GitHub job's name (deploy.yml called as this job of ml-cd.yml). */
  job: string;
  /** The environment's own endpoint (deploy.yml's endpoint-name): names are unique per Azure region. */
  endpointName: string;
  /** promote's steps, e.g. '100' or 'mirror:20,10,50,100'. */
  promoteSteps: string;
  /** Added to the recap names, e.g. ' (v2)'. */
  suffix: string;
}

const REQUEST_FILE = 'endpoints/smoke-requests.jsonl';

/** Copy, deploy, smoke-test and promote in `target.environment`, from `source` (a workspace the identity reads). */
export function releaseStages(
  steps: Steps,
  target: ReleaseTarget,
  source: ModelVersion,
): Stage[] & { release: Release } {
  const { environment, workspace, job, suffix } = target;
  const { narrator } = steps.options;
  const release: Release = { workspace };
  const where = { environment, workspace };
  const azure = { 'workspace-id': steps.workspaceId(workspace) };
  const show = (outputs: Record<string, string>, names: string[]): void => {
    for (const name of names) narrator.output(name, outputs[name] ?? '');
  };
  const stages: Stage[] = [
    {
      name: `copy-model ${source.workspace} → ${workspace}${suffix}`,
      title: `Copy the model from ${source.workspace} into ${workspace} (copy-model)`,
      ...where,
      run: async () => {
        const result = steps.succeeded(
          await steps.action('copy-model', environment, job, {
            ...azure,
            'source-workspace-id': steps.workspaceId(source.workspace),
            'model-name': need(source.name, 'model name'),
            'model-version': need(source.version, `model version in ${source.workspace}`),
            tags: `released-to=${environment}`,
          }),
          'copy-model',
        );
        release.name = result.outputs['model-name'];
        release.version = result.outputs['model-version'];
        show(result.outputs, ['model-name', 'model-version', 'model-id', 'reused']);
        return `${source.name ?? ''}:${source.version ?? ''} of ${source.workspace} → ${release.name ?? ''}:${release.version ?? ''} in ${workspace}`;
      },
    },
    {
      name: `deploy at 0 %${suffix}`,
      title: `Deploy blue/green at 0 % live traffic in ${workspace} (deploy-endpoint)`,
      ...where,
      run: async () => {
        const result = steps.succeeded(
          await steps.action('deploy-endpoint', environment, job, {
            ...azure,
            'endpoint-file': 'endpoints/endpoint.yml',
            'endpoint-name': target.endpointName,
            'deployment-file': 'endpoints/deployment.yml',
            'deployment-name': 'auto',
            model: `azureml:${need(release.name, 'model name')}:${need(release.version, 'model version')}`,
            traffic: 'none',
            timeout: '5m',
          }),
          'deploy-endpoint',
        );
        release.endpoint = result.outputs['endpoint-name'];
        release.deployment = result.outputs['deployment-name'];
        release.scoringUri = result.outputs['scoring-uri'];
        show(result.outputs, [
          'endpoint-name',
          'deployment-name',
          'previous-deployment',
          'traffic',
          'scoring-uri',
        ]);
        return `${release.endpoint ?? ''}/${release.deployment ?? ''} provisioned at 0 %; live traffic ${result.outputs.traffic ?? ''}`;
      },
    },
    {
      name: `smoke-test${suffix}`,
      title: `Smoke-test the new deployment directly, before any user request reaches it (smoke-test)`,
      ...where,
      run: async () => {
        const deployment = need(release.deployment, 'deployment name');
        const result = steps.succeeded(
          await steps.action('smoke-test', environment, job, {
            ...azure,
            'endpoint-name': need(release.endpoint, 'endpoint name'),
            'deployment-name': deployment,
            'request-file': REQUEST_FILE,
            'request-count': '40',
            'max-error-rate': '0',
            'max-latency-p95': '2s',
          }),
          'smoke-test',
        );
        show(result.outputs, [
          'passed',
          'requests',
          'errors',
          'latency-p50-ms',
          'latency-p95-ms',
          'served-by',
        ]);
        return `${result.outputs.requests ?? ''} requests to '${deployment}', ${result.outputs.errors ?? ''} errors, p95 ${result.outputs['latency-p95-ms'] ?? ''} ms`;
      },
    },
    {
      name: `promote ${target.promoteSteps}${suffix}`,
      title: `Promote: live traffic to the new deployment, step by step, with rollback (promote)`,
      ...where,
      run: async () => {
        const result = steps.succeeded(
          await steps.action('promote', environment, job, {
            ...azure,
            'endpoint-name': need(release.endpoint, 'endpoint name'),
            'deployment-name': need(release.deployment, 'deployment name'),
            steps: target.promoteSteps,
            'bake-time': '2s',
            'check-interval': '1s',
            'request-file': REQUEST_FILE,
            'request-count': '10',
            'max-error-rate': '0',
            'max-latency-p95': '2s',
          }),
          'promote',
        );
        show(result.outputs, ['result', 'previous-traffic', 'traffic']);
        return `${result.outputs.result ?? ''}: ${result.outputs['previous-traffic'] ?? ''} → ${result.outputs.traffic ?? ''}`;
      },
    },
  ];
  return Object.assign(stages, { release });
}

/**
 * One run of ml-cd.yml's release jobs for the version `source` (in dev): staging, the approval of production,
 * production with a progressive promotion, and a client's scoring call. `suffix` tells the runs apart in the recap.
 * Each environment has its own endpoint name, as in ml-cd.yml: the workspaces share one region, where a name is unique.
 */
export function releaseCycle(
  steps: Steps,
  source: ModelVersion,
  suffix = '',
): { stages: Stage[]; production: Release } {
  const staging = releaseStages(
    steps,
    {
      environment: 'staging',
      workspace: 'staging',
      job: 'deploy-staging',
      endpointName: 'bank-marketing-staging',
      promoteSteps: '100',
      suffix,
    },
    source,
  );
  const production = releaseStages(
    steps,
    {
      environment: 'production',
      workspace: 'prod',
      job: 'deploy-production',
      endpointName: 'bank-marketing-prod',
      promoteSteps: 'mirror:20,10,50,100',
      suffix,
    },
    staging.release,
  );
  return {
    stages: [
      ...staging,
      approvalStage(steps, staging.release, suffix),
      ...production,
      scoreStage(steps, 'production', production.release, suffix),
    ],
    production: production.release,
  };
}

/** The production job waits for a reviewer: on GitHub a required reviewer of the environment, here a narration. */
function approvalStage(steps: Steps, staging: Release, suffix: string): Stage {
  const { narrator } = steps.options;
  return {
    name: `approval (required reviewers)${suffix}`,
    title: "Wait for a reviewer: environment 'production' has required reviewers",
    environment: 'production',
    workspace: 'prod',
    run: () => {
      const version = `${need(staging.name, 'model name')}:${need(staging.version, 'version')}`;
      narrator.note(
        "On GitHub, ml-cd.yml's production job waits here, before any of its steps runs and before the environment's " +
          'secrets are released, until a reviewer of the production environment approves it (Settings → ' +
          'Environments → production: required reviewers, prevent self-review, branch main). The reviewer sees ' +
          "what staging did: the smoke test and the promotion in staging's job summaries.",
      );
      narrator.output('review', `${version}, serving in staging from '${staging.deployment ?? '?'}'`);
      narrator.output('approved by', 'octocat (the demo approves on its own)');
      return Promise.resolve(`${version} approved for production`);
    },
  };
}

/** A client's call to the endpoint, through its scoring URI with its key (listKeys), as with curl. */
function scoreStage(steps: Steps, environment: string, release: Release, suffix: string): Stage {
  const { narrator, emulator, modelRepo } = steps.options;
  return {
    name: `score${suffix}`,
    title: `Score through the ${release.workspace} endpoint (listKeys, then POST as with curl)`,
    environment,
    workspace: release.workspace,
    run: async () => {
      const scoringUri = need(release.scoringUri, 'scoring-uri');
      const key = await endpointKey(
        emulator,
        environment,
        release.workspace,
        need(release.endpoint, 'endpoint-name'),
        narrator.logger,
      );
      const rows = (await readRows(modelRepo, 'validation')).slice(0, 20);
      narrator.note(
        `curl --cacert "$NODE_EXTRA_CA_CERTS" -H "Authorization: Bearer $ENDPOINT_KEY" ` +
          `-H 'Content-Type: application/json' -d '{"data": [ …${rows.length} rows… ]}' ${scoringUri}`,
      );
      const answer = await score(scoringUri, key, { data: rows.map(features) }, emulator.ca);
      const predictions = (answer.body as { predictions?: unknown } | undefined)?.predictions;
      if (answer.status !== 200 || !Array.isArray(predictions) || predictions.length !== rows.length) {
        throw new StageFailure(
          `The scoring call answered HTTP ${answer.status}: ${JSON.stringify(answer.body)}`,
        );
      }
      const correct = predictions.filter((prediction, i) => prediction === rows[i]?.y).length;
      narrator.output('HTTP', `${answer.status} from deployment '${answer.deployment}'`);
      narrator.output('predictions', JSON.stringify(predictions.slice(0, 6)).replace(/]$/, ', …]'));
      narrator.output('correct on these rows', `${correct}/${rows.length}`);
      return `HTTP 200 from '${answer.deployment}', ${correct}/${rows.length} predictions correct`;
    },
  };
}
