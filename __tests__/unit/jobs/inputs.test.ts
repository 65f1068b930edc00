import { describe, expect, it } from '@jest/globals';
import { parseOverrides } from '../../../actions/run-job/src/inputs.js';

describe('run-job set input', () => {
  it.each([
    [undefined, []],
    ['inputs.epochs=5', ['inputs.epochs=5']],
    ['inputs.epochs=5\n\n compute=azureml:cpu ', ['inputs.epochs=5', 'compute=azureml:cpu']],
    ['inputs.epochs=5, compute=azureml:cpu', ['inputs.epochs=5', 'compute=azureml:cpu']],
    ['inputs.layers=[1, 2, 3]', ['inputs.layers=[1, 2, 3]']],
    ['tags.note=a, b', ['tags.note=a, b']],
  ])('%j → %j', (text, expected) => {
    expect(parseOverrides(text)).toEqual(expected);
  });
});
