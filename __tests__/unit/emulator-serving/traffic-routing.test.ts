import { describe, expect, it } from '@jest/globals';
import { planRoute } from '../../../packages/emulator/src/serving/traffic-routing.js';

const sequence = (...values: number[]): (() => number) => {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
};

describe('planRoute', () => {
  const endpoint = { traffic: { blue: 90, green: 10, shadow: 0 }, mirrorTraffic: { shadow: 20 } };
  const deployments = ['blue', 'green', 'shadow'];

  it('sends a request with the deployment header to that deployment, even at 0 %, and never mirrors it', () => {
    expect(planRoute(endpoint, 'SHADOW', deployments, () => 0)).toEqual({
      kind: 'deployment',
      name: 'shadow',
    });
    expect(planRoute(endpoint, 'red', deployments)).toEqual({ kind: 'unknown-deployment', name: 'red' });
  });

  it('draws by the traffic weights', () => {
    expect(planRoute(endpoint, undefined, deployments, sequence(0.89, 0.99))).toEqual({
      kind: 'deployment',
      name: 'blue',
    });
    expect(planRoute(endpoint, undefined, deployments, sequence(0.95, 0.99))).toEqual({
      kind: 'deployment',
      name: 'green',
    });
  });

  it('copies the mirror share of un-targeted requests to the mirror deployment', () => {
    expect(planRoute(endpoint, undefined, deployments, sequence(0.1, 0.19))).toEqual({
      kind: 'deployment',
      name: 'blue',
      mirror: 'shadow',
    });
    expect(planRoute(endpoint, undefined, deployments, sequence(0.1, 0.2))).toEqual({
      kind: 'deployment',
      name: 'blue',
    });
  });

  it('has nowhere to send requests when all weights are 0 or the deployment does not serve', () => {
    expect(planRoute({ traffic: { blue: 0 } }, undefined, deployments)).toEqual({ kind: 'no-traffic' });
    expect(planRoute({}, '', deployments)).toEqual({ kind: 'no-traffic' });
    expect(planRoute({ traffic: { blue: 100 } }, undefined, ['green'])).toEqual({ kind: 'no-traffic' });
  });
});
