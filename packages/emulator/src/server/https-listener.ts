/** The HTTPS listener on 127.0.0.1 (loopback only). */
import { once } from 'node:events';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface HttpsListener {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';

/**
 * Listens on `port` (0 = any free port). With `fallbackToAnyPort`, a busy port falls back to a free one (used for the
 * port remembered in --state-dir); an explicitly requested busy port is an error that says so.
 */
export async function listenHttps(
  tls: { cert: string; key: string },
  port: number,
  fallbackToAnyPort: boolean,
): Promise<HttpsListener> {
  const server = createServer({ cert: tls.cert, key: tls.key, keepAliveTimeout: 5000 });
  try {
    await listen(server, port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    if (!fallbackToAnyPort) {
      throw new Error(
        `Port ${port} on ${HOST} is in use. Choose another with --port, or --port 0 for any free port.`,
      );
    }
    await listen(server, 0);
  }
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: async () => {
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}

async function listen(server: Server, port: number): Promise<void> {
  const listening = once(server, 'listening');
  server.listen(port, HOST);
  await listening;
}
