/** A dataset read into columns: rows from CSV cells or JSON/Parquet records, with the kinds of values seen. */
import { ColumnBuilder, type Column } from './column.js';

export interface Table {
  /** What was read, for messages: `baseline (data/train.csv)`. */
  label: string;
  rowCount: number;
  columns: ReadonlyMap<string, Column>;
  /** The files read, in order. */
  files: readonly string[];
}

const NA_TEXTS = new Set([
  '',
  'NA',
  'N/A',
  'n/a',
  'NaN',
  'nan',
  '-NaN',
  '-nan',
  'NULL',
  'null',
  'None',
  '<NA>',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '1.#IND',
  '1.#QNAN',
]);
const BOOLEANS: Record<string, string> = {
  true: 'true',
  True: 'true',
  TRUE: 'true',
  false: 'false',
  False: 'false',
  FALSE: 'false',
};

/** Adds one value of a JSON record or a Parquet row. */
function addValue(column: ColumnBuilder, value: unknown, floatTyped: boolean): void {
  if (value === null || value === undefined) column.addNull();
  else if (typeof value === 'number') column.addNumber(value, !floatTyped && Number.isInteger(value));
  else if (typeof value === 'bigint') column.addNumber(Number(value), true);
  else if (typeof value === 'string') column.addText(value);
  else if (typeof value === 'boolean') column.addText(String(value), 'boolean');
  else if (value instanceof Date) column.addText(value.toISOString(), 'timestamp');
  else column.addText(JSON.stringify(value));
}

const NOT_A_NUMBER = 0;
const INTEGER_TEXT = 1;
const DECIMAL_TEXT = 2;

/** Whether text is a decimal number ([+-]digits[.digits][e[+-]digits]) and whether it is an integer. */
function numberShape(text: string): number {
  const length = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
  let digits = 0;
  while (c >= 0x30 && c <= 0x39) {
    digits++;
    c = text.charCodeAt(++i);
  }
  let shape = INTEGER_TEXT;
  if (c === 0x2e) {
    shape = DECIMAL_TEXT;
    c = text.charCodeAt(++i);
    while (c >= 0x30 && c <= 0x39) {
      digits++;
      c = text.charCodeAt(++i);
    }
  }
  if (digits === 0) return NOT_A_NUMBER;
  if (c === 0x65 || c === 0x45) {
    shape = DECIMAL_TEXT;
    c = text.charCodeAt(++i);
    if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
    let exponent = 0;
    while (c >= 0x30 && c <= 0x39) {
      exponent++;
      c = text.charCodeAt(++i);
    }
    if (exponent === 0) return NOT_A_NUMBER;
  }
  return i === length ? shape : NOT_A_NUMBER;
}

/** Adds one CSV cell, read as pandas.read_csv would: NA markers are null, numbers and booleans are typed. */
export function addCsvCell(column: ColumnBuilder, text: string): void {
  const shape = numberShape(text);
  if (shape !== NOT_A_NUMBER) column.addNumber(Number(text), shape === INTEGER_TEXT);
  else if (NA_TEXTS.has(text)) column.addNull();
  else {
    const boolean = BOOLEANS[text];
    if (boolean === undefined) column.addText(text);
    else column.addText(boolean, 'boolean');
  }
}

export function columnOf(table: Table, name: string): Column {
  const column = table.columns.get(name);
  if (column === undefined) throw new Error(`${table.label} has no column '${name}'`);
  return column;
}

export class TableBuilder {
  private readonly columns = new Map<string, ColumnBuilder>();
  private readonly files: string[] = [];
  private rows = 0;

  constructor(readonly label: string) {}

  get rowCount(): number {
    return this.rows;
  }

  startFile(name: string): void {
    this.files.push(name);
  }

  /**
   * A record: missing keys are null; a key first seen now is null in the rows before. Numbers of `floatColumns`
   * (Parquet FLOAT/DOUBLE) are not integer-typed even when whole.
   */
  addRecord(record: Readonly<Record<string, unknown>>, floatColumns?: ReadonlySet<string>): void {
    for (const key of Object.keys(record)) {
      if (!this.columns.has(key)) this.columns.set(key, new ColumnBuilder(key, this.rows));
    }
    for (const [name, column] of this.columns)
      addValue(column, record[name], floatColumns?.has(name) ?? false);
    this.rows++;
  }

  /** A writer of CSV rows with this header (one per file): cells[i] goes to header[i], other columns get null. */
  csvRows(header: readonly string[]): (cells: readonly string[]) => void {
    const targets = header.map((name) => {
      const existing = this.columns.get(name);
      if (existing !== undefined) return existing;
      const column = new ColumnBuilder(name, this.rows);
      this.columns.set(name, column);
      return column;
    });
    const others = [...this.columns.values()].filter((column) => !header.includes(column.name));
    return (cells) => {
      targets.forEach((column, i) => {
        addCsvCell(column, cells[i] ?? '');
      });
      for (const column of others) column.addNull();
      this.rows++;
    };
  }

  build(): Table {
    const columns = new Map<string, Column>();
    for (const [name, column] of this.columns) columns.set(name, column.build());
    return { label: this.label, rowCount: this.rows, columns, files: [...this.files] };
  }
}
