/**
 * The probe's own retries (the scoring call is plain HTTP, so it gets none from the Azure SDK): only 429 and 503
 * that carry a Retry-After (`retry-after-ms`, `x-ms-retry-after-ms` in ms, or `Retry-After` in seconds or an HTTP
 * date), at most `maxRetries` times, and only when the wait asked for is at most `maxWaitMs`. Anything else is the
 * deployment's answer and is counted as it is.
 */

export interface RetryPolicy {
  /** Retries per request after the first attempt (default 2). */
  maxRetries: number;
  /** The longest Retry-After honoured (default 10 s); a longer one is not waited for. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, maxWaitMs: 10_000 };

const RETRIABLE = new Set([429, 503]);

export type RetryDecision = { retry: true; waitMs: number } | { retry: false; reason?: string };

/** The wait a response asks for, in ms, or undefined when it names none (or an unreadable one). */
export function retryAfterMs(
  headers: Readonly<Record<string, string>>,
  now: number = Date.now(),
): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const value = Number(headers[name]);
    if (headers[name] !== undefined && headers[name].trim() !== '' && Number.isFinite(value) && value >= 0) {
      return value;
    }
  }
  const text = headers['retry-after']?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Whether to send a request again after `status`, given how many retries it had (`retries`). */
export function retryDecision(
  status: number,
  headers: Readonly<Record<string, string>>,
  retries: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  now: number = Date.now(),
): RetryDecision {
  if (!RETRIABLE.has(status)) return { retry: false };
  const waitMs = retryAfterMs(headers, now);
  if (waitMs === undefined) return { retry: false, reason: 'not retried: no Retry-After' };
  if (retries >= policy.maxRetries) {
    return { retry: false, reason: `still ${status} after ${retries} retr${retries === 1 ? 'y' : 'ies'}` };
  }
  if (waitMs > policy.maxWaitMs) {
    const asked = Math.ceil(waitMs / 1000);
    return {
      retry: false,
      reason: `not retried: Retry-After ${asked} s is over the ${policy.maxWaitMs / 1000} s the test waits`,
    };
  }
  return { retry: true, waitMs };
}
