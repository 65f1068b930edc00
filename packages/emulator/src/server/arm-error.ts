/** ARM-shaped error responses: `{ error: { code, message, target? } }` (common-types ErrorResponse). */
import type { EmuResponse } from '../http-types.js';

export function armError(
  status: number,
  code: string,
  message: string,
  options: { target?: string; headers?: Record<string, string> } = {},
): EmuResponse {
  const error: Record<string, string> = { code, message };
  if (options.target !== undefined) error.target = options.target;
  const response: EmuResponse = { status, body: { error } };
  if (options.headers) response.headers = options.headers;
  return response;
}
