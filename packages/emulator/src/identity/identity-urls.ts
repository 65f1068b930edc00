/** Addresses, audiences and subjects shared by the authority, the GitHub OIDC service and the token checks. */
import type { EmulatorConfig, IdentityConfig } from '../config.js';
import type { EmulatorContext } from '../http-types.js';

/** Audience GitHub OIDC tokens carry for an Entra token exchange (the federated credentials' only audience). */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** Audience of Entra tokens for Azure ML data-plane calls (AAD-authenticated scoring). */
export const ML_AUDIENCE = 'https://ml.azure.com';
/**
 * Audience of Entra tokens for Azure Storage (blob data access with a Storage Blob Data role). Entra issues them as
 * v1.0 tokens, issuer `https://sts.windows.net/<tenant>/`, which is what Azurite's OAuth check accepts.
 */
export const STORAGE_AUDIENCE = 'https://storage.azure.com';
/** Path under the emulator's base URL where the GitHub OIDC issuer lives. */
export const GITHUB_OIDC_PATH = '/github-oidc';

/** Audiences ARM accepts: the public ARM resource ids, and the emulator's own ARM endpoint. */
export function armAudiences(ctx: EmulatorContext): string[] {
  return ['https://management.azure.com', 'https://management.core.windows.net', ctx.baseUrl];
}

/** Audiences the authority issues tokens for. */
export function knownResources(ctx: EmulatorContext): string[] {
  return [...armAudiences(ctx), ML_AUDIENCE, STORAGE_AUDIENCE];
}

/** Resource ids compare without their trailing slash (Entra treats https://management.azure.com/ and …com alike). */
export function sameResource(a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}

export function authorityUrl(ctx: EmulatorContext): string {
  return `${ctx.baseUrl}/${ctx.state.config.tenantId}`;
}

/** `iss` of the authority's tokens, as its v2.0 OpenID configuration states it. */
export function authorityIssuer(ctx: EmulatorContext): string {
  return `${authorityUrl(ctx)}/v2.0`;
}

/** `iss` of storage tokens: Azure Storage takes v1.0 tokens, whose issuer is the tenant's STS. */
export function storageTokenIssuer(ctx: EmulatorContext): string {
  return `https://sts.windows.net/${ctx.state.config.tenantId}/`;
}

export function githubIssuer(ctx: EmulatorContext): string {
  return `${ctx.baseUrl}${GITHUB_OIDC_PATH}`;
}

/** OIDC subject of a job running in the identity's GitHub environment, which the identity's app trusts. */
export function federatedSubject(
  config: Pick<EmulatorConfig, 'repository'>,
  identity: IdentityConfig,
): string {
  return `repo:${config.repository}:environment:${identity.environment}`;
}
