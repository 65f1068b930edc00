/** commandJob YAML → JobBase, and the CLI's `--set` overrides on top of it. */
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { applySetOverrides, mapCommandJob, parseSpec, type SpecDocument } from '@aml-actions/azureml-spec';
import { specFolder, userError, WS } from './spec-helpers.js';

const FILES = {
  'src/train.py': 'print(1)',
  'data/train.csv': 'a,b\n1,2\n',
  'table/MLTable': 'paths: []',
  'model/MLmodel': 'flavors: {}',
};

function jobDoc(text: string, files: Record<string, string> = FILES): SpecDocument {
  return parseSpec(text, 'job.yml', { expected: 'commandJob', dir: specFolder(files) });
}

function job(text: string, overrides: string[] = []) {
  const doc = jobDoc(text);
  applySetOverrides(doc, overrides);
  return mapCommandJob(doc, { workspace: WS });
}

const BASE = [
  '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json',
  'command: python train.py --epochs ${{inputs.epochs}} --lr ${{inputs.lr}} --out ${{outputs.model}}',
  'code: src',
  'environment: azureml:sklearn-env:2',
  'outputs:',
  '  model:',
  'inputs:',
  '  epochs: 10',
  '  lr: 0.001',
].join('\n');

describe('mapCommandJob', () => {
  it('maps every key', () => {
    const mapped = job(
      [
        BASE.replace(
          '--epochs',
          '--data ${{inputs.data}} --table ${{inputs.table}} --base ${{inputs.base}} --epochs',
        ),
        '  data: {type: uri_file, path: data/train.csv, mode: download}',
        '  table: {type: mltable, path: table}',
        '  base: {type: mlflow_model, path: azureml:churn@latest, description: Base model}',
        '  blob: {type: uri_folder, path: https://acct.blob.core.windows.net/c/p}',
        '  early_stop: true',
        'name: train-123',
        'display_name: Train',
        'experiment_name: churn',
        'description: Trains',
        'tags: {team: ml}',
        'environment_variables: {SEED: 42}',
        'compute: azureml:cpu-cluster',
        'resources: {instance_count: 2, instance_type: STANDARD_NC6, shm_size: 2g}',
        'distribution: {type: pytorch, process_count_per_instance: 4}',
        'limits: {timeout: 5400}',
        'identity: {type: managed, client_id: 00000000-0000-0000-0000-000000000001}',
      ].join('\n'),
    );
    expect(mapped.name).toBe('train-123');
    expect(mapped.pending.map((p) => [p.kind, p.id])).toEqual([
      ['register', 'code'],
      ['upload', 'inputs.data.path'],
      ['upload', 'inputs.table.path'],
      ['label', 'inputs.base.path'],
    ]);
    const body = mapped.finalize({
      code: `${WS.id}/codes/c/versions/1`,
      'inputs.data.path': 'azureml://datastores/workspaceblobstore/paths/u/train.csv',
      'inputs.table.path': 'azureml://datastores/workspaceblobstore/paths/u/table',
      'inputs.base.path': `${WS.id}/models/churn/versions/5`,
    });
    expect(body.properties).toEqual({
      jobType: 'Command',
      description: 'Trains',
      tags: { team: 'ml' },
      displayName: 'Train',
      experimentName: 'churn',
      environmentVariables: { SEED: '42' },
      computeId: `${WS.id}/computes/cpu-cluster`,
      resources: { instanceCount: 2, instanceType: 'STANDARD_NC6', shmSize: '2g' },
      distribution: { distributionType: 'PyTorch', processCountPerInstance: 4 },
      limits: { jobLimitsType: 'Command', timeout: 'PT1H30M' },
      identity: { identityType: 'Managed', clientId: '00000000-0000-0000-0000-000000000001' },
      command: expect.stringContaining('python train.py'),
      codeId: `${WS.id}/codes/c/versions/1`,
      environmentId: `${WS.id}/environments/sklearn-env/versions/2`,
      inputs: {
        epochs: { jobInputType: 'literal', value: '10' },
        lr: { jobInputType: 'literal', value: '0.001' },
        data: {
          jobInputType: 'uri_file',
          uri: 'azureml://datastores/workspaceblobstore/paths/u/train.csv',
          mode: 'Download',
        },
        table: { jobInputType: 'mltable', uri: 'azureml://datastores/workspaceblobstore/paths/u/table' },
        base: {
          jobInputType: 'mlflow_model',
          uri: `${WS.id}/models/churn/versions/5`,
          description: 'Base model',
        },
        blob: { jobInputType: 'uri_folder', uri: 'https://acct.blob.core.windows.net/c/p' },
        early_stop: { jobInputType: 'literal', value: 'True' },
      },
      outputs: { model: { jobOutputType: 'uri_folder' } },
    });
    const code = mapped.pending[0];
    if (code?.kind !== 'register') throw new Error('code not pending');
    expect(code.asset.pending).toMatchObject([{ kind: 'upload', purpose: 'code', isDirectory: true }]);
  });

  it.each([
    [
      'distribution: {type: tensorflow, worker_count: 2, parameter_server_count: 1}',
      { distributionType: 'TensorFlow', workerCount: 2, parameterServerCount: 1 },
    ],
    [
      'distribution: {type: mpi, process_count_per_instance: 2}',
      { distributionType: 'Mpi', processCountPerInstance: 2 },
    ],
  ])('maps %s', (line, distribution) => {
    expect(job(`${BASE}\n${line}`).finalize({ code: 'c' }).properties.distribution).toEqual(distribution);
  });

  it.each([
    ['compute: local', /compute: 'local' runs the job in Docker on your machine through the CLI/],
    ['compute: azureml:bad_name!', /compute: 'azureml:bad_name!' is not a compute reference/],
    [
      'distribution: {type: pytorch, worker_count: 2}',
      /distribution\.worker_count: 'worker_count' does not apply to distribution type pytorch/,
    ],
    [
      'services: {ssh: {type: ssh}}',
      /services: 'services' \(interactive JupyterLab, SSH, TensorBoard\) is not supported by run-job/,
    ],
    ['type: sweep', /type: 'sweep' is not one of command/],
    ['outputs2: {}', /unknown key 'outputs2' in the command job \(did you mean 'outputs'\?\)/],
  ])('refuses %s', (line, message) => {
    expect(userError(() => job(`${BASE}\n${line}`)).message).toMatch(message);
  });

  it('checks the command only uses declared inputs and outputs', () => {
    const error = userError(() =>
      job(BASE.replace('${{inputs.lr}}', '${{inputs.learning_rate}} ${{search_space.x}}')),
    );
    expect(error.message).toBe(
      [
        'job.yml has 2 problems:',
        "  job.yml:2:10: command: the command uses ${{inputs.learning_rate}}, but inputs has no 'learning_rate': declare it under inputs:",
        '  job.yml:2:10: command: ${{search_space.x}} is not a binding of a command job: use ${{inputs.<name>}} or ${{outputs.<name>}}',
      ].join('\n'),
    );
    expect(() =>
      job(BASE.replace('--lr ${{inputs.lr}}', '$[[--wd ${{inputs.wd}}]] --lr ${{inputs.lr}}')),
    ).not.toThrow();
  });

  it('reports local inputs that are missing or of the wrong kind', () => {
    const error = userError(() =>
      job(
        `${BASE}\n  data: {type: uri_file, path: data}\n  gone: {type: uri_folder, path: nowhere}\n  t: {type: mltable, path: data}`,
      ),
    );
    expect(error.message).toMatch(
      /10:32: inputs\.data\.path: 'data' is a folder, but a file is expected here/,
    );
    expect(error.message).toMatch(/11:34: inputs\.gone\.path: the folder 'nowhere' does not exist/);
    expect(error.message).toMatch(/12:28: inputs\.t\.path: the file 'data\/MLTable' does not exist/);
  });

  it('maps the YAML 1.1 values the CLI reads, as Python prints them', () => {
    const body = job(
      `${BASE.replace('--out', '${{inputs.a}} ${{inputs.b}} ${{inputs.c}} ${{inputs.d}} --out')}\n  a: 1.0\n  b: 1e-5\n  c: yes\n  d: 0x10`,
    ).finalize({ code: 'c' });
    expect(
      Object.values(body.properties.inputs ?? {}).map((input) => (input as { value: string }).value),
    ).toEqual(['10', '0.001', '1.0', '1e-05', 'True', '16']);
  });
});

describe('applySetOverrides', () => {
  it('sets values at dotted paths, read as YAML scalars', () => {
    const body = job(BASE, [
      'inputs.epochs=5',
      'inputs.lr=0.01',
      'compute=cpu-cluster',
      'resources.instance_count=2',
      'tags.run=nightly',
      'display_name=Nightly run',
    ]).finalize({ code: 'c' });
    expect(body.properties).toMatchObject({
      inputs: { epochs: { value: '5' }, lr: { value: '0.01' } },
      computeId: `${WS.id}/computes/cpu-cluster`,
      resources: { instanceCount: 2 },
      tags: { run: 'nightly' },
      displayName: 'Nightly run',
    });
  });

  it('replaces a local input path, relative to the YAML folder', () => {
    const dir = specFolder(FILES);
    const text = `${BASE.replace('--out', '--data ${{inputs.data}} --out')}\n  data: {type: uri_folder, path: model}`;
    const doc = parseSpec(text, 'job.yml', { expected: 'commandJob', dir });
    applySetOverrides(doc, ['inputs.data.path=data']);
    expect(mapCommandJob(doc, { workspace: WS }).pending).toMatchObject([
      { id: 'code' },
      { id: 'inputs.data.path', path: path.join(dir, 'data') },
    ]);
  });

  it('reports malformed overrides and paths through values together', () => {
    const error = userError(() => job(BASE, ['epochs', 'command.x=1', 'inputs..x=1', 'tags=[a']));
    expect(error.message).toBe(
      [
        "Input 'set' has bad overrides:",
        "  'epochs' is not an override: write <key path>=<value>, e.g. inputs.epochs=5",
        "  'command.x=1': command is 'python train.py --epochs ${{inputs.epochs}} --lr ${{inputs.lr}} --out ${{outputs.model}}' (a string) at job.yml:2:10, so it has no key 'x'",
        "  'inputs..x=1': 'inputs..x' is not a key path such as inputs.epochs",
        "  the value in 'tags=[a' is not valid YAML (Flow sequence must end with a ]): quote it",
      ].join('\n'),
    );
  });

  it('names an override whose path the job does not know, with a suggestion', () => {
    expect(userError(() => job(BASE, ['inputs.epoch=5'])).message).toBe(
      "job.yml: inputs.epoch: the command does not use this input (did you mean 'epochs'?) (set by set 'inputs.epoch=5')",
    );
    expect(userError(() => job(BASE, ['resources.instance_cout=2'])).message).toBe(
      "job.yml: unknown key 'instance_cout' in resources (did you mean 'instance_count'?); allowed keys: instance_count, instance_type, shm_size, docker_args (set by set 'resources.instance_cout=2')",
    );
  });

  it('resolves relative paths from the folder of the YAML file', () => {
    const dir = specFolder({ 'jobs/job.yml': `${BASE}\n`, 'jobs/src/train.py': '' });
    const doc = parseSpec(`${BASE}\n`, path.join(dir, 'jobs/job.yml'), { expected: 'commandJob' });
    const code = mapCommandJob(doc, { workspace: WS }).pending[0];
    if (code?.kind !== 'register') throw new Error('code not pending');
    expect(code.asset.pending).toMatchObject([{ path: path.join(dir, 'jobs/src') }]);
  });
});
