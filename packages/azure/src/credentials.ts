/**
 * The credential chain, in this order: GitHub OIDC workload identity federation, a client secret, the Azure CLI
 * session left by azure/login, then DefaultAzureCredential. The log names the one chosen, never a secret.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  AzureCliCredential,
  ClientAssertionCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  type AccessToken,
  type GetTokenOptions,
  type TokenCredential,
  type TokenCredentialOptions,
} from '@azure/identity';
import { UserError, errorMessage, maskSecret, type Logger } from '@aml-actions/action-kit';
import { needsInstanceDiscoveryDisabled, type Cloud } from './clouds.js';
import { nonEmpty, type Env } from './env.js';
import { signInError, type SignInAttempt } from './sign-in-errors.js';

/** The audience GitHub's OIDC token is requested for; Entra federated credentials expect it. */
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange';

export type CredentialKind = 'oidc' | 'client-secret' | 'azure-cli' | 'default';

/** The `client-id` and `tenant-id` inputs (empty means absent; each falls back to AZURE_CLIENT_ID / AZURE_TENANT_ID). */
export interface IdentityInputs {
  clientId?: string;
  tenantId?: string;
}

interface ChoiceBase extends SignInAttempt {
  /** Likely mistakes in the configuration, for warnings. */
  warnings: string[];
}

/** The chosen credential; OIDC and client secret always have both ids. */
export type CredentialChoice =
  | (ChoiceBase & { kind: 'oidc' | 'client-secret'; clientId: string; tenantId: string })
  | (ChoiceBase & {
      kind: 'azure-cli' | 'default';
      clientId: string | undefined;
      tenantId: string | undefined;
    });

/** Pick the credential from the inputs and the environment (no network, no secrets read beyond presence). */
export function chooseCredential(inputs: IdentityInputs, env: Env): CredentialChoice {
  const clientId = nonEmpty(inputs.clientId) ?? nonEmpty(env.AZURE_CLIENT_ID);
  const tenantId = nonEmpty(inputs.tenantId) ?? nonEmpty(env.AZURE_TENANT_ID);

  const oidcOffered = Boolean(
    nonEmpty(env.ACTIONS_ID_TOKEN_REQUEST_URL) && nonEmpty(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
  );
  const secretGiven = nonEmpty(env.AZURE_CLIENT_SECRET) !== undefined;
  const warnings: string[] = [];
  const skipped: string[] = [];
  const who = `client ${clientId ?? '?'} in tenant ${tenantId ?? '?'}`;

  const identified = clientId !== undefined && tenantId !== undefined;
  if (identified && oidcOffered) {
    return {
      kind: 'oidc',
      clientId,
      tenantId,
      description: `GitHub OIDC workload identity federation (${who}; a fresh GitHub ID token for every Entra ID token request)`,
      skipped,
      warnings,
    };
  }
  skipped.push(
    `GitHub OIDC: ${
      identified
        ? "the runner offers no GitHub ID token (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN): the job lacks 'permissions: id-token: write'"
        : `${missingIds(clientId, tenantId)} (inputs, or AZURE_CLIENT_ID / AZURE_TENANT_ID)`
    }`,
  );
  if (identified && secretGiven) {
    return {
      kind: 'client-secret',
      clientId,
      tenantId,
      description: `client secret from AZURE_CLIENT_SECRET (${who})`,
      skipped,
      warnings,
    };
  }
  skipped.push(
    `client secret: ${secretGiven ? `${missingIds(clientId, tenantId)}, which it needs` : 'AZURE_CLIENT_SECRET is not set'}`,
  );
  if (clientId !== undefined || tenantId !== undefined) {
    warnings.push(
      identified
        ? `'client-id' and 'tenant-id' are set, but the runner offers no GitHub OIDC token and AZURE_CLIENT_SECRET is not set. ` +
            `For OIDC, give the job 'permissions: id-token: write'.`
        : `Only one of 'client-id' (${clientId ?? 'missing'}) and 'tenant-id' (${tenantId ?? 'missing'}) is set; ` +
            `OIDC and client-secret sign-in need both.`,
    );
  } else if (secretGiven) {
    warnings.push(`AZURE_CLIENT_SECRET is set but 'client-id' and 'tenant-id' are not, so it is not used.`);
  }
  const cliProfile = azureCliProfile(env);
  if (cliProfile !== undefined) {
    return {
      kind: 'azure-cli',
      clientId,
      tenantId,
      description: `Azure CLI session (${cliProfile}), e.g. left by azure/login`,
      skipped,
      warnings,
    };
  }
  skipped.push(
    "Azure CLI: no signed-in session ('az' on PATH and azureProfile.json in AZURE_CONFIG_DIR or ~/.azure)",
  );
  return {
    kind: 'default',
    clientId,
    tenantId,
    description: 'DefaultAzureCredential (environment, workload identity, managed identity, developer tools)',
    skipped,
    warnings,
  };
}

function missingIds(clientId: string | undefined, tenantId: string | undefined): string {
  const missing = [
    clientId === undefined ? "'client-id'" : [],
    tenantId === undefined ? "'tenant-id'" : [],
  ].flat();
  return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`;
}

/** The Azure CLI profile file when `az` is on PATH and has signed in, else undefined. */
export function azureCliProfile(env: Env): string | undefined {
  const configDir = nonEmpty(env.AZURE_CONFIG_DIR) ?? join(nonEmpty(env.HOME) ?? homedir(), '.azure');
  const profile = join(configDir, 'azureProfile.json');
  const names = process.platform === 'win32' ? ['az.cmd', 'az.exe'] : ['az'];
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .some((dir) => names.some((name) => existsSync(join(dir, name))));
  return onPath && existsSync(profile) ? profile : undefined;
}

export interface CredentialDeps {
  cloud: Cloud;
  env: Env;
  logger: Logger;
  /**
   * Asks the runner for a GitHub OIDC ID token for `audience` (in actions: core.getIDToken). Called anew every time
   * Entra ID is asked for a token, so jobs outlive the ID token's 5-10 minute lifetime.
   */
  getIdToken: (audience: string) => Promise<string>;
  /** Pipeline options for the token requests (tlsOptions, retryOptions, additionalPolicies, httpClient). */
  clientOptions?: TokenCredentialOptions;
}

export interface AzureCredential {
  /** The chosen credential, reporting its sign-in failures as UserErrors. */
  credential: SignInReportingCredential;
  choice: CredentialChoice;
}

/** Build the credential the chain picks, and log which one (and any configuration warnings). */
export function createCredential(inputs: IdentityInputs, deps: CredentialDeps): AzureCredential {
  const { cloud, env, logger } = deps;
  const choice = chooseCredential(inputs, env);
  for (const warning of choice.warnings) logger.warning(warning);
  logger.info(`Azure sign-in: ${choice.description}, authority ${cloud.authorityHost}`);
  const options = {
    ...deps.clientOptions,
    authorityHost: cloud.authorityHost,
    ...(needsInstanceDiscoveryDisabled(cloud) ? { disableInstanceDiscovery: true } : {}),
  };
  return {
    credential: new SignInReportingCredential(buildCredential(choice, deps, options), choice),
    choice,
  };
}

/**
 * A credential whose sign-in failures (no credential available, refused by Entra ID) become UserErrors naming the
 * credentials tried and how to configure sign-in, wherever a token is requested (ARM, blob storage, ...).
 */
export class SignInReportingCredential implements TokenCredential {
  /** `inner`: the credential that gets the tokens. */
  constructor(
    readonly inner: TokenCredential,
    private readonly attempt: SignInAttempt,
  ) {}

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    try {
      return await this.inner.getToken(scopes, options);
    } catch (e) {
      throw signInError(e, this.attempt) ?? e;
    }
  }
}

function buildCredential(
  choice: CredentialChoice,
  deps: CredentialDeps,
  options: TokenCredentialOptions & { disableInstanceDiscovery?: boolean },
): TokenCredential {
  switch (choice.kind) {
    case 'oidc': {
      let requests = 0;
      const getAssertion = async (): Promise<string> => {
        requests += 1;
        deps.logger.debug(`Requesting a GitHub OIDC token for ${OIDC_AUDIENCE} (#${requests})`);
        try {
          return await deps.getIdToken(OIDC_AUDIENCE);
        } catch (e) {
          throw new UserError(
            `Could not get a GitHub OIDC token: ${errorMessage(e)}. The job needs 'permissions: id-token: write'.`,
            { kind: 'permission', cause: e },
          );
        }
      };
      return new ClientAssertionCredential(choice.tenantId, choice.clientId, getAssertion, options);
    }
    case 'client-secret': {
      const secret = nonEmpty(deps.env.AZURE_CLIENT_SECRET) ?? '';
      maskSecret(deps.logger, secret);
      return new ClientSecretCredential(choice.tenantId, choice.clientId, secret, options);
    }
    case 'azure-cli':
      return new AzureCliCredential(choice.tenantId === undefined ? {} : { tenantId: choice.tenantId });
    case 'default':
      return new DefaultAzureCredential({
        ...options,
        ...(choice.tenantId === undefined ? {} : { tenantId: choice.tenantId }),
        ...(choice.clientId === undefined
          ? {}
          : { managedIdentityClientId: choice.clientId, workloadIdentityClientId: choice.clientId }),
      });
  }
}
