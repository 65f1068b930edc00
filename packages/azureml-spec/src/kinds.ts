/** The kinds of Azure ML CLI v2 YAML this package knows, and how a file tells its kind. */

/** Kinds mapped to ARM bodies. */
export const SUPPORTED_KINDS = [
  'model',
  'environment',
  'code',
  'managedOnlineEndpoint',
  'managedOnlineDeployment',
  'commandJob',
] as const;

/** Kinds recognised and refused, each with the reason the user sees. */
export const REFUSED_KINDS = {
  kubernetesOnlineEndpoint:
    'Kubernetes online endpoints are not supported: these actions deploy managed online endpoints only. ' +
    'Use a managedOnlineEndpoint YAML ($schema https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json) ' +
    'or deploy to Kubernetes with `az ml online-endpoint create`.',
  kubernetesOnlineDeployment:
    'Kubernetes online deployments are not supported: these actions deploy managed online deployments only. ' +
    'Use a managedOnlineDeployment YAML ($schema https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json) ' +
    'or deploy to Kubernetes with `az ml online-deployment create`.',
  sweepJob:
    'sweep jobs are not supported: run-job submits command jobs. Submit one command job per trial (search_space ' +
    'values as inputs, e.g. with `set: inputs.C=0.8`), or submit the sweep with `az ml job create`.',
  pipelineJob:
    'pipeline jobs are not supported: run-job submits command jobs. Submit each step as a command job, ' +
    'or submit the pipeline with `az ml job create`.',
} as const;

export type SupportedKind = (typeof SUPPORTED_KINDS)[number];
export type RefusedKind = keyof typeof REFUSED_KINDS;
export type SpecKind = SupportedKind | RefusedKind;

export const ALL_KINDS: readonly SpecKind[] = [
  ...SUPPORTED_KINDS,
  ...(Object.keys(REFUSED_KINDS) as RefusedKind[]),
];

export function isSpecKind(name: string): name is SpecKind {
  return (ALL_KINDS as readonly string[]).includes(name);
}

export function refusalReason(kind: SpecKind): string | undefined {
  return kind in REFUSED_KINDS ? REFUSED_KINDS[kind as RefusedKind] : undefined;
}

/** The schema name in a `$schema` URL: `.../latest/managedOnlineDeployment.schema.json` → `managedOnlineDeployment`. */
export function schemaName(url: string): string | undefined {
  return /([A-Za-z][A-Za-z0-9]*)\.schema\.json$/.exec(url.trim())?.[1];
}

/** A job's `type:` key → its kind (the CLI reads `type` when `$schema` is absent). */
export const JOB_TYPE_KINDS: Readonly<Record<string, SpecKind>> = {
  command: 'commandJob',
  sweep: 'sweepJob',
  pipeline: 'pipelineJob',
};

/** The family a kind belongs to: a file of the right family but the wrong kind gets its refusal reason. */
export function kindFamily(kind: SpecKind): string {
  if (kind.endsWith('OnlineEndpoint')) return 'endpoint';
  if (kind.endsWith('OnlineDeployment')) return 'deployment';
  if (kind.endsWith('Job')) return 'job';
  return kind;
}

/** The `$schema` URL the CLI documents for a kind, for messages. */
export function schemaUrl(kind: SpecKind): string {
  return `https://azuremlschemas.azureedge.net/latest/${kind}.schema.json`;
}
