/** The inputs of run-job, declared once as data (compared with action.yml by the metadata test). */
import {
  defineInputs,
  input,
  readInputs as readSpec,
  type InputSource,
  type InputValues,
  type Logger,
} from '@aml-actions/action-kit';
import { azureInputSpec } from '@aml-actions/azure';

export const spec = defineInputs({
  ...azureInputSpec,
  'job-file': input.string({
    required: true,
    description:
      "Azure ML CLI v2 job YAML (as for 'az ml job create -f'): a command job. Relative paths in it (code, inputs) resolve from the file's folder; local folders are uploaded content-addressed.",
  }),
  set: input.string({
    description:
      "Overrides in the CLI's --set form, one per line (or comma-separated): inputs.epochs=5, compute=azureml:cpu-cluster, environment_variables.SEED=1. Values are read as YAML.",
  }),
  'experiment-name': input.string({
    description: "Experiment of the job; overrides the file's experiment_name.",
  }),
  'display-name': input.string({
    description: "Display name of the job; overrides the file's display_name.",
  }),
  tags: input.map({
    description:
      "Tags added to the job (key=value, comma-separated or one per line), over the file's tags. Lineage tags (git-commit, git-ref, git-repository, github-run-url, …) are always added.",
  }),
  wait: input.boolean({
    default: true,
    description:
      'Wait for the job to finish (status, log lines, outputs, metrics). false: submit and return.',
  }),
  timeout: input.duration({
    default: '6h',
    max: '72h',
    description:
      'How long to wait for the job (90s, 10m, 1h30m). When it runs out, the Azure ML job is cancelled and the step fails.',
  }),
  'stream-logs': input.boolean({
    default: true,
    description: "Print the job's log (user_logs/std_log.txt) as it arrives while waiting.",
  }),
});

export type Inputs = InputValues<typeof spec>;

/** The inputs, parsed once (every bad input reported together). */
export function readInputs(source: InputSource, log: Logger): Inputs {
  return readSpec(spec, source, log);
}

/** The `set` input as overrides: one per line, and a line split before each further `key.path=`. */
export function parseOverrides(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .flatMap((line) => line.split(/,\s*(?=[A-Za-z_$][\w.$-]*\s*=)/))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
