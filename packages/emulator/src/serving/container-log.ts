/**
 * A container's log as getLogs returns it: the lines its processes wrote to stdout and stderr, plus the emulator's
 * own lines (timestamped), keeping the newest `maxLines`.
 */
export interface ContainerLog {
  /** One line from the emulator itself. */
  note(text: string): void;
  /** Output of a process, as it arrives (split into lines; a partial line waits for its end). */
  write(chunk: Buffer | string): void;
  text(): string;
}

export function createContainerLog(now: () => Date, maxLines = 5000): ContainerLog {
  const lines: string[] = [];
  let partial = '';
  const push = (line: string): void => {
    lines.push(line);
    if (lines.length > maxLines) lines.splice(0, lines.length - maxLines);
  };
  return {
    note(text) {
      for (const line of text.split('\n')) push(`${now().toISOString()} ${line}`);
    },
    write(chunk) {
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) push(line.replace(/\r$/, ''));
    },
    text() {
      const all = partial === '' ? lines : [...lines, partial];
      return all.length === 0 ? '' : `${all.join('\n')}\n`;
    },
  };
}
