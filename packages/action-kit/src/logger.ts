/**
 * The logging seam every library takes as a parameter. action-kit provides the GitHub runner implementation
 * (core.info, annotations, groups); tests use a recording or null logger.
 */
import type { Annotation } from './errors.js';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  /** A warning annotation; with `where`, GitHub shows it on that file and line. */
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  /** A collapsible group in the log around fn. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Register a secret so the runner masks it in every later log line. Derived forms are the caller's job (see secrets.ts). */
  mask(secret: string): void;
}

/** A logger that drops everything: for tests and library callers that do not log. */
export const nullLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_title, fn) => fn(),
  mask: () => undefined,
};

export interface LoggedLine {
  level: 'debug' | 'info' | 'warning' | 'error' | 'group';
  message: string;
  where?: Annotation;
}

/** A logger that records every line and mask, for tests: `log.lines`, `log.masked`, `log.text()`. */
export interface RecordingLogger extends Logger {
  readonly lines: LoggedLine[];
  readonly masked: string[];
  /** Every recorded message, one per line, as `level: message`. */
  text(): string;
}

export function recordingLogger(): RecordingLogger {
  const lines: LoggedLine[] = [];
  const masked: string[] = [];
  const record = (level: LoggedLine['level'], message: string, where?: Annotation): void => {
    lines.push(where === undefined ? { level, message } : { level, message, where });
  };
  return {
    lines,
    masked,
    text: () => lines.map((line) => `${line.level}: ${line.message}`).join('\n'),
    debug: (message) => {
      record('debug', message);
    },
    info: (message) => {
      record('info', message);
    },
    warning: (message, where) => {
      record('warning', message, where);
    },
    error: (message, where) => {
      record('error', message, where);
    },
    group: (title, fn) => {
      record('group', title);
      return fn();
    },
    mask: (secret) => {
      masked.push(secret);
    },
  };
}
