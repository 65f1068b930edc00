/**
 * A deployment's `data_collector` → the `dataCollector` property of API 2024-04-01 (not in 2022-10-01, so kept as
 * raw JSON the action sends through that api-version).
 */
import { isMap } from 'yaml';
import type { DataVersionBase } from '@azure/arm-machinelearning';
import { assetName, assetVersion, compact } from './asset-fields.js';
import {
  finalizable,
  pendRegistration,
  type AssetValue,
  type DataSpec,
  type PendingAsset,
} from './pending.js';
import { parseReference, registeredAsset, type WorkspaceScope } from './references.js';
import type { Field, SpecReader } from './spec-reader.js';

/** 2024-04-01 `Collection`. */
export interface CollectionBody {
  dataCollectionMode: 'Enabled' | 'Disabled';
  dataId?: string;
  clientId?: string;
  samplingRate?: number;
}

/** 2024-04-01 `DataCollector`. */
export interface DataCollectorBody {
  collections: Record<string, CollectionBody>;
  rollingRate?: 'Year' | 'Month' | 'Day' | 'Hour' | 'Minute';
  requestLogging?: { captureHeaders?: string[] };
}

const ROLLING_RATES = { year: 'Year', month: 'Month', day: 'Day', hour: 'Hour', minute: 'Minute' } as const;

interface CollectionValue {
  readonly mode: CollectionBody['dataCollectionMode'];
  readonly data: AssetValue | undefined;
  readonly clientId: string | undefined;
}

/** The data collector with its data assets as AssetValues; `build` turns it into the body once they are resolved. */
export function readDataCollector(
  reader: SpecReader,
  field: Field | undefined,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): ((value: (item: AssetValue) => string) => DataCollectorBody) | undefined {
  const fields = reader.object(field, {
    what: 'data_collector',
    keys: ['collections', 'rolling_rate', 'sampling_rate', 'request_logging'],
    required: ['collections'],
  });
  if (fields === undefined) return undefined;
  const samplingRate = reader.number(fields.get('sampling_rate'), { min: 0, max: 1 });
  const rollingRate = reader.choice(fields.get('rolling_rate'), ROLLING_RATES);
  const logging = reader.object(fields.get('request_logging'), {
    what: 'request_logging',
    keys: ['capture_headers'],
  });
  const captureHeaders = reader.stringList(logging?.get('capture_headers'));
  const collections = new Map<string, CollectionValue>();
  for (const entry of reader.entries(
    fields.get('collections'),
    'a mapping of collection names to settings',
  )) {
    const collection = reader.object(entry, { what: entry.path, keys: ['enabled', 'data', 'client_id'] });
    if (collection === undefined) continue;
    const dataField = collection.get('data');
    collections.set(entry.key, {
      mode: reader.boolean(collection.get('enabled')) === true ? 'Enabled' : 'Disabled',
      data: dataField === undefined ? undefined : collectionData(reader, dataField, workspace, pending),
      clientId: reader.string(collection.get('client_id'), 'the client id of a managed identity'),
    });
  }
  return (value) =>
    compact({
      collections: Object.fromEntries(
        [...collections].map(([name, item]) => [
          name,
          compact({
            dataCollectionMode: item.mode,
            dataId: item.data === undefined ? undefined : value(item.data),
            clientId: item.clientId,
            samplingRate,
          }),
        ]),
      ),
      rollingRate,
      requestLogging: logging === undefined ? undefined : compact({ captureHeaders }),
    });
}

/** A collection's `data`: a registered data asset, or `{name, path, version}` to register (a uri_folder). */
function collectionData(
  reader: SpecReader,
  field: Field,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): AssetValue | undefined {
  if (!isMap(field.node)) {
    const text = reader.string(field, 'azureml:<data-name>:<version> or {name, path, version}');
    return text === undefined
      ? undefined
      : registeredAsset(reader, field, parseReference(text), 'data', workspace, pending);
  }
  const data = reader.object(field, {
    what: field.path,
    keys: ['name', 'version', 'path', 'description', 'tags'],
    required: ['name', 'path'],
  });
  if (data === undefined) return undefined;
  const pathField = data.get('path');
  const uri = reader.string(pathField, 'an azureml://datastores/<datastore>/paths/<path> URI');
  if (pathField !== undefined && uri !== undefined && !/^azureml:\/\/datastores\//i.test(uri.trim())) {
    reader.report(
      pathField,
      `'${uri}' is not a datastore URI: expected azureml://datastores/<datastore>/paths/<path>`,
    );
  }
  const properties = compact({
    dataType: 'uri_folder' as const,
    dataUri: uri?.trim() ?? '',
    description: reader.string(data.get('description')),
    tags: reader.stringMap(data.get('tags')),
  });
  const asset: DataSpec = {
    assetType: 'data',
    name: assetName(reader, data),
    version: assetVersion(reader, data),
    annotation: reader.at(field),
    ...finalizable<DataVersionBase>([], () => ({ properties })),
  };
  return pendRegistration(pending, field.path, asset);
}
