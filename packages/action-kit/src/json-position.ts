/**
 * Where JSON text goes wrong, as a 1-based line and column, for annotations. Node 20's JSON.parse names no position
 * for an unexpected token, so a small scanner walks the JSON grammar and stops at the first character that cannot
 * continue it.
 */

export interface JsonProblem {
  message: string;
  line: number;
  column: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON strings may not hold raw control characters (U+0000 to U+001F), so the pattern names them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Scanner {
  offset = 0;
  constructor(private readonly text: string) {}

  fail(): never {
    throw new ScanStop(this.offset);
  }

  skipSpace(): void {
    while (WHITESPACE.has(this.text[this.offset] ?? '')) this.offset++;
  }

  expect(char: string): void {
    this.skipSpace();
    if (this.text[this.offset] !== char) this.fail();
    this.offset++;
  }

  match(pattern: RegExp): void {
    pattern.lastIndex = this.offset;
    if (!pattern.test(this.text)) this.fail();
    this.offset = pattern.lastIndex;
  }

  value(): void {
    this.skipSpace();
    const char = this.text[this.offset];
    if (char === '{') {
      this.sequence('}', () => {
        this.member();
      });
    } else if (char === '[') {
      this.sequence(']', () => {
        this.value();
      });
    } else if (char === '"') this.match(STRING);
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.match(NUMBER);
    else {
      const literal = LITERALS.find((word) => this.text.startsWith(word, this.offset));
      if (literal === undefined) this.fail();
      this.offset += literal.length;
    }
  }

  member(): void {
    this.skipSpace();
    this.match(STRING);
    this.expect(':');
    this.value();
  }

  /** `{…}` or `[…]`: the opening character is at the offset. */
  sequence(close: string, item: () => void): void {
    this.offset++;
    this.skipSpace();
    if (this.text[this.offset] === close) {
      this.offset++;
      return;
    }
    for (;;) {
      item();
      this.skipSpace();
      const char = this.text[this.offset];
      this.offset++;
      if (char === close) return;
      if (char !== ',') {
        this.offset--;
        this.fail();
      }
    }
  }
}

class ScanStop extends Error {
  constructor(readonly offset: number) {
    super(`invalid JSON at offset ${offset}`);
  }
}

/** 1-based line and column of an offset. */
export function linePosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The first error of JSON text (JSON.parse's message, the scanner's position), or undefined when it is valid. */
export function findJsonProblem(text: string): JsonProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const scanner = new Scanner(text);
    let offset = text.length;
    try {
      scanner.value();
      scanner.skipSpace();
      if (scanner.offset < text.length) offset = scanner.offset;
    } catch (stop) {
      if (!(stop instanceof ScanStop)) throw stop;
      offset = stop.offset;
    }
    return { message: shortMessage(message), ...linePosition(text, offset) };
  }
}

/** Node quotes the whole text in its message (`Unexpected token '}', "{…}" is not valid JSON`): keep the reason. */
function shortMessage(message: string): string {
  return message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}
