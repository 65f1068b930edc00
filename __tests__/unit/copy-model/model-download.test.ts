import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '@aml-actions/action-kit';
import { downloadModelFiles } from '@aml-actions/promotion';
import { readableContainer, recordingLogger } from './fakes.js';

const MODEL = "model 'churn' version 1 in workspace 'staging'";
let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'download-test-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('downloadModelFiles', () => {
  it('downloads every blob below a folder path into a folder named like it, with a closing progress line', async () => {
    const container = readableContainer({
      'LocalUpload/h/model/MLmodel': 'flavors: {}',
      'LocalUpload/h/model/data/weights.bin': Buffer.alloc(2048, 1),
      'LocalUpload/h/model/data/': '',
      'LocalUpload/h/model-other/x': 'a sibling, not part of the model',
    });
    container.blobs.set('LocalUpload/h/model/empty-dir', {
      data: Buffer.alloc(0),
      metadata: { hdi_isfolder: 'true' },
    });
    const logger = recordingLogger();
    const result = await downloadModelFiles(container, 'LocalUpload/h/model', work, MODEL, logger, {
      progressIntervalMs: 0,
    });
    expect(result).toMatchObject({ root: path.join(work, 'model'), kind: 'folder', files: 2, bytes: 2059 });
    expect(await readFile(path.join(work, 'model', 'MLmodel'), 'utf8')).toBe('flavors: {}');
    expect((await readFile(path.join(work, 'model', 'data', 'weights.bin'))).length).toBe(2048);
    expect(logger.lines.some((line) => line.startsWith('Downloading: '))).toBe(true);
    expect(logger.lines.at(-1)).toMatch(/^Downloaded: 2\/2 files/);
  });

  it('downloads a single-file model as a file', async () => {
    const container = readableContainer({ 'LocalUpload/h/churn.pkl': 'pickle' });
    const result = await downloadModelFiles(
      container,
      'LocalUpload/h/churn.pkl',
      work,
      MODEL,
      recordingLogger(),
    );
    expect(result).toMatchObject({ root: path.join(work, 'churn.pkl'), kind: 'file', files: 1, bytes: 6 });
    expect(await readFile(result.root, 'utf8')).toBe('pickle');
  });

  it('fails clearly when the files are gone', async () => {
    await expect(
      downloadModelFiles(readableContainer(), 'LocalUpload/h/model', work, MODEL, recordingLogger()),
    ).rejects.toThrow(
      `The files of ${MODEL} are missing: nothing at 'LocalUpload/h/model' in the container 'azureml-blobstore-test' of storage account 'ststaging'.`,
    );
  });

  it('refuses a blob whose name would leave the model folder', async () => {
    const container = readableContainer({ 'm/../../etc/passwd': 'x' });
    await expect(downloadModelFiles(container, 'm', work, MODEL, recordingLogger())).rejects.toThrow(
      "blob named '../../etc/passwd'",
    );
  });

  it('names the storage account and the role to grant when reading is forbidden', async () => {
    const container = readableContainer({ 'm/a': 'x' });
    container.failWith = 403;
    const error = await downloadModelFiles(container, 'm', work, MODEL, recordingLogger()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe('permission');
    expect((error as Error).message).toContain(
      "(HTTP 403 AuthorizationPermissionMismatch). Grant it the 'Storage Blob Data Reader' role on storage account 'ststaging'",
    );
  });
});
