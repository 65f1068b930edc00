/** Running the bundled deploy-endpoint against the emulator, and reading what it did from ARM and the request log. */
import path from 'node:path';
import type { RequestLogEntry } from '@aml-actions/emulator';
import { runBundledAction, type BundledActionResult, type EmulatorHandle } from '../helpers/emulator.js';
import { sharedPath } from '../../shared-dir.js';

export const DEPLOY_ENDPOINT = path.resolve('dist/deploy-endpoint/index.js');
export const REGISTER_MODEL = path.resolve('dist/register-model/index.js');
export const APP = path.resolve('__tests__/integration/deploy-endpoint/fixtures/app');
export const ONLINE = sharedPath('fixtures/azureml-examples/cli/endpoints/online');
export const WORKSPACE = { workspace: 'dev', 'resource-group': 'rg-mlops' } as const;

export async function deploy(
  emu: EmulatorHandle,
  inputs: Record<string, string>,
  options: { cwd?: string } = {},
): Promise<BundledActionResult> {
  return runBundledAction(DEPLOY_ENDPOINT, { ...WORKSPACE, ...inputs }, emu.envFor('development'), {
    timeoutMs: 110_000,
    ...options,
  });
}

/** The ARM requests the emulator answered (sign-in and blob requests left out), as `METHOD operationId`. */
export function armCalls(emu: EmulatorHandle): RequestLogEntry[] {
  return emu.running.requestLog.entries().filter((entry) => entry.path.startsWith('/subscriptions/'));
}

export function describeCalls(entries: readonly RequestLogEntry[]): string[] {
  return entries.map((entry) => `${entry.method} ${entry.operationId ?? entry.path} ${entry.status}`);
}

export interface EndpointState {
  name: string;
  properties: {
    traffic?: Record<string, number>;
    mirrorTraffic?: Record<string, number>;
    description?: string;
    authMode: string;
  };
}

/** The endpoint as ARM returns it at 2024-04-01 (with mirrorTraffic). */
export async function endpointState(emu: EmulatorHandle, name: string): Promise<EndpointState> {
  const response = await emu.arm('GET', `onlineEndpoints/${name}`, { apiVersion: '2024-04-01' });
  if (response.status !== 200) throw new Error(`GET endpoint ${name}: ${response.status} ${response.text}`);
  return response.json as EndpointState;
}

export async function deploymentNames(emu: EmulatorHandle, endpoint: string): Promise<string[]> {
  const response = await emu.arm('GET', `onlineEndpoints/${endpoint}/deployments`);
  return ((response.json as { value?: { name: string }[] }).value ?? []).map((d) => d.name).sort();
}
