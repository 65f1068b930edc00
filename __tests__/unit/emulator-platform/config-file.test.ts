import { describe, expect, it } from '@jest/globals';
import { parseConfigText } from '../../../packages/emulator/src/state/config-file.js';

describe('config file', () => {
  it('reads YAML with workspaces, identities, timings and fault rules', () => {
    const file = parseConfigText(
      [
        'resourceGroup: rg-demo',
        'provisioningDelayMs: 0',
        'workspaces:',
        '  - name: qa',
        '    location: westeurope',
        'identities:',
        '  - name: qa',
        '    roles: { qa: writer }',
        'faults:',
        '  - kind: throttle',
        '    operationId: OnlineEndpoints_Get',
        '    count: 1',
      ].join('\n'),
      'emu.yaml',
    );
    expect(file).toEqual({
      config: {
        resourceGroup: 'rg-demo',
        provisioningDelayMs: 0,
        workspaces: [{ name: 'qa', location: 'westeurope' }],
        identities: [{ name: 'qa', roles: { qa: 'writer' } }],
      },
      faults: [{ kind: 'throttle', operationId: 'OnlineEndpoints_Get', count: 1 }],
    });
  });

  it('reads JSON, and an empty file as the defaults', () => {
    expect(parseConfigText('{"repository": "me/repo"}', 'emu.json').config).toEqual({
      repository: 'me/repo',
    });
    expect(parseConfigText('', 'emu.yaml')).toEqual({ config: {}, faults: [] });
  });

  it('names file, line and field of each invalid value', () => {
    const text = [
      'workspaces:',
      '  - name: dev',
      '    storageAccount: Not_Valid',
      'identities:',
      '  - name: x',
      '    roles: { dev: owner }',
    ].join('\n');
    expect(() => parseConfigText(text, 'emu.yaml')).toThrow(
      /emu\.yaml:3: workspaces\.0\.storageAccount: .*3-24 lowercase[\s\S]*emu\.yaml:6: identities\.0\.roles\.dev/,
    );
  });

  it('refuses unknown keys (typos) and syntax errors with a position', () => {
    expect(() => parseConfigText('resourceGrup: x', 'emu.yaml')).toThrow(/resourceGrup/);
    expect(() => parseConfigText('{"a": }', 'emu.json')).toThrow(/emu\.json:1:\d+: invalid JSON/);
  });
});
