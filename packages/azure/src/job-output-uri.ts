/**
 * Where `azureml://jobs/<job>/outputs/<output>[/paths/<path>]` points: the job's own URI for that output (a datastore
 * path, Azure ML's default `azureml/<job>/<output>/` in the default datastore, or the URI the job gave it) with the
 * path below it appended. Callers read the job and its output URIs (`jobOutputUris` of @aml-actions/jobs) and word
 * the failures for their context.
 */
export type JobOutputTarget =
  | { found: true; uri: string }
  | { found: false; reason: 'no-job' }
  | { found: false; reason: 'no-output'; outputs: string[] };

/** `outputUris`: the job's outputs and their URIs, undefined when the job does not exist. */
export function jobOutputTarget(
  reference: { output: string; path: string | undefined },
  outputUris: Record<string, string> | undefined,
): JobOutputTarget {
  if (outputUris === undefined) return { found: false, reason: 'no-job' };
  const uri = outputUris[reference.output];
  if (uri === undefined) return { found: false, reason: 'no-output', outputs: Object.keys(outputUris) };
  const below = reference.path === undefined || reference.path === '' ? '' : `/${reference.path}`;
  return { found: true, uri: `${uri.replace(/\/+$/, '')}${below}` };
}
