/**
 * drift-check's Azure ML references followed to their files, with fakes for the workspace: data assets (pinned
 * version, latest, long form, unknown names and versions), mltable assets through their MLTable file, job outputs,
 * and the errors that name the input, the value and the fix.
 */
import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import type { JobBase } from '@azure/arm-machinelearning';
import type { Logger } from '@aml-actions/action-kit';
import { workspaceArmId } from '@aml-actions/azure';
import { formatOf, type DataFile } from '@aml-actions/drift';
import { globMatcher, parseMlTable, referenceFiles, type ReferenceDeps } from '@aml-actions/drift';

const SUB = '22222222-0000-4000-8000-000000000000';
const workspace = {
  subscriptionId: SUB,
  resourceGroup: 'rg-mlops',
  workspace: 'dev',
  id: workspaceArmId(SUB, 'rg-mlops', 'dev'),
};

type Version = { dataType: string; dataUri: string };
const ASSETS: Record<string, { latest?: string; versions: Record<string, Version> }> = {
  bank: {
    latest: '3',
    versions: {
      '1': { dataType: 'uri_file', dataUri: 'azureml://datastores/workspaceblobstore/paths/old/train.csv' },
      '2': {
        dataType: 'uri_folder',
        dataUri: `azureml://subscriptions/${SUB}/resourcegroups/rg-mlops/workspaces/dev/datastores/workspaceblobstore/paths/bank/`,
      },
      '3': { dataType: 'uri_file', dataUri: 'azureml://datastores/workspaceblobstore/paths/bank/train.csv' },
    },
  },
  table: {
    latest: '1',
    versions: {
      '1': { dataType: 'mltable', dataUri: 'azureml://datastores/workspaceblobstore/paths/tables/bank/' },
    },
  },
  web: { latest: '1', versions: { '1': { dataType: 'uri_file', dataUri: 'https://example.com/train.csv' } } },
  fromjob: {
    latest: '1',
    versions: { '1': { dataType: 'uri_folder', dataUri: 'azureml://jobs/train-1/outputs/data' } },
  },
  empty: { versions: {} },
};

const BLOBS = [
  'bank/train.csv',
  'bank/valid.csv',
  'old/train.csv',
  'tables/bank/MLTable',
  'tables/bank/part-1.csv',
  'tables/bank/sub/part-2.csv',
  'tables/bank/notes.txt',
  'azureml/train-1/data/train.csv',
  'azureml/train-1/data/extra/more.csv',
];
let mlTable = '';

function file(datastore: string, name: string): DataFile | undefined {
  const format = formatOf(name);
  return format === undefined
    ? undefined
    : { name: `azureml://datastores/${datastore}/paths/${name}`, format, chunks: () => Readable.from([]) };
}

const logged: string[] = [];
const log: Logger = {
  debug: () => undefined,
  info: (m: string) => logged.push(m),
  warning: (m: string) => logged.push(`warning: ${m}`),
  error: () => undefined,
  group: (_name: string, fn: () => unknown) => fn(),
  mask: () => undefined,
} as unknown as Logger;

const job = (status: string): JobBase =>
  ({
    properties: { jobType: 'Command', status, outputs: { data: { jobOutputType: 'uri_folder' }, model: {} } },
  }) as unknown as JobBase;

const deps: ReferenceDeps = {
  workspace,
  dataAssets: {
    workspace: 'dev',
    getContainer: (name) =>
      Promise.resolve(
        ASSETS[name] === undefined
          ? undefined
          : { properties: { dataType: 'uri_file', latestVersion: ASSETS[name].latest } },
      ),
    getVersion: (name, version) => {
      const found = ASSETS[name]?.versions[version];
      return Promise.resolve(found === undefined ? undefined : { name: version, properties: found });
    },
    listVersions: (name) => Promise.resolve(Object.keys(ASSETS[name]?.versions ?? {}).reverse()),
    listNames: () => Promise.resolve(Object.keys(ASSETS)),
  },
  getJob: (name) =>
    Promise.resolve(name === 'train-1' ? job('Completed') : name === 'train-2' ? job('Running') : undefined),
  datastoreFiles: (datastore, path) => {
    const trimmed = path.replace(/\/+$/, '');
    const names = BLOBS.filter((b) => b === trimmed || b.startsWith(`${trimmed}/`));
    const files = names.map((n) => file(datastore, n)).filter((f): f is DataFile => f !== undefined);
    if (files.length === 0) return Promise.reject(new Error(`no data at ${path}`));
    return Promise.resolve(files);
  },
  matchingFiles: (datastore, prefix, matches) =>
    Promise.resolve(
      BLOBS.filter((b) => b.startsWith(prefix) && matches(b))
        .map((n) => file(datastore, n))
        .filter((f): f is DataFile => f !== undefined),
    ),
  readText: (_datastore, path) => Promise.resolve(path === 'tables/bank/MLTable' ? mlTable : undefined),
  log,
};

const names = async (value: string): Promise<string[]> =>
  (await referenceFiles(value, 'baseline', deps)).files.map((f) =>
    f.name.replace('azureml://datastores/workspaceblobstore/paths/', ''),
  );

describe('data assets as drift-check sources', () => {
  it('pins a given version and logs what it resolved to', async () => {
    logged.length = 0;
    const result = await referenceFiles('azureml:bank:1', 'baseline', deps);
    expect(result.resolved).toEqual(['azureml://datastores/workspaceblobstore/paths/old/train.csv']);
    expect(result.files.map((f) => f.name)).toEqual([
      'azureml://datastores/workspaceblobstore/paths/old/train.csv',
    ]);
    expect(logged).toContain(
      'baseline: data asset azureml:bank:1 is uri_file azureml://datastores/workspaceblobstore/paths/old/train.csv',
    );
  });

  it.each(['azureml:bank@latest', 'azureml:bank'])('resolves %s to the latest version', async (value) => {
    logged.length = 0;
    const result = await referenceFiles(value, 'baseline', deps);
    expect(result.resolved[0]).toBe('azureml:bank:3');
    expect(logged[0]).toContain('azureml:bank:3 (the latest version)');
  });

  it('reads a uri_folder whose dataUri is the long form of this workspace, and the long asset form', async () => {
    expect(await names('azureml:bank:2')).toEqual(['bank/train.csv', 'bank/valid.csv']);
    const long = `azureml://subscriptions/${SUB}/resourcegroups/rg-mlops/workspaces/dev/data/bank/versions/3`;
    expect(await names(long)).toEqual(['bank/train.csv']);
  });

  it.each([
    [
      'azureml:bnk:1',
      "Input 'baseline' is 'azureml:bnk:1', but workspace 'dev' has no data asset 'bnk': did you mean 'bank'? Its data assets: bank, table, web, fromjob, empty.",
    ],
    [
      'azureml:bank:7',
      "data asset 'bank' in workspace 'dev' has no version '7'. Its versions, newest first: 3, 2, 1; give one as azureml:bank:<version>, or azureml:bank@latest.",
    ],
    [
      'azureml:empty@latest',
      "data asset 'empty' in workspace 'dev' has no version: register a version first.",
    ],
    ['azureml:bank@prod', "data assets have no label 'prod', only 'latest'"],
    [
      'azureml:web:1',
      "data asset azureml:web:1 is at 'https://example.com/train.csv', which is not in a datastore",
    ],
    [
      `azureml://subscriptions/${SUB}/resourcegroups/rg-mlops/workspaces/prod/data/bank/versions/3`,
      "in workspace 'prod' (resource group 'rg-mlops'), but drift-check is signed in to workspace 'dev'",
    ],
  ])('refuses %s with the fix', async (value, message) => {
    await expect(referenceFiles(value, 'baseline', deps)).rejects.toThrow(message);
  });
});

describe('mltable data assets', () => {
  it('read the files, folders and patterns of a simple MLTable file', async () => {
    mlTable =
      'type: mltable\npaths:\n  - file: ./part-1.csv\n  - pattern: ./sub/*.csv\ntransformations:\n  - read_delimited:\n      delimiter: ","\n      header: all_files_same_headers\n';
    expect(await names('azureml:table:1')).toEqual(['tables/bank/part-1.csv', 'tables/bank/sub/part-2.csv']);
    mlTable = 'paths:\n  - folder: .\n';
    expect(await names('azureml:table@latest')).toEqual([
      'tables/bank/part-1.csv',
      'tables/bank/sub/part-2.csv',
    ]);
  });

  it.each([
    [
      'paths:\n  - file: ./part-1.csv\ntransformations:\n  - filter: col("age") > 30\n',
      "has the transformation 'filter', which drift-check does not apply",
    ],
    [
      'paths:\n  - file: ./part-1.csv\ntransformations:\n  - read_delimited:\n      delimiter: ";"\n',
      'has read_delimited delimiter: ";"',
    ],
    [
      'paths:\n  - file: ./part-1.csv\ntransformations:\n  - read_parquet\n',
      'reads its paths as parquet, but azureml://datastores/workspaceblobstore/paths/tables/bank/part-1.csv is csv',
    ],
    ['query_source: SELECT 1\n', 'uses query_source, which drift-check does not read'],
    ['paths:\n  - url: https://x/y.csv\n', 'each path must be one of file, folder or pattern'],
    ['paths:\n  - pattern: ./*.json\n', 'match no data file'],
  ])('refuses %j', async (text, message) => {
    mlTable = text;
    await expect(referenceFiles('azureml:table:1', 'baseline', deps)).rejects.toThrow(message);
  });

  it('parses patterns with * ** and ?', () => {
    const glob = globMatcher('data/**/part-?.csv');
    expect(glob.prefix).toBe('data/');
    expect(
      ['data/part-1.csv', 'data/a/b/part-2.csv', 'data/part-10.csv', 'other/part-1.csv'].filter(glob.matches),
    ).toEqual(['data/part-1.csv', 'data/a/b/part-2.csv']);
    expect(parseMlTable('paths:\n  - pattern: "*.parquet"\n', 'MLTable', 'baseline')).toEqual({
      paths: [{ kind: 'pattern', value: '*.parquet' }],
      format: undefined,
    });
  });
});

describe('job outputs as drift-check sources', () => {
  it('follow the output to its datastore path, and a path below it', async () => {
    logged.length = 0;
    const result = await referenceFiles('azureml://jobs/train-1/outputs/data', 'production', deps);
    expect(result.resolved).toEqual(['azureml://datastores/workspaceblobstore/paths/azureml/train-1/data']);
    expect(result.files).toHaveLength(2);
    expect(logged).toContain(
      "production: output 'data' of job 'train-1' (Completed) is azureml://datastores/workspaceblobstore/paths/azureml/train-1/data",
    );
    expect(await names('azureml://jobs/train-1/outputs/data/paths/train.csv')).toEqual([
      'azureml/train-1/data/train.csv',
    ]);
    expect(await names('azureml:fromjob:1')).toEqual([
      'azureml/train-1/data/train.csv',
      'azureml/train-1/data/extra/more.csv',
    ]);
  });

  it('warn when the job has not completed', async () => {
    logged.length = 0;
    await expect(referenceFiles('azureml://jobs/train-2/outputs/data', 'production', deps)).rejects.toThrow(
      'no data at',
    );
    expect(logged).toContain(
      "warning: production: job 'train-2' is Running, not Completed: its output 'data' may be missing or incomplete.",
    );
  });

  it.each([
    ['azureml://jobs/nope/outputs/data', "workspace 'dev' has no job 'nope': check the job name"],
    [
      'azureml://jobs/train-1/outputs/metrics',
      "job 'train-1' has no output 'metrics' (its outputs: data, model)",
    ],
    [
      'azureml://jobs/train-1/outputs/data/train.csv',
      'A path below a job output is written azureml://jobs/train-1/outputs/data/paths/train.csv',
    ],
  ])('refuses %s', async (value, message) => {
    await expect(referenceFiles(value, 'production', deps)).rejects.toThrow(message);
  });
});
