/** One call from the parsed Azure inputs to a signed-in ML client: what every action does first. */
import type { TokenCredential, TokenCredentialOptions } from '@azure/identity';
import type { Logger } from '@aml-actions/action-kit';
import type { Cloud } from './clouds.js';
import { createCredential, type CredentialChoice } from './credentials.js';
import type { Env } from './env.js';
import type { AzureInputs } from './inputs.js';
import { createMlClient, type MlClient } from './ml-client.js';
import type { WorkspaceRef } from './workspace-ref.js';

export interface AzureSession {
  cloud: Cloud;
  workspace: WorkspaceRef;
  credential: TokenCredential;
  credentialChoice: CredentialChoice;
  mlClient: MlClient;
}

export interface AzureSessionDeps {
  env: Env;
  logger: Logger;
  /** core.getIDToken in actions (see createCredential). */
  getIdToken: (audience: string) => Promise<string>;
  /** Named in the User-Agent. */
  actionName?: string;
  /** Pipeline options for both token and ARM requests (tlsOptions, retryOptions). */
  clientOptions?: Pick<
    TokenCredentialOptions,
    'tlsOptions' | 'retryOptions' | 'additionalPolicies' | 'httpClient'
  >;
}

export function connectAzure(inputs: AzureInputs, deps: AzureSessionDeps): AzureSession {
  const { cloud, workspace } = inputs;
  const { credential, choice } = createCredential(inputs.identity, {
    cloud,
    env: deps.env,
    logger: deps.logger,
    getIdToken: deps.getIdToken,
    ...(deps.clientOptions === undefined ? {} : { clientOptions: deps.clientOptions }),
  });
  const mlClient = createMlClient(cloud, credential, workspace.subscriptionId, {
    ...deps.clientOptions,
    ...(deps.actionName === undefined ? {} : { actionName: deps.actionName }),
  });
  return { cloud, workspace, credential, credentialChoice: choice, mlClient };
}
