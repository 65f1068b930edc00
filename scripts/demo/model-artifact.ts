/**
 * The model's hand-off from the development workspace to the next environment, until the promote action exists: the
 * files of the registered version are downloaded as the development identity (what `az ml model download` does, and
 * what a workflow then keeps with actions/upload-artifact), and the next environment registers them in its own
 * workspace with register-model. A deployment can only use a model of its own workspace (or of a registry).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoragePipelineOptions } from '@azure/storage-blob';
import type { Logger } from '@aml-actions/action-kit';
import { getDatastoreContainer, parseAzureMlUri, translateArmError } from '@aml-actions/azure';
import { signIn, type Emulator } from './sign-in.js';

export interface ModelArtifact {
  folder: string;
  files: string[];
  /** The model version's ARM id it came from. */
  source: string;
}

export async function downloadModel(
  emulator: Emulator,
  from: { environment: string; workspace: string; name: string; version: string },
  folder: string,
  logger: Logger,
): Promise<ModelArtifact> {
  const session = signIn(emulator, from.environment, from.workspace, logger);
  const { mlClient, workspace, cloud } = session;
  const label = `model ${from.name}:${from.version} of workspace '${workspace.workspace}'`;
  const model = await mlClient.modelVersions
    .get(workspace.resourceGroup, workspace.workspace, from.name, from.version)
    .catch((error: unknown) => {
      throw translateArmError(error, { action: `Reading ${label}`, resource: label });
    });
  const uri = parseAzureMlUri(model.properties.modelUri ?? '', 'modelUri');
  if (uri.kind !== 'datastore') {
    throw new Error(`The ${label} is stored at ${model.properties.modelUri ?? '?'}, not in a datastore.`);
  }
  const container = await getDatastoreContainer(mlClient, workspace, cloud, logger, {
    datastoreName: uri.datastore,
    // The storage pipeline takes core-rest-pipeline's tlsOptions; its options type does not declare them.
    clientOptions: { tlsOptions: { ca: emulator.ca } } as StoragePipelineOptions,
  });
  const prefix = uri.path.replace(/\/+$/, '');
  const files: string[] = [];
  for await (const blob of container.listBlobsFlat({ prefix: `${prefix}/` })) {
    const relative = blob.name.slice(prefix.length + 1);
    const target = path.join(folder, ...relative.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await container.getBlobClient(blob.name).downloadToBuffer());
    files.push(relative);
  }
  if (files.length === 0)
    throw new Error(`The ${label} has no files under ${model.properties.modelUri ?? '?'}.`);
  return { folder, files: files.sort(), source: model.id ?? label };
}
