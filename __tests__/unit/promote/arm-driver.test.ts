import { describe, expect, it } from '@jest/globals';
import { nullLogger } from '@aml-actions/action-kit';
import type { ArmContext } from '@aml-actions/endpoints';
import { mirrorRequestOf, restoreCommand } from '@aml-actions/rollout';

const ctx = {
  logger: nullLogger,
  workspace: {
    subscriptionId: 'sub-1',
    resourceGroup: 'rg-ml',
    workspace: 'prod',
    id: '/subscriptions/sub-1',
  },
} as unknown as ArmContext;

describe('mirrorRequestOf', () => {
  it('sets exactly the mirror map: one deployment, or off', () => {
    expect(mirrorRequestOf({ green: 20 })).toEqual({ kind: 'set', deployment: 'green', percent: 20 });
    expect(mirrorRequestOf({ green: 0, blue: 10 })).toEqual({ kind: 'set', deployment: 'blue', percent: 10 });
    expect(mirrorRequestOf({})).toEqual({ kind: 'off' });
    expect(mirrorRequestOf({ green: 0 })).toEqual({ kind: 'off' });
  });
});

describe('restoreCommand', () => {
  it('names the endpoint, the workspace and both full maps', () => {
    expect(
      restoreCommand(ctx, 'churn', 'green', { traffic: { blue: 70, red: 30, green: 0 }, mirror: { red: 0 } }),
    ).toBe(
      'az ml online-endpoint update --name churn --subscription sub-1 --resource-group rg-ml --workspace-name prod ' +
        '--traffic "blue=70 red=30 green=0" --mirror-traffic "green=0"',
    );
    expect(
      restoreCommand(ctx, 'churn', 'green', { traffic: { blue: 100 }, mirror: { green: 10 } }),
    ).toContain('--traffic "blue=100" --mirror-traffic "green=10"');
  });
});
