import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ignoreRules, loadIgnoreRules } from '@aml-actions/assets';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ignore-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ignoreRules (gitwildmatch)', () => {
  const rules = ignoreRules(
    '.amlignore',
    ['# comment', '', '*.log', '!keep.log', '/top.txt', 'build/', 'docs/**/*.md', 'Data'].join('\n'),
  );
  it.each([
    ['debug.log', true],
    ['deep/er/debug.log', true],
    ['keep.log', false],
    ['top.txt', true],
    ['sub/top.txt', false],
    ['build/', true],
    ['build', false],
    ['src/build/', true],
    ['docs/a/b/c.md', true],
    ['docs/c.txt', false],
    ['Data', true],
    ['data', false],
    ['# comment', false],
  ])('%s excluded: %s', (relativePath, excluded) => {
    expect(rules.excludes(relativePath)).toBe(excluded);
  });
});

describe('loadIgnoreRules', () => {
  it('prefers .amlignore and never merges it with .gitignore', async () => {
    await writeFile(path.join(dir, '.amlignore'), 'a.txt\n');
    await writeFile(path.join(dir, '.gitignore'), 'b.txt\n');
    const rules = await loadIgnoreRules(dir);
    expect(rules.source).toBe('.amlignore');
    expect([rules.excludes('a.txt'), rules.excludes('b.txt')]).toEqual([true, false]);
  });

  it('falls back to .gitignore, and to nothing', async () => {
    await writeFile(path.join(dir, '.gitignore'), 'b.txt\n');
    expect((await loadIgnoreRules(dir)).excludes('b.txt')).toBe(true);
    const empty = path.join(dir, 'empty');
    await mkdir(empty);
    const none = await loadIgnoreRules(empty);
    expect(none.source).toBeUndefined();
    expect(none.excludes('anything')).toBe(false);
  });

  it('reports an ignore file it cannot read instead of silently uploading everything', async () => {
    await mkdir(path.join(dir, '.amlignore'));
    await expect(loadIgnoreRules(dir)).rejects.toThrow(
      /ignore file '.*\.amlignore' cannot be read \(EISDIR\)/,
    );
  });
});
