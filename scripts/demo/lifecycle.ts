/**
 * The stages of the model repository's workflows, each as the GitHub job and environment it runs in on a real runner:
 * ml-cd.yml trains and registers in `development` (workspace dev), where the guard keeps development out of prod;
 * releases in `staging` (copy-model from dev, deploy at 0 %, smoke-test, promote); waits for the approval of
 * `production`; releases there (copy-model from staging, deploy at 0 %, smoke-test, promote) and a client scores.
 * Then ml-monitor.yml: shifted production traffic is collected, drift-check finds the drift, the model is retrained
 * and registered as v2, and v2 goes the same way to production, where promote shifts the traffic from v1's
 * deployment step by step (mirrored first): the loop is closed.
 */
import { monitoringStages } from './monitoring-stages.js';
import { releaseCycle } from './release-stages.js';
import { createSteps, need, StageFailure, type LifecycleOptions, type Stage } from './steps.js';
import { development, trainingStages, type TrainedModel } from './training-stages.js';

export function lifecycleStages(options: LifecycleOptions): Stage[] {
  const steps = createSteps(options);
  const { narrator } = options;
  const model: TrainedModel = {
    workspace: development.workspace,
    name: 'bank-marketing',
    gates: 'auc>=0.75, accuracy>=0.8',
  };
  const training = trainingStages(steps, model, {
    names: ['train', 'register with gates'],
    titles: ['Train the model (run-job)', 'Register the model with quality gates (register-model)'],
    job: 'train',
  });

  const guard: Stage = {
    name: 'guard: development ✗ prod',
    title: 'Environment separation: the development identity cannot register in prod',
    environment: development.environment,
    workspace: 'prod',
    run: async () => {
      const result = await steps.action('register-model', development.environment, 'train', {
        'workspace-id': steps.workspaceId('prod'),
        'model-name': model.name,
        'model-uri': need(model.modelOutput, 'model output'),
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

  const first = releaseCycle(steps, model);
  const monitoring = monitoringStages(steps, first.production, model);
  const second = releaseCycle(steps, monitoring.retrained, ' (v2)');
  return [...training, guard, ...first.stages, ...monitoring.stages, ...second.stages];
}
