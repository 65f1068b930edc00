/** Environment YAML (environment.schema.json, or an inline `environment:`) → EnvironmentVersion. */
import { readFileSync } from 'node:fs';
import { isMap, parseDocument, stringify } from 'yaml';
import type { EnvironmentVersion, InferenceContainerProperties, Route } from '@azure/arm-machinelearning';
import { assetName, assetVersion, commonFields, compact, readOnlyRefusals } from './asset-fields.js';
import { localPath, uploadAsset } from './local-paths.js';
import { finalizable, type AssetValue, type EnvironmentSpec, type PendingAsset } from './pending.js';
import { assetValue, parseReference, type WorkspaceScope } from './references.js';
import { expectKind, type SpecDocument } from './spec-document.js';
import { SpecReader, type Field, type Fields } from './spec-reader.js';

const ENVIRONMENT_KEYS = [
  '$schema',
  'name',
  'version',
  'description',
  'tags',
  'properties',
  'image',
  'conda_file',
  'build',
  'os_type',
  'inference_config',
] as const;

const REFUSED = {
  datastore:
    "'datastore' is not supported: build contexts go to the workspace's default datastore; remove it",
  ...readOnlyRefusals(['id', 'creation_context', 'latest_version']),
};

const ROUTE_KEYS = ['path', 'port'];

/** An environment spec at `field`; records problems on the reader. */
export function readEnvironment(
  reader: SpecReader,
  field: Field,
  options: { requireName: boolean },
): EnvironmentSpec | undefined {
  const fields = reader.object(field, {
    what: field.path === '' ? 'the environment' : field.path,
    keys: ENVIRONMENT_KEYS,
    required: options.requireName ? ['name'] : [],
    refused: REFUSED,
  });
  if (fields === undefined) return undefined;
  const name = assetName(reader, fields);
  const version = assetVersion(reader, fields);
  const common = commonFields(reader, fields);
  const image = reader.string(
    fields.get('image'),
    'a container image such as mcr.microsoft.com/azureml/<image>:<tag>',
  );
  const condaFile = readCondaFile(reader, fields.get('conda_file'));
  const osType = reader.choice(fields.get('os_type'), { linux: 'Linux', windows: 'Windows' } as const);
  const inferenceConfig = readInferenceConfig(reader, fields.get('inference_config'));
  const pending: PendingAsset[] = [];
  const build = readBuild(reader, fields.get('build'), pending);
  if (!checkImageOrBuild(reader, field, fields)) return undefined;
  return {
    assetType: 'environments',
    name,
    version,
    annotation: reader.at(field),
    ...finalizable<EnvironmentVersion>(pending, (value) => ({
      properties: compact({
        ...common,
        image,
        condaFile,
        osType,
        inferenceConfig,
        build: build === undefined ? undefined : compact({ ...build, contextUri: value(build.contextUri) }),
      }),
    })),
  };
}

function checkImageOrBuild(reader: SpecReader, field: Field, fields: Fields): boolean {
  const image = fields.get('image');
  const build = fields.get('build');
  const conda = fields.get('conda_file');
  if (image === undefined && build === undefined) {
    reader.report(
      field,
      'an environment needs `image:` (optionally with `conda_file:`) or `build:` (a Docker build context)',
    );
    return false;
  }
  if (image !== undefined && build !== undefined) {
    reader.report(build, 'give either `image:` or `build:`, not both');
    return false;
  }
  if (build !== undefined && conda !== undefined) {
    reader.report(
      conda,
      '`conda_file:` goes with `image:`; with `build:`, install the packages in the Dockerfile',
    );
    return false;
  }
  return true;
}

/** The conda file's text (a path relative to the spec, or an inline mapping); checked to be YAML. */
function readCondaFile(reader: SpecReader, field: Field | undefined): string | undefined {
  if (field === undefined) return undefined;
  if (isMap(field.node)) return stringify(field.node.toJSON());
  const text = reader.string(field, 'the path of a conda YAML file, or the conda specification as a mapping');
  if (text === undefined) return undefined;
  const local = localPath(reader, field, text, 'file');
  if (local === undefined) return undefined;
  const content = readFileSync(local.path, 'utf8');
  const [error] = parseDocument(content, { prettyErrors: false }).errors;
  if (error !== undefined) {
    reader.report(
      field,
      `the conda file '${text}' is not valid YAML (${error.message.split('\n')[0] ?? ''})`,
    );
    return;
  }
  return content;
}

function readBuild(
  reader: SpecReader,
  field: Field | undefined,
  pending: PendingAsset[],
): { contextUri: AssetValue; dockerfilePath?: string } | undefined {
  const fields = reader.object(field, {
    what: 'build',
    keys: ['path', 'dockerfile_path'],
    required: ['path'],
  });
  const pathField = fields?.get('path');
  const text = reader.string(pathField, 'a local folder or a URL of a Docker build context');
  if (fields === undefined || pathField === undefined || text === undefined) return undefined;
  const dockerfilePath = reader.string(fields.get('dockerfile_path')) ?? 'Dockerfile';
  const reference = parseReference(text);
  if (reference.kind === 'uri') return { contextUri: reference.uri, dockerfilePath };
  if (reference.kind !== 'local') {
    reader.report(pathField, 'expected a local folder or an https:// / azureml:// URL of the build context');
    return;
  }
  const local = localPath(reader, pathField, reference.path, 'folder');
  if (local === undefined) return undefined;
  const dockerfileField = fields.get('dockerfile_path') ?? pathField;
  if (localPath(reader, dockerfileField, `${reference.path}/${dockerfilePath}`, 'file') === undefined)
    return undefined;
  const upload = uploadAsset(reader, pathField, local, 'build-context');
  pending.push(upload);
  return { contextUri: upload, dockerfilePath };
}

function readInferenceConfig(
  reader: SpecReader,
  field: Field | undefined,
): InferenceContainerProperties | undefined {
  const keys = ['liveness_route', 'readiness_route', 'scoring_route'];
  const fields = reader.object(field, { what: 'inference_config', keys, required: keys });
  if (fields === undefined) return undefined;
  const route = (key: string): Route | undefined => {
    const routeFields = reader.object(fields.get(key), { what: key, keys: ROUTE_KEYS, required: ROUTE_KEYS });
    const path = reader.string(routeFields?.get('path'));
    const port = reader.integer(routeFields?.get('port'), { min: 1, max: 65535 });
    return path === undefined || port === undefined ? undefined : { path, port };
  };
  return compact({
    livenessRoute: route('liveness_route'),
    readinessRoute: route('readiness_route'),
    scoringRoute: route('scoring_route'),
  });
}

/** A deployment's or job's `environment:`: registered (ARM id, registry URI, `@latest`) or inline. */
export function environmentValue(
  reader: SpecReader,
  field: Field | undefined,
  workspace: WorkspaceScope,
  pending: PendingAsset[],
): AssetValue | undefined {
  const use = {
    type: 'environments',
    expected: 'azureml:<name>:<version>, a registry environment or an inline environment',
    readInline: (inline: Field) => readEnvironment(reader, inline, { requireName: false }),
  } as const;
  return assetValue(reader, field, use, workspace, pending);
}

/** Map an environment YAML document (`az ml environment create -f`) to the EnvironmentVersion to create. */
export function mapEnvironment(doc: SpecDocument): EnvironmentSpec {
  expectKind(doc, 'environment');
  const reader = new SpecReader(doc);
  return reader.finish(readEnvironment(reader, reader.root(), { requireName: true }));
}
