import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingLogger } from '@aml-actions/action-kit';
import { attachExpectedOutputs, loadScoringRequests } from '@aml-actions/scoring';
import { userError } from './user-error.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scoring-requests-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('loadScoringRequests', () => {
  it('reads a JSON file as one request, sent as written', async () => {
    const path = await file('one.json', '{\n  "data": [[1, 2]]\n}\n');
    expect(await loadScoringRequests(path, 'request-file')).toEqual([
      { body: '{\n  "data": [[1, 2]]\n}\n', contentType: 'application/json', source: { file: path } },
    ]);
  });

  it('reads a JSONL file as one request per non-empty line, with line numbers', async () => {
    const path = await file('many.jsonl', '{"a": 1}\r\n\n  \n[2]\n"three"');
    const requests = await loadScoringRequests(path, 'request-file');
    expect(requests.map((r) => [r.body, r.source.line])).toEqual([
      ['{"a": 1}', 1],
      ['[2]', 4],
      ['"three"', 5],
    ]);
  });

  it('reads a folder of *.json files sorted by name, ignoring other files', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    await writeFile(join(folder, 'b.json'), '{"b": 1}');
    await writeFile(join(folder, 'a.json'), '{"a": 1}');
    await writeFile(join(folder, 'notes.txt'), 'not a request');
    const requests = await loadScoringRequests(folder, 'request-file');
    expect(requests.map((r) => r.source.file)).toEqual([join(folder, 'a.json'), join(folder, 'b.json')]);
  });

  it('annotates the first bad JSONL line and logs every bad line', async () => {
    const path = await file('bad.jsonl', '{"ok": 1}\n{"data": [1, 2}\n{"ok": 2}\n{oops}\n');
    const log = recordingLogger();
    const error = await userError(loadScoringRequests(path, 'request-file', log));
    expect(error.kind).toBe('input');
    expect(error.annotation).toEqual({ file: path, line: 2, column: 15, title: 'Invalid JSON' });
    expect(error.message).toContain(
      `2 entries of the request file of input 'request-file' (${path}) are not valid JSON`,
    );
    expect(error.message).toContain(`${path}:2:15: Expected ',' or ']' after array element`);
    expect(error.message).toContain(`${path}:4:2:`);
    expect(log.lines.filter((l) => l.level === 'error').map((l) => l.where?.line)).toEqual([2, 4]);
  });

  it('annotates a bad JSON file on the line and column of the problem', async () => {
    const path = await file('bad.json', '{\n  "data": [[1, 2]],\n  "extra": \n}\n');
    const error = await userError(loadScoringRequests(path, 'request-file'));
    expect(error.annotation).toMatchObject({ file: path, line: 4, column: 1 });
    expect(error.message).toContain("the request file of input 'request-file'");
  });

  it('names the input and the forms it takes when the path is missing, empty or holds no JSON', async () => {
    const missing = await userError(loadScoringRequests(join(dir, 'nope.jsonl'), 'request-file'));
    expect(missing.message).toMatch(/^Input 'request-file' is '.*nope\.jsonl', which does not exist/);
    expect(missing.message).toContain('a JSONL file (.jsonl: one body per line)');
    const empty = await userError(loadScoringRequests(await file('empty.json', ' \n'), 'request-file'));
    expect(empty.message).toContain('the file is empty');
    const blank = await userError(loadScoringRequests(await file('blank.jsonl', '\n\n'), 'request-file'));
    expect(blank.message).toContain('holds no request');
    const folder = join(dir, 'no-json');
    await mkdir(folder);
    await writeFile(join(folder, 'x.txt'), '1');
    const noJson = await userError(loadScoringRequests(folder, 'request-file'));
    expect(noJson.message).toContain("is the folder '");
    expect(noJson.message).toContain('has no *.json files (found: x.txt)');
  });
});

describe('attachExpectedOutputs', () => {
  it('pairs expected outputs with requests by position', async () => {
    const requests = await loadScoringRequests(await file('r.jsonl', '{"a": 1}\n{"a": 2}\n'), 'request-file');
    const expected = await file('e.jsonl', '{"p": 1}\n\n{"p": [2]}\n');
    const paired = await attachExpectedOutputs(requests, expected, 'expected-file');
    expect(paired.map((r) => [r.body, r.expected])).toEqual([
      ['{"a": 1}', { p: 1 }],
      ['{"a": 2}', { p: [2] }],
    ]);
  });

  it('refuses a count that differs from the requests, and bad JSON with its line', async () => {
    const requests = await loadScoringRequests(
      await file('r2.jsonl', '{"a": 1}\n{"a": 2}\n'),
      'request-file',
    );
    const short = await file('short.jsonl', '{"p": 1}\n');
    const count = await userError(attachExpectedOutputs(requests, short, 'expected-file'));
    expect(count.message).toContain("Input 'expected-file' (");
    expect(count.message).toContain('has 1 expected response(s), but there are 2 request(s)');
    const bad = await file('bad-e.jsonl', '{"p": 1}\n{"p": }\n');
    const json = await userError(attachExpectedOutputs(requests, bad, 'expected-file'));
    expect(json.annotation).toMatchObject({ file: bad, line: 2, column: 7 });
    expect(json.message).toContain("the expected file of input 'expected-file'");
  });
});
