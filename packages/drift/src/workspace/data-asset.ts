/**
 * A registered data asset as users name it (`azureml:<name>:<version>`, `azureml:<name>@latest`, `azureml:<name>`
 * or the long azureml://…/data/<name>/versions/<v> form) → the pinned version with its type and data URI. No
 * version or `@latest` is the container's latestVersion, as Azure ML resolves it (the most recently created version).
 */
import type { DataContainer, DataVersionBase } from '@azure/arm-machinelearning';
import { UserError, didYouMean } from '@aml-actions/action-kit';
import { translateArmError, type MlClient, type WorkspaceRef } from '@aml-actions/azure';

export type DataType = 'uri_file' | 'uri_folder' | 'mltable';

export interface DataAssetRef {
  name: string;
  version: string | undefined;
  label: string | undefined;
}

export interface ResolvedDataAsset {
  name: string;
  version: string;
  /** How the version was chosen: given, or the latest. */
  pinned: 'version' | 'latest';
  dataType: DataType;
  dataUri: string;
}

/** The reads the resolution needs (the Azure ML client in the action, fakes in tests); undefined: 404. */
export interface DataAssetReader {
  workspace: string;
  getContainer(name: string): Promise<DataContainer | undefined>;
  getVersion(name: string, version: string): Promise<DataVersionBase | undefined>;
  /** Version names, newest first (at most `limit`). */
  listVersions(name: string, limit: number): Promise<string[]>;
  /** Data asset names of the workspace (at most `limit`). */
  listNames(limit: number): Promise<string[]>;
}

const LISTED = 20;

export async function resolveDataAsset(
  ref: DataAssetRef,
  value: string,
  input: string,
  reader: DataAssetReader,
): Promise<ResolvedDataAsset> {
  const where = `Input '${input}' is '${value}'`;
  if (ref.label !== undefined && ref.label !== 'latest') {
    throw new UserError(
      `${where}: data assets have no label '${ref.label}', only 'latest'. Give azureml:${ref.name}@latest or a version, azureml:${ref.name}:<version>.`,
    );
  }
  const container = await reader.getContainer(ref.name);
  if (container === undefined) {
    const names = await reader.listNames(200);
    const hint = didYouMean(ref.name, names);
    throw new UserError(
      `${where}, but workspace '${reader.workspace}' has no data asset '${ref.name}'${hint ? `: ${hint}` : '.'} ` +
        (names.length === 0
          ? 'It has no data assets at all: register the training data first (az ml data create, or a job output registered as data).'
          : `Its data assets: ${names.slice(0, LISTED).join(', ')}${names.length > LISTED ? ', …' : ''}.`),
      { kind: 'not-found' },
    );
  }
  const pinned = ref.version === undefined ? 'latest' : 'version';
  const version = ref.version ?? container.properties.latestVersion ?? undefined;
  const found = version === undefined ? undefined : await reader.getVersion(ref.name, version);
  if (version === undefined || found === undefined) {
    const versions = await reader.listVersions(ref.name, LISTED);
    throw new UserError(
      `${where}, but data asset '${ref.name}' in workspace '${reader.workspace}' ` +
        (version === undefined ? 'has no version' : `has no version '${version}'`) +
        (versions.length === 0
          ? ': register a version first.'
          : `. Its versions, newest first: ${versions.join(', ')}; give one as azureml:${ref.name}:<version>, or azureml:${ref.name}@latest.`),
      { kind: 'not-found' },
    );
  }
  const { dataType, dataUri } = found.properties;
  if (dataType !== 'uri_file' && dataType !== 'uri_folder' && dataType !== 'mltable') {
    throw new UserError(
      `${where}: data asset ${ref.name}:${version} is of type '${dataType}'; drift-check reads uri_file, uri_folder and mltable data.`,
    );
  }
  return { name: ref.name, version, pinned, dataType, dataUri };
}

/** Whether an ARM call failed with 404 (the asset or version does not exist). */
function isNotFound(error: unknown): boolean {
  return (error as { statusCode?: number } | null)?.statusCode === 404;
}

async function orUndefined<T>(call: () => Promise<T>, action: string): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw translateArmError(error, { action });
  }
}

async function take<T>(items: AsyncIterable<T>, limit: number): Promise<T[]> {
  const taken: T[] = [];
  for await (const item of items) {
    taken.push(item);
    if (taken.length >= limit) break;
  }
  return taken;
}

/** The data asset reads of `workspace` through the Azure ML management client. */
export function dataAssetReader(
  client: MlClient,
  workspace: WorkspaceRef,
  signal: AbortSignal,
): DataAssetReader {
  const { resourceGroup, workspace: ws } = workspace;
  const options = { abortSignal: signal };
  const named = (item: { name?: string }): string => item.name ?? '';
  return {
    workspace: ws,
    getContainer: (name) =>
      orUndefined(
        () => client.dataContainers.get(resourceGroup, ws, name, options),
        `Reading data asset '${name}' in workspace '${ws}'`,
      ),
    getVersion: (name, version) =>
      orUndefined(
        () => client.dataVersions.get(resourceGroup, ws, name, version, options),
        `Reading data asset ${name}:${version} in workspace '${ws}'`,
      ),
    listVersions: async (name, limit) =>
      (
        (await orUndefined(
          () =>
            take(
              client.dataVersions.list(resourceGroup, ws, name, {
                ...options,
                orderBy: 'createdtime desc',
                listViewType: 'All',
              }),
              limit,
            ),
          `Listing the versions of data asset '${name}' in workspace '${ws}'`,
        )) ?? []
      ).map(named),
    listNames: async (limit) =>
      (
        await orUndefined(
          () =>
            take(client.dataContainers.list(resourceGroup, ws, { ...options, listViewType: 'All' }), limit),
          `Listing the data assets of workspace '${ws}'`,
        )
      )?.map(named) ?? [],
  };
}
