/**
 * A small local HTTPS service standing in for Entra ID (openid-configuration + token endpoint) and one ARM route,
 * with a self-signed certificate for 127.0.0.1, so the real @azure/identity / MSAL and SDK pipelines talk to it.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';

export interface TokenRequest {
  tenant: string;
  form: Record<string, string>;
}

export interface LocalEntra {
  url: string;
  ca: string;
  tokenRequests: TokenRequest[];
  /** Authorization headers seen on ARM requests. */
  armAuthorizations: string[];
  close(): Promise<void>;
}

/** Tokens live `expiresIn` seconds: below MSAL's 5-minute renewal margin, so every token request goes to the network. */
export async function startLocalEntra(expiresIn = 60): Promise<LocalEntra> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const tokenRequests: TokenRequest[] = [];
  const armAuthorizations: string[] = [];
  let base = '';
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      };
      const openid = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
      const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      if (req.method === 'GET' && openid) {
        const tenant = openid[1] ?? '';
        send(200, {
          issuer: `${base}/${tenant}/v2.0`,
          authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
          jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
        });
      } else if (req.method === 'POST' && token) {
        const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
        tokenRequests.push({ tenant: token[1] ?? '', form });
        send(200, {
          token_type: 'Bearer',
          expires_in: expiresIn,
          access_token: `access-${tokenRequests.length}`,
        });
      } else if (req.method === 'GET' && url.pathname.includes('/workspaces/')) {
        armAuthorizations.push(req.headers.authorization ?? '');
        send(200, {
          id: url.pathname,
          name: url.pathname.split('/').at(-1),
          location: 'westeurope',
          properties: {},
        });
      } else {
        send(404, { error: { code: 'NotFound', message: `${req.method ?? ''} ${url.pathname}` } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    ca: pems.cert,
    tokenRequests,
    armAuthorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
