/**
 * The stages of the model repository's main job, each as the GitHub job and environment it runs in on a real runner:
 * training and registration in `development` (workspace dev), the guard that keeps development out of prod, the
 * model's hand-off, then registration, blue/green deployment and a scoring call in `staging` and in `production`.
 */
import path from 'node:path';
import { downloadModel } from './model-artifact.js';
import { releaseStages, type TrainedModel } from './release-stages.js';
import { createSteps, need, StageFailure, type LifecycleOptions, type Stage } from './steps.js';

export function lifecycleStages(options: LifecycleOptions): Stage[] {
  const steps = createSteps(options);
  const { narrator, emulator } = options;
  const model: TrainedModel = { name: 'bank-marketing', gates: 'auc>=0.75, accuracy>=0.8' };
  let modelOutput: string | undefined;
  const development = { environment: 'development', workspace: 'dev' };

  const train: Stage = {
    name: 'train',
    title: 'Train the model (run-job)',
    ...development,
    run: async () => {
      const result = steps.succeeded(
        await steps.action('run-job', 'development', 'train', {
          'workspace-id': steps.workspaceId('dev'),
          'job-file': 'jobs/train.yml',
          timeout: '5m',
        }),
        'run-job',
      );
      const outputs = JSON.parse(result.outputs.outputs ?? '{}') as Record<string, string | undefined>;
      model.jobName = result.outputs['job-name'];
      model.metrics = result.outputs.metrics;
      modelOutput = outputs.model;
      for (const name of ['job-name', 'status', 'metrics']) narrator.output(name, result.outputs[name] ?? '');
      narrator.output('outputs.model', modelOutput ?? '');
      return `job ${model.jobName ?? ''} ${result.outputs.status ?? ''}`;
    },
  };

  const register: Stage = {
    name: 'register with gates',
    title: 'Register the model with quality gates (register-model)',
    ...development,
    run: async () => {
      const result = steps.succeeded(
        await steps.action('register-model', 'development', 'train', {
          'workspace-id': steps.workspaceId('dev'),
          'model-name': model.name,
          'model-uri': need(modelOutput, 'model output'),
          metrics: need(model.metrics, 'metrics'),
          'min-metrics': model.gates,
          'run-id': need(model.jobName, 'job name'),
        }),
        'register-model',
      );
      model.devVersion = result.outputs['model-version'];
      for (const name of ['model-uri', 'model-id']) narrator.output(name, result.outputs[name] ?? '');
      return `${result.outputs['model-uri'] ?? ''}, gates ${model.gates} passed`;
    },
  };

  const guard: Stage = {
    name: 'guard: development ✗ prod',
    title: 'Environment separation: the development identity cannot register in prod',
    environment: 'development',
    workspace: 'prod',
    run: async () => {
      const result = await steps.action('register-model', 'development', 'train', {
        'workspace-id': steps.workspaceId('prod'),
        'model-name': model.name,
        'model-uri': need(modelOutput, 'model output'),
      });
      const refusal = result.errors
        .map((error) => /HTTP 403 AuthorizationFailed: .*? or the scope is invalid\./.exec(error)?.[0])
        .find((line) => line !== undefined);
      if (result.exitCode === 0 || refusal === undefined) {
        throw new StageFailure(
          `register-model as 'development' on workspace prod should have been refused with 403, but it ${
            result.exitCode === 0 ? 'succeeded' : `failed otherwise: ${result.errors[0] ?? '?'}`
          }.`,
        );
      }
      narrator.output('refused, as it should be', refusal);
      return 'refused: HTTP 403 AuthorizationFailed';
    },
  };

  const handOff: Stage = {
    name: 'hand-off (artifact)',
    title: 'Hand the model over: download it from dev as a build artifact',
    ...development,
    run: async () => {
      const version = need(model.devVersion, 'dev model version');
      narrator.note(
        `The promote action does not exist yet: like 'az ml model download' + actions/upload-artifact in a workflow, ` +
          `the files of ${model.name}:${version} become an artifact that each next environment registers in its own ` +
          'workspace (a deployment only uses models of its own workspace).',
      );
      const artifact = await downloadModel(
        emulator,
        { ...development, name: model.name, version },
        path.join(options.runDir, 'artifacts', model.name),
        narrator.logger,
      );
      model.artifact = artifact.folder;
      narrator.output(
        'artifact',
        `${path.relative(process.cwd(), artifact.folder)} (${artifact.files.join(', ')})`,
      );
      return `${artifact.files.length} files of ${model.name}:${version}`;
    },
  };

  const staging = releaseStages(
    steps,
    { environment: 'staging', workspace: 'staging', job: 'deploy-staging' },
    model,
  );
  const production = releaseStages(
    steps,
    { environment: 'production', workspace: 'prod', job: 'deploy-production' },
    model,
    { release: staging.release, environment: 'staging' },
  );
  return [train, register, guard, handOff, ...staging, ...production];
}
