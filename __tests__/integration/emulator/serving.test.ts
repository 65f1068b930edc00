/**
 * Scoring through the emulator's data plane: a bank-marketing model (logistic regression trained with numpy) served
 * by a numpy-only scoring script, called with each auth mode; traffic split, header targeting and mirroring; the
 * model's inputs and outputs collected to blob storage in Azure ML's layout and read back as a table.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { httpsRequest, withEmulator } from '../helpers/emulator.js';
import {
  API,
  FIXTURES,
  bankRows,
  createDeployment,
  createEndpoint,
  datastore,
  getLogs,
  inParallel,
  listKeys,
  registerCode,
  registerEnvironment,
  registerModel,
  scorer,
  trainBankModel,
} from './serving-fixture.js';

jest.setTimeout(60_000);
const emu = withEmulator();
const client = { current: undefined as ReturnType<typeof scorer> | undefined };
const ids = { bankCode: '', behaveCode: '', model: '', environment: '' };

beforeAll(async () => {
  client.current = scorer(emu.ca);
  ids.environment = await registerEnvironment(emu);
  ids.bankCode = await registerCode(emu, 'bank-score', path.join(FIXTURES, 'bank-model'));
  ids.behaveCode = await registerCode(emu, 'behave', path.join(FIXTURES, 'behave'));
  ids.model = await registerModel(emu, 'bank-marketing', await trainBankModel());
});
afterAll(() => client.current?.close());

const score = (uri: string, body: unknown, headers: Record<string, string> = {}) => {
  if (client.current === undefined) throw new Error('no client');
  return client.current.score(uri, body, headers);
};

describe('bank-marketing model behind an online endpoint', () => {
  it('serves the model with key auth, data collection and container logs', async () => {
    const endpoint = await createEndpoint(emu, 'bank-key', { authMode: 'Key' });
    const deployment = await createDeployment(emu, 'bank-key', 'blue', {
      code: ids.bankCode,
      model: ids.model,
      environment: ids.environment,
      properties: {
        dataCollector: {
          collections: {
            model_inputs: { dataCollectionMode: 'Enabled' },
            model_outputs: { dataCollectionMode: 'Enabled' },
          },
          rollingRate: 'Hour',
        },
      },
    });
    expect(deployment.provisioningState).toBe('Succeeded');
    await emu.arm('PUT', 'onlineEndpoints/bank-key', {
      apiVersion: API,
      body: { location: 'eastus', properties: { authMode: 'Key', traffic: { blue: 100 } } },
    });
    const keys = await listKeys(emu, 'bank-key');
    const uri = String(endpoint.scoringUri);
    const rows = await bankRows(20);

    const answered = await score(uri, { data: rows }, { Authorization: `Bearer ${keys.primaryKey}` });
    expect(answered.status).toBe(200);
    expect(answered.headers['azureml-model-deployment']).toBe('blue');
    const predictions = JSON.parse(answered.text) as { probability: number; prediction: string }[];
    expect(predictions).toHaveLength(20);
    const accuracy = predictions.filter((p, i) => p.prediction === rows[i]?.y).length / rows.length;
    expect(accuracy).toBeGreaterThan(0.7);

    expect((await score(uri, { data: rows }, { Authorization: `Bearer ${keys.secondaryKey}` })).status).toBe(
      200,
    );
    const refused = await score(uri, { data: rows }, { Authorization: 'Bearer not-a-key' });
    expect(refused.status).toBe(401);
    expect(refused.text).toBe('key_auth_access_denied');
    expect((await score(uri, { data: rows })).status).toBe(401);

    const logs = await getLogs(emu, 'bank-key', 'blue');
    expect(logs).toContain('No container engine here');
    expect(logs).toContain('Model loaded: 10 features');
    expect(logs).toContain("Users's init has completed successfully");
    expect(await getLogs(emu, 'bank-key', 'blue', { tail: 2 })).toMatch(/^[^\n]*\n[^\n]*\n$/);
    const storage = await getLogs(emu, 'bank-key', 'blue', { containerType: 'StorageInitializer' });
    expect(storage).toContain('Downloaded model bank-marketing:1');
    expect(storage).toContain('Downloaded code bank-score:1');

    // Collected inputs and outputs: modelDataCollector/{endpoint}/{deployment}/{collection}/yyyy/MM/dd/HH/{instance}.jsonl
    const table = async (collection: string): Promise<Record<string, unknown>[]> => {
      const container = datastore(emu);
      const prefix = `modelDataCollector/bank-key/blue/${collection}/`;
      for (let attempt = 0; attempt < 50; attempt++) {
        const rowsRead: Record<string, unknown>[] = [];
        for await (const blob of container.listBlobsFlat({ prefix })) {
          expect(blob.name).toMatch(new RegExp(`^${prefix}\\d{4}/\\d{2}/\\d{2}/\\d{2}/blue-0\\.jsonl$`));
          const text = (await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8');
          for (const line of text.trim().split('\n')) {
            const record = JSON.parse(line) as Record<string, unknown>;
            expect(record).toMatchObject({ specversion: '1.0', type: `azureml.inference.${collection}` });
            expect(typeof record.correlationid).toBe('string');
            rowsRead.push(...(record.data as Record<string, unknown>[]));
          }
        }
        if (rowsRead.length >= 40) return rowsRead;
        await sleep(100);
      }
      throw new Error(`${collection}: not collected`);
    };
    const inputs = await table('model_inputs');
    const outputs = await table('model_outputs');
    expect(inputs).toHaveLength(40);
    expect(Object.keys(inputs[0] ?? {})).toContain('euribor3m');
    expect(outputs).toHaveLength(40);
    expect(outputs[0]).toHaveProperty('probability');
  });

  it('accepts AML tokens from the token route and Entra tokens for https://ml.azure.com', async () => {
    const aml = await createEndpoint(emu, 'bank-aml', { authMode: 'AMLToken' });
    const aad = await createEndpoint(emu, 'bank-aad', { authMode: 'AADToken' });
    for (const name of ['bank-aml', 'bank-aad']) {
      await createDeployment(emu, name, 'blue', {
        code: ids.bankCode,
        model: ids.model,
        environment: ids.environment,
      });
      await emu.arm('PUT', `onlineEndpoints/${name}`, {
        apiVersion: API,
        body: {
          location: 'eastus',
          properties: { authMode: name === 'bank-aml' ? 'AMLToken' : 'AADToken', traffic: { blue: 100 } },
        },
      });
    }
    const rows = { data: await bankRows(2) };
    const token = await emu.arm('POST', 'onlineEndpoints/bank-aml/token', { apiVersion: API });
    const amlToken = (token.json as { accessToken: string }).accessToken;
    expect((await score(String(aml.scoringUri), rows, { Authorization: `Bearer ${amlToken}` })).status).toBe(
      200,
    );
    const keys = await emu.arm('POST', 'onlineEndpoints/bank-aml/listKeys', { apiVersion: API });
    expect(keys.status).toBe(400);

    const entra = await entraToken('development', 'https://ml.azure.com/.default');
    expect((await score(String(aad.scoringUri), rows, { Authorization: `Bearer ${entra}` })).status).toBe(
      200,
    );
    // The AML token is no Entra token, and an ARM-audience token is refused too.
    expect((await score(String(aad.scoringUri), rows, { Authorization: `Bearer ${amlToken}` })).status).toBe(
      401,
    );
    const armToken = await entraToken('development', 'https://management.azure.com/.default');
    expect((await score(String(aad.scoringUri), rows, { Authorization: `Bearer ${armToken}` })).status).toBe(
      401,
    );
    // production has no role on dev: it may not score there.
    const outsider = await entraToken('production', 'https://ml.azure.com/.default');
    expect((await score(String(aad.scoringUri), rows, { Authorization: `Bearer ${outsider}` })).status).toBe(
      401,
    );

    const swagger = await httpsRequest(String(aml.swaggerUri), {
      headers: { Authorization: `Bearer ${amlToken}` },
      ca: emu.ca,
    });
    expect(swagger.status).toBe(200);
    expect(swagger.json).toMatchObject({ swagger: '2.0', paths: { '/score': {} } });
  });

  it('splits traffic 90/10, targets a 0% deployment by header, and mirrors traffic', async () => {
    const endpoint = await createEndpoint(emu, 'split', { authMode: 'Key' });
    const behave = { code: ids.behaveCode, environment: ids.environment };
    const settings = { requestSettings: { maxConcurrentRequestsPerInstance: 8, requestTimeout: 'PT5S' } };
    for (const name of ['blue', 'green', 'shadow']) {
      const created = await createDeployment(emu, 'split', name, { ...behave, properties: settings });
      expect(created.provisioningState).toBe('Succeeded');
    }
    const put = await emu.arm('PUT', 'onlineEndpoints/split', {
      apiVersion: API,
      body: {
        location: 'eastus',
        properties: {
          authMode: 'Key',
          traffic: { blue: 90, green: 10, shadow: 0 },
          mirrorTraffic: { shadow: 20 },
        },
      },
    });
    expect(put.status).toBe(201);
    const { primaryKey } = await listKeys(emu, 'split');
    const auth = { Authorization: `Bearer ${primaryKey}` };
    const uri = String(endpoint.scoringUri);
    emu.running.requestLog.clear();

    const served = await inParallel(2000, 16, async (i) => {
      const result = await score(uri, { i }, auth);
      expect(result.status).toBe(200);
      return String(result.headers['azureml-model-deployment']);
    });
    const green = served.filter((name) => name === 'green').length;
    const blue = served.filter((name) => name === 'blue').length;
    expect(blue + green).toBe(2000);
    // Binomial(2000, 0.1): sd ≈ 13.4; 5 sd either side.
    expect(green).toBeGreaterThan(200 - 67);
    expect(green).toBeLessThan(200 + 67);

    const targeted = await score(uri, { hello: 1 }, { ...auth, 'azureml-model-deployment': 'shadow' });
    expect(targeted.status).toBe(200);
    expect(targeted.headers['azureml-model-deployment']).toBe('shadow');
    expect(JSON.parse(targeted.text)).toMatchObject({ echo: { hello: 1 } });
    const unknown = await score(uri, {}, { ...auth, 'azureml-model-deployment': 'nope' });
    expect(unknown.status).toBe(404);

    // Mirrored copies reach the shadow deployment (about 20% of 2000) and never the client.
    const shadowLog = await getLogs(emu, 'split', 'shadow');
    const mirrored = (shadowLog.match(/POST \/score 200/g) ?? []).length;
    expect(mirrored).toBeGreaterThan(400 - 120);
    expect(mirrored).toBeLessThan(400 + 120 + 1);
  });
});

async function entraToken(identity: string, scope: string): Promise<string> {
  const env = emu.info.identities[identity]?.env;
  if (env?.ACTIONS_ID_TOKEN_REQUEST_URL === undefined || env.AZURE_CLIENT_ID === undefined) {
    throw new Error(`no identity ${identity}`);
  }
  const oidc = await httpsRequest(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=api://AzureADTokenExchange`, {
    headers: { Authorization: `Bearer ${String(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)}` },
    ca: emu.ca,
  });
  const form = new URLSearchParams({
    client_id: env.AZURE_CLIENT_ID,
    scope,
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: (oidc.json as { value: string }).value,
  });
  const token = await httpsRequest(`${emu.info.authorityHost}/${emu.info.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    ca: emu.ca,
  });
  return (token.json as { access_token: string }).access_token;
}
