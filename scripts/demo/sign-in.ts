/**
 * The demo's own Azure call (the endpoint key a client reads) signs in exactly as the actions do: packages/azure
 * with the GitHub OIDC variables of the environment's identity, against the emulator's cloud endpoints.
 */
import { request } from 'node:https';
import type { Logger } from '@aml-actions/action-kit';
import { connectAzure, parseWorkspaceId, resolveCloud, type AzureSession } from '@aml-actions/azure';
import type { ReadyInfo } from '@aml-actions/emulator';

export interface Emulator {
  info: ReadyInfo;
  /** The emulator's certificate (PEM): this process trusts it per client, as NODE_EXTRA_CA_CERTS is read at start. */
  ca: string;
}

/** The variables a job in `environment` gets: the emulator's cloud endpoints and the environment's identity. */
export function environmentEnv(emulator: Emulator, environment: string): Record<string, string> {
  const identity = emulator.info.identities[environment];
  if (identity === undefined) {
    throw new Error(
      `The emulator has no identity for environment '${environment}' (it has: ${Object.keys(emulator.info.identities).join(', ')}).`,
    );
  }
  return { ...emulator.info.env, ...identity.env };
}

export function workspaceId(info: ReadyInfo, workspace: string): string {
  return `/subscriptions/${info.subscriptionId}/resourceGroups/${info.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`;
}

/** A signed-in session on `workspace` as the identity of GitHub environment `environment`. */
export function signIn(
  emulator: Emulator,
  environment: string,
  workspace: string,
  logger: Logger,
): AzureSession {
  const env = environmentEnv(emulator, environment);
  const tlsOptions = { ca: emulator.ca };
  return connectAzure(
    {
      cloud: resolveCloud('AzureCloud', env),
      workspace: parseWorkspaceId(workspaceId(emulator.info, workspace)),
      identity: {},
    },
    {
      env,
      logger,
      getIdToken: (audience) => githubIdToken(env, audience, emulator.ca),
      actionName: 'demo',
      clientOptions: { tlsOptions },
    },
  );
}

/** What core.getIDToken does: the runner's OIDC token for `audience`. */
function githubIdToken(env: Record<string, string>, audience: string, ca: string): Promise<string> {
  const url = `${env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''}&audience=${encodeURIComponent(audience)}`;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}` }, ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const value = res.statusCode === 200 ? (JSON.parse(text) as { value?: unknown }).value : undefined;
          if (typeof value === 'string') resolve(value);
          else reject(new Error(`GitHub OIDC token request: HTTP ${res.statusCode ?? 0} ${text}`));
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
