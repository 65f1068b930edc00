/** A command job's compute, resources, distribution, limits and identity. */
import type {
  CommandJobLimits,
  DistributionConfigurationUnion,
  IdentityConfigurationUnion,
  JobResourceConfiguration,
} from '@azure/arm-machinelearning';
import { compact } from './asset-fields.js';
import { isoDurationFromSeconds } from './iso-duration.js';
import { computeArmId, parseReference, type WorkspaceScope } from './references.js';
import type { Field, SpecReader } from './spec-reader.js';

const COMPUTE_NAME = /^[A-Za-z][A-Za-z0-9-]{1,23}$/;

/** `compute:` → the compute's ARM id (`azureml:<name>`, a bare name, or an ARM id); absent means serverless. */
export function readCompute(
  reader: SpecReader,
  field: Field | undefined,
  workspace: WorkspaceScope,
): string | undefined {
  const text = reader.string(field, 'azureml:<compute-name>');
  if (field === undefined || text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'local') {
    reader.report(
      field,
      "'local' runs the job in Docker on your machine through the CLI; run-job submits to the workspace: " +
        'name a compute cluster (azureml:<cluster>) or remove compute for serverless compute',
    );
    return;
  }
  const reference = parseReference(text.includes(':') || text.startsWith('/') ? text : `azureml:${text}`);
  if (reference.kind === 'arm-id') return reference.id;
  if (reference.kind === 'name' && COMPUTE_NAME.test(reference.name))
    return computeArmId(workspace, reference.name);
  reader.report(
    field,
    `'${text}' is not a compute reference: expected azureml:<compute-name> (2-24 letters, digits and hyphens, ` +
      'starting with a letter) or the compute ARM id',
  );
}

export function readResources(
  reader: SpecReader,
  field: Field | undefined,
): JobResourceConfiguration | undefined {
  const fields = reader.object(field, {
    what: 'resources',
    keys: ['instance_count', 'instance_type', 'shm_size', 'docker_args'],
  });
  if (fields === undefined) return undefined;
  const shmSize = reader.string(fields.get('shm_size'), 'a size such as 2g');
  const shmField = fields.get('shm_size');
  if (shmField !== undefined && shmSize !== undefined && !/^\d+[bkmg]$/i.test(shmSize)) {
    reader.report(shmField, `'${shmSize}' is not a size: expected a number with b, k, m or g (such as 2g)`);
  }
  return compact({
    instanceCount: reader.integer(fields.get('instance_count'), { min: 1 }),
    instanceType: reader.string(fields.get('instance_type'), 'a VM size such as Standard_DS3_v2'),
    shmSize,
    dockerArgs: reader.string(fields.get('docker_args')),
  });
}

const DISTRIBUTION_KEYS: Record<string, readonly string[]> = {
  pytorch: ['type', 'process_count_per_instance'],
  mpi: ['type', 'process_count_per_instance'],
  tensorflow: ['type', 'worker_count', 'parameter_server_count'],
};

export function readDistribution(
  reader: SpecReader,
  field: Field | undefined,
): DistributionConfigurationUnion | undefined {
  const fields = reader.object(field, {
    what: 'distribution',
    keys: ['type', 'process_count_per_instance', 'worker_count', 'parameter_server_count'],
    required: ['type'],
    refused: {
      include_dashboard: "'include_dashboard' is for Ray distribution, which is not supported: remove it",
    },
  });
  const typeField = fields?.get('type');
  const type = reader.choice(typeField, {
    pytorch: 'pytorch',
    mpi: 'mpi',
    tensorflow: 'tensorflow',
    ray: 'ray',
  } as const);
  if (fields === undefined || typeField === undefined || type === undefined) return undefined;
  if (type === 'ray') {
    reader.report(typeField, 'Ray distribution is not supported: use pytorch, mpi or tensorflow');
    return;
  }
  for (const [key, keyField] of fields) {
    if (!(DISTRIBUTION_KEYS[type] ?? []).includes(key)) {
      reader.report(keyField, `'${key}' does not apply to distribution type ${type}`);
    }
  }
  const count = (key: string, min: number): number | undefined => reader.integer(fields.get(key), { min });
  if (type === 'tensorflow') {
    return compact({
      distributionType: 'TensorFlow' as const,
      workerCount: count('worker_count', 1),
      parameterServerCount: count('parameter_server_count', 0),
    });
  }
  return compact({
    distributionType: type === 'pytorch' ? ('PyTorch' as const) : ('Mpi' as const),
    processCountPerInstance: count('process_count_per_instance', 1),
  });
}

export function readLimits(reader: SpecReader, field: Field | undefined): CommandJobLimits | undefined {
  const fields = reader.object(field, { what: 'limits', keys: ['timeout'] });
  if (fields === undefined) return undefined;
  const timeout = reader.integer(fields.get('timeout'), { min: 1, unit: 'seconds' });
  return compact({
    jobLimitsType: 'Command' as const,
    timeout: timeout === undefined ? undefined : isoDurationFromSeconds(timeout),
  });
}

export function readJobIdentity(
  reader: SpecReader,
  field: Field | undefined,
): IdentityConfigurationUnion | undefined {
  const fields = reader.object(field, {
    what: 'identity',
    keys: ['type', 'client_id', 'object_id', 'resource_id'],
    required: ['type'],
  });
  if (field === undefined || fields === undefined) return undefined;
  const type = reader.choice(fields.get('type'), {
    aml_token: 'AMLToken',
    managed: 'Managed',
    managed_identity: 'Managed',
    user_identity: 'UserIdentity',
  } as const);
  const ids = {
    clientId: reader.string(fields.get('client_id')),
    objectId: reader.string(fields.get('object_id')),
    resourceId: reader.string(fields.get('resource_id')),
  };
  if (type === undefined) return undefined;
  if (type === 'Managed') return compact({ identityType: type, ...ids });
  for (const key of ['client_id', 'object_id', 'resource_id']) {
    const extra = fields.get(key);
    if (extra !== undefined) reader.report(extra, `'${key}' goes with identity type managed`);
  }
  return { identityType: type };
}
