import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import {
  UserError,
  cancelOnSignals,
  errorMessage,
  formatDuration,
  formatElapsed,
  outputText,
  parseDuration,
  recordingLogger,
  type OutputValue,
} from '@aml-actions/action-kit';

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['10M', 600_000],
    [' 1h30m ', 5_400_000],
    ['1d2h', 93_600_000],
    ['0', 0],
    ['0.5', 500],
    ['', undefined],
    ['h', undefined],
    ['10x', undefined],
    ['1h30', undefined],
    ['-1s', undefined],
    ['1e3s', undefined],
  ])('parseDuration(%j) = %p', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    [250, '250ms'],
    [45_000, '45s'],
    [125_000, '2m5s'],
    [5_400_000, '1h30m'],
    [90_061_000, '1d1h1m1s'],
  ])('formatDuration(%d) = %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    [-5, '00:00'],
    [59_999, '00:59'],
    [135_000, '02:15'],
    [3_735_000, '1:02:15'],
  ])('formatElapsed(%d) = %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('outputText', () => {
  it.each<[OutputValue, string]>([
    ['text', 'text'],
    [3.5, '3.5'],
    [true, 'true'],
    [[1, 'a'], '[1,"a"]'],
    [{ a: { b: null } }, '{"a":{"b":null}}'],
  ])('%j → %s', (value, text) => {
    expect(outputText(value)).toBe(text);
  });
});

describe('errorMessage', () => {
  it.each<[unknown, string]>([
    [new Error('boom'), 'boom'],
    ['text', 'text'],
    [{ code: 1 }, '{"code":1}'],
    [undefined, 'undefined'],
    [Symbol('s'), 'Symbol(s)'],
  ])('%p', (thrown, message) => {
    expect(errorMessage(thrown)).toBe(message);
  });
});

describe('cancelOnSignals', () => {
  it('aborts once with a cancelled UserError, calls back on a second signal, and disposes its handlers', () => {
    const source = new EventEmitter();
    const log = recordingLogger();
    const second: string[] = [];
    const handle = cancelOnSignals(log, source, (name) => second.push(name));
    expect(handle.signal.aborted).toBe(false);
    source.emit('SIGTERM');
    expect(handle.signal.aborted).toBe(true);
    expect(handle.signal.reason).toEqual(new UserError('cancelled by SIGTERM'));
    expect((handle.signal.reason as UserError).kind).toBe('cancelled');
    source.emit('SIGINT');
    expect(second).toEqual(['SIGINT']);
    handle.dispose();
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
    expect(log.lines.map((line) => line.level)).toEqual(['warning', 'warning']);
  });
});
