/** api-version checks for 'arm' routes, answered with the errors (and wording) ARM uses. */
import type { EmulatorConfig } from '../config.js';
import { DEFAULT_ARM_API_VERSIONS, type EmuResponse, type Route } from '../http-types.js';
import { armError } from './arm-error.js';
import { splitPath } from './path-pattern.js';

const API_VERSION_SHAPE = /^\d{4}-\d{2}-\d{2}(-preview)?$/;

/** The error response for a missing or unsupported api-version, or undefined when it is accepted. */
export function checkApiVersion(
  route: Route,
  url: URL,
  params: Record<string, string>,
  config: EmulatorConfig,
): EmuResponse | undefined {
  const supported = route.apiVersions ?? DEFAULT_ARM_API_VERSIONS;
  const apiVersion = url.searchParams.get('api-version');
  if (apiVersion === null || apiVersion === '') {
    return armError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (supported.includes(apiVersion)) return undefined;
  if (!API_VERSION_SHAPE.test(apiVersion)) {
    return armError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${apiVersion}' is invalid. The supported versions are '${supported.join(',')}'.`,
    );
  }
  const workspaceName = params.workspaceName?.toLowerCase();
  const workspace =
    config.workspaces.find((w) => w.name.toLowerCase() === workspaceName) ?? config.workspaces[0];
  const locations = [...new Set(config.workspaces.map((w) => w.location))];
  return armError(
    400,
    'NoRegisteredProviderFound',
    `No registered resource provider found for location '${workspace?.location ?? ''}' and API version ` +
      `'${apiVersion}' for type '${resourceType(url.pathname)}'. The supported api-versions are ` +
      `'${supported.join(', ')}'. The supported locations are '${locations.join(', ')}'.`,
  );
}

/** `workspaces/onlineEndpoints` for `/subscriptions/…/providers/Ns/workspaces/w/onlineEndpoints/e`. */
export function resourceType(path: string): string {
  const segments = splitPath(path);
  const providers = segments.findIndex((s) => s.toLowerCase() === 'providers');
  const typeSegments = providers < 0 ? segments : segments.slice(providers + 2);
  return typeSegments.filter((_, i) => i % 2 === 0).join('/');
}
