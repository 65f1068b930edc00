import { describe, expect, it } from '@jest/globals';
import { findJsonProblem } from '@aml-actions/action-kit';

describe('findJsonProblem', () => {
  it.each<[string, number, number]>([
    ['{"a": }', 1, 7],
    ['{"a": 1,\n  "b" }', 2, 7],
    ['[1, 2', 1, 6],
    ['{"a": 1} x', 1, 10],
    ['{"a": tru}', 1, 7],
    ["{'a': 1}", 1, 2],
    ['{"a": "tab\there"}', 1, 7],
  ])('%j → line %s column %s', (text, line, column) => {
    expect(findJsonProblem(text)).toMatchObject({ line, column });
  });

  it('keeps the reason short and passes valid JSON', () => {
    expect(findJsonProblem('{"a": }')?.message).toBe("Unexpected token '}'");
    expect(findJsonProblem('{"a": [1, 2.5e3, null, true, "x\\u00e9"]}')).toBeUndefined();
  });
});
