/**
 * The scoring target of an online endpoint: its scoring URI and auth mode from ARM, and fresh auth headers for the
 * data plane (an endpoint key from listKeys, an AML token from the token route, or an Entra token for the Azure ML
 * audience). Every key and token is masked through the logger before it is used, and remembered so that response
 * excerpts can be redacted before they reach the job summary (which the runner does not mask).
 */
import { UserError, didYouMean, maskSecret, secretForms, type Logger } from '@aml-actions/action-kit';
import { translateArmError, type AzureSession } from '@aml-actions/azure';
import { isRestError } from '@azure/core-rest-pipeline';

export type ScoringAuthMode = 'key' | 'aml_token' | 'aad_token';

/** What resolveScoringTarget needs of an Azure session (connectAzure's result). */
export type ScoringSession = Pick<AzureSession, 'mlClient' | 'workspace' | 'credential' | 'cloud'>;

export interface ScoringTarget {
  endpointName: string;
  /** The workspace's name, for messages. */
  workspace: string;
  scoringUri: string;
  authMode: ScoringAuthMode;
  /** The endpoint's provisioning state (Succeeded, Updating, …). */
  provisioningState: string;
  /** Live traffic per deployment, as ARM returned it. */
  traffic: Record<string, number>;
  /** Fresh auth headers (keys/tokens masked through the logger before use); cached until a token needs refreshing. */
  authHeaders(): Promise<Record<string, string>>;
  /** The text with every key or token issued so far (in any encoded form) replaced by `***`. */
  redact(text: string): string;
}

const AUTH_MODES: Record<string, ScoringAuthMode> = {
  key: 'key',
  amltoken: 'aml_token',
  aadtoken: 'aad_token',
};

/** Refresh a token this long before it expires when the service gives no refresh time. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

interface CachedToken {
  value: string;
  refreshAt: number;
}

export interface ResolveOptions {
  signal?: AbortSignal;
  /** Clock, for tests. */
  now?: () => number;
}

export async function resolveScoringTarget(
  session: ScoringSession,
  endpointName: string,
  log: Logger,
  options: ResolveOptions = {},
): Promise<ScoringTarget> {
  const { mlClient, workspace } = session;
  const endpoint = await mlClient.onlineEndpoints
    .get(workspace.resourceGroup, workspace.workspace, endpointName, { abortSignal: options.signal })
    .catch(async (error: unknown) => {
      if (isRestError(error) && error.statusCode === 404) {
        throw await endpointNotFound(session, endpointName, options.signal);
      }
      throw translateArmError(error, {
        action: `Reading online endpoint '${endpointName}'`,
        resource: `online endpoint '${endpointName}' in workspace '${workspace.workspace}'`,
      });
    });
  const properties = endpoint.properties;
  const authMode = AUTH_MODES[properties.authMode.toLowerCase()];
  if (authMode === undefined) {
    throw new UserError(
      `Online endpoint '${endpointName}' has auth mode '${properties.authMode}', which this action cannot call ` +
        '(it supports Key, AMLToken and AADToken).',
      { kind: 'input' },
    );
  }
  const scoringUri = properties.scoringUri ?? '';
  if (scoringUri === '') {
    throw new UserError(
      `Online endpoint '${endpointName}' in workspace '${workspace.workspace}' has no scoring URI yet ` +
        `(provisioning state ${properties.provisioningState ?? 'unknown'}). Wait until it has provisioned, then run again.`,
      { kind: 'conflict' },
    );
  }
  const secrets: string[] = [];
  const remember = (secret: string): void => {
    maskSecret(log, secret);
    secrets.push(...secretForms(secret));
    // Longest first, so a form containing a shorter one is replaced whole.
    secrets.sort((a, b) => b.length - a.length);
  };
  log.info(`Online endpoint ${endpointName}: ${scoringUri} (auth mode ${authMode})`);
  return {
    endpointName,
    workspace: workspace.workspace,
    scoringUri,
    authMode,
    provisioningState: properties.provisioningState ?? 'Unknown',
    traffic: { ...properties.traffic },
    authHeaders: headerSource(session, endpointName, authMode, remember, options),
    redact: (text) => secrets.reduce((result, secret) => result.split(secret).join('***'), text),
  };
}

function headerSource(
  session: ScoringSession,
  endpointName: string,
  authMode: ScoringAuthMode,
  remember: (secret: string) => void,
  options: ResolveOptions,
): () => Promise<Record<string, string>> {
  const now = options.now ?? Date.now;
  let cached: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;
  const fetchToken = async (): Promise<CachedToken> => {
    const token = await credentialFor(session, endpointName, authMode, options.signal, now);
    remember(token.value);
    return token;
  };
  return async () => {
    if (cached === undefined || now() >= cached.refreshAt) {
      // One request at a time: concurrent callers share the refresh.
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      cached = await pending;
    }
    return { Authorization: `Bearer ${cached.value}` };
  };
}

async function credentialFor(
  session: ScoringSession,
  endpointName: string,
  authMode: ScoringAuthMode,
  signal: AbortSignal | undefined,
  now: () => number,
): Promise<CachedToken> {
  const { mlClient, workspace } = session;
  const rg = workspace.resourceGroup;
  const ws = workspace.workspace;
  const armFailure = (what: string) => (error: unknown) => {
    throw translateArmError(error, {
      action: `${what} of online endpoint '${endpointName}'`,
      resource: `online endpoint '${endpointName}' in workspace '${ws}'`,
    });
  };
  switch (authMode) {
    case 'key': {
      const keys = await mlClient.onlineEndpoints
        .listKeys(rg, ws, endpointName, { abortSignal: signal })
        .catch(armFailure('Reading the keys'));
      const key = keys.primaryKey ?? keys.secondaryKey;
      if (!key) {
        throw new UserError(`Online endpoint '${endpointName}' returned no keys from listKeys.`, {
          kind: 'service',
        });
      }
      return { value: key, refreshAt: Number.POSITIVE_INFINITY };
    }
    case 'aml_token': {
      const token = await mlClient.onlineEndpoints
        .getToken(rg, ws, endpointName, { abortSignal: signal })
        .catch(armFailure('Getting a scoring token'));
      if (!token.accessToken) {
        throw new UserError(`Online endpoint '${endpointName}' returned no access token.`, {
          kind: 'service',
        });
      }
      const refreshAt =
        token.refreshAfterTimeUtc !== undefined
          ? token.refreshAfterTimeUtc * 1000
          : (token.expiryTimeUtc ?? 0) * 1000 - EXPIRY_MARGIN_MS;
      return { value: token.accessToken, refreshAt: Math.max(refreshAt, now()) };
    }
    case 'aad_token': {
      const scope = `${session.cloud.mlAudience}/.default`;
      const token = await session.credential
        .getToken(scope, { abortSignal: signal })
        .catch(armFailure(`Getting an Entra ID token for ${scope}`));
      if (token === null) {
        throw new UserError(`The Azure credential returned no token for ${scope}.`, { kind: 'permission' });
      }
      const refreshAt = token.refreshAfterTimestamp ?? token.expiresOnTimestamp - EXPIRY_MARGIN_MS;
      return { value: token.token, refreshAt: Math.max(refreshAt, now()) };
    }
  }
}

/** A not-found error naming the endpoint, the workspace, and the endpoints that do exist. */
async function endpointNotFound(
  session: ScoringSession,
  endpointName: string,
  signal: AbortSignal | undefined,
): Promise<UserError> {
  const { mlClient, workspace } = session;
  const names: string[] = [];
  try {
    for await (const endpoint of mlClient.onlineEndpoints.list(workspace.resourceGroup, workspace.workspace, {
      abortSignal: signal,
    })) {
      if (endpoint.name !== undefined) names.push(endpoint.name);
    }
  } catch {
    // The list only improves the message; the endpoint is missing either way.
  }
  const hint = didYouMean(endpointName, names);
  const existing = names.length === 0 ? 'it has no online endpoints' : `it has: ${names.sort().join(', ')}`;
  return new UserError(
    `Input 'endpoint-name' is '${endpointName}', but workspace '${workspace.workspace}' (resource group ` +
      `${workspace.resourceGroup}) has no online endpoint of that name (${existing})${hint === '' ? '.' : `; ${hint}`} ` +
      "Check 'endpoint-name' and the workspace inputs, or deploy the endpoint first (deploy-endpoint).",
    { kind: 'not-found' },
  );
}
