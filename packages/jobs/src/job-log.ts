/**
 * Following a job's user log (`ExperimentRun/dcid.<job>/user_logs/std_log.txt` in the workspace's artifact store):
 * each poll reads only the bytes added since the last one, hands out complete lines, and keeps the last lines for
 * the error message of a failed job.
 */
import type { ContainerClient } from '@azure/storage-blob';
import { UserError, type Logger } from '@aml-actions/action-kit';

/** Where Azure ML writes a job's user log, relative to the artifact store's container. */
export function userLogPath(jobName: string): string {
  return `ExperimentRun/dcid.${jobName}/user_logs/std_log.txt`;
}

/** Reads the log from a byte offset; undefined while the log does not exist yet. */
export type LogReader = (offset: number, signal: AbortSignal) => Promise<Buffer | undefined>;

export function blobLogReader(container: ContainerClient, jobName: string): LogReader {
  const blob = container.getBlobClient(userLogPath(jobName));
  return async (offset, signal) => {
    try {
      return await blob.downloadToBuffer(offset, undefined, { abortSignal: signal });
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404) return undefined;
      if (status === 416) return Buffer.alloc(0);
      throw error;
    }
  };
}

export interface LogFollower {
  /** Reads what is new; returns the number of complete new lines. */
  poll(signal: AbortSignal): Promise<number>;
  /** Hands out a last line without its newline (call once the job has ended). */
  finish(): void;
  /** The last `count` lines read. */
  tail(count: number): string[];
}

export function followLog(read: LogReader, onLine: (line: string) => void, keep = 200): LogFollower {
  let offset = 0;
  let partial = '';
  const last: string[] = [];
  const emit = (line: string): void => {
    last.push(line);
    if (last.length > keep) last.shift();
    onLine(line);
  };
  return {
    async poll(signal) {
      const chunk = await read(offset, signal);
      if (chunk === undefined || chunk.length === 0) return 0;
      offset += chunk.length;
      const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) emit(line);
      return lines.length;
    },
    finish() {
      if (partial !== '') emit(partial);
      partial = '';
    },
    tail: (count) => last.slice(-count),
  };
}

/** Azure ML's artifact store: the datastore (container `azureml`) where job logs and artifacts are kept. */
export const ARTIFACT_DATASTORE = 'workspaceartifactstore';

/**
 * The container of the artifact store, or of the default datastore in workspaces that have no artifact store
 * datastore (such as the local emulator, which keeps job artifacts there).
 */
export async function openArtifactStore(
  open: (datastoreName?: string) => Promise<ContainerClient>,
  logger: Logger,
): Promise<ContainerClient> {
  try {
    return await open(ARTIFACT_DATASTORE);
  } catch (error) {
    if (!(error instanceof UserError) || error.kind !== 'not-found') throw error;
    logger.debug(`No datastore '${ARTIFACT_DATASTORE}': reading job logs from the default datastore.`);
    return open();
  }
}
