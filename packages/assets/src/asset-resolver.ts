/**
 * What a job or deployment YAML refers to, made to exist in the workspace the way the CLI does it: local code and input folders
 * uploaded content-addressed to the default datastore (LocalUpload/<hash>/…, unchanged content is not sent again),
 * inline code and environments registered as anonymous versions named after their content (re-running reuses
 * them), `@latest` references looked up.
 */
import { createHash } from 'node:crypto';
import { UserError, type Logger } from '@aml-actions/action-kit';
import { DEFAULT_DATASTORE, translateArmError, type MlClient, type WorkspaceRef } from '@aml-actions/azure';
import type { AssetResolver, LatestVersionAsset, Registration, UploadAsset } from '@aml-actions/azureml-spec';
import { hashContent } from './content-hash.js';
import { uploadContent, type UploadContainer } from './content-upload.js';
import { httpStatusOf } from './http-status.js';

export interface AssetClients {
  client: MlClient;
  workspace: WorkspaceRef;
  /** Opens the default datastore; called once, when the first upload needs it. */
  openDatastore: () => Promise<UploadContainer>;
  logger: Logger;
  signal: AbortSignal;
}

/** The name Azure ML CLI v2 gives inline environments; their version is a hash of the definition. */
export const ANONYMOUS_ENVIRONMENT = 'CliV2AnonymousEnvironment';

/** What resolving did, for the log and the summary. */
export interface AssetReport {
  what: string;
  reference: string;
  reused: boolean;
}

/** What each kind of local path holds, as errors name it ("the code file or folder"). */
const UPLOAD_NOUNS: Record<UploadAsset['purpose'], string> = {
  model: 'model',
  code: 'code',
  data: 'data',
  'build-context': 'build context',
};

export function assetResolver(clients: AssetClients, report: AssetReport[]): AssetResolver {
  let datastore: Promise<UploadContainer> | undefined;
  return {
    async upload(asset: UploadAsset) {
      const where = `${asset.annotation.file}: ${asset.id}`;
      const content = await hashContent(asset.path, { input: where, noun: UPLOAD_NOUNS[asset.purpose] });
      datastore ??= clients.openDatastore();
      const result = await uploadContent(await datastore, content, clients.logger, {
        abortSignal: clients.signal,
      });
      const uri = `azureml://datastores/${DEFAULT_DATASTORE}/paths/${result.path}`;
      report.push({ what: `files of ${asset.id}`, reference: uri, reused: result.alreadyComplete });
      return uri;
    },
    register: (registration) => register(registration, clients, report),
    resolveLabel: (asset) => resolveLabel(asset, clients),
  };
}

async function register(
  registration: Registration,
  clients: AssetClients,
  report: AssetReport[],
): Promise<string> {
  const { client, workspace, logger } = clients;
  const { resourceGroup, workspace: ws } = workspace;
  const { spec } = registration;
  const digest = createHash('sha256').update(JSON.stringify(registration.body)).digest('hex').slice(0, 32);
  const anonymous = spec.name === undefined;
  const name = spec.name ?? (registration.assetType === 'environments' ? ANONYMOUS_ENVIRONMENT : digest);
  const version = spec.version ?? (registration.assetType === 'environments' && anonymous ? digest : '1');
  const noun = registration.assetType === 'environments' ? 'environment' : 'code';
  const label = `${anonymous ? 'inline ' : ''}${noun} ${name}:${version}`;
  const options = { abortSignal: clients.signal };
  const operations =
    registration.assetType === 'environments' ? client.environmentVersions : client.codeVersions;
  if (registration.assetType !== 'environments' && registration.assetType !== 'codes') {
    throw new UserError(
      `${spec.annotation.file}: a ${registration.assetType} asset cannot be defined inline here: register it first and refer to it as azureml:<name>:<version>.`,
    );
  }
  const existing = await operations.get(resourceGroup, ws, name, version, options).catch((error: unknown) => {
    if (httpStatusOf(error) === 404) return undefined;
    throw translateArmError(error, { action: `Reading ${label}` });
  });
  if (existing?.id) {
    logger.info(`Reusing ${label}: the same definition is already registered.`);
    report.push({ what: label, reference: existing.id, reused: true });
    return existing.id;
  }
  const body = { properties: { ...registration.body.properties, isAnonymous: anonymous } };
  const created = await (
    registration.assetType === 'environments'
      ? client.environmentVersions.createOrUpdate(resourceGroup, ws, name, version, body, options)
      : client.codeVersions.createOrUpdate(resourceGroup, ws, name, version, body, options)
  ).catch((error: unknown) => {
    throw translateArmError(error, { action: `Registering ${label} (from ${spec.annotation.file})` });
  });
  logger.info(`Registered ${label}.`);
  const id = created.id ?? `${workspace.id}/${registration.assetType}/${name}/versions/${version}`;
  report.push({ what: label, reference: id, reused: false });
  return id;
}

async function resolveLabel(asset: LatestVersionAsset, clients: AssetClients): Promise<string> {
  const where = `${asset.annotation.file}: ${asset.id}`;
  if (asset.label !== 'latest') {
    throw new UserError(
      `${where}: the label '@${asset.label}' is not supported: use @latest or an explicit version (azureml:${asset.name}:<version>).`,
      { annotation: asset.annotation },
    );
  }
  const { client, workspace } = clients;
  const operations = {
    models: client.modelContainers,
    environments: client.environmentContainers,
    codes: client.codeContainers,
    data: undefined,
  }[asset.assetType];
  if (operations === undefined) {
    throw new UserError(
      `${where}: data assets cannot be referenced by label here: give an explicit version.`,
      {
        annotation: asset.annotation,
      },
    );
  }
  const container = await operations
    .get(workspace.resourceGroup, workspace.workspace, asset.name, { abortSignal: clients.signal })
    .catch((error: unknown) => {
      throw translateArmError(error, {
        action: `Looking up the latest version of '${asset.name}' (${where})`,
        resource: `${asset.assetType} '${asset.name}' in workspace '${workspace.workspace}'`,
      });
    });
  const latest = container.properties.latestVersion;
  if (!latest) {
    throw new UserError(`${where}: '${asset.name}' has no versions yet: register one first.`, {
      annotation: asset.annotation,
      kind: 'not-found',
    });
  }
  return `${workspace.id}/${asset.assetType}/${asset.name}/versions/${latest}`;
}
