/** Every kind of mistake in a spec file: one UserError, positioned at the file, line and column of the offence. */
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  loadSpecFile,
  mapModel,
  mapOnlineDeployment,
  mapOnlineEndpoint,
  parseSpec,
  type SpecKind,
} from '@aml-actions/azureml-spec';
import { specFolder, userError, WS } from './spec-helpers.js';

const SCHEMA = 'https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json';

function deploy(text: string, dir = specFolder({ 'src/score.py': '' })) {
  return userError(() =>
    mapOnlineDeployment(parseSpec(text, 'deploy.yml', { expected: 'managedOnlineDeployment', dir }), {
      workspace: WS,
      location: 'westeurope',
    }),
  );
}

const VALID = [
  `$schema: ${SCHEMA}`,
  'name: blue',
  'endpoint_name: my-endpoint',
  'model: azureml:churn:3',
  'environment: azureml:sklearn-env:1',
  'code_configuration:',
  '  code: src',
  '  scoring_script: score.py',
  'instance_type: Standard_DS3_v2',
];

describe('spec errors', () => {
  it('annotates invalid YAML at the line and column the parser reports', () => {
    const error = deploy('name: blue\nendpoint_name: [a\ninstance_type: x\n');
    expect(error.message).toBe(
      'deploy.yml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    expect(error.annotation).toMatchObject({ file: 'deploy.yml', line: 3, column: 1 });
  });

  it('reports a duplicate key as invalid YAML', () => {
    expect(deploy('name: blue\nname: green\n').message).toBe(
      'deploy.yml:2:1: invalid YAML: Map keys must be unique',
    );
  });

  it('names an unknown key with a suggestion and the allowed keys, at the key', () => {
    const error = deploy([...VALID, 'instance_cout: 2'].join('\n'));
    expect(error.message).toMatch(
      /^deploy\.yml:10:1: unknown key 'instance_cout' in the deployment \(did you mean 'instance_count'\?\); allowed keys: \$schema, name, endpoint_name, type,/,
    );
    expect(error.annotation).toMatchObject({ line: 10, column: 1, endLine: 10, endColumn: 14 });
  });

  it('names a nested unknown key with its path', () => {
    const error = deploy([...VALID, 'request_settings:', '  request_timeout: 3000'].join('\n'));
    expect(error.message).toMatch(
      /deploy\.yml:11:3: unknown key 'request_timeout' in request_settings \(did you mean 'request_timeout_ms'\?\); allowed keys: request_timeout_ms, max_concurrent_requests_per_instance, max_queue_wait_ms$/,
    );
  });

  it('names a wrong type with the key path, the value and the expected type, at the value', () => {
    const error = deploy([...VALID, 'instance_count: two'].join('\n'));
    expect(error.message).toBe(
      "deploy.yml:10:17: instance_count: expected an integer of at least 1, got 'two' (a string)",
    );
    expect(error.annotation).toMatchObject({ line: 10, column: 17, endColumn: 20 });
    expect(deploy([...VALID, 'request_settings:', '  request_timeout_ms: fast'].join('\n')).message).toBe(
      "deploy.yml:11:23: request_settings.request_timeout_ms: expected an integer (milliseconds) from 1 to 180000, got 'fast' (a string)",
    );
    expect(deploy([...VALID, 'environment_variables: [A, B]'].join('\n')).message).toMatch(
      /10:24: environment_variables: expected a mapping of names to values, got a list/,
    );
  });

  it('names a missing referenced file at its value, as not-found', () => {
    const dir = specFolder({});
    const error = deploy(VALID.join('\n'), dir);
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(
      `deploy.yml:7:9: code_configuration.code: the folder 'src' does not exist (looked for ${path.join(dir, 'src')}; ` +
        'relative paths start at the folder of deploy.yml): fix the path or add the folder',
    );
  });

  it('checks the scoring script exists in the code folder', () => {
    const error = deploy(VALID.join('\n'), specFolder({ 'src/other.py': '' }));
    expect(error.message).toMatch(
      /^deploy\.yml:8:19: code_configuration\.scoring_script: the file '.*score\.py' does not exist/,
    );
  });

  it('lists every problem in one message with the first one annotated', () => {
    const error = deploy(
      [
        ...VALID.filter((line) => !line.startsWith('instance_type')),
        'instance_count: 0',
        'app_insights_enabled: maybe',
      ].join('\n'),
    );
    expect(error.message).toBe(
      [
        'deploy.yml has 3 problems:',
        "  deploy.yml:1:1: the deployment needs the key 'instance_type'",
        '  deploy.yml:9:17: instance_count: expected an integer of at least 1, got 0',
        "  deploy.yml:10:23: app_insights_enabled: expected true or false, got 'maybe' (a string)",
      ].join('\n'),
    );
    expect(error.annotation).toMatchObject({ line: 1, column: 1 });
  });

  it('names the input in the message when the caller gives it', () => {
    const file = path.join(specFolder({ 'endpoint.yml': 'name: 1-bad\n' }), 'endpoint.yml');
    const error = userError(() =>
      mapOnlineEndpoint(loadSpecFile(file, 'managedOnlineEndpoint', 'endpoint-file'), {
        location: 'westeurope',
      }),
    );
    expect(error.message).toBe(
      `Input 'endpoint-file': ${file}:1:7: name: '1-bad' is not a valid endpoint name: use 3-32 letters, digits and hyphens, starting with a letter and not ending with a hyphen`,
    );
  });

  it.each<[string, SpecKind, RegExp]>([
    [
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ep\n',
      'managedOnlineDeployment',
      /^deploy\.yml:1:10: this is a managedOnlineEndpoint spec, but managedOnlineDeployment is expected here$/,
    ],
    [
      '$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineDeployment.schema.json\nname: blue\n',
      'managedOnlineDeployment',
      /^deploy\.yml:1:10: Kubernetes online deployments are not supported: these actions deploy managed online deployments only/,
    ],
    [
      'name: blue\ntype: kubernetes\n',
      'managedOnlineDeployment',
      /^deploy\.yml:2:7: Kubernetes online deployments are not supported/,
    ],
    [
      '$schema: https://azuremlschemas.azureedge.net/latest/batchDeployment.schema.json\n',
      'managedOnlineDeployment',
      /^deploy\.yml:1:10: \$schema 'https:\/\/azuremlschemas\.azureedge\.net\/latest\/batchDeployment\.schema\.json' names a kind these actions do not read; supported: /,
    ],
    ['type: pipeline\njobs: {}\n', 'commandJob', /^deploy\.yml:1:7: pipeline jobs are not supported/],
  ])('refuses a file of the wrong kind: %s', (text, expected, message) => {
    expect(userError(() => parseSpec(text, 'deploy.yml', { expected })).message).toMatch(message);
  });

  it('refuses keys the CLI knows but these actions do not support, saying why', () => {
    const dir = specFolder({ 'model.pkl': 'x' });
    const text = 'name: churn\npath: model.pkl\nstage: Production\n';
    expect(userError(() => mapModel(parseSpec(text, 'model.yml', { expected: 'model', dir }))).message).toBe(
      "model.yml:3:1: stage: 'stage' needs API 2023-04-01 or later and these actions register models with 2022-10-01: remove it (a tag can carry the stage)",
    );
  });

  it('refuses a file that does not exist, naming the input', () => {
    const error = userError(() => loadSpecFile('no/such/model.yml', 'model', 'spec-file'));
    expect(error.kind).toBe('not-found');
    expect(error.message).toMatch(
      /^Input 'spec-file' names the file 'no\/such\/model\.yml', which cannot be read \(ENOENT\)/,
    );
  });

  it('refuses a file that is not a mapping', () => {
    expect(userError(() => parseSpec('- a\n- b\n', 'x.yml')).message).toBe(
      'x.yml:1:1: expected a YAML mapping of keys (such as `$schema:` and `name:`), got a list',
    );
    expect(userError(() => parseSpec('', 'x.yml')).message).toMatch(/got an empty file/);
  });
});
