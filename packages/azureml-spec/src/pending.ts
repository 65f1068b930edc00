/**
 * Things a spec refers to that must exist in the workspace before its ARM body is complete: local files to upload,
 * inline assets to register, `@latest` references to look up. Mapping lists them as `pending`; the action resolves
 * each one to a string (a datastore URI or an ARM id) and calls `finalize` with the results.
 */
import type { Annotation } from '@aml-actions/action-kit';
import type {
  CodeVersion,
  DataVersionBase,
  EnvironmentVersion,
  ModelVersion,
} from '@azure/arm-machinelearning';

export type AssetType = 'models' | 'environments' | 'codes' | 'data';

interface PendingBase {
  /** The key path of the value in the spec (`code_configuration.code`); the key of its result in `ResolvedAssets`. */
  readonly id: string;
  /** Where the spec names it, for annotations on errors while uploading or registering. */
  readonly annotation: Annotation;
}

/** A local file or folder to upload to the workspace's datastore; resolves to its `azureml://datastores/...` URI. */
export interface UploadAsset extends PendingBase {
  readonly kind: 'upload';
  readonly purpose: 'model' | 'code' | 'data' | 'build-context';
  /** Absolute path. */
  readonly path: string;
  readonly isDirectory: boolean;
}

/** An asset defined inline (a local model, code folder, inline environment); resolves to its version's ARM id. */
export interface RegisterAsset extends PendingBase {
  readonly kind: 'register';
  readonly asset: RegistrableAsset;
}

/** `azureml:<name>@<label>`: resolves to the ARM id of the version the label names (`latest`: the newest). */
export interface LatestVersionAsset extends PendingBase {
  readonly kind: 'label';
  readonly assetType: AssetType;
  readonly name: string;
  readonly label: string;
}

export type PendingAsset = UploadAsset | RegisterAsset | LatestVersionAsset;

/** Results of resolving pending assets: pending id → URI or ARM id. */
export type ResolvedAssets = Readonly<Record<string, string>>;

/** A body that is complete once its pending assets are resolved. */
export interface Finalizable<T> {
  readonly pending: readonly PendingAsset[];
  /** The ARM body with every pending asset replaced by its result; throws if one is missing (a programming error). */
  finalize(resolved: ResolvedAssets): T;
}

/** An asset version to create (`PUT .../{assetType}/{name}/versions/{version}`). */
export interface AssetSpec<A extends AssetType, T> extends Finalizable<T> {
  readonly assetType: A;
  /** Undefined for anonymous inline assets: the action names them (content-addressed). */
  readonly name: string | undefined;
  /** Undefined when the spec names none: the action picks one. */
  readonly version: string | undefined;
  readonly annotation: Annotation;
}

export type ModelSpec = AssetSpec<'models', ModelVersion>;
export type CodeSpec = AssetSpec<'codes', CodeVersion>;
export type EnvironmentSpec = AssetSpec<'environments', EnvironmentVersion>;
export type DataSpec = AssetSpec<'data', DataVersionBase>;
export type RegistrableAsset = ModelSpec | CodeSpec | EnvironmentSpec | DataSpec;

/** What `AssetResolver.register` receives: the asset with its finished body. */
export type Registration =
  | { assetType: 'models'; spec: ModelSpec; body: ModelVersion }
  | { assetType: 'codes'; spec: CodeSpec; body: CodeVersion }
  | { assetType: 'environments'; spec: EnvironmentSpec; body: EnvironmentVersion }
  | { assetType: 'data'; spec: DataSpec; body: DataVersionBase };

/** The action's side of resolution (uploads content-addressed, registers versions, looks up labels). */
export interface AssetResolver {
  /** Upload the file or folder; return its datastore URI (`azureml://datastores/<ds>/paths/<path>`). */
  upload(asset: UploadAsset): Promise<string>;
  /** Create (or reuse) the asset version; return its ARM id. */
  register(registration: Registration): Promise<string>;
  /** Return the ARM id of the version the label names. */
  resolveLabel(asset: LatestVersionAsset): Promise<string>;
}

/** A value that is either known now or the result of a pending asset. */
export type AssetValue = string | PendingAsset;

/** An inline asset at `id` to register before the body is complete: added to `pending`, returned as its value. */
export function pendRegistration(
  pending: PendingAsset[],
  id: string,
  asset: RegistrableAsset,
): RegisterAsset {
  const register: RegisterAsset = { kind: 'register', id, annotation: asset.annotation, asset };
  pending.push(register);
  return register;
}

/** Resolve pending assets in order (inner ones of inline assets first). */
export async function resolveAssets(
  pending: readonly PendingAsset[],
  resolver: AssetResolver,
): Promise<ResolvedAssets> {
  const resolved: Record<string, string> = {};
  for (const asset of pending) {
    if (asset.kind === 'upload') resolved[asset.id] = await resolver.upload(asset);
    else if (asset.kind === 'label') resolved[asset.id] = await resolver.resolveLabel(asset);
    else {
      const inner = await resolveAssets(asset.asset.pending, resolver);
      resolved[asset.id] = await resolver.register(registrationOf(asset.asset, inner));
    }
  }
  return resolved;
}

function registrationOf(spec: RegistrableAsset, resolved: ResolvedAssets): Registration {
  switch (spec.assetType) {
    case 'models':
      return { assetType: spec.assetType, spec, body: spec.finalize(resolved) };
    case 'codes':
      return { assetType: spec.assetType, spec, body: spec.finalize(resolved) };
    case 'environments':
      return { assetType: spec.assetType, spec, body: spec.finalize(resolved) };
    case 'data':
      return { assetType: spec.assetType, spec, body: spec.finalize(resolved) };
  }
}

/**
 * A Finalizable from the pending assets a mapping collected and a builder that reads resolved values with
 * `value(assetValue)`.
 */
export function finalizable<T>(
  pending: readonly PendingAsset[],
  build: (value: (item: AssetValue) => string) => T,
): Finalizable<T> {
  return {
    pending,
    finalize(resolved) {
      const missing = pending.filter((asset) => resolved[asset.id] === undefined).map((asset) => asset.id);
      if (missing.length > 0) {
        throw new Error(
          `finalize: pending assets not resolved: ${missing.join(', ')} (call resolveAssets first)`,
        );
      }
      return build((item) => (typeof item === 'string' ? item : (resolved[item.id] ?? '')));
    },
  };
}
