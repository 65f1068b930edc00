import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { describeStep, parseSteps } from '@aml-actions/rollout';

describe('parseSteps', () => {
  it.each([
    [
      'mirror:20,10,50,100',
      [
        { kind: 'mirror', percent: 20 },
        { kind: 'live', percent: 10 },
        { kind: 'live', percent: 50 },
        { kind: 'live', percent: 100 },
      ],
    ],
    [
      '10, 50, 100',
      [
        { kind: 'live', percent: 10 },
        { kind: 'live', percent: 50 },
        { kind: 'live', percent: 100 },
      ],
    ],
    ['100', [{ kind: 'live', percent: 100 }]],
    [
      'MIRROR: 50%\n25%\n100%',
      [
        { kind: 'mirror', percent: 50 },
        { kind: 'live', percent: 25 },
        { kind: 'live', percent: 100 },
      ],
    ],
  ])('reads %j', (text, steps) => {
    expect(parseSteps(text)).toEqual(steps);
  });

  it.each([
    ['', "Input 'steps' is empty"],
    ['10,50', "Input 'steps' ends at 50 %, not 100"],
    ['50,10,100', 'each must be larger than the one before (10 follows 50)'],
    ['10,10,100', '(10 follows 10)'],
    [
      'mirror:60,100',
      "whose percentage '60' is not a whole number from 1 to 50 (Azure ML mirrors at most 50 %)",
    ],
    ['mirror:0,100', "whose percentage '0' is not a whole number from 1 to 50"],
    ['10,mirror:20,100', "has 'mirror:20' as step 2: the mirror phase must come first"],
    ['mirror:20', 'has only a mirror phase'],
    ['0,100', "whose percentage '0' is not a whole number from 1 to 100"],
    ['10,abc,100', "the step 'abc', whose percentage 'abc' is not a whole number"],
    ['10.5,100', "percentage '10.5'"],
    ['canary:10,100', "the only prefix a step may have is 'mirror:'"],
    ['10,150', "percentage '150' is not a whole number from 1 to 100"],
  ])('refuses %j with one clear error', (text, message) => {
    let thrown: unknown;
    try {
      parseSteps(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).kind).toBe('input');
    expect((thrown as UserError).message).toContain(message);
    expect((thrown as UserError).message).toContain("Input 'steps'");
  });

  it('describes steps', () => {
    expect(describeStep({ kind: 'mirror', percent: 20 })).toBe('mirror 20%');
    expect(describeStep({ kind: 'live', percent: 10 })).toBe('10%');
  });
});
