/** Fault rules scoped to an online deployment (the scoring side of the platform's fault registry). */
import { describe, expect, it } from '@jest/globals';
import { createFaultRegistry } from '../../../packages/emulator/src/faults/fault-registry.js';
import { parseFaultFlag, parseFaultRule } from '../../../packages/emulator/src/faults/fault-rule.js';

describe('deployment-scoped fault rules', () => {
  it('apply to scoring requests of that deployment only, after the first N when asked', () => {
    const faults = createFaultRegistry();
    faults.add(parseFaultFlag('kind=crash,deployment=ep/green,after=2,count=1'));
    const green = { endpoint: 'ep', deployment: 'green' };
    expect(faults.scoringFault(green)).toBeUndefined();
    expect(faults.scoringFault({ endpoint: 'other', deployment: 'green' })).toBeUndefined();
    expect(faults.scoringFault(green)).toBeUndefined();
    expect(faults.scoringFault(green)?.kind).toBe('crash');
    expect(faults.scoringFault(green)).toBeUndefined();
    expect(faults.forRequest({ method: 'POST', path: '/endpoints/dev/ep/score' })).toBeUndefined();
  });

  it('match a bare deployment name on any endpoint', () => {
    const faults = createFaultRegistry(() => 0);
    faults.add(parseFaultRule({ kind: 'error', deployment: 'Green', probability: 0.1, status: 503 }, 'test'));
    expect(faults.scoringFault({ endpoint: 'ep', deployment: 'green' })).toMatchObject({
      kind: 'error',
      status: 503,
    });
  });

  it.each([
    [{ kind: 'crash' }, "a 'crash' rule needs 'deployment'"],
    [{ kind: 'drop', deployment: 'blue' }, "rules scoped by 'deployment' apply to scoring requests"],
    [
      { kind: 'error', deployment: 'blue', path: '/x' },
      "rules scoped by 'deployment' apply to scoring requests",
    ],
  ])('refuses %j', (rule, message) => {
    expect(() => parseFaultRule(rule, 'test')).toThrow(message);
  });
});
