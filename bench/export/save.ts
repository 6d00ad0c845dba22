import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buildExportResponse, isExportFormat } from '@/lib/export/respond';
import { parseFilters } from '@/lib/validation/filters';

/**
 * Writes one export to a file, to compare outputs byte for byte before and after a change:
 *   DATABASE_URL=file:/tmp/bench.db node --conditions=react-server --import tsx bench/export/save.ts <format> <file> [filter query] [hxl 1|0]
 * e.g. `… save.ts csv out.csv 'from=2022-01-01&to=2022-06-30&metric=trucks' 0` for a plain CSV.
 * The react-server condition lets the server-only modules load outside Next, as measure.ts does.
 */
async function main(): Promise<void> {
  const [format, file, query = '', hxl = '1'] = process.argv.slice(2);
  if (!isExportFormat(format)) throw new Error(`Unknown format ${format}`);
  const { filters } = parseFilters(new URLSearchParams(query));
  const response = await buildExportResponse({ format, filters, problems: [], reader: null, hxl: hxl === '1' });
  await pipeline(Readable.fromWeb(response.body as never), createWriteStream(file));
}
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
