/** The authority's discovery documents: OpenID configuration, signing keys, and instance discovery. */
import type { EmuRequest, EmuResponse, EmulatorContext } from '../http-types.js';
import { unknownTenant } from './entra-errors.js';
import { authorityIssuer, authorityUrl } from './identity-urls.js';
import { publicJwks } from './signing-keys.js';

const CACHEABLE = { 'Cache-Control': 'max-age=86400, private' };

export function openIdConfiguration(req: EmuRequest, ctx: EmulatorContext): EmuResponse {
  const tenantError = unknownTenant(req, ctx);
  if (tenantError) return tenantError;
  const authority = authorityUrl(ctx);
  return {
    status: 200,
    headers: CACHEABLE,
    body: {
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: authorityIssuer(ctx),
      request_uri_parameter_supported: false,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${authority}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'tid', 'oid', 'azp', 'appid', 'ver'],
      tenant_region_scope: null,
      cloud_instance_name: new URL(ctx.baseUrl).host,
    },
  };
}

export function authorityKeys(req: EmuRequest, ctx: EmulatorContext): EmuResponse {
  return (
    unknownTenant(req, ctx) ?? {
      status: 200,
      headers: CACHEABLE,
      body: publicJwks(ctx.state.identity.authorityKey),
    }
  );
}

/** MSAL's instance discovery (only called when disableInstanceDiscovery is off): this host is its own only alias. */
export function instanceDiscovery(_req: EmuRequest, ctx: EmulatorContext): EmuResponse {
  const host = new URL(ctx.baseUrl).host;
  return {
    status: 200,
    headers: CACHEABLE,
    body: {
      tenant_discovery_endpoint: `${authorityUrl(ctx)}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    },
  };
}
