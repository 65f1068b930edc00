/**
 * What the demo prints: a heading per stage (what runs, as which GitHub job and environment, on which workspace), the
 * action's log indented below it, the key outputs and the job summary's path, and the recap table at the end.
 */
import type { Logger } from '@aml-actions/action-kit';

export type StageStatus = 'passed' | 'failed' | 'skipped';

export interface StageRecord {
  name: string;
  environment: string;
  workspace: string;
  status: StageStatus;
  /** One line: the stage's main result. */
  result: string;
  seconds: number;
}

export interface Narrator {
  /** `label`: the stage's number, e.g. '2/7'. */
  stage: (label: string, title: string, where: string) => void;
  /** A line of what the stage runs (the action's log, or the demo's own call). */
  log: (line: string) => void;
  output: (name: string, value: string) => void;
  note: (line: string) => void;
  /** A Logger for the packages the demo calls itself; secrets it is told about are masked in every later line. */
  logger: Logger;
  recap: (stages: readonly StageRecord[], totalSeconds: number) => void;
}

export function createNarrator(write: (text: string) => void, color: boolean): Narrator {
  const paint = (code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const masks: string[] = [];
  const masked = (text: string): string => masks.reduce((out, secret) => out.split(secret).join('***'), text);
  const log = (text: string): void => {
    for (const line of masked(text).split('\n')) write(`${paint('2', '  │')} ${line}\n`);
  };
  const logger: Logger = {
    debug: () => undefined,
    info: log,
    warning: (message) => {
      log(`! Warning: ${message}`);
    },
    error: (message) => {
      log(`✖ Error: ${message}`);
    },
    group: (title, fn) => {
      log(`▸ ${title}`);
      return fn();
    },
    mask: (secret) => {
      if (secret !== '') masks.push(secret);
    },
  };
  return {
    logger,
    log,
    stage(label, title, where) {
      write(`\n${paint('1;36', `━━ ${label} ${title}`)}\n${paint('36', `   ${where}`)}\n`);
    },
    output(name, value) {
      write(`  ${paint('32', '→')} ${name}: ${masked(value)}\n`);
    },
    note(text) {
      for (const line of masked(text).split('\n')) write(`  ${line}\n`);
    },
    recap(stages, totalSeconds) {
      const rows = [
        ['#', 'Stage', 'Environment → workspace', 'Result', 'Time'],
        ...stages.map((s, i) => [
          String(i + 1),
          s.name,
          s.workspace === '' ? s.environment : `${s.environment} → ${s.workspace}`,
          `${statusMark(s.status)} ${shorten(s.result, 100)}`,
          s.status === 'skipped' ? '' : `${s.seconds.toFixed(1)} s`,
        ]),
      ];
      const widths =
        rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
      const line = (row: string[]): string =>
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd();
      write(`\n${paint('1', 'Recap')}\n`);
      write(`${paint('1', line(rows[0] ?? []))}\n`);
      for (const row of rows.slice(1)) write(`${masked(line(row))}\n`);
      write(`Total: ${totalSeconds.toFixed(1)} s\n`);
    },
  };
}

/** The text cut to `max` characters (the full message is printed with the stage). */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function statusMark(status: StageStatus): string {
  return { passed: '✔', failed: '✖', skipped: '–' }[status];
}
