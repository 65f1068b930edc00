/**
 * Columnar storage of one dataset column as it is read: numbers in a Float64Array (NaN where the cell is not a
 * number), other values as text beside them, and counts of what kinds of values were seen (for type inference).
 */

export type CellKind = 'number' | 'text' | 'boolean' | 'timestamp';

export interface ColumnStats {
  /** Cells holding a number; `integers` of them come from integer-typed sources (CSV digits, JSON integers). */
  number: number;
  integers: number;
  text: number;
  boolean: number;
  timestamp: number;
  null: number;
}

export class ColumnBuilder {
  readonly stats: ColumnStats = { number: 0, integers: 0, text: 0, boolean: 0, timestamp: 0, null: 0 };
  private numbers = new Float64Array(1024);
  private texts: (string | undefined)[] | undefined;
  private size = 0;

  constructor(
    readonly name: string,
    /** Rows read before this column first appeared: they are null in it. */
    leadingNulls = 0,
  ) {
    for (let i = 0; i < leadingNulls; i++) this.addNull();
  }

  get length(): number {
    return this.size;
  }

  addNull(): void {
    this.push(Number.NaN, undefined);
    this.stats.null++;
  }

  addNumber(value: number, integerTyped: boolean): void {
    if (!Number.isFinite(value)) {
      this.addNull();
      return;
    }
    this.push(value, undefined);
    this.stats.number++;
    if (integerTyped && Number.isInteger(value)) this.stats.integers++;
  }

  addText(value: string, kind: Exclude<CellKind, 'number'> = 'text'): void {
    this.texts ??= [];
    this.push(Number.NaN, value);
    this.stats[kind]++;
  }

  build(): Column {
    return {
      name: this.name,
      length: this.size,
      numbers: this.numbers.subarray(0, this.size),
      texts: this.texts,
      stats: { ...this.stats },
    };
  }

  private push(number: number, text: string | undefined): void {
    if (this.size === this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[this.size] = number;
    if (this.texts !== undefined) {
      if (this.texts.length < this.size) this.texts.length = this.size;
      this.texts[this.size] = text;
    }
    this.size++;
  }
}

export interface Column {
  name: string;
  length: number;
  /** NaN where the cell is null or not a number. */
  numbers: Float64Array;
  /** The non-numeric cells as text (booleans as true/false, timestamps as ISO 8601); undefined when there are none. */
  texts: readonly (string | undefined)[] | undefined;
  stats: ColumnStats;
}

/** A cell as text: the text cell, or the number's shortest form; undefined for null. */
export function cellText(column: Column, row: number): string | undefined {
  const text = column.texts?.[row];
  if (text !== undefined) return text;
  const n = column.numbers[row] ?? Number.NaN;
  return Number.isNaN(n) ? undefined : String(n);
}
