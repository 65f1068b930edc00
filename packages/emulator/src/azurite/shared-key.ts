/** Blob service requests to Azurite signed with an account key (Shared Key authorization). */
import { createHmac } from 'node:crypto';
import { request } from 'node:https';

export const STORAGE_VERSION = '2021-08-06';

export interface SharedKeyRequest {
  /** Azurite's blob endpoint, e.g. https://127.0.0.1:10000 */
  endpoint: string;
  account: string;
  /** Account key, base64. */
  key: string;
  method: 'GET' | 'PUT' | 'DELETE' | 'HEAD';
  /** Path below the account, e.g. '/container/blob.txt'. */
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Certificate (PEM) to trust. */
  ca: string;
}

export interface SharedKeyResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Sends the request with `Authorization: SharedKey account:signature` (path-style URL, as Azurite serves). */
export function sharedKeyRequest(req: SharedKeyRequest): Promise<SharedKeyResponse> {
  const url = new URL(`${req.endpoint}/${req.account}${req.path}`);
  for (const [name, value] of Object.entries(req.query ?? {})) url.searchParams.set(name, value);
  const body = req.body ?? Buffer.alloc(0);
  const headers: Record<string, string> = {
    ...req.headers,
    'x-ms-date': new Date().toUTCString(),
    'x-ms-version': STORAGE_VERSION,
    'Content-Length': String(body.length),
  };
  headers.Authorization = `SharedKey ${req.account}:${signature(req, url, headers, body.length)}`;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: req.method, headers, ca: req.ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Creates the container unless it exists (201 Created and 409 ContainerAlreadyExists are both fine). */
export async function ensureContainer(
  target: { endpoint: string; account: string; key: string; ca: string },
  container: string,
): Promise<void> {
  const res = await sharedKeyRequest({
    ...target,
    method: 'PUT',
    path: `/${container}`,
    query: { restype: 'container' },
  });
  if (res.status !== 201 && res.status !== 409) {
    throw new Error(
      `Creating blob container ${target.account}/${container} in Azurite failed: ${res.status} ${res.body.toString()}`,
    );
  }
}

/** https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key (blob service, 2009-09-19+). */
function signature(req: SharedKeyRequest, url: URL, headers: Record<string, string>, length: number): string {
  const header = (name: string): string =>
    Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? '';
  const canonicalHeaders = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim()] as const)
    .filter(([name]) => name.startsWith('x-ms-'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}:${value}`);
  const canonicalQuery = [...url.searchParams.entries()]
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `\n${name}:${value}`)
    .join('');
  const stringToSign = [
    req.method,
    header('content-encoding'),
    header('content-language'),
    length === 0 ? '' : String(length),
    header('content-md5'),
    header('content-type'),
    '', // Date: x-ms-date is used instead
    header('if-modified-since'),
    header('if-match'),
    header('if-none-match'),
    header('if-unmodified-since'),
    header('range'),
    ...canonicalHeaders,
    `/${req.account}${url.pathname}${canonicalQuery}`,
  ].join('\n');
  return createHmac('sha256', Buffer.from(req.key, 'base64')).update(stringToSign, 'utf8').digest('base64');
}
