/**
 * Training and registration in `development` (workspace dev), the two steps of train-and-register.yml: run-job trains
 * from jobs/train.yml, register-model registers the job's model output behind the metric gates. The demo runs them
 * at the start (ml-cd.yml's train job) and again after drift (ml-monitor.yml's retrain job).
 */
import { need, type Stage, type Steps } from './steps.js';

/** What a training run hands on; the stages fill it in. */
export interface TrainedModel {
  /** Where it is registered: dev. */
  workspace: string;
  name: string;
  gates: string;
  jobName?: string;
  metrics?: string;
  /** The job's `model` output (azureml:// URI). */
  modelOutput?: string;
  /** The version registered in dev. */
  version?: string;
}

export interface TrainingRun {
  /** Recap names of the two stages. */
  names: [train: string, register: string];
  /** Their headings. */
  titles: [train: string, register: string];
  /** The GitHub job (GITHUB_JOB) of both steps. */
  job: string;
  /** run-job's `set` (CLI --set overrides), computed when the stage runs. */
  set?: () => Promise<string>;
  /** Tags of the registered version. */
  tags?: string;
}

export const development = { environment: 'development', workspace: 'dev' };

export function trainingStages(
  steps: Steps,
  model: TrainedModel,
  run: TrainingRun,
): [train: Stage, register: Stage] {
  const { narrator } = steps.options;
  const azure = { 'workspace-id': steps.workspaceId(development.workspace) };
  const train: Stage = {
    name: run.names[0],
    title: run.titles[0],
    ...development,
    run: async () => {
      const set = run.set === undefined ? '' : await run.set();
      const result = steps.succeeded(
        await steps.action('run-job', development.environment, run.job, {
          ...azure,
          'job-file': 'jobs/train.yml',
          ...(set === '' ? {} : { set }),
          timeout: '5m',
        }),
        'run-job',
      );
      const outputs = JSON.parse(result.outputs.outputs ?? '{}') as Record<string, string | undefined>;
      model.jobName = result.outputs['job-name'];
      model.metrics = result.outputs.metrics;
      model.modelOutput = outputs.model;
      for (const name of ['job-name', 'status', 'metrics']) narrator.output(name, result.outputs[name] ?? '');
      narrator.output('outputs.model', model.modelOutput ?? '');
      return `job ${model.jobName ?? ''} ${result.outputs.status ?? ''}`;
    },
  };
  const register: Stage = {
    name: run.names[1],
    title: run.titles[1],
    ...development,
    run: async () => {
      const result = steps.succeeded(
        await steps.action('register-model', development.environment, run.job, {
          ...azure,
          'model-name': model.name,
          'model-uri': need(model.modelOutput, 'model output'),
          metrics: need(model.metrics, 'metrics'),
          'min-metrics': model.gates,
          'run-id': need(model.jobName, 'job name'),
          ...(run.tags === undefined ? {} : { tags: run.tags }),
        }),
        'register-model',
      );
      model.version = result.outputs['model-version'];
      for (const name of ['model-uri', 'model-id', 'reused'])
        narrator.output(name, result.outputs[name] ?? '');
      return `${result.outputs['model-uri'] ?? ''}, gates ${model.gates} passed`;
    },
  };
  return [train, register];
}
