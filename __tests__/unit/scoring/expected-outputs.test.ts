import { describe, expect, it } from '@jest/globals';
import { compareExpected, numbersMatch } from '@aml-actions/scoring';

describe('compareExpected', () => {
  it('accepts numbers within the tolerance, relative above 1 and absolute below', () => {
    expect(numbersMatch(0.30000000000000004, 0.3, 1e-6)).toBe(true);
    expect(numbersMatch(1000.0005, 1000, 1e-6)).toBe(true);
    expect(numbersMatch(1000.002, 1000, 1e-6)).toBe(false);
    expect(numbersMatch(1e-7, 0, 1e-6)).toBe(true);
    expect(numbersMatch(1, 0.9, 0)).toBe(false);
  });

  it('matches nested structures', () => {
    const expected = { predictions: [0.3, 9], labels: ['a', 'b'], meta: { ok: true, note: null } };
    const actual = { predictions: [0.1 + 0.2, 9], labels: ['a', 'b'], meta: { ok: true, note: null } };
    expect(compareExpected(actual, expected, 1e-6)).toBeUndefined();
  });

  it.each<[unknown, unknown, string]>([
    [
      { predictions: [1, 4] },
      { predictions: [1, 3] },
      '$.predictions[1]: expected 3, got 4 (tolerance 0.000001)',
    ],
    [{ predictions: [1] }, { predictions: [1, 2] }, '$.predictions: expected 2 item(s), got 1'],
    [{ p: 1 }, { predictions: [1] }, "$: the response has no key 'predictions'"],
    [{ p: 1, q: 2 }, { p: 1 }, "$: the response has an unexpected key 'q'"],
    [[1], { p: 1 }, '$: expected an object, got [1]'],
    [{ p: 'x' }, { p: [1] }, '$.p: expected an array, got "x"'],
    [{ label: 'cat' }, { label: 'dog' }, '$.label: expected "dog", got "cat"'],
    [{ n: '1' }, { n: 1 }, '$.n: expected 1, got "1"'],
  ])('%j vs %j: %s', (actual, expected, message) => {
    expect(compareExpected(actual, expected, 1e-6)).toBe(message);
  });
});
