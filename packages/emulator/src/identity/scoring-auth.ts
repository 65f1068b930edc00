/** Entra tokens on Azure ML data-plane calls (AAD-authenticated scoring): audience https://ml.azure.com. */
import type { EmuRequest, EmulatorContext } from '../http-types.js';
import { bearerToken, verifyAccessToken } from './access-token.js';
import type { TokenCheck } from './access-token.js';
import { ML_AUDIENCE } from './identity-urls.js';

/**
 * Checks the request's `Authorization: Bearer` Entra token for the Azure ML audience. A missing or non-Bearer header
 * reads as malformed; the scoring module words the 401 itself.
 */
export function verifyMlToken(req: EmuRequest, ctx: EmulatorContext): TokenCheck {
  const token = bearerToken(req.headers.authorization);
  if (!token) return { ok: false, failure: { kind: 'malformed' } };
  return verifyAccessToken(ctx, token, [ML_AUDIENCE]);
}
