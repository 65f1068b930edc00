/**
 * A job's user log (user_logs/std_log.txt): the command's stdout and stderr as they come, plus the emulator's own
 * lines (prefixed `[azureml-emulator]`), uploaded to the artifact folder while the job runs so clients can follow it.
 */
import type { ContainerClient } from '@azure/storage-blob';

export const EMULATOR_PREFIX = '[azureml-emulator]';

export interface JobLog {
  /** One line from the emulator itself. */
  note(text: string): void;
  /** Output of the command, as it arrives. */
  write(chunk: Buffer): void;
  /** Uploads what is new now. */
  flush(): Promise<void>;
  /** Stops the periodic upload after a last one. */
  close(): Promise<void>;
}

export interface JobLogOptions {
  container: ContainerClient;
  blobName: string;
  /** Upload at most this often while the log grows (default 500 ms). */
  intervalMs?: number;
  /** Where upload failures are reported (the emulator's diagnostics). */
  report: (message: string) => void;
}

export function createJobLog(options: JobLogOptions): JobLog {
  const chunks: Buffer[] = [];
  let size = 0;
  let uploaded = -1;
  let running: Promise<void> = Promise.resolve();
  const upload = (): Promise<void> => {
    running = running.then(async () => {
      if (uploaded === size) return;
      const body = Buffer.concat(chunks);
      try {
        await options.container.getBlockBlobClient(options.blobName).uploadData(body, {
          blobHTTPHeaders: { blobContentType: 'text/plain; charset=utf-8' },
        });
        uploaded = body.length;
      } catch (error) {
        options.report(`Uploading the job log ${options.blobName} failed: ${(error as Error).message}`);
      }
    });
    return running;
  };
  const timer = setInterval(() => void upload(), options.intervalMs ?? 500);
  const append = (chunk: Buffer): void => {
    chunks.push(chunk);
    size += chunk.length;
  };
  return {
    note: (text) => {
      append(Buffer.from(`${EMULATOR_PREFIX} ${text}\n`));
    },
    write: append,
    flush: upload,
    close: async () => {
      clearInterval(timer);
      await upload();
    },
  };
}
