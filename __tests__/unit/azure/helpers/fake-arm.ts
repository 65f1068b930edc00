/** A scripted HttpClient for the real Azure SDK pipeline: routes answer requests, every request is recorded. */
import { toCompatResponse, type RequestPolicy, type WebResourceLike } from '@azure/core-http-compat';
import {
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type PipelineRequest,
  type PipelineResponse,
  type RequestBodyType,
} from '@azure/core-rest-pipeline';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import type { Logger } from '@aml-actions/action-kit';

export interface FakeReply {
  status: number;
  body?: unknown;
  /** A raw body instead of JSON (`body` is then ignored). */
  text?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

type Route = (request: RecordedRequest) => FakeReply | undefined;

export class FakeArm implements HttpClient {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];

  /** Answer requests whose method matches and whose path matches `path`; `reply` may be a function of the call index. */
  on(
    method: string,
    path: RegExp,
    reply: FakeReply | ((request: RecordedRequest, call: number) => FakeReply),
  ): this {
    let calls = 0;
    this.routes.push((request) => {
      if (request.method !== method || !path.test(request.url.pathname)) return undefined;
      calls += 1;
      return typeof reply === 'function' ? reply(request, calls) : reply;
    });
    return this;
  }

  sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
    const bodyText = typeof request.body === 'string' ? request.body : undefined;
    const recorded: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers.toJSON(),
      body: bodyText === undefined ? undefined : parseOrText(bodyText),
    };
    this.requests.push(recorded);
    const reply = this.routes.map((route) => route(recorded)).find((r) => r !== undefined) ?? {
      status: 404,
      body: {
        error: { code: 'NoRoute', message: `fake ARM has no route for ${request.method} ${request.url}` },
      },
    };
    return Promise.resolve({
      request,
      status: reply.status,
      headers: createHttpHeaders({ 'content-type': 'application/json', ...reply.headers }),
      bodyAsText: reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)),
    });
  }
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The same fake for @azure/storage-blob, whose `httpClient` option still takes a core-http RequestPolicy. */
export function storageHttpClient(fake: FakeArm): RequestPolicy {
  return {
    sendRequest: async (resource: WebResourceLike) => {
      const request = createPipelineRequest({
        url: resource.url,
        method: resource.method,
        headers: createHttpHeaders(resource.headers.rawHeaders()),
        body: resource.body as RequestBodyType,
      });
      return toCompatResponse(await fake.sendRequest(request));
    },
  };
}

/** A credential that hands out a fixed token and records the scopes asked for. */
export class FakeCredential implements TokenCredential {
  readonly scopes: string[][] = [];
  getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
    this.scopes.push(Array.isArray(scopes) ? scopes : [scopes]);
    return Promise.resolve({ token: 'fake-arm-token', expiresOnTimestamp: Date.now() + 3_600_000 });
  }
}

export interface LogLine {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
}

/** A logger that records its lines and the values it was asked to mask. */
export class RecordingLogger implements Logger {
  readonly lines: LogLine[] = [];
  readonly masked: string[] = [];
  debug(message: string): void {
    this.record('debug', message);
  }
  info(message: string): void {
    this.record('info', message);
  }
  warning(message: string): void {
    this.record('warning', message);
  }
  error(message: string): void {
    this.record('error', message);
  }
  group<T>(_title: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
  mask(secret: string): void {
    this.masked.push(secret);
  }
  text(level?: LogLine['level']): string {
    return this.lines
      .filter((line) => level === undefined || line.level === level)
      .map((line) => line.message)
      .join('\n');
  }
  private record(level: LogLine['level'], message: string): void {
    this.lines.push({ level, message });
  }
}
