/** managedOnlineDeployment YAML → OnlineDeployment (Managed; API 2022-10-01 plus 2024-04-01 `dataCollector`). */
import path from 'node:path';
import { isMap } from 'yaml';
import type { ManagedOnlineDeployment, OnlineDeployment } from '@azure/arm-machinelearning';
import { commonFields, compact, readOnlyRefusals } from './asset-fields.js';
import { codeValue } from './code.js';
import { readDataCollector, type DataCollectorBody } from './data-collector.js';
import { readProbe, readRequestSettings, readScaleSettings } from './deployment-settings.js';
import { environmentValue } from './environment.js';
import { localPath } from './local-paths.js';
import { readModel } from './model.js';
import { finalizable, type AssetValue, type Finalizable, type PendingAsset } from './pending.js';
import { assetValue, type WorkspaceScope } from './references.js';
import { DEPLOYMENT_NAME, ENDPOINT_NAME, resourceName } from './resource-names.js';
import type { SpecDocument } from './spec-document.js';
import { openSpec, type SpecReader, type Field, type Fields } from './spec-reader.js';
import { REFUSED_KINDS } from './kinds.js';

/** The deployment body; `dataCollector` is not in API 2022-10-01, so it must be sent with 2024-04-01. */
export type OnlineDeploymentBody = OnlineDeployment & {
  properties: ManagedOnlineDeployment & { dataCollector?: DataCollectorBody };
};

export interface MappedDeployment extends Finalizable<OnlineDeploymentBody> {
  readonly name: string;
  readonly endpointName: string;
  /** The top-level keys the file sets. */
  readonly declared: readonly string[];
}

export interface DeploymentOptions {
  workspace: WorkspaceScope;
  /** The Azure region (the workspace's location). */
  location: string;
}

const DEPLOYMENT_SHAPE = {
  what: 'the deployment',
  keys: [
    '$schema',
    'name',
    'endpoint_name',
    'type',
    'description',
    'tags',
    'properties',
    'model',
    'model_mount_path',
    'code_configuration',
    'environment',
    'environment_variables',
    'instance_type',
    'instance_count',
    'request_settings',
    'liveness_probe',
    'readiness_probe',
    'scale_settings',
    'app_insights_enabled',
    'egress_public_network_access',
    'data_collector',
  ],
  required: ['name', 'endpoint_name', 'model', 'instance_type'],
  refused: {
    resources:
      "'resources' belongs to Kubernetes deployments, which these actions do not deploy: use instance_type",
    private_network_connection:
      "'private_network_connection' is deprecated: use egress_public_network_access: disabled instead",
    with_package: "'with_package' (model packaging) is not supported: remove it",
    ...readOnlyRefusals(['id', 'provisioning_state']),
  },
};

/** Map a managedOnlineDeployment YAML document to the OnlineDeployment to PUT (after resolving its pending assets). */
export function mapOnlineDeployment(doc: SpecDocument, options: DeploymentOptions): MappedDeployment {
  const { reader, fields } = openSpec(doc, 'managedOnlineDeployment', DEPLOYMENT_SHAPE);
  if (fields === undefined) return reader.finish<MappedDeployment>(undefined);
  const typeField = fields.get('type');
  const type = reader.choice(typeField, { managed: 'managed', kubernetes: 'kubernetes' } as const);
  if (typeField !== undefined && type === 'kubernetes')
    reader.report(typeField, REFUSED_KINDS.kubernetesOnlineDeployment);
  const name = resourceName(reader, fields.get('name'), DEPLOYMENT_NAME);
  const endpointName = resourceName(reader, fields.get('endpoint_name'), ENDPOINT_NAME);
  const pending: PendingAsset[] = [];
  const model = modelValue(reader, fields.get('model'), options.workspace, pending);
  const environment = environmentValue(reader, fields.get('environment'), options.workspace, pending);
  const code = readCodeConfiguration(reader, fields.get('code_configuration'), options.workspace, pending);
  checkNoCodeDeployment(reader, fields);
  const { description, tags, properties } = commonFields(reader, fields);
  const settings = compact({
    description,
    properties,
    modelMountPath: reader.string(
      fields.get('model_mount_path'),
      'an absolute path such as /var/azureml-app/model',
    ),
    environmentVariables: reader.stringMap(fields.get('environment_variables')),
    instanceType: reader.string(fields.get('instance_type'), 'a VM size such as Standard_DS3_v2'),
    requestSettings: readRequestSettings(reader, fields.get('request_settings')),
    livenessProbe: readProbe(reader, fields.get('liveness_probe')),
    readinessProbe: readProbe(reader, fields.get('readiness_probe')),
    scaleSettings: readScaleSettings(reader, fields.get('scale_settings')),
    appInsightsEnabled: reader.boolean(fields.get('app_insights_enabled')),
    egressPublicNetworkAccess: reader.choice(fields.get('egress_public_network_access'), {
      enabled: 'Enabled',
      disabled: 'Disabled',
    }),
  });
  const capacity = reader.integer(fields.get('instance_count'), { min: 1 }) ?? 1;
  const dataCollector = readDataCollector(reader, fields.get('data_collector'), options.workspace, pending);
  if (name === undefined || endpointName === undefined || model === undefined) {
    return reader.finish<MappedDeployment>(undefined);
  }
  return reader.finish({
    name,
    endpointName,
    declared: [...fields.keys()],
    ...finalizable<OnlineDeploymentBody>(pending, (value) => ({
      location: options.location,
      ...(tags === undefined ? {} : { tags }),
      sku: { name: 'Default', capacity },
      properties: compact({
        endpointComputeType: 'Managed' as const,
        ...settings,
        model: value(model),
        environmentId: environment === undefined ? undefined : value(environment),
        codeConfiguration:
          code === undefined
            ? undefined
            : compact({
                codeId: code.code === undefined ? undefined : value(code.code),
                scoringScript: code.script,
              }),
        dataCollector: dataCollector?.(value),
      }),
    })),
  });
}

/** `model:` — a registered model reference, or an inline model (registered before the deployment). */
function modelValue(
  reader: SpecReader,
  field: Field | undefined,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): AssetValue | undefined {
  const use = {
    type: 'models',
    expected: 'azureml:<model-name>:<version>, an ARM id, or an inline model {path: ...}',
    readInline: (inline: Field) => readModel(reader, inline, { requireName: false }),
    localHint: (text: string) => `a local model is written as a mapping: \`model: {path: ${text}}\``,
  } as const;
  return assetValue(reader, field, use, workspace, pending);
}

function readCodeConfiguration(
  reader: SpecReader,
  field: Field | undefined,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): { code: AssetValue | undefined; script: string } | undefined {
  const fields = reader.object(field, {
    what: 'code_configuration',
    keys: ['code', 'scoring_script'],
    required: ['code', 'scoring_script'],
  });
  const codeField = fields?.get('code');
  const scriptField = fields?.get('scoring_script');
  const script = reader.string(scriptField, 'the scoring script path, relative to the code folder');
  const code = codeValue(reader, codeField, 'folder', workspace, pending);
  if (script === undefined || scriptField === undefined) return undefined;
  if (code !== undefined && typeof code !== 'string' && code.kind === 'register') {
    const [upload] = code.asset.pending;
    if (upload?.kind === 'upload') localPath(reader, scriptField, path.join(upload.path, script), 'file');
  }
  return { code, script };
}

/** Only MLflow models deploy without an environment and scoring script (no-code deployment). */
function checkNoCodeDeployment(reader: SpecReader, fields: Fields): void {
  const model = fields.get('model');
  const environment = fields.get('environment');
  const code = fields.get('code_configuration');
  if (code !== undefined && environment === undefined) {
    reader.report(code, 'code_configuration needs an environment: add `environment:` (registered or inline)');
  }
  if (model === undefined || !isMap(model.node) || environment !== undefined) return;
  const type = model.node.get('type');
  if (typeof type !== 'string' || type.toLowerCase() !== 'mlflow_model') {
    reader.report(
      model,
      'only an mlflow_model deploys without an environment: add `environment:` and `code_configuration:` ' +
        '(a scoring script), or set the model `type: mlflow_model`',
    );
  }
}
