/**
 * A streaming CSV parser (RFC 4180: quoted fields with "" escapes and line breaks, CRLF or LF, blank lines
 * skipped) that reports each row with the line it starts on, so errors can point at the file and line.
 */
import { UserError } from '@aml-actions/action-kit';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;

export type CsvRowHandler = (cells: string[], line: number) => void;

export class CsvParser {
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  /** A quote ended the last chunk inside a quoted field: it closes the field unless a quote follows. */
  private pendingQuote = false;
  /** The current row has a quoted field: a lone "" is a row with one empty value, not a blank line. */
  private quotedRow = false;
  private line = 1;
  private rowLine = 1;
  private quoteLine = 1;

  constructor(
    private readonly file: string,
    private readonly onRow: CsvRowHandler,
  ) {}

  push(text: string): void {
    let start = 0;
    let i = 0;
    if (this.pendingQuote) {
      this.pendingQuote = false;
      if (text.charCodeAt(0) === QUOTE) {
        this.field += '"';
        start = i = 1;
      } else {
        this.inQuotes = false;
      }
    }
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.field += text.slice(start, i);
          if (i + 1 === text.length) this.pendingQuote = true;
          else if (text.charCodeAt(i + 1) === QUOTE) {
            this.field += '"';
            i++;
          } else this.inQuotes = false;
          start = i + 1;
        } else if (c === LF) this.line++;
        continue;
      }
      if (c === COMMA) {
        this.row.push(this.field + text.slice(start, i));
        this.field = '';
        start = i + 1;
      } else if (c === LF) {
        this.endRow(this.field + text.slice(start, i));
        this.field = '';
        start = i + 1;
        this.line++;
        this.rowLine = this.line;
      } else if (c === QUOTE && start === i && this.field === '') {
        this.inQuotes = true;
        this.quotedRow = true;
        this.quoteLine = this.line;
        start = i + 1;
      }
    }
    this.field += text.slice(start);
  }

  end(): void {
    if (this.pendingQuote) this.inQuotes = this.pendingQuote = false;
    if (this.inQuotes) {
      throw new UserError(
        `${this.file} line ${this.quoteLine}: a quoted field is never closed (the file ends inside it). ` +
          'Close the quote, or write a quote inside a field as "".',
        { annotation: { file: this.file, line: this.quoteLine } },
      );
    }
    if (this.field !== '' || this.row.length > 0) this.endRow(this.field);
  }

  private endRow(last: string): void {
    const field = last.endsWith('\r') ? last.slice(0, -1) : last;
    const cells = this.row;
    cells.push(field);
    this.row = [];
    const blank = cells.length === 1 && field === '' && !this.quotedRow;
    this.quotedRow = false;
    if (blank) return;
    this.onRow(cells, this.rowLine);
  }
}
