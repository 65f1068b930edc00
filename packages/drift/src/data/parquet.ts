/**
 * Parquet through hyparquet (pure JavaScript, no native code, snappy built in; other codecs are refused with the
 * file named). The file is read whole into memory, then row group by row group into the table.
 */
import { UserError } from '@aml-actions/action-kit';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { DataFile } from './read-table.js';
import type { TableBuilder } from './table.js';

export async function readParquet(
  file: DataFile,
  table: TableBuilder,
  progress: (bytes: number) => void,
): Promise<void> {
  const parts: Uint8Array[] = [];
  for await (const chunk of file.chunks()) {
    parts.push(chunk);
    progress(chunk.byteLength);
  }
  const bytes = Buffer.concat(parts);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    throw new UserError(`${file.name}: not a readable Parquet file (${(error as Error).message}).`, {
      annotation: { file: file.name },
      cause: error,
    });
  }
  const floats = new Set(
    metadata.schema.filter((e) => e.type === 'FLOAT' || e.type === 'DOUBLE').map((e) => e.name),
  );
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file: buffer, metadata, rowStart, rowEnd });
    } catch (error) {
      throw new UserError(
        `${file.name}: rows ${rowStart}–${rowEnd} could not be read (${(error as Error).message}). ` +
          'Write the file with snappy or no compression.',
        { annotation: { file: file.name }, cause: error },
      );
    }
    for (const row of rows) table.addRecord(row, floats);
    rowStart = rowEnd;
  }
}
