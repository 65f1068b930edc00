/** Progress lines for a transfer: files done, megabytes sent, throughput; at most one line per interval. */
import type { Logger } from '@aml-actions/action-kit';

export interface TransferProgress {
  /** Bytes of one file sent so far (cumulative for that file, as the storage SDK reports it). */
  fileBytes(fileKey: string, loadedBytes: number): void;
  fileDone(fileKey: string, size: number): void;
  /** The closing line; returns the figures for the caller's summary. */
  finish(): TransferFigures;
}

export interface TransferFigures {
  files: number;
  bytes: number;
  seconds: number;
  megabytesPerSecond: number;
}

const MB = 1024 * 1024;

export function startTransferProgress(
  logger: Logger,
  totals: { files: number; bytes: number },
  options: {
    intervalMs?: number;
    now?: () => number;
    /** The words of the progress and closing lines (default Uploading / Uploaded). */
    verbs?: { running: string; done: string };
  } = {},
): TransferProgress {
  const verbs = options.verbs ?? { running: 'Uploading', done: 'Uploaded' };
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 5000;
  const started = now();
  const perFile = new Map<string, number>();
  let doneBytes = 0;
  let doneFiles = 0;
  let lastLine = started;

  const figures = (): TransferFigures => {
    let inFlight = 0;
    for (const loaded of perFile.values()) inFlight += loaded;
    const bytes = doneBytes + inFlight;
    const seconds = (now() - started) / 1000;
    return { files: doneFiles, bytes, seconds, megabytesPerSecond: seconds > 0 ? bytes / MB / seconds : 0 };
  };
  const line = (prefix: string): TransferFigures => {
    const f = figures();
    logger.info(
      `${prefix}: ${f.files}/${totals.files} files, ${(f.bytes / MB).toFixed(1)}/${(totals.bytes / MB).toFixed(1)} MB, ` +
        `${f.megabytesPerSecond.toFixed(1)} MB/s, ${f.seconds.toFixed(1)} s`,
    );
    return f;
  };
  const maybeLine = (): void => {
    if (now() - lastLine >= intervalMs) {
      lastLine = now();
      line(verbs.running);
    }
  };

  return {
    fileBytes(fileKey, loadedBytes) {
      perFile.set(fileKey, loadedBytes);
      maybeLine();
    },
    fileDone(fileKey, size) {
      perFile.delete(fileKey);
      doneBytes += size;
      doneFiles += 1;
      maybeLine();
    },
    finish: () => line(verbs.done),
  };
}
