/**
 * What a job logged through MLflow: the emulator's stand-in module's JSON lines (mlflow not installed), or the file
 * store the real mlflow writes when it is installed (`<run>/metrics/<key>` lines of `timestamp value step`,
 * `<run>/params/<key>`, `<run>/tags/<key>`).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface MlflowMetric {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

export interface MlflowRecords {
  /** Every logged value, in order. */
  history: MlflowMetric[];
  params: Record<string, string>;
  tags: Record<string, string>;
}

/** The records of a job folder (empty when it logged nothing). */
export async function readMlflowRecords(runDir: string): Promise<MlflowRecords> {
  const records: MlflowRecords = { history: [], params: {}, tags: {} };
  await readShimLog(path.join(runDir, 'mlflow.jsonl'), records);
  await readFileStore(path.join(runDir, 'mlruns'), records);
  return records;
}

/** The latest value of each metric, as MLflow's runs/get reports them. */
export function latestMetrics(history: readonly MlflowMetric[]): MlflowMetric[] {
  const latest = new Map<string, MlflowMetric>();
  for (const metric of history) {
    const seen = latest.get(metric.key);
    if (
      seen === undefined ||
      metric.step > seen.step ||
      (metric.step === seen.step && metric.timestamp >= seen.timestamp)
    ) {
      latest.set(metric.key, metric);
    }
  }
  return [...latest.values()];
}

async function readShimLog(file: string, records: MlflowRecords): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let entry: { kind?: unknown; key?: unknown; value?: unknown; step?: unknown; timestamp?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    if (typeof entry.key !== 'string') continue;
    if (entry.kind === 'metric' && typeof entry.value === 'number') {
      records.history.push({
        key: entry.key,
        value: entry.value,
        step: Number(entry.step ?? 0),
        timestamp: Number(entry.timestamp ?? 0),
      });
    } else if (entry.kind === 'param') records.params[entry.key] = String(entry.value);
    else if (entry.kind === 'tag') records.tags[entry.key] = String(entry.value);
  }
}

/** mlruns/<experiment>/<run>/{metrics,params,tags}/<key> (keys with '/' are nested folders). */
async function readFileStore(root: string, records: MlflowRecords): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep);
    const [, , group, ...keyParts] = relative;
    const key = keyParts.join('/');
    if (key === '' || (group !== 'metrics' && group !== 'params' && group !== 'tags')) continue;
    const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    if (group === 'params') records.params[key] = text;
    else if (group === 'tags') records.tags[key] = text;
    else {
      for (const line of text.split('\n')) {
        const [timestamp, value, step] = line.trim().split(/\s+/).map(Number);
        if (value !== undefined && Number.isFinite(value)) {
          records.history.push({ key, value, timestamp: timestamp ?? 0, step: step ?? 0 });
        }
      }
    }
  }
}
