/**
 * Routes of the Entra authority and of the GitHub OIDC issuer. All are public ('none'): each checks its own credentials.
 * The operation ids name them in the request log and let fault rules target them (e.g. a 503 from the token endpoint).
 */
import type { EmuRequest, EmuResponse, EmulatorContext, Route } from '../http-types.js';
import { authorityKeys, instanceDiscovery, openIdConfiguration } from './entra-discovery.js';
import { githubIdToken, githubJwks, githubOpenIdConfiguration } from './github-oidc.js';
import { GITHUB_OIDC_PATH } from './identity-urls.js';
import { tokenEndpoint } from './token-endpoint.js';

type Handler = (req: EmuRequest, ctx: EmulatorContext) => EmuResponse | Promise<EmuResponse>;

function publicRoute(method: 'GET' | 'POST', pattern: string, operationId: string, handler: Handler): Route {
  return { method, pattern, auth: 'none', operationId, handler };
}

export function identityRoutes(): Route[] {
  const github = GITHUB_OIDC_PATH;
  return [
    publicRoute(
      'GET',
      '/:tenant/v2.0/.well-known/openid-configuration',
      'Entra_OpenIdConfiguration',
      openIdConfiguration,
    ),
    publicRoute('GET', '/:tenant/discovery/v2.0/keys', 'Entra_Keys', authorityKeys),
    publicRoute('POST', '/:tenant/oauth2/v2.0/token', 'Entra_Token', tokenEndpoint),
    publicRoute('GET', '/:tenant/discovery/instance', 'Entra_InstanceDiscovery', instanceDiscovery),
    publicRoute('GET', `${github}/idtoken`, 'GitHubOidc_IdToken', githubIdToken),
    publicRoute(
      'GET',
      `${github}/.well-known/openid-configuration`,
      'GitHubOidc_OpenIdConfiguration',
      githubOpenIdConfiguration,
    ),
    publicRoute('GET', `${github}/.well-known/jwks`, 'GitHubOidc_Jwks', githubJwks),
  ];
}
