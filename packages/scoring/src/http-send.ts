/**
 * One scoring request over node's http/https (https for managed endpoints; Kubernetes endpoints may serve plain
 * http), timed from the first byte sent to the last byte received, with a per-request timeout. Network failures
 * and timeouts are results, not exceptions; only the run's abort signal throws.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Response bodies are kept up to this size (failures quote an excerpt; expected outputs are compared whole). */
const MAX_BODY_BYTES = 1024 * 1024;

export type Attempt =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string; ms: number }
  | { kind: 'timeout' | 'network'; message: string; ms: number };

export interface SendRequest {
  url: URL;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  agent: HttpAgent;
  signal?: AbortSignal;
}

/** A keep-alive agent for the URL's protocol with `sockets` connections at most. */
export function scoringAgent(url: URL, sockets: number): HttpAgent {
  const options = { keepAlive: true, maxSockets: sockets };
  return url.protocol === 'http:' ? new HttpAgent(options) : new HttpsAgent(options);
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

export function sendOnce(request: SendRequest): Promise<Attempt> {
  const { url, signal } = request;
  const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  return new Promise<Attempt>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const req = send(url, {
      method: 'POST',
      agent: request.agent,
      headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy();
    }, request.timeoutMs);
    const onAbort = (): void => {
      req.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let done = false;
    const finish = (attempt: Attempt): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) reject(signal.reason as Error);
      else resolve(attempt);
    };
    const fail = (error: Error): void => {
      finish(
        timedOut
          ? { kind: 'timeout', message: `no complete answer within ${request.timeoutMs} ms`, ms: elapsed() }
          : { kind: 'network', message: networkMessage(error), ms: elapsed() },
      );
    };
    req.on('error', fail);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('close', () => {
        if (!res.complete) fail(new Error('the connection closed before the response was complete'));
      });
      res.on('end', () => {
        finish({
          kind: 'response',
          status: res.statusCode ?? 0,
          headers: flatHeaders(res.headers),
          body: Buffer.concat(chunks).toString('utf8'),
          ms: elapsed(),
        });
      });
    });
    req.end(request.body);
  });
}

function networkMessage(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined || error.message.includes(code) ? error.message : `${code}: ${error.message}`;
}
