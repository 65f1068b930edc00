/** Workspaces, datastores, model/code/environment assets, jobs and schedules. */
import { describe, expect, it, jest } from '@jest/globals';
import { setJobStatus } from '../../../packages/emulator/src/arm/index.js';
import { createHarness, RG, SUB, ws } from './arm-harness.js';
import { assetId } from './arm-scenario.js';

const W = ws();
type Page = { value: { name: string; properties: Record<string, unknown> }[]; nextLink?: string };

describe('workspaces and datastores', () => {
  it('answers unknown subscriptions, resource groups and workspaces as ARM does', async () => {
    const h = createHarness();
    expect((await h.ok('GET', W.replace(SUB, 'other'), 404)).body).toMatchObject({
      error: { code: 'SubscriptionNotFound' },
    });
    expect((await h.ok('GET', W.replace(RG, 'rg-x'), 404)).body).toMatchObject({
      error: { code: 'ResourceGroupNotFound', message: "Resource group 'rg-x' could not be found." },
    });
    expect((await h.ok('GET', ws('qa'), 404)).body).toMatchObject({
      error: {
        code: 'ResourceNotFound',
        message: expect.stringContaining(
          "'Microsoft.MachineLearningServices/workspaces/qa' under resource group 'rg-mlops' was not found",
        ),
      },
    });
    const unsupported = await h.call('GET', `${W}?api-version=2021-01-01`);
    expect(unsupported).toMatchObject({
      status: 400,
      body: { error: { code: 'NoRegisteredProviderFound' } },
    });
  });

  it('lists the workspaces the caller holds a role on', async () => {
    const h = createHarness();
    const list = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.MachineLearningServices/workspaces`;
    const all = (await h.ok('GET', list, 200)).body as Page;
    expect(all.value.map((w) => w.name)).toEqual(['dev', 'staging', 'prod']);
    const principal = {
      clientId: '00000000-0000-4000-8000-000000000001',
      name: 'development',
      objectId: 'o',
      tenantId: 't',
      audience: 'a',
    };
    const mine = (await h.ok('GET', list, 200, { principal })).body as Page;
    expect(mine.value.map((w) => w.name)).toEqual(['dev', 'staging']);
  });

  it('has a default workspaceblobstore whose secrets are the configured storage account key', async () => {
    const h = createHarness();
    const store = (await h.ok('GET', `${W}/datastores/workspaceblobstore`, 200)).body;
    expect(store).toMatchObject({
      properties: {
        isDefault: true,
        datastoreType: 'AzureBlob',
        accountName: 'stdev',
        containerName: 'azureml-blobstore-dev',
        credentials: { credentialsType: 'AccountKey' },
      },
    });
    expect((await h.ok('POST', `${W}/datastores/workspaceblobstore/listSecrets`, 200)).body).toEqual({
      secretsType: 'AccountKey',
      key: h.config.workspaces[0]?.storageAccountKey,
    });
    expect(((await h.ok('GET', `${W}/datastores?isDefault=true`, 200)).body as Page).value).toHaveLength(1);
    await h.ok('DELETE', `${W}/datastores/workspaceblobstore`, 400);
    await h.ok('PUT', `${W}/datastores/workspaceblobstore`, 400, { body: { properties: {} } });
  });
});

describe('model versions', () => {
  it('maintain latestVersion and nextVersion, page with $top/$skip, order and filter by tags', async () => {
    const h = createHarness();
    for (const v of ['1', '2', '10', '3']) {
      const tags = v === '2' || v === '10' ? { stage: 'candidate' } : {};
      await h.ok('PUT', `${W}/models/churn/versions/${v}`, 201, {
        body: { properties: { modelUri: `azureml://m/${v}`, tags } },
      });
    }
    expect((await h.ok('GET', `${W}/models/churn`, 200)).body).toMatchObject({
      properties: { latestVersion: '3', nextVersion: '11' },
    });
    let url: string | undefined = `${W}/models/churn/versions?$orderBy=version%20desc&$top=3`;
    const seen: string[] = [];
    while (url !== undefined) {
      const page = (await h.ok('GET', url, 200)).body as Page;
      seen.push(...page.value.map((v) => v.name));
      url = page.nextLink;
    }
    expect(seen).toEqual(['10', '3', '2', '1']);
    const newest = (await h.ok('GET', `${W}/models/churn/versions`, 200)).body as Page;
    expect(newest.value.map((v) => v.name)).toEqual(['3', '10', '2', '1']);
    const tagged = (
      await h.ok('GET', `${W}/models/churn/versions?tags=stage=candidate&$orderBy=createdtime%20asc`, 200)
    ).body as Page;
    expect(tagged.value.map((v) => v.name)).toEqual(['2', '10']);
    expect(
      ((await h.ok('GET', `${W}/models/churn/versions?tags=stage`, 200)).body as Page).value,
    ).toHaveLength(2);
    await h.ok('GET', `${W}/models/churn/versions?$orderBy=size%20desc`, 400);
    await h.ok('GET', `${W}/models/churn/versions?$skip=x`, 400);
    await h.ok('DELETE', `${W}/models/churn/versions/3`, 200);
    expect((await h.ok('GET', `${W}/models/churn`, 200)).body).toMatchObject({
      properties: { latestVersion: '10', nextVersion: '11' },
    });
    await h.ok('GET', `${W}/models/nope/versions`, 404);
  });

  it('are immutable except for description, tags and archiving; re-registering the same content is idempotent', async () => {
    const h = createHarness();
    const body = { properties: { modelUri: 'azureml://m/1', modelType: 'mlflow_model' } };
    await h.ok('PUT', `${W}/models/churn/versions/1`, 201, { body });
    await h.ok('PUT', `${W}/models/churn/versions/1`, 200, {
      body: { properties: { ...body.properties, description: 'ok', isArchived: true } },
    });
    const conflict = await h.ok('PUT', `${W}/models/churn/versions/1`, 409, {
      body: { properties: { modelUri: 'azureml://m/other' } },
    });
    expect(conflict.body).toMatchObject({
      error: {
        code: 'Conflict',
        target: 'properties.modelUri',
        message: expect.stringContaining("next free version: '2'"),
      },
    });
    expect(((await h.ok('GET', `${W}/models/churn/versions`, 200)).body as Page).value).toHaveLength(0);
    expect(
      ((await h.ok('GET', `${W}/models/churn/versions?listViewType=All`, 200)).body as Page).value,
    ).toHaveLength(1);
    await h.ok('PUT', `${W}/models/bad name/versions/1`, 400, { body });
    await h.ok('PUT', `${W}/models/churn/versions/1.0`, 201, { body });
  });

  it('environment versions need an image or a build context', async () => {
    const h = createHarness();
    const response = await h.ok('PUT', `${W}/environments/env/versions/1`, 400, {
      body: { properties: { condaFile: 'x' } },
    });
    expect(response.body).toMatchObject({ error: { target: 'properties.image' } });
    const created = await h.ok('PUT', `${W}/environments/env/versions/1`, 201, {
      body: { properties: { image: 'python:3.11' } },
    });
    expect(created.body).toMatchObject({ properties: { environmentType: 'UserCreated', osType: 'Linux' } });
  });
});

describe('data assets', () => {
  const csv = 'azureml://datastores/workspaceblobstore/paths/data/train.csv';

  it('create their container from the first version, keep latestVersion, and page and filter versions', async () => {
    const h = createHarness();
    for (const v of ['1', '2', '3']) {
      await h.ok('PUT', `${W}/data/bank/versions/${v}`, 201, {
        body: {
          properties: { dataType: 'uri_file', dataUri: csv, tags: v === '2' ? { split: 'train' } : {} },
        },
      });
    }
    const container = (await h.ok('GET', `${W}/data/bank`, 200)).body;
    expect(container).toMatchObject({
      type: 'Microsoft.MachineLearningServices/workspaces/data',
      properties: { dataType: 'uri_file', latestVersion: '3', nextVersion: '4' },
    });
    expect(container).not.toHaveProperty('properties.provisioningState');
    const first = (await h.ok('GET', `${W}/data/bank/versions?$top=2`, 200)).body as Page;
    expect(first.value.map((v) => v.name)).toEqual(['3', '2']);
    const rest = (await h.ok('GET', first.nextLink ?? '', 200)).body as Page;
    expect(rest.value.map((v) => v.name)).toEqual(['1']);
    const tagged = (await h.ok('GET', `${W}/data/bank/versions?$tags=split=train`, 200)).body as Page;
    expect(tagged.value.map((v) => v.name)).toEqual(['2']);
    expect(((await h.ok('GET', `${W}/data`, 200)).body as Page).value.map((c) => c.name)).toEqual(['bank']);
    await h.ok('GET', `${W}/data/other/versions/1`, 404);
  });

  it('take dataType as wire value or enum name, need a dataUri, and are immutable', async () => {
    const h = createHarness();
    const folder = await h.ok('PUT', `${W}/data/images`, 201, {
      body: { properties: { dataType: 'UriFolder' } },
    });
    expect(folder.body).toMatchObject({ properties: { dataType: 'uri_folder' } });
    const missing = await h.ok('PUT', `${W}/data/x`, 400, { body: { properties: {} } });
    expect(missing.body).toMatchObject({ error: { target: 'properties.dataType' } });
    const wrongType = await h.ok('PUT', `${W}/data/x/versions/1`, 400, {
      body: { properties: { dataType: 'csv', dataUri: csv } },
    });
    expect(wrongType.body).toMatchObject({
      error: { message: expect.stringContaining('uri_file, uri_folder, mltable') },
    });
    await h.ok('PUT', `${W}/data/x/versions/1`, 400, { body: { properties: { dataType: 'uri_file' } } });
    const table = await h.ok('PUT', `${W}/data/t/versions/1`, 201, {
      body: {
        properties: {
          dataType: 'MLTable',
          dataUri: 'azureml://datastores/d/paths/t/',
          referencedUris: ['a.csv'],
        },
      },
    });
    expect(table.body).toMatchObject({ properties: { dataType: 'mltable', referencedUris: ['a.csv'] } });
    await h.ok('PUT', `${W}/data/t/versions/1`, 400, {
      body: { properties: { dataType: 'mltable', dataUri: 'azureml://x', referencedUris: 'a.csv' } },
    });
    await h.ok('PUT', `${W}/data/bank/versions/1`, 201, {
      body: { properties: { dataType: 'uri_file', dataUri: csv } },
    });
    await h.ok('PUT', `${W}/data/bank/versions/1`, 200, {
      body: { properties: { dataType: 'uri_file', dataUri: csv, description: 'training split' } },
    });
    const conflict = await h.ok('PUT', `${W}/data/bank/versions/1`, 409, {
      body: { properties: { dataType: 'uri_file', dataUri: `${csv}.v2` } },
    });
    expect(conflict.body).toMatchObject({ error: { target: 'properties.dataUri' } });
  });
});

describe('jobs and schedules', () => {
  const env = assetId('environments', 'env', '1');
  const command = { jobType: 'Command', command: 'python train.py', environmentId: env };

  it('create jobs that wait (NotStarted) until a runner moves them, and cancel them through an LRO', async () => {
    const runner = { submitted: jest.fn(), cancelRequested: jest.fn() };
    const h = createHarness({}, runner);
    await h.ok('PUT', `${W}/jobs/train-1`, 404, { body: { properties: command } });
    await h.ok('PUT', `${W}/environments/env/versions/1`, 201, {
      body: { properties: { image: 'python:3.11' } },
    });
    const created = await h.ok('PUT', `${W}/jobs/train-1`, 201, { body: { properties: command } });
    expect(created.body).toMatchObject({
      properties: {
        status: 'NotStarted',
        experimentName: 'Default',
        services: { Studio: { jobServiceType: 'Studio' } },
      },
    });
    const jobId = `${W}/jobs/train-1`;
    expect(runner.submitted).toHaveBeenCalledWith(jobId, h.ctx);
    expect(setJobStatus(h.ctx.state.arm, jobId, 'Running')).toBe(true);
    const cancel = await h.ok('POST', `${jobId}/cancel`, 202);
    expect(runner.cancelRequested).toHaveBeenCalledWith(jobId, h.ctx);
    expect((await h.ok('GET', jobId, 200)).body).toMatchObject({ properties: { status: 'CancelRequested' } });
    await h.settle(cancel);
    expect((await h.ok('GET', jobId, 200)).body).toMatchObject({ properties: { status: 'Canceled' } });
    await h.ok('POST', `${jobId}/cancel`, 200);
    await h.ok('PUT', `${W}/jobs/spark`, 400, { body: { properties: { jobType: 'Spark' } } });
    await h.ok('PUT', `${W}/jobs/x`, 400, { body: { properties: { jobType: 'Command', command: 'x' } } });
    const list = (await h.ok('GET', `${W}/jobs?jobType=Command`, 200)).body as Page;
    expect(list.value.map((j) => j.name)).toEqual(['train-1']);
  });

  it('validate schedule triggers and actions', async () => {
    const h = createHarness();
    await h.ok('PUT', `${W}/environments/env/versions/1`, 201, {
      body: { properties: { image: 'python:3.11' } },
    });
    const put = (properties: unknown) => h.call('PUT', `${W}/schedules/nightly`, { body: { properties } });
    const action = { actionType: 'CreateJob', jobDefinition: command };
    expect((await put({ action, trigger: { triggerType: 'Cron', expression: 'every night' } })).status).toBe(
      400,
    );
    expect(
      (await put({ action, trigger: { triggerType: 'Recurrence', frequency: 'Day', interval: 0 } })).status,
    ).toBe(400);
    expect(
      (
        await put({
          action: { actionType: 'CreateJob' },
          trigger: { triggerType: 'Cron', expression: '0 2 * * *' },
        })
      ).status,
    ).toBe(400);
    const created = await put({
      action,
      trigger: { triggerType: 'Recurrence', frequency: 'Day', interval: 1 },
      isEnabled: false,
    });
    expect(created.body).toMatchObject({
      properties: { provisioningState: 'Creating', isEnabled: false, trigger: { timeZone: 'UTC' } },
    });
    await h.settle(created);
    expect(((await h.ok('GET', `${W}/schedules`, 200)).body as Page).value).toHaveLength(0);
    expect(
      ((await h.ok('GET', `${W}/schedules?listViewType=DisabledOnly`, 200)).body as Page).value,
    ).toHaveLength(1);
  });
});
