/**
 * The rows of a JSON value in the shapes tabular data takes: an array of records (pandas orient "records"), pandas
 * orient "split" ({columns, data, index?}), a scoring request ({"data": …} or {"input_data": …}), a model data
 * collector line (CloudEvents with the rows in `data`), or a single record.
 */

export type JsonRecord = Readonly<Record<string, unknown>>;

export const SHAPES =
  'an array of records ([{"age": 35, …}, …]), pandas "split" ({"columns": […], "data": [[…], …]}), ' +
  '{"data": …} or {"input_data": …} around one of those, or one record per line (JSONL)';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a value is not tabular, or undefined when `rows` could read it. */
export type RowsResult = { rows: JsonRecord[] } | { problem: string };

function splitRows(value: Record<string, unknown>): RowsResult {
  const { columns, data } = value;
  if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string' || typeof c === 'number')) {
    return { problem: '"columns" must be an array of column names' };
  }
  if (!Array.isArray(data)) return { problem: '"data" must be an array of rows' };
  const names = columns.map(String);
  const rows: JsonRecord[] = [];
  for (const [i, row] of data.entries()) {
    if (!Array.isArray(row) || row.length !== names.length) {
      return { problem: `row ${i} of "data" is not an array of ${names.length} values (one per column)` };
    }
    rows.push(Object.fromEntries(names.map((name, j) => [name, row[j] as unknown])));
  }
  return { rows };
}

/** The rows of a JSON value (see the module comment). */
export function rowsOf(value: unknown): RowsResult {
  if (Array.isArray(value)) {
    if (value.every(isObject)) return { rows: value };
    return { problem: 'an array whose items are not all records (JSON objects of column → value)' };
  }
  if (!isObject(value))
    return { problem: `a ${value === null ? 'null' : typeof value}, not a record or table` };
  if ('columns' in value && 'data' in value) return splitRows(value);
  if ('specversion' in value && 'data' in value) return rowsOf(value.data);
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === 'data' || keys[0] === 'input_data')) return rowsOf(value[keys[0]]);
  return { rows: [value] };
}
