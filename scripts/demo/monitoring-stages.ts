/**
 * The monitoring loop (ml-monitor.yml): production traffic after a change in the market reaches the prod endpoint,
 * whose data collector keeps the rows scored (modelDataCollector/… in the prod workspace's blob store); drift-check
 * compares them with the training data and finds the drift; the model is retrained on the latest labelled data and
 * registered as a new version in dev, which then goes the way of the first one to production: the loop closes.
 */
import path from 'node:path';
import { MARKET_SHIFT, shiftedTraffic, writeShiftedTrainingData } from './bank-data.js';
import type { Release } from './release-stages.js';
import { endpointKey, score } from './score-endpoint.js';
import { need, StageFailure, type Stage, type Steps } from './steps.js';
import { trainingStages, type TrainedModel } from './training-stages.js';

const REQUESTS = 30;
const ROWS_PER_REQUEST = 50;

export function monitoringStages(
  steps: Steps,
  production: Release,
  first: TrainedModel,
): { stages: Stage[]; retrained: TrainedModel } {
  const { narrator, emulator, modelRepo, runDir } = steps.options;
  const environment = 'production';
  const workspace = production.workspace;

  const traffic: Stage = {
    name: 'shifted traffic, collected',
    title: 'Production traffic after a change in the market, collected by the deployment (data_collector)',
    environment,
    workspace,
    run: async () => {
      const endpoint = need(production.endpoint, 'endpoint-name');
      const scoringUri = need(production.scoringUri, 'scoring-uri');
      narrator.note(
        `The market changes: ${Object.values(MARKET_SHIFT).join(', ')}. Clients keep calling the endpoint; ` +
          `score.py's Collector keeps each request's rows as model_inputs (and the answers as model_outputs) in ` +
          `modelDataCollector/${endpoint}/<deployment>/model_inputs/yyyy/MM/dd/HH/*.jsonl of the prod workspace.`,
      );
      const key = await endpointKey(emulator, environment, workspace, endpoint, narrator.logger);
      const rows = await shiftedTraffic(modelRepo, REQUESTS * ROWS_PER_REQUEST);
      const servedBy: Record<string, number> = {};
      for (let i = 0; i < REQUESTS; i++) {
        const batch = rows.slice(i * ROWS_PER_REQUEST, (i + 1) * ROWS_PER_REQUEST);
        const answer = await score(scoringUri, key, { data: batch }, emulator.ca);
        if (answer.status !== 200) {
          throw new StageFailure(
            `Scoring call ${i + 1} answered HTTP ${answer.status}: ${JSON.stringify(answer.body)}`,
          );
        }
        servedBy[answer.deployment] = (servedBy[answer.deployment] ?? 0) + 1;
      }
      narrator.output('requests', `${REQUESTS} × ${ROWS_PER_REQUEST} rows, all HTTP 200`);
      narrator.output('served by', JSON.stringify(servedBy));
      return `${REQUESTS * ROWS_PER_REQUEST} shifted rows scored and collected`;
    },
  };

  const drift: Stage = {
    name: 'drift-check → drift',
    title: 'Compare the collected production data with the training data (drift-check)',
    environment,
    workspace,
    run: async () => {
      const result = steps.succeeded(
        await steps.action('drift-check', environment, 'monitor', {
          'workspace-id': steps.workspaceId(workspace),
          baseline: 'data/bank-marketing/train.csv',
          'endpoint-name': need(production.endpoint, 'endpoint-name'),
          collection: 'model_inputs',
          lookback: '1h',
          'numerical-features': 'age',
        }),
        'drift-check',
      );
      for (const name of ['drift-detected', 'drifted-features', 'drift-share', 'report-file']) {
        narrator.output(name, result.outputs[name] ?? '');
      }
      const drifted = result.outputs['drifted-features'] ?? '';
      if (result.outputs['drift-detected'] !== 'true') {
        throw new StageFailure(
          `drift-check found no drift, but the market changed (${Object.keys(MARKET_SHIFT).join(', ')}).`,
        );
      }
      narrator.note(
        "On GitHub, ml-monitor.yml's retrain job runs now: `if: needs.drift.outputs.drift-detected == 'true'`.",
      );
      return `drift in ${drifted} (share ${result.outputs['drift-share'] ?? ''})`;
    },
  };

  const retrained: TrainedModel = { ...first, jobName: undefined, metrics: undefined, version: undefined };
  const [retrain, register] = trainingStages(steps, retrained, {
    names: ['retrain on the latest data', 'register the new version'],
    titles: [
      'Retrain on the latest labelled data, since the data drifted (run-job)',
      'Register the retrained model as a new version, behind the same gates (register-model)',
    ],
    job: 'retrain',
    tags: 'retrained-on=drift',
    set: async () => {
      const folder = path.join(runDir, 'latest-labelled-data');
      const count = await writeShiftedTrainingData(modelRepo, folder);
      narrator.note(
        `The latest labelled data (${count} rows, after the change) in ${path.relative(process.cwd(), folder)}; ` +
          'in a workflow: set: inputs.training_data.path=azureml:<your data asset>@latest.',
      );
      return `inputs.training_data.path=${folder}`;
    },
  });
  const closeLoop: Stage = {
    ...register,
    run: async () => {
      const line = await register.run();
      if (retrained.version === first.version) {
        throw new StageFailure(
          `The retrained model was registered as the version already there (${first.name}:${retrained.version ?? '?'}).`,
        );
      }
      narrator.note(
        `${first.name}:${need(retrained.version, 'version')} is in dev next to :${need(first.version, 'version')}, ` +
          'which production serves. The release jobs take it from here: staging, then, once approved, production.',
      );
      return line;
    },
  };
  return { stages: [traffic, drift, retrain, closeLoop], retrained };
}
