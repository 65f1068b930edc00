import { describe, expect, it } from '@jest/globals';
import {
  UserError,
  defineInputs,
  findUnknownInputs,
  input,
  inputMetadata,
  inputVariable,
  camelCase,
  readInputs,
  editDistance,
  closestMatch,
  recordingLogger,
} from '@aml-actions/action-kit';

/** Reads one input named `name` from the given text, returning the value or the error message. */
function readOne(def: Parameters<typeof defineInputs>[0][string], text: string | undefined): unknown {
  const spec = defineInputs({ name: def });
  try {
    return { value: readInputs(spec, text === undefined ? {} : { INPUT_NAME: text }).name };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.kind).toBe('input');
    return { error: error.message };
  }
}

describe('input parsing: good values', () => {
  it.each([
    ['string', input.string(), '  hello  ', 'hello'],
    ['string pattern', input.string({ pattern: /[a-z-]+/ }), 'my-model', 'my-model'],
    ['string allowed, canonical case', input.string({ allowed: ['Blue', 'Green'] }), 'blue', 'Blue'],
    ['boolean true', input.boolean(), 'true', true],
    ['boolean False', input.boolean(), 'False', false],
    ['boolean default', input.boolean({ default: false }), undefined, false],
    ['number', input.number(), '2.5', 2.5],
    ['number negative exponent', input.number(), '-1e3', -1000],
    ['number integer in range', input.number({ integer: true, min: 1, max: 10 }), '10', 10],
    ['number default', input.number({ default: 3 }), '', 3],
    ['duration 90s', input.duration(), '90s', 90_000],
    ['duration 10m', input.duration(), '10m', 600_000],
    ['duration 1h30m', input.duration(), '1h30m', 5_400_000],
    ['duration 1h 30m spaced', input.duration(), '1h 30m', 5_400_000],
    ['duration plain seconds', input.duration(), '45', 45_000],
    ['duration 500ms', input.duration(), '500ms', 500],
    ['duration 2d', input.duration(), '2d', 172_800_000],
    ['duration 1.5h', input.duration(), '1.5h', 5_400_000],
    ['duration default', input.duration({ default: '10m' }), undefined, 600_000],
    ['list commas', input.list(), 'a, b ,c', ['a', 'b', 'c']],
    ['list newlines and commas', input.list(), 'a\nb, c\n\n', ['a', 'b', 'c']],
    ['list allowed', input.list({ allowed: ['x', 'y'] }), 'x,y', ['x', 'y']],
    ['map commas', input.map(), 'a=1, b = two', { a: '1', b: 'two' }],
    ['map lines keep commas and =', input.map(), 'tags=a,b\nquery=x=1', { tags: 'a,b', query: 'x=1' }],
    ['yaml mapping', input.yaml(), 'a: 1\nb: [x, y]', { a: 1, b: ['x', 'y'] }],
    ['json object', input.yaml(), '{"a": {"b": true}}', { a: { b: true } }],
    ['enum case-insensitive', input.enum(['AzureCloud', 'AzureChinaCloud']), 'azurecloud', 'AzureCloud'],
    ['enum default', input.enum(['a', 'b'], { default: 'b' }), '', 'b'],
    ['optional unset', input.string(), undefined, undefined],
  ])('%s', (_label, def, text, expected) => {
    expect(readOne(def, text)).toEqual({ value: expected });
  });
});

describe('input parsing: bad values name the input, the value and what is accepted', () => {
  it.each([
    [
      'required missing',
      input.string({ required: true }),
      '',
      "Input 'name' is required but not set: expected a text",
    ],
    [
      'pattern',
      input.string({ pattern: /[a-z]+/, expected: 'a lower-case name' }),
      'Abc',
      "Input 'name' has value 'Abc': expected a lower-case name matching /[a-z]+/",
    ],
    [
      'allowed',
      input.string({ allowed: ['Blue', 'Green'] }),
      'Bleu',
      "expected one of 'Blue' or 'Green'; did you mean 'Blue'?",
    ],
    ['boolean yes', input.boolean(), 'yes', "Input 'name' has value 'yes': expected true or false"],
    ['boolean 1', input.boolean(), '1', 'expected true or false'],
    ['number text', input.number(), '12abc', "Input 'name' has value '12abc': expected a number"],
    ['number hex', input.number(), '0x10', 'expected a number'],
    ['number not integer', input.number({ integer: true }), '1.5', 'expected an integer'],
    [
      'number below min',
      input.number({ min: 1, max: 5 }),
      '0',
      "has value '0': expected a number between 1 and 5",
    ],
    ['number above max', input.number({ max: 5 }), '6', 'expected a number of at most 5'],
    [
      'duration 10x',
      input.duration(),
      '10x',
      "Input 'name' has value '10x': expected a duration like 90s, 10m or 1h30m (units d, h, m, s, ms; a plain number is seconds)",
    ],
    ['duration trailing number', input.duration(), '1h30', 'expected a duration like 90s'],
    ['duration negative', input.duration(), '-5s', 'expected a duration like 90s'],
    ['duration above max', input.duration({ max: '1h' }), '2h', ', of at most 1h; that is 2h'],
    [
      'duration below min',
      input.duration({ min: '1m', max: '1h' }),
      '30s',
      ', between 1m and 1h; that is 30s',
    ],
    [
      'list item not allowed',
      input.list({ allowed: ['x'] }),
      'x,z',
      "expected a comma- or newline-separated list of 'x'; 'z' is not allowed",
    ],
    [
      'map without =',
      input.map(),
      'a=1,b',
      "has value 'a=1,b': expected key=value pairs separated by commas or newlines; 'b' has no '='",
    ],
    ['map empty key', input.map(), '=1', "'=1' has no key before '='"],
    ['map duplicate key', input.map(), 'a=1,a=2', "key 'a' appears twice"],
    [
      'yaml syntax',
      input.yaml(),
      'a: [1,\nb: 2',
      'expected YAML or JSON text; line 2, column 1: Flow sequence',
    ],
    ['yaml duplicate key', input.yaml(), 'a: 1\na: 2', 'line 2, column 1: Map keys must be unique'],
    ['json unterminated', input.yaml(), '{"a": 1', 'line 1, column 8: Flow map must end with a }'],
    [
      'enum',
      input.enum(['AzureCloud', 'AzureUSGovernment']),
      'AzureClod',
      "expected one of 'AzureCloud' or 'AzureUSGovernment'; did you mean 'AzureCloud'?",
    ],
    [
      'enum far off',
      input.enum(['a1', 'b1', 'c1']),
      'zzzzzz',
      "has value 'zzzzzz': expected one of 'a1', 'b1' or 'c1'",
    ],
    [
      'secret value not echoed',
      input.string({ pattern: /\d+/, secret: true }),
      'hunter2',
      'has value (secret, not shown)',
    ],
  ])('%s', (_label, def, text, message) => {
    const result = readOne(def, text) as { error?: string };
    expect(result.error).toContain(message);
    if (_label === 'enum far off') expect(result.error).not.toContain('did you mean');
    if (_label === 'secret value not echoed') expect(result.error).not.toContain('hunter2');
  });

  it('shortens long values and shows newlines', () => {
    const result = readOne(input.boolean(), `x\n${'y'.repeat(200)}`) as { error: string };
    expect(result.error).toContain("has value 'x\\nyyyy");
    expect(result.error).toContain("...': expected true or false");
    expect(result.error.length).toBeLessThan(200);
  });
});

describe('readInputs', () => {
  const spec = defineInputs({
    'model-name': input.string({ required: true, description: 'The model' }),
    wait: input.boolean({ default: true }),
    timeout: input.duration({ default: '10m' }),
    tags: input.map(),
    max_retries: input.number({ integer: true, default: 3 }),
    'client-secret': input.string({ secret: true }),
  });

  it('returns camelCase keys with typed values, reading INPUT_* like core.getInput', () => {
    const values = readInputs(spec, {
      'INPUT_MODEL-NAME': ' churn ',
      INPUT_WAIT: 'false',
      INPUT_TAGS: 'team=ml',
      INPUT_MAX_RETRIES: '',
    });
    // The declared types: required and defaulted inputs are not optional.
    const modelName: string = values.modelName;
    const wait: boolean = values.wait;
    const timeout: number = values.timeout;
    const tags: Record<string, string> | undefined = values.tags;
    const retries: number = values.maxRetries;
    expect({ modelName, wait, timeout, tags, retries, secret: values.clientSecret }).toEqual({
      modelName: 'churn',
      wait: false,
      timeout: 600_000,
      tags: { team: 'ml' },
      retries: 3,
      secret: undefined,
    });
  });

  it('reports every bad input in one error', () => {
    expect(() => readInputs(spec, { INPUT_WAIT: 'yes', INPUT_TIMEOUT: '10x' })).toThrow(
      new UserError(
        [
          '3 inputs are invalid:',
          "- Input 'model-name' is required but not set: expected a text",
          "- Input 'wait' has value 'yes': expected true or false",
          "- Input 'timeout' has value '10x': expected a duration like 90s, 10m or 1h30m (units d, h, m, s, ms; a plain number is seconds)",
        ].join('\n'),
      ),
    );
  });

  it('points a missing required input at a misspelled variable', () => {
    expect(() => readInputs(spec, { 'INPUT_MODLE-NAME': 'churn' })).toThrow(
      "Input 'model-name' is required but not set: expected a text (INPUT_MODLE-NAME is set: a misspelling?)",
    );
  });

  it('masks secret inputs and warns about unknown inputs when given a logger', () => {
    const log = recordingLogger();
    readInputs(
      spec,
      { 'INPUT_MODEL-NAME': 'm', 'INPUT_CLIENT-SECRET': 's3cret', 'INPUT_TIME-OUT': '5m' },
      log,
    );
    expect(log.masked).toContain('s3cret');
    expect(log.masked).toContain(Buffer.from('s3cret').toString('base64'));
    expect(log.lines).toEqual([
      {
        level: 'warning',
        message: "INPUT_TIME-OUT is set but this action has no such input; did you mean 'timeout'?",
      },
    ]);
  });
});

describe('unknown inputs', () => {
  const spec = defineInputs({ 'model-name': input.string(), 'resource-group': input.string() });
  it.each([
    ['INPUT_MODEL-NAME', []],
    ['INPUT_MODEL_NAME', [{ variable: 'INPUT_MODEL_NAME', suggestion: 'model-name' }]],
    ['INPUT_model-name', [{ variable: 'INPUT_model-name', suggestion: 'model-name' }]],
    ['INPUT_RESOURCEGROUP', [{ variable: 'INPUT_RESOURCEGROUP', suggestion: 'resource-group' }]],
    ['INPUT_SOMETHING-ELSE', [{ variable: 'INPUT_SOMETHING-ELSE', suggestion: undefined }]],
    ['PATH', []],
  ])('%s', (variable, expected) => {
    expect(findUnknownInputs(spec, { [variable]: 'x' })).toEqual(expected);
  });
});

describe('spec helpers', () => {
  it('exports names, required-ness and defaults as action.yml holds them', () => {
    const spec = defineInputs({
      a: input.string({ required: true, description: 'A' }),
      b: input.boolean({ default: false }),
      c: input.number({ default: 5 }),
      d: input.duration({ default: '90s' }),
      e: input.enum(['x', 'y'], { default: 'y' }),
    });
    expect(inputMetadata(spec)).toEqual([
      { name: 'a', kind: 'string', required: true, default: undefined, description: 'A' },
      { name: 'b', kind: 'boolean', required: false, default: 'false', description: undefined },
      { name: 'c', kind: 'number', required: false, default: '5', description: undefined },
      { name: 'd', kind: 'duration', required: false, default: '90s', description: undefined },
      { name: 'e', kind: 'enum', required: false, default: 'y', description: undefined },
    ]);
  });

  it('rejects a spec whose default does not parse', () => {
    expect(() => defineInputs({ n: input.number({ default: 5, max: 3 }) })).toThrow(
      "Input spec 'n': default '5' is not a number of at most 3",
    );
    expect(() => input.duration({ max: 'soon' })).toThrow("input.duration: max 'soon' is not a duration");
  });

  it.each([
    ['model-name', 'INPUT_MODEL-NAME', 'modelName'],
    ['model name', 'INPUT_MODEL_NAME', 'modelName'],
    ['max_retries', 'INPUT_MAX_RETRIES', 'maxRetries'],
    ['subscription-id', 'INPUT_SUBSCRIPTION-ID', 'subscriptionId'],
  ])('%s → %s, %s', (name, variable, key) => {
    expect(inputVariable(name)).toBe(variable);
    expect(camelCase(name)).toBe(key);
  });
});

describe('did you mean', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['Bleu', 'Blue', 1],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['ca', 'abc', 3],
  ])('editDistance(%s, %s) = %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it.each([
    ['stagign', ['dev', 'staging', 'prod'], 'staging'],
    ['PROD', ['dev', 'staging', 'prod'], 'prod'],
    ['qa', ['dev', 'staging', 'prod'], undefined],
    ['x', [], undefined],
  ])('closestMatch(%s)', (value, candidates, expected) => {
    expect(closestMatch(value, candidates)).toBe(expected);
  });
});

describe('types inferred from the spec', () => {
  it('gives literal unions for enums and optional types for inputs without default', () => {
    const spec = defineInputs({
      cloud: input.enum(['AzureCloud', 'AzureChinaCloud'], { default: 'AzureCloud' }),
      regions: input.list(),
      sample: input.yaml({ required: true }),
    });
    const values = readInputs(spec, { INPUT_SAMPLE: '[1]' });
    const cloud: 'AzureCloud' | 'AzureChinaCloud' = values.cloud;
    // @ts-expect-error an input without default or required may be undefined
    const regions: string[] = values.regions;
    const sample: unknown = values.sample;
    expect({ cloud, regions, sample }).toEqual({ cloud: 'AzureCloud', regions: undefined, sample: [1] });
  });
});
