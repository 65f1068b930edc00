import { describe, expect, it } from '@jest/globals';
import { chooseBlueGreen, type ExistingDeployment, type TrafficMap } from '@aml-actions/endpoints';

const blue: ExistingDeployment = { name: 'blue', lastModifiedAt: '2026-01-02T00:00:00Z' };
const green: ExistingDeployment = { name: 'green', lastModifiedAt: '2026-01-01T00:00:00Z' };

describe('chooseBlueGreen', () => {
  it.each<[string, TrafficMap, ExistingDeployment[], string, string]>([
    ['a new endpoint', {}, [], 'blue', 'neither blue nor green exists yet'],
    ['blue serving', { blue: 100 }, [blue], 'green', 'blue serves 100% of live traffic'],
    ['green serving', { blue: 0, green: 100 }, [blue, green], 'blue', 'green serves 100% of live traffic'],
    [
      'case-insensitive names',
      { Blue: 100 },
      [{ name: 'Blue' }],
      'green',
      'blue serves 100% of live traffic',
    ],
    ['blue at 0 %, green missing', { blue: 0 }, [blue], 'green', 'green does not exist yet'],
    ['green at 0 %, blue missing', {}, [green], 'blue', 'neither blue nor green exists yet'],
    ['both idle: the older', { blue: 0, green: 0 }, [blue, green], 'green', 'changed least recently'],
    [
      'another deployment serves',
      { main: 100 },
      [{ name: 'main' }, blue, green],
      'green',
      'changed least recently',
    ],
  ])('%s → %s', (_case, traffic, deployments, name, reason) => {
    const choice = chooseBlueGreen('churn', traffic, deployments);
    expect(choice.name).toBe(name);
    expect(choice.reason).toContain(reason);
  });

  it('alternates when each run takes all traffic', () => {
    const names: string[] = [];
    let traffic: TrafficMap = {};
    const existing: ExistingDeployment[] = [];
    for (let run = 0; run < 4; run++) {
      const { name } = chooseBlueGreen('churn', traffic, existing);
      names.push(name);
      if (!existing.some((d) => d.name === name)) existing.push({ name });
      traffic = Object.fromEntries(existing.map((d) => [d.name, d.name === name ? 100 : 0]));
    }
    expect(names).toEqual(['blue', 'green', 'blue', 'green']);
  });

  it('refuses when both serve live traffic', () => {
    expect(() => chooseBlueGreen('churn', { blue: 50, green: 50 }, [blue, green])).toThrow(
      "both blue and green serve live traffic on endpoint 'churn' (blue=50, green=50)",
    );
  });
});
