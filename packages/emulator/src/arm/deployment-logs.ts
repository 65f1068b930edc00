/** Container logs of an online deployment, as getLogs returns them (InferenceServer / StorageInitializer). */
import type { LroFailure } from '../http-types.js';
import type { ContainerLogs, StoredResource } from './arm-state.js';
import { isObject } from './request-checks.js';
import { propertiesOf } from './resource-store.js';

function lines(at: Date, entries: string[]): string {
  const stamp = at.toISOString();
  return entries.map((entry) => `${stamp} ${entry}`).join('\n') + '\n';
}

/** Logs written when provisioning a deployment ended; a fault's own logs replace the generated ones. */
export function deploymentLogs(
  resource: StoredResource,
  at: Date,
  failure: LroFailure | undefined,
): ContainerLogs {
  const properties = propertiesOf(resource);
  const model = typeof properties.model === 'string' ? properties.model : '(no model)';
  const code = isObject(properties.codeConfiguration) ? properties.codeConfiguration : {};
  const script = typeof code.scoringScript === 'string' ? code.scoringScript : 'score.py';
  const storageInitializer = lines(at, [
    'INFO Storage initializer started',
    `INFO Downloading model ${model} to /var/azureml-app/azureml-models`,
    'INFO Model download complete',
  ]);
  const started = [
    'INFO Azure ML Inferencing HTTP server starting',
    `INFO Entry script: /var/azureml-app/${script}`,
    "INFO Invoking user's init function",
  ];
  if (failure === undefined) {
    return {
      storageInitializer,
      inferenceServer: lines(at, [
        ...started,
        "INFO User's init has completed successfully",
        'INFO Listening on 0.0.0.0:5001',
      ]),
    };
  }
  return {
    storageInitializer: failure.logs?.storageInitializer ?? storageInitializer,
    inferenceServer:
      failure.logs?.inferenceServer ??
      lines(at, [
        ...started,
        `ERROR ${failure.code}: ${failure.message}`,
        'ERROR Container exited with code 1',
      ]),
  };
}

/** The last `tail` lines of a log (all of it when tail is absent or not positive). */
export function tailLines(content: string, tail: number | undefined): string {
  if (tail === undefined || tail <= 0) return content;
  const all = content.endsWith('\n') ? content.slice(0, -1).split('\n') : content.split('\n');
  return all.slice(-tail).join('\n') + '\n';
}
