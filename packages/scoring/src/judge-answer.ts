/**
 * Judging one final answer: a non-2xx status is a failure (with the model's own status when the service reports a
 * model error, and why it was not retried); a 2xx answer must match its expected output, if it has one. Response
 * excerpts are redacted (keys, tokens) and cut to one line.
 */
import { compareExpected } from './expected-outputs.js';
import type { Attempt } from './http-send.js';
import type { RequestSource, ScoringRequest } from './request-files.js';
import type { ScoringTarget } from './scoring-target.js';

const EXCERPT_CHARS = 300;

export type FailureStatus = number | 'timeout' | 'network' | 'mismatch';

export interface ProbeFailure {
  status: FailureStatus;
  /** What went wrong, with an excerpt of the response body (keys and tokens redacted). */
  message: string;
  request: RequestSource;
  /** The deployment that answered, when the response said. */
  deployment?: string;
}

export interface JudgeContext {
  target: Pick<ScoringTarget, 'redact'>;
  /** See compareExpected. */
  tolerance: number;
}

/** Undefined for a 2xx answer matching its expected output, else the failure. */
export function judgeAnswer(
  attempt: Extract<Attempt, { kind: 'response' }>,
  request: ScoringRequest,
  retryNote: string | undefined,
  context: JudgeContext,
): ProbeFailure | undefined {
  const source = request.source;
  if (attempt.status < 200 || attempt.status >= 300) {
    const modelStatus = attempt.headers['ms-azureml-model-error-statuscode'];
    const notes = [
      ...(modelStatus === undefined ? [] : [`the model answered ${modelStatus}`]),
      ...(retryNote === undefined ? [] : [retryNote]),
    ];
    const head = `HTTP ${attempt.status}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
    return {
      status: attempt.status,
      message: `${head}: ${excerpt(context.target, attempt.body)}`,
      request: source,
    };
  }
  if (request.expected === undefined) return undefined;
  let actual: unknown;
  try {
    actual = JSON.parse(attempt.body);
  } catch {
    return {
      status: 'mismatch',
      message: `the response is not JSON: ${excerpt(context.target, attempt.body)}`,
      request: source,
    };
  }
  const difference = compareExpected(actual, request.expected, context.tolerance);
  return difference === undefined
    ? undefined
    : {
        status: 'mismatch',
        message: `the response differs from the expected output at ${difference}`,
        request: source,
      };
}

/** The start of a body on one line, with keys and tokens redacted. */
function excerpt(target: Pick<ScoringTarget, 'redact'>, body: string): string {
  const text = target.redact(body).replace(/\s+/g, ' ').trim();
  if (text === '') return '(empty body)';
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}
