/**
 * What a deployment YAML refers to, made to exist in the workspace: local code folders and inline environments as
 * run-job does it (content-addressed uploads, anonymous versions named after their content, reused when unchanged),
 * plus what only deployments define inline: models (registered with the content-hash tag register-model uses, so
 * an unchanged model is reused) and data collector data assets.
 */
import { createHash } from 'node:crypto';
import { translateArmError } from '@aml-actions/azure';
import type { AssetResolver, DataSpec, ModelSpec } from '@aml-actions/azureml-spec';
import {
  assetResolver,
  CONTENT_HASH_TAG,
  formatContentHash,
  httpStatusOf,
  type AssetClients,
  type AssetReport,
} from '@aml-actions/assets';
import { createVersion, findVersionByContent, type ModelRegistry } from '@aml-actions/registration';
import type { DataVersionBase, ModelVersion } from '@azure/arm-machinelearning';

export function deploymentAssetResolver(clients: AssetClients, report: AssetReport[]): AssetResolver {
  const base = assetResolver(clients, report);
  return {
    ...base,
    register: (registration) => {
      if (registration.assetType === 'models') {
        return registerModel(registration.spec, registration.body, clients, report);
      }
      if (registration.assetType === 'data')
        return registerData(registration.spec, registration.body, clients, report);
      return base.register(registration);
    },
  };
}

/** The model files' hash from a content-addressed upload path, else a hash of the model's location. */
export function modelContentHash(modelUri: string): string {
  const uploaded = /\/LocalUpload\/([0-9a-f]{64})\//.exec(modelUri)?.[1];
  return formatContentHash(uploaded ?? createHash('sha256').update(modelUri).digest('hex'));
}

async function registerModel(
  spec: ModelSpec,
  body: ModelVersion,
  clients: AssetClients,
  report: AssetReport[],
): Promise<string> {
  const { client, workspace, logger } = clients;
  const contentHash = modelContentHash(body.properties.modelUri ?? '');
  const anonymous = spec.name === undefined;
  const name = spec.name ?? contentHash.replace(/^sha256:/, '').slice(0, 32);
  const registry: ModelRegistry = { client, ...workspace };
  const where = `inline model of ${spec.annotation.file}`;
  try {
    const reusable =
      spec.version === undefined && !anonymous
        ? await findVersionByContent(registry, name, contentHash)
        : undefined;
    if (reusable?.id) {
      logger.info(
        `Reusing model '${name}' version ${reusable.name ?? '?'}: it holds the same content (${contentHash}).`,
      );
      report.push({ what: `model ${name}:${reusable.name ?? '?'}`, reference: reusable.id, reused: true });
      return reusable.id;
    }
    const explicitVersion = spec.version ?? (anonymous ? '1' : undefined);
    const created = await createVersion(
      registry,
      name,
      {
        properties: {
          ...body.properties,
          isAnonymous: anonymous,
          tags: { ...body.properties.tags, [CONTENT_HASH_TAG]: contentHash },
        },
      },
      { contentHash, logger, ...(explicitVersion === undefined ? {} : { explicitVersion }) },
    );
    const id = created.model.id ?? `${workspace.id}/models/${name}/versions/${created.version}`;
    report.push({
      what: `${anonymous ? 'inline ' : ''}model ${name}:${created.version}`,
      reference: id,
      reused: created.reused,
    });
    return id;
  } catch (error) {
    throw translateArmError(error, { action: `Registering the ${where}` });
  }
}

async function registerData(
  spec: DataSpec,
  body: DataVersionBase,
  clients: AssetClients,
  report: AssetReport[],
): Promise<string> {
  const { client, workspace, logger, signal } = clients;
  const name = spec.name ?? createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32);
  const version = spec.version ?? '1';
  const label = `data asset ${name}:${version}`;
  const options = { abortSignal: signal };
  const existing = await client.dataVersions
    .get(workspace.resourceGroup, workspace.workspace, name, version, options)
    .catch((error: unknown) => {
      if (httpStatusOf(error) === 404) return undefined;
      throw translateArmError(error, { action: `Reading ${label}` });
    });
  if (existing?.id) {
    logger.info(`Reusing ${label}.`);
    report.push({ what: label, reference: existing.id, reused: true });
    return existing.id;
  }
  const created = await client.dataVersions
    .createOrUpdate(workspace.resourceGroup, workspace.workspace, name, version, body, options)
    .catch((error: unknown) => {
      throw translateArmError(error, { action: `Registering ${label} (from ${spec.annotation.file})` });
    });
  logger.info(`Registered ${label}.`);
  const id = created.id ?? `${workspace.id}/data/${name}/versions/${version}`;
  report.push({ what: label, reference: id, reused: false });
  return id;
}
