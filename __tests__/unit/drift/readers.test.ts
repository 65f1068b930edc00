/** Reading CSV, JSON, JSON Lines (data collector lines too) and Parquet into tables; malformed data errors. */
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { UserError, recordingLogger } from '@aml-actions/action-kit';
import { cellText, readTable, type DataFile, type ReadOptions, type Table } from '@aml-actions/drift';
import { DATASETS, readLocal } from './reference.js';

/** A file whose content arrives in the given chunks (to cross chunk boundaries anywhere). */
function memoryFile(name: string, chunks: string[], format: DataFile['format']): DataFile {
  return {
    name,
    format,
    size: chunks.join('').length,
    async *chunks() {
      for (const chunk of chunks) yield Buffer.from(chunk);
      await Promise.resolve();
    },
  };
}

const read = (file: DataFile, options: Partial<ReadOptions> = {}): Promise<Table> =>
  readTable([file], { label: 'production', input: 'production', log: recordingLogger(), ...options });

function values(table: Table, column: string): (string | undefined)[] {
  const c = table.columns.get(column);
  if (c === undefined) throw new Error(`no column ${column}`);
  return Array.from({ length: c.length }, (_, i) => cellText(c, i));
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error;
}

describe('CSV', () => {
  const text = 'a,b,"c, d"\r\n1,"x ""q""",2.5\n\n2,"multi\nline",\n3,NA,1e3\n';

  it.each([
    ['one chunk', [text]],
    ['one character per chunk', text.split('')],
  ])('reads quotes, CRLF, blank lines and NA markers (%s)', async (_, chunks) => {
    const table = await read(memoryFile('t.csv', chunks, 'csv'));
    expect(table.rowCount).toBe(3);
    expect([...table.columns.keys()]).toEqual(['a', 'b', 'c, d']);
    expect(values(table, 'b')).toEqual(['x "q"', 'multi\nline', undefined]);
    expect(values(table, 'c, d')).toEqual(['2.5', undefined, '1000']);
    expect(table.columns.get('a')?.stats).toMatchObject({ number: 3, integers: 3 });
    expect(table.columns.get('c, d')?.stats).toMatchObject({ number: 2, integers: 0, null: 1 });
  });

  it('types cells as pandas does: decimal numbers, integers, booleans, NA markers, text', async () => {
    const cells = ['.5', '5.', '-3', '+2', '1E-2', 'e5', '1e', '1.2.3', '0x10', ' 7', 'True', 'n/a', ''];
    const table = await read(memoryFile('c.csv', [`v\n${cells.map((c) => `"${c}"`).join('\n')}\n`], 'csv'));
    expect(values(table, 'v')).toEqual([
      '0.5',
      '5',
      '-3',
      '2',
      '0.01',
      'e5',
      '1e',
      '1.2.3',
      '0x10',
      ' 7',
      'true',
      undefined,
      undefined,
    ]);
    expect(table.columns.get('v')?.stats).toMatchObject({
      number: 5,
      integers: 2,
      text: 5,
      boolean: 1,
      null: 2,
    });
    expect(table.rowCount).toBe(13);
  });

  it('points at the line of a row with the wrong number of fields', async () => {
    const error = await failure(read(memoryFile('data/p.csv', ['x,y\n1,2\n3\n'], 'csv')));
    expect(error.message).toBe(
      "Input 'production': data/p.csv line 3: 1 fields where the header has 2. Fix or remove the row; quote " +
        'fields that contain ' +
        'commas ("a, b").',
    );
    expect(error.annotation).toEqual({ file: 'data/p.csv', line: 3 });
  });

  it('points at an unclosed quote and at a duplicated header', async () => {
    const quote = await failure(read(memoryFile('q.csv', ['x,y\n1,"open\n2,3\n'], 'csv')));
    expect(quote.annotation).toEqual({ file: 'q.csv', line: 2 });
    expect(quote.message).toContain('a quoted field is never closed');
    const header = await failure(read(memoryFile('h.csv', ['x,x\n1,2\n'], 'csv')));
    expect(header.message).toContain("names column 'x' twice");
    expect((await failure(read(memoryFile('e.csv', [''], 'csv')))).message).toContain('needs a header row');
  });
});

describe('JSON and JSON Lines', () => {
  it('reads records, pandas split and scoring requests', async () => {
    const records = await read(memoryFile('r.json', ['[{"a":1,"b":"x"},{"a":2.5,"c":true}]'], 'json'));
    expect(values(records, 'a')).toEqual(['1', '2.5']);
    expect(values(records, 'b')).toEqual(['x', undefined]);
    expect(values(records, 'c')).toEqual([undefined, 'true']);
    const split = await read(
      memoryFile(
        's.json',
        ['{"input_data":{"columns":["a","b"],"index":[0,1],"data":[[1,"u"],[2,"v"]]}}'],
        'json',
      ),
    );
    expect(values(split, 'b')).toEqual(['u', 'v']);
  });

  it('reads data collector lines, leaving out those outside the window', async () => {
    const line = (time: string, rows: unknown[]): string =>
      `${JSON.stringify({ specversion: '1.0', type: 'azureml.inference.model_inputs', time, data: rows })}\n`;
    const file = memoryFile(
      'c.jsonl',
      [line('2024-03-05T18:00:00Z', [{ a: 1 }, { a: 2 }]), line('2024-03-05T20:00:00Z', [{ a: 3 }])],
      'jsonl',
    );
    const window = { start: new Date('2024-03-05T17:00:00Z'), end: new Date('2024-03-05T19:00:00Z') };
    const table = await read(file, { window });
    expect(values(table, 'a')).toEqual(['1', '2']);
  });

  it('follows a line stored by reference', async () => {
    const line = JSON.stringify({ specversion: '1.0', data: 'https://blob/x.json', datainblob: 'true' });
    const table = await read(memoryFile('c.jsonl', [line], 'jsonl'), {
      fetchReferenced: (url) => Promise.resolve(url === 'https://blob/x.json' ? [{ a: 7 }] : []),
    });
    expect(values(table, 'a')).toEqual(['7']);
  });

  it('points at a bad JSON line and at data that is not tabular', async () => {
    const bad = await failure(read(memoryFile('p.jsonl', ['{"a":1}\n{"a":\n'], 'jsonl')));
    expect(bad.annotation).toEqual({ file: 'p.jsonl', line: 2, column: 6 });
    expect(bad.message).toMatch(
      /^Input 'production': p\.jsonl line 2: not valid JSON \(Unexpected end of JSON input\)\. Each line of a JSON Lines file/,
    );
    const scalar = await failure(read(memoryFile('n.jsonl', ['{"a":1}\n42\n'], 'jsonl')));
    expect(scalar.message).toContain('n.jsonl line 2: expected tabular data, found a number');
    const json = await failure(read(memoryFile('b.json', ['[\n{"a":1},\n{"a":}\n]'], 'json')));
    expect(json.annotation).toEqual({ file: 'b.json', line: 3, column: 6 });
    const split = await failure(read(memoryFile('s.json', ['{"columns":["a"],"data":[[1,2]]}'], 'json')));
    expect(split.message).toContain('row 0 of "data" is not an array of 1 values');
  });
});

describe('Parquet (hyparquet)', () => {
  it('reads uci-electro with its types: strings, doubles and timestamps', async () => {
    const table = await readLocal(`${DATASETS}/uci-electro/test.parquet`, 'production');
    expect(table.rowCount).toBe(3360);
    expect(table.columns.get('usage')?.stats).toMatchObject({ number: 3360, integers: 0 });
    expect(table.columns.get('datetime')?.stats.timestamp).toBe(3360);
    expect(values(table, 'customer_id')[0]).toBe('MT_023');
  });

  it('refuses a file that is not Parquet, naming it', async () => {
    const error = await failure(read(memoryFile('x.parquet', ['not parquet at all'], 'parquet')));
    expect(error.message).toMatch(/^Input 'production': x\.parquet: not a readable Parquet file/);
  });
});

describe('progress', () => {
  it('reports MB, share and rows while reading, then a total', async () => {
    const log = recordingLogger();
    let clock = 0;
    const chunks = ['x,y\n', ...Array.from({ length: 3 }, (_, i) => `${i},${i}\n`)];
    await readTable([memoryFile('p.csv', chunks, 'csv')], {
      label: 'baseline',
      input: 'baseline',
      log,
      progressEveryMs: 1000,
      now: () => (clock += 600),
    });
    const lines = log.lines.map((l) => l.message);
    expect(lines[0]).toMatch(/^\[00:0\d\] Reading baseline: 0\.0 MB of 0\.0 MB \(\d+%\), \d rows$/);
    expect(lines.at(-1)).toMatch(/^Read baseline: 3 rows, 2 columns from 1 file \(0\.0 MB\) in 00:0\d\.$/);
  });
});

describe('local files', () => {
  it('names the input of a path that does not exist or holds no data', async () => {
    const missing = await failure(readLocal('/nonexistent/data.csv'));
    expect(missing.message).toContain("Input 'baseline' is '/nonexistent/data.csv', which does not exist");
    const empty = await failure(readLocal(path.resolve('__tests__/unit/meta')));
    expect(empty.message).toMatch(/^Input 'baseline' is the folder '.+meta', which holds no data files/);
  });
});
