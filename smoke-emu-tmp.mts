import { request } from 'node:https';
import { startEmulator } from '@aml-actions/emulator';
import { connectAzure, readAzureInputs, waitForLro, translateArmError, armJson } from '@aml-actions/azure';
import type { Logger } from '@aml-actions/action-kit';
const lines: string[] = [];
const log: Logger = { debug: (m) => lines.push('D ' + m), info: (m) => lines.push('I ' + m), warning: (m) => lines.push('W ' + m), error: (m) => lines.push('E ' + m), group: (_t, fn) => fn(), mask: () => undefined };
const emu = await startEmulator({ provisioningDelayMs: 300 });
try {
  const info = emu.info;
  const id = info.identities.development!;
  const env = { ...info.env, ...id.env, AZURE_SUBSCRIPTION_ID: info.subscriptionId } as Record<string, string>;
  const getIdToken = (aud: string) => new Promise<string>((res, rej) => {
    const r = request(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(aud)}`, { ca: emu.ca, headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` } }, (resp) => { let b = ''; resp.on('data', (c) => (b += c)); resp.on('end', () => res((JSON.parse(b) as { value: string }).value)); });
    r.on('error', rej); r.end();
  });
  const azure = readAzureInputs({ cloud: 'AzureCloud', resourceGroup: info.resourceGroup, workspace: 'dev', subscriptionId: undefined, workspaceId: undefined, clientId: undefined, tenantId: undefined }, env, log);
  const s = connectAzure(azure, { env, logger: log, getIdToken, actionName: 'smoke', clientOptions: { tlsOptions: { ca: emu.ca } } });
  try {
  const ep = await waitForLro((o) => s.mlClient.onlineEndpoints.beginCreateOrUpdate(info.resourceGroup, 'dev', 'smoke-ep', { location: 'westeurope', properties: { authMode: 'Key' } }, o), { label: "Creating online endpoint 'smoke-ep'", logger: log, pollIntervalMs: 100 });
  console.log('endpoint', ep.properties.provisioningState);
  } catch (e) { console.log('LRO:', (e as Error).message); }
  const raw = await armJson<{ properties: Record<string, unknown> }>(s.mlClient, { method: 'GET', path: `${s.workspace.id}`, apiVersion: '2024-04-01' });
  console.log('raw', raw.status, Object.keys(raw.body?.properties ?? {}).join(','));
  try { await s.mlClient.workspaces.get(info.resourceGroup, 'prod'); } catch (e) { console.log('prod:', translateArmError(e, { action: 'Reading workspace prod' }).message); }
  try { await s.mlClient.onlineEndpoints.get(info.resourceGroup, 'dev', 'nope'); } catch (e) { console.log('nope:', translateArmError(e, { action: 'Reading endpoint nope' }).message); }
} catch (e) { console.log('FAILED', (e as Error).message); } finally { console.log(lines.join('\n')); await emu.stop(); }
