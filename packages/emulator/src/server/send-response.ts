/** Writing an EmuResponse to the wire. */
import type { ServerResponse } from 'node:http';
import type { EmuResponse } from '../http-types.js';

export function sendResponse(
  res: ServerResponse,
  response: EmuResponse,
  baseHeaders: Record<string, string>,
): void {
  const headers: Record<string, string> = { ...baseHeaders, ...response.headers };
  const hasContentType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
  let payload: Buffer | undefined;
  const { body } = response;
  if (body === undefined || body === null || response.status === 204 || response.status === 304) {
    payload = undefined;
  } else if (Buffer.isBuffer(body)) {
    payload = body;
    if (!hasContentType) headers['Content-Type'] = 'application/octet-stream';
  } else if (typeof body === 'string') {
    payload = Buffer.from(body, 'utf8');
    if (!hasContentType) headers['Content-Type'] = 'text/plain; charset=utf-8';
  } else {
    payload = Buffer.from(JSON.stringify(body), 'utf8');
    if (!hasContentType) headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  headers['Content-Length'] = String(payload?.length ?? 0);
  res.writeHead(response.status, headers);
  res.end(payload);
}
