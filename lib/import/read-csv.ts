import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { isHxlTagRow, mapColumns, missingColumns, type ColumnMap } from '@/lib/import/columns';
import { readImportRow, type RowReading } from '@/lib/import/rows';

/** A data row with its number as a spreadsheet shows it (the header is row 1). */
export type NumberedRow = { row: number; reading: RowReading };
export type CsvLayout = { header: string[]; columns: ColumnMap; missing: string[]; hasHxlTags: boolean };

/** A CSV file on disk (its path) or its bytes (a staged upload). */
export type CsvSource = string | Uint8Array;

const CHUNK = 64 * 1024;

/** Text in 64 KB pieces; the decoder keeps a character split between two pieces whole. */
function* decodedChunks(bytes: Uint8Array): Generator<string> {
  const decoder = new StringDecoder('utf8');
  for (let start = 0; start < bytes.length; start += CHUNK) yield decoder.write(Buffer.from(bytes.subarray(start, start + CHUNK)));
  yield decoder.end();
}

/**
 * Streams a CSV row by row (papaparse's Node stream, with backpressure), so a 100,000-row file
 * is never parsed whole. Understands a plain header row and the HXL tag row below it.
 */
export async function* readFactRows(source: CsvSource, onLayout: (layout: CsvLayout) => void): AsyncGenerator<NumberedRow> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy' });
  const input =
    typeof source === 'string'
      ? createReadStream(source, { encoding: 'utf8', highWaterMark: CHUNK })
      : Readable.from(decodedChunks(source));
  input.on('error', (error: Error) => parser.destroy(error));
  input.pipe(parser);
  let header: string[] | null = null;
  let columns: ColumnMap | null = null;
  let rowNumber = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    if (!header) {
      header = cells.map((cell, index) => (index === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
      continue;
    }
    if (!columns) {
      const hxl = isHxlTagRow(cells) ? cells : null;
      columns = mapColumns(header, hxl);
      const missing = missingColumns(columns);
      onLayout({ header, columns, missing, hasHxlTags: Boolean(hxl) });
      if (missing.length > 0) return;
      if (hxl) continue;
    }
    yield { row: rowNumber, reading: readImportRow(cells, columns) };
  }
  if (!columns) {
    columns = mapColumns(header ?? [], null);
    onLayout({ header: header ?? [], columns, missing: missingColumns(columns), hasHxlTags: false });
  }
}
