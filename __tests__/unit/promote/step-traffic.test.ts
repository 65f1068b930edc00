import { describe, expect, it } from '@jest/globals';
import { formatMaps, parseSteps, planRollout, showsMaps } from '@aml-actions/rollout';

const targets = (plan: ReturnType<typeof planRollout>) => plan.steps.map((s) => formatMaps(s.target));

describe('planRollout: the full maps of every step', () => {
  it('mirrors first, then shifts live traffic with the others scaled from the original weights', () => {
    const plan = planRollout(
      { traffic: { blue: 100, green: 0 }, mirror: {} },
      'green',
      parseSteps('mirror:20,10,50,100'),
    );
    expect(targets(plan)).toEqual([
      'blue=100, green=0 (mirror green=20)',
      'blue=90, green=10',
      'blue=50, green=50',
      'blue=0, green=100',
    ]);
    expect(plan.steps.map((s) => s.index)).toEqual([1, 2, 3, 4]);
    expect(plan.notes).toEqual([]);
  });

  it('shares the rest proportionally among several deployments, always adding up to 100', () => {
    const plan = planRollout(
      { traffic: { blue: 60, red: 40 }, mirror: {} },
      'green',
      parseSteps('10,33,100'),
    );
    expect(plan.steps.map((s) => s.target.traffic)).toEqual([
      { blue: 54, red: 36, green: 10 },
      { blue: 40, red: 27, green: 33 },
      { blue: 0, red: 0, green: 100 },
    ]);
    for (const step of plan.steps) {
      expect(Object.values(step.target.traffic).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('keeps a mirror to another deployment in live steps and pauses it in the mirror phase', () => {
    const plan = planRollout(
      { traffic: { blue: 100, green: 0, shadow: 0 }, mirror: { shadow: 10 } },
      'green',
      parseSteps('mirror:20,50,100'),
    );
    expect(plan.steps.map((s) => s.target.mirror)).toEqual([{ green: 20 }, { shadow: 10 }, { shadow: 10 }]);
    expect(plan.notes.join('\n')).toContain('that mirror pauses during the mirror phase');
  });

  it('ends a mirror to the promoted deployment with its first live step', () => {
    const plan = planRollout(
      { traffic: { blue: 100 }, mirror: { green: 20 } },
      'green',
      parseSteps('10,100'),
    );
    expect(plan.steps.map((s) => s.target.mirror)).toEqual([{}, {}]);
  });

  it('resumes: skips the mirror phase and the steps at or below the share the deployment has', () => {
    const plan = planRollout(
      { traffic: { blue: 90, green: 10 }, mirror: {} },
      'GREEN',
      parseSteps('mirror:20,10,50,100'),
    );
    expect(targets(plan)).toEqual(['blue=50, green=50', 'blue=0, green=100']);
    expect(plan.notes).toEqual(["'GREEN' already has 10% of live traffic: skipping mirror 20%, 10%."]);
  });

  it('goes to 100 in one step when no deployment has live traffic (Azure needs 0 or 100)', () => {
    const plan = planRollout(
      { traffic: { blue: 0, green: 0 }, mirror: {} },
      'green',
      parseSteps('mirror:20,10,100'),
    );
    expect(targets(plan)).toEqual(['blue=0, green=100']);
    expect(plan.notes[0]).toContain('No deployment has live traffic');
  });

  it('compares maps with missing entries as 0 and names case-insensitively', () => {
    expect(
      showsMaps(
        { traffic: { Blue: 100, green: 0 }, mirror: {} },
        { traffic: { blue: 100 }, mirror: { green: 0 } },
      ),
    ).toBe(true);
    expect(
      showsMaps({ traffic: { blue: 100 }, mirror: { green: 10 } }, { traffic: { blue: 100 }, mirror: {} }),
    ).toBe(false);
  });
});
