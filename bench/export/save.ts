import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buildExportResponse, isExportFormat } from '@/lib/export/respond';
import { parseFilters } from '@/lib/validation/filters';

async function main(): Promise<void> {
  const [format, file, query = '', hxl = '1'] = process.argv.slice(2);
  if (!isExportFormat(format)) throw new Error(`Unknown format ${format}`);
  const { filters } = parseFilters(new URLSearchParams(query));
  const response = await buildExportResponse({ format, filters, problems: [], reader: null, hxl: hxl === '1' });
  await pipeline(Readable.fromWeb(response.body as never), createWriteStream(file));
}
main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
