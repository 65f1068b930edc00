/**
 * Where a registered model version's files are, from its modelUri: a datastore of the source workspace (short or
 * long azureml:// form, the long form possibly naming another workspace), a job output (resolved through the job to
 * its datastore path), or a blob URL of the same cloud. Anything else cannot be copied and gets an error saying why.
 */
import type { JobBase } from '@azure/arm-machinelearning';
import { UserError } from '@aml-actions/action-kit';
import { jobOutputTarget, parseAzureMlUri, workspaceArmId, type WorkspaceRef } from '@aml-actions/azure';
import { jobOutputUris } from '@aml-actions/jobs';

export type ModelLocation =
  | { kind: 'datastore'; workspace: WorkspaceRef; datastore: string; path: string }
  | { kind: 'blob-url'; url: string };

export interface LocateDeps {
  /** The source workspace's job (undefined when it does not exist), for azureml://jobs/… model URIs. */
  getJob: (name: string) => Promise<JobBase | undefined>;
}

/** `model`: how errors name the version, e.g. "model 'churn' version 3 in workspace 'staging'". */
export async function locateModelFiles(
  modelUri: string | undefined,
  source: WorkspaceRef,
  model: string,
  deps: LocateDeps,
): Promise<ModelLocation> {
  const uri = modelUri?.trim() ?? '';
  if (/^https:\/\//i.test(uri)) return { kind: 'blob-url', url: uri };
  if (!/^azureml:\/\//i.test(uri)) throw notCopyable(uri, model);
  const parsed = parseAzureMlUri(uri, `the modelUri of ${model}`);
  if (parsed.kind === 'datastore') {
    const ws = parsed.workspace;
    return {
      kind: 'datastore',
      workspace:
        ws === undefined
          ? source
          : {
              ...ws,
              id: workspaceArmId(ws.subscriptionId, ws.resourceGroup, ws.workspace),
            },
      datastore: parsed.datastore,
      path: parsed.path.replace(/\/+$/, ''),
    };
  }
  if (parsed.kind !== 'job-output') throw notCopyable(uri, model);
  const job = await deps.getJob(parsed.job);
  const target = jobOutputTarget(parsed, job === undefined ? undefined : jobOutputUris(parsed.job, job));
  if (!target.found && target.reason === 'no-job') {
    throw new UserError(
      `The files of ${model} are the output '${parsed.output}' of job '${parsed.job}', which no longer exists in workspace '${source.workspace}'. ` +
        'The files cannot be found: register the model again from its files.',
      { kind: 'not-found' },
    );
  }
  if (!target.found) {
    throw new UserError(
      `The files of ${model} are the output '${parsed.output}' of job '${parsed.job}', which has no such output ` +
        `(outputs: ${target.outputs.join(', ') || 'none'}).`,
      { kind: 'not-found' },
    );
  }
  const resolved = target.uri;
  if (/^azureml:\/\/jobs\//i.test(resolved)) throw notCopyable(uri, model);
  return locateModelFiles(resolved, source, model, deps);
}

function notCopyable(uri: string, model: string): UserError {
  return new UserError(
    `The files of ${model} are at '${uri || '(no modelUri)'}', which is not workspace storage this action can read: it copies ` +
      'models whose files are in a datastore (azureml://datastores/…), a job output (azureml://jobs/…) or a blob URL of this cloud. ' +
      'Register the model from its files in the source workspace first, then copy that version.',
    { kind: 'input' },
  );
}
