/** commandJob YAML → JobBase with CommandJob properties (API 2022-10-01). */
import { isMap } from 'yaml';
import { didYouMean } from '@aml-actions/action-kit';
import type { CommandJob, JobBase } from '@azure/arm-machinelearning';
import { commonFields, compact, readOnlyRefusals } from './asset-fields.js';
import { codeValue } from './code.js';
import { environmentValue } from './environment.js';
import { readInputs, readOutputs } from './job-io.js';
import { readCompute, readDistribution, readJobIdentity, readLimits, readResources } from './job-settings.js';
import { finalizable, type Finalizable, type PendingAsset } from './pending.js';
import type { WorkspaceScope } from './references.js';
import type { SpecDocument } from './spec-document.js';
import { openSpec, type SpecReader, type Field, type Fields } from './spec-reader.js';

export type CommandJobBody = JobBase & { properties: CommandJob };

export interface MappedCommandJob extends Finalizable<CommandJobBody> {
  /** The job name the file gives; undefined means the action names the job. */
  readonly name: string | undefined;
  /** The top-level keys the file sets. */
  readonly declared: readonly string[];
}

export interface CommandJobOptions {
  workspace: WorkspaceScope;
}

const JOB_SHAPE = {
  what: 'the command job',
  keys: [
    '$schema',
    'type',
    'name',
    'display_name',
    'description',
    'tags',
    'properties',
    'experiment_name',
    'command',
    'code',
    'environment',
    'environment_variables',
    'inputs',
    'outputs',
    'compute',
    'resources',
    'distribution',
    'limits',
    'identity',
  ],
  required: ['command', 'environment'],
  refused: {
    services: "'services' (interactive JupyterLab, SSH, TensorBoard) is not supported by run-job: remove it",
    queue_settings: "'queue_settings' needs API 2023-04-01 or later: remove it",
    ...readOnlyRefusals(['id', 'status', 'creation_context', 'parameters']),
  },
};

const JOB_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/;
const BINDING = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const OPTIONAL_SECTION = /\$\[\[([\s\S]*?)\]\]/g;

/** Map a command job YAML document (`az ml job create -f`) to the job to PUT (after resolving its pending assets). */
export function mapCommandJob(doc: SpecDocument, options: CommandJobOptions): MappedCommandJob {
  const { reader, fields } = openSpec(doc, 'commandJob', JOB_SHAPE);
  if (fields === undefined) return reader.finish<MappedCommandJob>(undefined);
  const typeField = fields.get('type');
  reader.choice(typeField, { command: 'command' } as const);
  const name = jobName(reader, fields.get('name'));
  const command = reader.string(fields.get('command'), 'the command to run');
  const pending: PendingAsset[] = [];
  const code = codeValue(reader, fields.get('code'), 'file or folder', options.workspace, pending);
  const environment = environmentValue(reader, fields.get('environment'), options.workspace, pending);
  const inputs = readInputs(reader, fields.get('inputs'), options.workspace, pending);
  const outputs = readOutputs(reader, fields.get('outputs'));
  const commandField = fields.get('command');
  if (commandField !== undefined && command !== undefined)
    checkBindings(reader, commandField, command, fields);
  const settings = compact({
    ...commonFields(reader, fields),
    displayName: reader.string(fields.get('display_name')),
    experimentName: reader.string(fields.get('experiment_name')),
    environmentVariables: reader.stringMap(fields.get('environment_variables')),
    computeId: readCompute(reader, fields.get('compute'), options.workspace),
    resources: readResources(reader, fields.get('resources')),
    distribution: readDistribution(reader, fields.get('distribution')),
    limits: readLimits(reader, fields.get('limits')),
    identity: readJobIdentity(reader, fields.get('identity')),
  });
  if (command === undefined || environment === undefined) return reader.finish<MappedCommandJob>(undefined);
  return reader.finish({
    name,
    declared: [...fields.keys()],
    ...finalizable<CommandJobBody>(pending, (value) => ({
      properties: compact({
        jobType: 'Command' as const,
        ...settings,
        command,
        codeId: code === undefined ? undefined : value(code),
        environmentId: value(environment),
        inputs: inputs(value),
        outputs,
      }),
    })),
  });
}

function jobName(reader: SpecReader, field: Field | undefined): string | undefined {
  const name = reader.string(field, 'a job name');
  if (field === undefined || name === undefined) return undefined;
  if (!JOB_NAME.test(name)) {
    reader.report(field, `'${name}' is not a valid job name: letters, digits, '-' and '_', at most 255`);
    return;
  }
  return name;
}

/**
 * `${{inputs.x}}` and `${{outputs.y}}` in the command must name declared inputs and outputs (except inside optional
 * `$[[...]]` sections); an input an override added must be used by the command (else the override path is a typo).
 */
function checkBindings(reader: SpecReader, field: Field, command: string, fields: Fields): void {
  const entries = (key: string): Field[] => {
    const group = fields.get(key);
    return group !== undefined && isMap(group.node) ? reader.entries(group, 'a mapping') : [];
  };
  const inputs = entries('inputs');
  const declared = {
    inputs: inputs.map((entry) => entry.key),
    outputs: entries('outputs').map((entry) => entry.key),
  };
  const required = command.replace(OPTIONAL_SECTION, '');
  const used = new Set<string>();
  for (const [binding, expression = ''] of command.matchAll(BINDING)) {
    const match = /^(inputs|outputs)\.([A-Za-z0-9_]+)$/.exec(expression);
    const group = match?.[1] === 'outputs' ? 'outputs' : 'inputs';
    const name = match?.[2] ?? '';
    if (match === null) {
      reader.report(
        field,
        `${binding} is not a binding of a command job: use \${{inputs.<name>}} or \${{outputs.<name>}}`,
      );
      continue;
    }
    used.add(`${group}.${name}`);
    if (!declared[group].includes(name) && required.includes(binding)) {
      const hint = didYouMean(name, declared[group]);
      reader.report(
        field,
        `the command uses ${binding}, but ${group} has no '${name}'${hint === '' ? '' : ` (${hint})`}: declare it under ${group}:`,
      );
    }
  }
  for (const entry of inputs) {
    const origin = entry.node === null ? undefined : reader.doc.origins.get(entry.node);
    if (origin?.created === true && !used.has(`inputs.${entry.key}`)) {
      const hint = didYouMean(
        entry.key,
        declared.inputs.filter((name) => name !== entry.key),
      );
      reader.report(entry, `the command does not use this input${hint === '' ? '' : ` (${hint})`}`);
    }
  }
}
