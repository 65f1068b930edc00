import { describe, expect, it } from '@jest/globals';
import { LineCounter, parseDocument, isMap, type Node } from 'yaml';
import {
  type Annotation,
  annotate,
  annotationProperties,
  formatAnnotation,
  githubLogger,
  positionAnnotation,
  recordingLogger,
  yamlAnnotation,
} from '@aml-actions/action-kit';
import { fakeRunner } from './fake-core.js';

describe('yamlAnnotation', () => {
  const text = 'name: blue\ninstance_count: 0\nenvironment_variables:\n  A: "1"\n  B: "2"\n';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });

  it.each<[string, unknown, Annotation]>([
    [
      'a scalar value',
      doc.getIn(['instance_count'], true),
      { file: 'd.yml', line: 2, column: 17, endLine: 2, endColumn: 18 },
    ],
    [
      'a key',
      isMap(doc.contents) ? doc.contents.items[0]?.key : undefined,
      { file: 'd.yml', line: 1, column: 1, endLine: 1, endColumn: 5 },
    ],
    [
      'a nested mapping',
      doc.getIn(['environment_variables'], true),
      { file: 'd.yml', line: 4, column: 3, endLine: 6, endColumn: 1 },
    ],
    ['a missing node', doc.getIn(['missing'], true), { file: 'd.yml', line: 1 }],
  ])('%s', (_label, node, expected) => {
    expect(yamlAnnotation('d.yml', lineCounter, node as Node | undefined)).toEqual(expected);
  });

  it('keeps a title', () => {
    expect(yamlAnnotation('d.yml', lineCounter, undefined, 'Bad spec')).toEqual({
      file: 'd.yml',
      line: 1,
      title: 'Bad spec',
    });
  });
});

describe('positionAnnotation', () => {
  it.each<[Parameters<typeof positionAnnotation>[1], Annotation]>([
    [undefined, { file: 'f' }],
    [{ line: 3 }, { file: 'f', line: 3 }],
    [
      { line: 3, col: 7 },
      { file: 'f', line: 3, column: 7 },
    ],
    [
      { line: 3, column: 2 },
      { file: 'f', line: 3, column: 2 },
    ],
  ])('%o', (position, expected) => {
    expect(positionAnnotation('f', position)).toEqual(expected);
  });
});

describe('annotationProperties and formatAnnotation', () => {
  it.each<[Annotation, ReturnType<typeof annotationProperties>, string]>([
    [{ file: 'a.yml' }, { file: 'a.yml' }, 'a.yml'],
    [
      { file: 'a.yml', line: 2, column: 5, title: 'T' },
      { file: 'a.yml', title: 'T', startLine: 2, startColumn: 5 },
      'a.yml:2:5',
    ],
    [
      { file: 'a.yml', line: 2, column: 5, endLine: 2, endColumn: 9 },
      { file: 'a.yml', startLine: 2, endLine: 2, startColumn: 5, endColumn: 9 },
      'a.yml:2:5',
    ],
    [
      { file: 'a.yml', line: 2, column: 5, endLine: 4, endColumn: 1 },
      { file: 'a.yml', startLine: 2, endLine: 4 },
      'a.yml:2:5',
    ],
  ])('%o', (annotation, properties, text) => {
    expect(annotationProperties(annotation)).toEqual(properties);
    expect(formatAnnotation(annotation)).toBe(text);
  });
});

describe('annotate and the GitHub logger', () => {
  it('annotates through any logger, as an error or a warning', () => {
    const log = recordingLogger();
    annotate(log, 'bad key', { file: 'x.yml', line: 1 });
    annotate(log, 'odd key', { file: 'x.yml', line: 2 }, 'warning');
    expect(log.lines).toEqual([
      { level: 'error', message: 'bad key', where: { file: 'x.yml', line: 1 } },
      { level: 'warning', message: 'odd key', where: { file: 'x.yml', line: 2 } },
    ]);
  });

  it('turns annotations into @actions/core properties and masks through setSecret', () => {
    const runner = fakeRunner();
    const log = githubLogger(runner.deps.core);
    annotate(log, 'bad', { file: 'x.yml', line: 1, column: 2 });
    log.warning('plain');
    log.debug('d');
    log.mask('s');
    expect(runner.calls).toEqual([
      ['error', 'bad', { file: 'x.yml', startLine: 1, startColumn: 2 }],
      ['warning', 'plain'],
      ['debug', 'd'],
      ['setSecret', 's'],
    ]);
  });
});
