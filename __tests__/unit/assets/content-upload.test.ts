import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { hashContent, uploadContent } from '@aml-actions/assets';
import { fakeContainer, recordingLogger } from '../registration/fakes.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'upload-'));
  await mkdir(path.join(dir, 'model', 'sub'), { recursive: true });
  await writeFile(path.join(dir, 'model', 'MLmodel'), 'flavors: {}');
  await writeFile(path.join(dir, 'model', 'model.pkl'), 'w'.repeat(1000));
  await writeFile(path.join(dir, 'model', 'sub', 'vocab.txt'), 'a\nb\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('uploadContent', () => {
  it('uploads a folder under LocalUpload/<hash>/<name>/ and marks the first file complete', async () => {
    const content = await hashContent(path.join(dir, 'model'));
    const container = fakeContainer();
    const result = await uploadContent(container, content, recordingLogger());
    const prefix = `LocalUpload/${content.hash}/model`;
    expect(result).toMatchObject({
      path: prefix,
      uploadedFiles: 3,
      skippedFiles: 0,
      alreadyComplete: false,
      uploadedBytes: 1015,
    });
    expect([...container.blobs.keys()].sort()).toEqual([
      `${prefix}/MLmodel`,
      `${prefix}/model.pkl`,
      `${prefix}/sub/vocab.txt`,
    ]);
    expect(container.blobs.get(`${prefix}/MLmodel`)?.metadata).toEqual({
      content_sha256: content.files[0]?.sha256,
      upload_status: 'completed',
      content_hash: content.hash,
    });
    expect(container.blobs.get(`${prefix}/model.pkl`)?.metadata).toEqual({
      content_sha256: content.files[1]?.sha256,
    });
  });

  it('uploads a single file as LocalUpload/<hash>/<file name>', async () => {
    const content = await hashContent(path.join(dir, 'model', 'model.pkl'));
    const container = fakeContainer();
    const result = await uploadContent(container, content, recordingLogger());
    expect(result.path).toBe(`LocalUpload/${content.hash}/model.pkl`);
    expect([...container.blobs.keys()]).toEqual([result.path]);
  });

  it('sends nothing on an unchanged re-run', async () => {
    const content = await hashContent(path.join(dir, 'model'));
    const container = fakeContainer();
    await uploadContent(container, content, recordingLogger());
    container.uploads.length = 0;
    const logger = recordingLogger();
    const again = await uploadContent(container, content, logger);
    expect(again).toMatchObject({ uploadedFiles: 0, skippedFiles: 3, alreadyComplete: true });
    expect(container.uploads).toEqual([]);
    expect(logger.lines.join('\n')).toMatch(
      /is already uploaded to azureml-blobstore-test\/LocalUpload\/.*\/model \(3 files\): nothing sent/,
    );
  });

  it('completes a half-finished upload, sending only what is missing', async () => {
    const content = await hashContent(path.join(dir, 'model'));
    const container = fakeContainer();
    container.failOn = /vocab\.txt$/;
    await expect(
      uploadContent(container, content, recordingLogger(), { fileConcurrency: 1 }),
    ).rejects.toThrow(/injected failure/);
    const indicator = `LocalUpload/${content.hash}/model/MLmodel`;
    expect(container.blobs.get(indicator)?.metadata.upload_status).toBeUndefined();

    container.failOn = undefined;
    container.uploads.length = 0;
    const logger = recordingLogger();
    const result = await uploadContent(container, content, logger);
    expect(container.uploads).toEqual([`LocalUpload/${content.hash}/model/sub/vocab.txt`]);
    expect(result).toMatchObject({ uploadedFiles: 1, skippedFiles: 2, alreadyComplete: false });
    expect(container.blobs.get(indicator)?.metadata.upload_status).toBe('completed');
    expect(logger.lines.join('\n')).toMatch(
      /Found an unfinished upload .*: 2 of 3 files already there; sending the other 1/,
    );
  });

  it('re-sends a file whose stored size or digest differs', async () => {
    const content = await hashContent(path.join(dir, 'model'));
    const container = fakeContainer();
    await uploadContent(container, content, recordingLogger());
    const pkl = `LocalUpload/${content.hash}/model/model.pkl`;
    const stored = container.blobs.get(pkl);
    if (stored) stored.metadata = { content_sha256: 'tampered' };
    container.uploads.length = 0;
    await uploadContent(container, content, recordingLogger());
    expect(container.uploads).toEqual([pkl]);
  });

  it('reports progress as files, MB and MB/s', async () => {
    const content = await hashContent(path.join(dir, 'model'));
    const logger = recordingLogger();
    await uploadContent(fakeContainer(), content, logger, { progressIntervalMs: 0 });
    expect(
      logger.lines.some((line) => /^Uploading: \d\/3 files, [\d.]+\/0\.0 MB, [\d.]+ MB\/s/.test(line)),
    ).toBe(true);
    expect(logger.lines.at(-1)).toMatch(/^Uploaded: 3\/3 files, 0\.0\/0\.0 MB, [\d.]+ MB\/s, [\d.]+ s$/);
  });
});
