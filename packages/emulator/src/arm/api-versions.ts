/** The api-versions the ARM routes serve; the server answers any other with ARM's error before a handler runs. */
import type { EmulatorConfig } from '../config.js';
import type { EmuRequest, EmuResponse, Route } from '../http-types.js';
import { checkApiVersion } from '../server/api-version.js';

export type ApiVersion = '2022-10-01' | '2024-04-01';
export const API_VERSIONS: readonly ApiVersion[] = ['2022-10-01', '2024-04-01'];

/** Fields introduced after 2022-10-01 (mirror traffic, data collector, ...) are visible from this version on. */
export function isAtLeast2024(apiVersion: ApiVersion): boolean {
  return apiVersion >= '2024-04-01';
}

/**
 * The request's api-version. The server has checked it already; a handler called some other way (tests) gets
 * the same ARM error the server would give.
 */
export function readApiVersion(
  req: EmuRequest,
  route: Route,
  config: EmulatorConfig,
): ApiVersion | EmuResponse {
  const value = req.url.searchParams.get('api-version');
  const found = API_VERSIONS.find((v) => v === value);
  if (found !== undefined) return found;
  return (
    checkApiVersion(route, req.url, req.params, config) ?? {
      status: 500,
      body: {
        error: {
          code: 'InternalServerError',
          message: `api-version '${value ?? ''}' is not served by the ARM routes.`,
        },
      },
    }
  );
}
