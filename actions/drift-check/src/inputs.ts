/** The inputs of drift-check, declared once as data (compared with action.yml by the metadata test). */
import {
  defineInputs,
  input,
  readInputs as readSpec,
  type InputSource,
  type InputValues,
  type Logger,
} from '@aml-actions/action-kit';
import { azureInputSpec } from '@aml-actions/azure';

const DATA_FORMS =
  'a CSV (with a header), JSON Lines, JSON (records or pandas "split") or Parquet file, a folder of them, ' +
  'azureml://datastores/<datastore>/paths/<file or folder>, a registered data asset (azureml:<name>:<version>, ' +
  'azureml:<name>@latest, or its azureml://subscriptions/…/workspaces/<ws>/data/<name>/versions/<v> form; uri_file, ' +
  'uri_folder or a simple mltable), or a job output (azureml://jobs/<job>/outputs/<output>[/paths/<path>])';

export const spec = defineInputs({
  ...azureInputSpec,
  baseline: input.string({
    required: true,
    description: `Baseline (reference) data, usually the model's training data: ${DATA_FORMS}.`,
  }),
  production: input.string({
    description: `Production data to compare with the baseline: ${DATA_FORMS}. Instead, give endpoint-name to read what the endpoint's data collector gathered.`,
  }),
  'endpoint-name': input.string({
    description:
      "Read production data from this online endpoint's data collector (modelDataCollector/<endpoint>/<deployment>/<collection>/yyyy/MM/dd/HH/*.jsonl in the workspace's default datastore), for the hours in lookback. Needs the deployment's data_collector to collect the collection.",
  }),
  'deployment-name': input.string({
    description:
      "With endpoint-name: the deployment whose collected data is read. Empty: every deployment's.",
  }),
  collection: input.string({
    default: 'model_inputs',
    pattern: /[A-Za-z0-9_-]+/,
    expected: 'a collection name',
    description:
      'With endpoint-name: the data collector collection to read (model_inputs, model_outputs or a custom one).',
  }),
  lookback: input.duration({
    default: '24h',
    min: '1h',
    max: '90d',
    description:
      'With endpoint-name: how far back from now production data is read (1h, 24h, 7d; at most 90d). Only the hourly folders in this window are listed, and collected lines outside it are left out.',
  }),
  features: input.list({
    description:
      'Columns to compare (comma- or newline-separated). Empty: every column both datasets have, timestamp columns left out.',
  }),
  'categorical-features': input.list({
    description:
      'Features to treat as categorical whatever their values (e.g. integer codes). Others are typed as Azure ML does: text and booleans categorical, decimals numerical, integers categorical when they have fewer than 5 % distinct values.',
  }),
  'numerical-features': input.list({
    description:
      'Features to treat as numerical, e.g. integer columns with few distinct values (age, counts).',
  }),
  metrics: input.map({
    description:
      'Metric per feature type or feature, as key=value: numerical=ks, categorical=chi2, age=psi. Metrics: jensen_shannon_distance (jsd), normalized_wasserstein_distance (nwd, numerical only), population_stability_index (psi), two_sample_kolmogorov_smirnov_test (ks, numerical only), pearsons_chi_squared_test (chi2, categorical only). Default: numerical=nwd, categorical=jsd (Azure ML).',
  }),
  thresholds: input.map({
    description:
      'Thresholds per metric or feature, as key=value: nwd=0.2, jsd=0.15, age=0.3. Distances drift when above their threshold, p-values (ks, chi2) when below it. Defaults: nwd 0.1, jsd 0.1, psi 0.1, ks 0.05, chi2 0.05.',
  }),
  'fail-on-drift': input.boolean({
    default: false,
    description:
      'Fail the step when a feature drifted, naming the drifted features. false: a warning annotation, and the outputs tell later steps (e.g. to start retraining).',
  }),
  'report-file': input.string({
    description:
      'Where to write the JSON report (every feature with its type, metric, value, threshold, data quality). Empty: drift-report.json in the runner temporary folder.',
  }),
});

export type Inputs = InputValues<typeof spec>;

/** The inputs, parsed once (every bad input reported together). */
export function readInputs(source: InputSource, log: Logger): Inputs {
  return readSpec(spec, source, log);
}
