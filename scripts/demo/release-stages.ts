/**
 * The stages of one release environment (staging, production), each as that environment's GitHub job: the model
 * handed over from development is registered in the environment's own workspace (with the same gates), deployed
 * blue/green to its online endpoint, and called through the endpoint's scoring URI as a client would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { endpointKey, score } from './score-endpoint.js';
import { need, StageFailure, type Stage, type Steps } from './steps.js';

/** What development hands on: the training job, its metrics and the model's files. */
export interface TrainedModel {
  name: string;
  gates: string;
  jobName?: string;
  metrics?: string;
  devVersion?: string;
  /** The downloaded model folder (the build artifact). */
  artifact?: string;
}

export interface Release {
  modelUri?: string;
  contentHash?: string;
  endpoint?: string;
  scoringUri?: string;
}

/** Register, deploy and score in `environment`; `previous` (staging, for production) holds the files' hash to match. */
export function releaseStages(
  steps: Steps,
  target: { environment: string; workspace: string; job: string },
  model: TrainedModel,
  previous?: { release: Release; environment: string },
): Stage[] & { release: Release } {
  const { environment, workspace, job } = target;
  const { narrator } = steps.options;
  const release: Release = {};
  const stages: Stage[] = [
    {
      name: 'register',
      title: `Register the model in ${workspace} (register-model)`,
      environment,
      workspace,
      run: async () => {
        const result = steps.succeeded(
          await steps.action('register-model', environment, job, {
            'workspace-id': steps.workspaceId(workspace),
            'model-name': model.name,
            'model-path': need(model.artifact, 'model artifact'),
            metrics: need(model.metrics, 'metrics'),
            'min-metrics': model.gates,
            'run-id': need(model.jobName, 'job name'),
            tags: `promoted-from=dev, source-version=${need(model.devVersion, 'dev model version')}`,
          }),
          'register-model',
        );
        release.modelUri = result.outputs['model-uri'] ?? '';
        release.contentHash = result.outputs['content-hash'] ?? '';
        narrator.output('model-uri', release.modelUri);
        const before = previous?.release.contentHash;
        const same =
          previous === undefined || before === undefined
            ? ''
            : release.contentHash === before
              ? ` (the same files as in ${previous.environment})`
              : ` (differs from ${previous.environment}: ${before})`;
        narrator.output('content-hash', `${release.contentHash}${same}`);
        return `${release.modelUri} registered in ${workspace}${same}`;
      },
    },
    {
      name: 'deploy blue/green',
      title: `Deploy blue/green to the online endpoint in ${workspace} (deploy-endpoint)`,
      environment,
      workspace,
      run: async () => {
        const result = steps.succeeded(
          await steps.action('deploy-endpoint', environment, job, {
            'workspace-id': steps.workspaceId(workspace),
            'endpoint-file': 'endpoints/endpoint.yml',
            'deployment-file': 'endpoints/deployment.yml',
            'deployment-name': 'auto',
            model: need(release.modelUri, 'model-uri'),
            traffic: '100',
            timeout: '5m',
          }),
          'deploy-endpoint',
        );
        release.endpoint = result.outputs['endpoint-name'] ?? '';
        release.scoringUri = result.outputs['scoring-uri'] ?? '';
        for (const name of [
          'endpoint-name',
          'deployment-name',
          'previous-deployment',
          'traffic',
          'scoring-uri',
        ]) {
          narrator.output(name, result.outputs[name] ?? '');
        }
        return `${release.endpoint}/${result.outputs['deployment-name'] ?? ''}: traffic ${result.outputs.traffic ?? ''}`;
      },
    },
    {
      name: 'score',
      title: `Score through the ${workspace} endpoint (listKeys, then POST as with curl)`,
      environment,
      workspace,
      run: async () => {
        const { emulator, modelRepo } = steps.options;
        const scoringUri = need(release.scoringUri, 'scoring-uri');
        const key = await endpointKey(
          emulator,
          environment,
          workspace,
          need(release.endpoint, 'endpoint-name'),
          narrator.logger,
        );
        const rows = await validationRows(modelRepo, 20);
        narrator.note(
          `curl --cacert "$NODE_EXTRA_CA_CERTS" -H "Authorization: Bearer $ENDPOINT_KEY" ` +
            `-H 'Content-Type: application/json' -d '{"data": [ …${rows.length} rows… ]}' ${scoringUri}`,
        );
        const answer = await score(
          scoringUri,
          key,
          { data: rows.map(({ y: _label, ...features }) => features) },
          emulator.ca,
        );
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
    },
  ];
  return Object.assign(stages, { release });
}

/** The first `count` rows of the model repository's validation data, numbers as numbers (as a client sends them). */
async function validationRows(modelRepo: string, count: number): Promise<Record<string, string | number>[]> {
  const text = await readFile(path.join(modelRepo, 'data', 'bank-marketing', 'validation.csv'), 'utf8');
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const names = header.split(',');
  return lines
    .slice(0, count)
    .map((line) =>
      Object.fromEntries(
        line
          .split(',')
          .map((value, i) => [
            names[i] ?? '',
            value !== '' && !Number.isNaN(Number(value)) ? Number(value) : value,
          ]),
      ),
    );
}
