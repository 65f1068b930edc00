/**
 * A container's log as getLogs returns it: the lines its processes wrote to stdout and stderr, plus the emulator's
 * own lines (timestamped), keeping the newest `maxLines`.
 */
export interface ContainerLog {
  /** One line (or several) from the emulator itself. */
  note(text: string): void;
  /** A writer for one process output: chunks are split into lines, a partial line waits for its end. */
  stream(): (chunk: Buffer | string) => void;
  text(): string;
}

export function createContainerLog(now: () => Date, maxLines = 5000): ContainerLog {
  const lines: string[] = [];
  const push = (line: string): void => {
    lines.push(line);
    if (lines.length > maxLines) lines.splice(0, lines.length - maxLines);
  };
  return {
    note(text) {
      for (const line of text.split('\n')) push(`${now().toISOString()} ${line}`);
    },
    stream() {
      let partial = '';
      return (chunk) => {
        const parts = (partial + chunk.toString()).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) push(line.replace(/\r$/, ''));
      };
    },
    text() {
      return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    },
  };
}
