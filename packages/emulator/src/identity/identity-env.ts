/** The environment that makes a process act as a GitHub Actions job running in an identity's environment. */
import type { IdentityConfig } from '../config.js';
import type { EmulatorContext } from '../http-types.js';
import { jobFor } from './identity-state.js';
import { githubIssuer } from './identity-urls.js';

export function identityEnv(identity: IdentityConfig, ctx: EmulatorContext): Record<string, string> {
  return {
    // getIDToken appends '&audience=…', so the URL already carries a query, as the runner's does.
    ACTIONS_ID_TOKEN_REQUEST_URL: `${githubIssuer(ctx)}/idtoken?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: jobFor(ctx.state, identity).requestToken,
    AZURE_CLIENT_ID: identity.clientId,
    AZURE_TENANT_ID: ctx.state.config.tenantId,
  };
}
