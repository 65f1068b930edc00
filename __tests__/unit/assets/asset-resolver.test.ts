import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { assetResolver, type AssetClients, type AssetReport } from '@aml-actions/assets';
import type { UploadAsset } from '@aml-actions/azureml-spec';
import { fakeContainer, recordingLogger } from '../registration/fakes.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'resolver-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function clients(): AssetClients & {
  container: ReturnType<typeof fakeContainer>;
  opened: number;
  logger: ReturnType<typeof recordingLogger>;
} {
  const container = fakeContainer();
  const result = {
    container,
    opened: 0,
    client: {} as unknown as AssetClients['client'],
    workspace: {} as AssetClients['workspace'],
    openDatastore: () => {
      result.opened += 1;
      return Promise.resolve(container);
    },
    logger: recordingLogger(),
    signal: new AbortController().signal,
  };
  return result;
}

function upload(folder: string, purpose: UploadAsset['purpose']): UploadAsset {
  return {
    kind: 'upload',
    id: 'code',
    annotation: { file: 'job.yml', line: 3 },
    purpose,
    path: folder,
    isDirectory: true,
  };
}

describe('assetResolver.upload', () => {
  it('uploads a code folder without what its .amlignore excludes, opening the datastore once', async () => {
    const folder = path.join(dir, 'src');
    await mkdir(path.join(folder, '.venv'), { recursive: true });
    await writeFile(path.join(folder, '.amlignore'), '.venv/\n');
    await writeFile(path.join(folder, '.venv', 'big.so'), 'x');
    await writeFile(path.join(folder, 'train.py'), 'print(1)');
    const c = clients();
    const report: AssetReport[] = [];
    const resolver = assetResolver(c, report);
    const uri = await resolver.upload(upload(folder, 'code'));
    const again = await resolver.upload(upload(folder, 'code'));
    expect(uri).toMatch(
      /^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/src$/,
    );
    expect(again).toBe(uri);
    expect(c.opened).toBe(1);
    expect(c.container.uploads.map((name) => name.slice(name.lastIndexOf('/src/') + 5)).sort()).toEqual([
      '.amlignore',
      'train.py',
    ]);
    expect(report.map((entry) => entry.reused)).toEqual([false, true]);
    expect(c.logger.lines).toContainEqual(
      expect.stringMatching(/\.amlignore of 'src' leaves out 1 files or folders/),
    );
  });

  it('names the spec field and the kind of content when the path is missing', async () => {
    const error = await assetResolver(clients(), [])
      .upload(upload(path.join(dir, 'gone'), 'build-context'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /^job\.yml: code: '.*gone' does not exist .*the build context file or folder/,
    );
  });
});
