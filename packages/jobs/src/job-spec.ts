/**
 * The job to submit, from the user's CLI v2 YAML: parsed with positions, the `set` overrides applied as the CLI's
 * `--set` does, then the action's experiment-name / display-name / tags inputs, then mapped to the ARM body.
 * Sweep and pipeline jobs are refused with the reason (see azureml-spec's kinds).
 */
import {
  applySetOverrides,
  loadSpecFile,
  mapCommandJob,
  setSpecValue,
  type MappedCommandJob,
  type WorkspaceScope,
} from '@aml-actions/azureml-spec';

export interface JobSpecRequest {
  /** Path of the job YAML (as the user gave it, for annotations). */
  file: string;
  /** `key.path=value` overrides (input 'set'). */
  set: readonly string[];
  experimentName?: string;
  displayName?: string;
  /** Added to (and overriding) the file's tags. */
  tags?: Readonly<Record<string, string>>;
}

export function loadJobSpec(request: JobSpecRequest, workspace: WorkspaceScope): MappedCommandJob {
  const doc = loadSpecFile(request.file, 'commandJob', 'job-file');
  applySetOverrides(doc, request.set, 'set');
  if (request.experimentName !== undefined) {
    setSpecValue(doc, 'experiment_name', request.experimentName, "input 'experiment-name'");
  }
  if (request.displayName !== undefined) {
    setSpecValue(doc, 'display_name', request.displayName, "input 'display-name'");
  }
  for (const [key, value] of Object.entries(request.tags ?? {})) {
    setSpecValue(doc, `tags.${key}`, value, `input 'tags' (${key})`);
  }
  return mapCommandJob(doc, { workspace });
}
