import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { hashContent } from '@aml-actions/assets';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Write files (relative path → content) under a folder, in the order given. */
async function writeTree(root: string, files: [string, string][]): Promise<string> {
  for (const [relative, content] of files) {
    const file = path.join(root, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return root;
}

const files: [string, string][] = [
  ['MLmodel', 'flavors: {}'],
  ['model.pkl', 'weights'],
  ['data/a.txt', 'a'],
  ['data/sub/b.txt', 'bb'],
  ['Z-upper.txt', 'z'],
];

describe('hashContent', () => {
  it('does not depend on the order files were created in', async () => {
    const first = await hashContent(await writeTree(path.join(dir, 'one', 'model'), files));
    const second = await hashContent(await writeTree(path.join(dir, 'two', 'model'), [...files].reverse()));
    expect(second.hash).toBe(first.hash);
    expect(first.files.map((f) => f.relativePath)).toEqual([
      'MLmodel',
      'Z-upper.txt',
      'data/a.txt',
      'data/sub/b.txt',
      'model.pkl',
    ]);
    expect(first).toMatchObject({ kind: 'folder', name: 'model', totalBytes: 22 });
  });

  it.each([
    ['a byte changes', [['model.pkl', 'weightz']]],
    [
      'a file is renamed',
      [
        ['model.pkl', undefined],
        ['model2.pkl', 'weights'],
      ],
    ],
    ['a file is added', [['extra', '']]],
    [
      'content moves between files',
      [
        ['data/a.txt', 'ab'],
        ['data/sub/b.txt', 'b'],
      ],
    ],
  ] as [string, [string, string | undefined][]][])('changes when %s', async (_case, changes) => {
    const original = await hashContent(await writeTree(path.join(dir, 'a'), files));
    const changed = new Map(files);
    for (const [name, content] of changes) {
      if (content === undefined) changed.delete(name);
      else changed.set(name, content);
    }
    const other = await hashContent(await writeTree(path.join(dir, 'b'), [...changed.entries()]));
    expect(other.hash).not.toBe(original.hash);
  });

  it('hashes a single file under its base name', async () => {
    await writeFile(path.join(dir, 'model.onnx'), 'onnx');
    const content = await hashContent(path.join(dir, 'model.onnx'));
    expect(content).toMatchObject({ kind: 'file', name: 'model.onnx', totalBytes: 4 });
    expect(content.files).toEqual([expect.objectContaining({ relativePath: 'model.onnx', size: 4 })]);
    expect(content.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('follows symbolic links and reads a folder reached twice only once', async () => {
    await writeTree(path.join(dir, 'm'), [['real/x.txt', 'x']]);
    await symlink(path.join(dir, 'm'), path.join(dir, 'm', 'real', 'loop'));
    const content = await hashContent(path.join(dir, 'm'));
    expect(content.files.map((f) => f.relativePath)).toEqual(['real/x.txt']);
  });

  it.each([
    ['a missing path', 'nope', /model-path: '.*nope' does not exist.*the model file or folder/],
    ['an empty folder', 'empty', /model-path: the folder '.*empty' has nothing to upload \(no files in it/],
  ])('refuses %s with a UserError naming the input and the noun', async (_case, relative, message) => {
    await mkdir(path.join(dir, 'empty', 'only-subfolder'), { recursive: true });
    const error = await hashContent(path.join(dir, relative), { input: 'model-path', noun: 'model' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
  });

  it('names the caller\'s noun, not "model", for other content', async () => {
    const error = await hashContent(path.join(dir, 'nope'), { input: 'job.yml: code', noun: 'code' }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/^job\.yml: code: .*Give the path of the code file or folder/);
    expect((error as Error).message).not.toMatch(/model/);
  });
});

describe('hashContent with an ignore file', () => {
  const tree: [string, string][] = [
    ['train.py', 'print(1)'],
    ['debug.log', 'noise'],
    ['keep.log', 'kept'],
    ['outputs/run/big.bin', 'x'],
    ['src/__pycache__/m.pyc', 'c'],
    ['src/m.py', 'm'],
    ['src/.amlignore', 'm.py'],
  ];

  it('leaves out what the root .amlignore excludes (gitignore patterns, negation, folders) and says so', async () => {
    const root = await writeTree(path.join(dir, 'code'), [
      ...tree,
      ['.amlignore', '*.log\n!keep.log\noutputs/\n__pycache__/\n'],
      ['.gitignore', 'train.py\n'],
    ]);
    const content = await hashContent(root);
    expect(content.files.map((f) => f.relativePath)).toEqual([
      '.amlignore',
      '.gitignore',
      'keep.log',
      'src/.amlignore',
      'src/m.py',
      'train.py',
    ]);
    expect(content).toMatchObject({ ignoreFile: '.amlignore', excludedEntries: 3 });
  });

  it('uses .gitignore when there is no .amlignore', async () => {
    const root = await writeTree(path.join(dir, 'code'), [...tree, ['.gitignore', '/*.log\nsrc/m.py\n']]);
    const content = await hashContent(root);
    expect(content.files.map((f) => f.relativePath)).toEqual([
      '.gitignore',
      'outputs/run/big.bin',
      'src/.amlignore',
      'src/__pycache__/m.pyc',
      'train.py',
    ]);
    expect(content.ignoreFile).toBe('.gitignore');
  });

  it('hashes the same as a copy without the excluded files', async () => {
    const rules: [string, string] = ['.amlignore', 'outputs/\n'];
    const withNoise = await hashContent(
      await writeTree(path.join(dir, 'a', 'code'), [rules, ['m.py', 'm'], ['outputs/x', 'x']]),
    );
    const clean = await hashContent(await writeTree(path.join(dir, 'b', 'code'), [rules, ['m.py', 'm']]));
    expect(withNoise.hash).toBe(clean.hash);
  });

  it('refuses a folder whose every file is excluded, naming the ignore file', async () => {
    const root = await writeTree(path.join(dir, 'code'), [
      ['a.log', 'a'],
      ['.gitignore', '*\n'],
    ]);
    const error = await hashContent(root, { input: 'code', noun: 'code' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/every file in it is excluded by its \.gitignore/);
  });

  it('does not apply ignore files to a single file', async () => {
    const root = await writeTree(path.join(dir, 'm'), [
      ['.amlignore', '*.onnx\n'],
      ['model.onnx', 'o'],
    ]);
    const content = await hashContent(path.join(root, 'model.onnx'));
    expect(content).toMatchObject({ kind: 'file', ignoreFile: undefined, excludedEntries: 0 });
  });
});
