import { describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import {
  applyMirror,
  applyTraffic,
  parseMirrorInput,
  parseTrafficInput,
  sameTraffic,
  servingDeployment,
  setShare,
  type TrafficMap,
} from '@aml-actions/endpoints';

describe('parseTrafficInput', () => {
  it.each([
    ['', { kind: 'none' }],
    ['none', { kind: 'none' }],
    ['NONE', { kind: 'none' }],
    ['100', { kind: 'set', deployment: undefined, percent: 100 }],
    ['10%', { kind: 'set', deployment: undefined, percent: 10 }],
    ['green=10', { kind: 'set', deployment: 'green', percent: 10 }],
    [' green = 10% ', { kind: 'set', deployment: 'green', percent: 10 }],
    ['blue=90, green=10', { kind: 'map', traffic: { blue: 90, green: 10 } }],
    ['blue=90\ngreen=10\n', { kind: 'map', traffic: { blue: 90, green: 10 } }],
    ['blue=0, green=0', { kind: 'map', traffic: { blue: 0, green: 0 } }],
  ])('%j → %j', (text, expected) => {
    expect(parseTrafficInput(text)).toEqual(expected);
  });

  it.each([
    ['all', "Input 'traffic' has the value 'all': expected 'none'"],
    ['101', "the percentage '101', which is not a whole number from 0 to 100"],
    ['green=1.5', "the percentage '1.5'"],
    ['green=-1', "the percentage '-1'"],
    ['=10', "'=10', which is not NAME=PCT"],
    ['my_dep=10', "'my_dep=10', which is not NAME=PCT"],
    ['blue=60, green=30', 'adds up to 90 (blue=60, green=30): it must add up to 100, or be all 0'],
    ['blue=50, BLUE=50', "names the deployment 'blue' twice"],
  ])('refuses %j', (text, message) => {
    expect(() => parseTrafficInput(text)).toThrow(UserError);
    expect(() => parseTrafficInput(text)).toThrow(message);
  });
});

describe('parseMirrorInput', () => {
  it.each([
    ['', { kind: 'keep' }],
    ['none', { kind: 'off' }],
    ['off', { kind: 'off' }],
    ['20', { kind: 'set', deployment: undefined, percent: 20 }],
    ['green=50', { kind: 'set', deployment: 'green', percent: 50 }],
  ])('%j → %j', (text, expected) => {
    expect(parseMirrorInput(text)).toEqual(expected);
  });

  it.each([
    ['green=51', 'not a whole number from 0 to 50'],
    ['blue=10, green=10', 'mirror traffic goes to one deployment only'],
  ])('refuses %j', (text, message) => {
    expect(() => parseMirrorInput(text)).toThrow(message);
  });
});

describe('setShare: the others scaled proportionally, still adding up to 100', () => {
  it.each<[TrafficMap, string, number, TrafficMap]>([
    [{ blue: 100 }, 'green', 10, { blue: 90, green: 10 }],
    [{ blue: 100 }, 'green', 100, { blue: 0, green: 100 }],
    [{ blue: 90, green: 10 }, 'green', 50, { blue: 50, green: 50 }],
    [{ blue: 50, green: 30, red: 20 }, 'red', 60, { blue: 25, green: 15, red: 60 }],
    // Largest remainder: 2/3 and 1/3 of 97 are 64.67 and 32.33.
    [{ a: 2, b: 1, c: 97 }, 'c', 3, { a: 65, b: 32, c: 3 }],
    [{ a: 1, b: 1, c: 1, d: 97 }, 'd', 0, { a: 34, b: 33, c: 33, d: 0 }],
    [{ Blue: 100 }, 'blue', 100, { Blue: 100 }],
    [{ blue: 100, green: 0 }, 'green', 20, { blue: 80, green: 20 }],
    [{}, 'blue', 100, { blue: 100 }],
    [{ blue: 0 }, 'blue', 0, { blue: 0 }],
  ])('%j with %s=%i → %j', (current, name, percent, expected) => {
    const result = setShare(current, name, percent);
    expect(result).toEqual(expected);
    const sum = Object.values(result).reduce((a, b) => a + b, 0);
    expect([0, 100]).toContain(sum);
  });

  it.each<[TrafficMap, string, number]>([
    [{}, 'blue', 10],
    [{ blue: 0, green: 0 }, 'blue', 50],
    [{ blue: 100 }, 'blue', 40],
  ])('refuses %j with %s=%i: the rest has nowhere to go', (current, name, percent) => {
    expect(() => setShare(current, name, percent)).toThrow('no other deployment has live traffic');
  });
});

describe('applyTraffic', () => {
  it.each([
    [{ blue: 100 }, parseTrafficInput('none'), 'green', { blue: 100 }],
    [{ blue: 100 }, parseTrafficInput('100'), 'green', { blue: 0, green: 100 }],
    [{ blue: 100, old: 0 }, parseTrafficInput('blue=20, green=80'), 'green', { blue: 20, old: 0, green: 80 }],
    [{ Blue: 100 }, parseTrafficInput('blue=40, green=60'), 'green', { Blue: 40, green: 60 }],
  ])('%j + %j (deployed %s) → %j', (current, request, deployed, expected) => {
    expect(applyTraffic(current, request, deployed)).toEqual(expected);
  });
});

describe('applyMirror', () => {
  it.each<[TrafficMap, string, TrafficMap, TrafficMap, string[]]>([
    [{ green: 20 }, '', { blue: 100, green: 0 }, { green: 20 }, []],
    [{}, 'green=10', { blue: 100 }, { green: 10 }, []],
    [{}, '10', { blue: 100 }, { green: 10 }, []],
    [{ green: 20 }, 'none', { blue: 100 }, {}, []],
    [{ green: 20 }, 'green=0', { blue: 100 }, {}, []],
    [{ green: 20 }, 'red=5', { blue: 100 }, { red: 5 }, []],
    [
      { green: 20 },
      '',
      { blue: 50, green: 50 },
      {},
      ["'green' now gets live traffic, so its 20% of mirrored traffic ends."],
    ],
  ])('%j with %j, live %j → %j', (current, text, live, expected, expectedNotes) => {
    const notes: string[] = [];
    expect(applyMirror(current, parseMirrorInput(text), live, 'green', notes)).toEqual(expected);
    expect(notes).toEqual(expectedNotes);
  });

  it('refuses to mirror to a deployment with live traffic', () => {
    expect(() => applyMirror({}, parseMirrorInput('blue=10'), { blue: 100 }, 'green', [])).toThrow(
      "mirrors 10% to 'blue', which gets 100% of live traffic",
    );
  });
});

describe('sameTraffic and servingDeployment', () => {
  it.each<[TrafficMap, TrafficMap, boolean]>([
    [{ blue: 100 }, { blue: 100, green: 0 }, true],
    [{ Blue: 100 }, { blue: 100 }, true],
    [{}, { blue: 0 }, true],
    [{ blue: 90, green: 10 }, { blue: 10, green: 90 }, false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameTraffic(a, b)).toBe(expected);
  });

  it.each<[TrafficMap, string | undefined]>([
    [{}, undefined],
    [{ blue: 0 }, undefined],
    [{ blue: 90, green: 10 }, 'blue'],
    [{ green: 50, blue: 50 }, 'blue'],
  ])('serving deployment of %j is %s', (map, expected) => {
    expect(servingDeployment(map)).toBe(expected);
  });
});
