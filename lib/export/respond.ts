import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import type { SessionUser } from '@/lib/auth/permissions';
import { previousPeriod } from '@/lib/dashboard/period';
import { fetchFilterNames, iterateExportFacts, iterateFactsByPlace } from '@/lib/data/export';
import { exportFileName } from '@/lib/export/describe';
import { chunked, streamText } from '@/lib/export/stream';
import { createSummaryBuilder, type Summary } from '@/lib/export/summary';
import { compareWithPrevious, type SummaryComparison } from '@/lib/export/summary-comparison';
import { summaryPeriod } from '@/lib/export/summary-document';
import { csvFactLine, csvHeader } from '@/lib/export/to-csv';
import { createJsonFactWriter, jsonHead, jsonTail } from '@/lib/export/to-json';
import { toMarkdown } from '@/lib/export/to-markdown';
import { writeXlsx } from '@/lib/export/to-xlsx';
import type { ExportContext, ExportFact } from '@/lib/export/types';
import type { Places } from '@/lib/facts/counting';
import { fetchPlaceParents } from '@/lib/locations/within';
import type { DashboardFilters } from '@/lib/validation/filters';

/** Builds the download for one format: data files stream; the summaries are small and rendered whole. */
export const EXPORT_FORMATS = ['csv', 'json', 'xlsx', 'pdf', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export type ExportRequest = {
  format: ExportFormat;
  filters: DashboardFilters;
  problems: string[];
  reader: SessionUser | null;
  hxl: boolean;
  bom?: boolean;
};

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
};

export async function buildExportResponse(request: ExportRequest): Promise<Response> {
  const { format, filters, reader } = request;
  const context: ExportContext = {
    filters,
    ...(await fetchFilterNames(filters)),
    problems: request.problems,
    generatedAt: new Date(),
    includesRestricted: reader !== null && reader.memberships.length > 0,
  };
  const summarize = () => summarizeFacts(filters, reader);
  const body = await bodyFor(request, context, summarize);
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${exportFileName(fileKind(request), filters.from, filters.to, format)}"`,
      // Signed-in exports may hold restricted figures: never keep them in a shared cache.
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Plain and HXL CSV get different names, so downloading both never overwrites one with the other. */
function fileKind({ format, hxl }: ExportRequest): 'summary' | 'facts' | 'facts-hxl' {
  if (format === 'pdf' || format === 'md') return 'summary';
  return format === 'csv' && hxl ? 'facts-hxl' : 'facts';
}

async function bodyFor(request: ExportRequest, context: ExportContext, summarize: () => Promise<Summary>): Promise<BodyInit> {
  const pages = () => iterateExportFacts(request.filters, request.reader);
  switch (request.format) {
    case 'csv':
      return streamText(csvChunks(pages(), request.hxl, request.bom !== false));
    case 'json':
      return streamText(jsonChunks(pages(), context, summarize));
    case 'xlsx':
      return xlsxStream(pages(), context, summarize);
    case 'md':
      return toMarkdown({ context, ...(await summarizeWithComparison(request.filters, request.reader)) });
    case 'pdf': {
      // Loaded on demand: react-pdf is heavy and only this format needs it.
      const { renderSummaryPdf } = await import('@/lib/export/to-pdf');
      return new Uint8Array(await renderSummaryPdf({ context, ...(await summarizeWithComparison(request.filters, request.reader)) }));
    }
  }
}

function csvChunks(pages: AsyncIterable<Iterable<ExportFact>>, hxl: boolean, bom: boolean): AsyncGenerator<string> {
  return chunked(csvHeader({ hxl, bom }), pages, csvFactLine);
}

async function* jsonChunks(
  pages: AsyncIterable<Iterable<ExportFact>>,
  context: ExportContext,
  summarize: () => Promise<Summary>,
): AsyncGenerator<string> {
  yield* chunked(jsonHead(context), pages, createJsonFactWriter());
  yield jsonTail(await summarize());
}

function xlsxStream(pages: AsyncIterable<Iterable<ExportFact>>, context: ExportContext, summarize: () => Promise<Summary>): ReadableStream {
  const output = new PassThrough({ highWaterMark: 1024 * 1024 });
  writeXlsx(output, { pages, summarize, context }).catch((error) => {
    console.error('XLSX export failed', error);
    output.destroy(error);
  });
  return Readable.toWeb(output) as ReadableStream;
}

/** The key figures, counted place by place so memory holds one place's facts at a time. */
export async function summarizeFacts(filters: DashboardFilters, reader: SessionUser | null): Promise<Summary> {
  return (await countSummary(filters, reader, await fetchPlaceParents())).summary;
}

/**
 * The summary and its comparison with the period before (the PDF and Markdown summaries): a second
 * pass over the same filters and reader, the dates shifted to the previous period of the same length.
 */
export async function summarizeWithComparison(
  filters: DashboardFilters,
  reader: SessionUser | null,
): Promise<{ summary: Summary; comparison: SummaryComparison | null }> {
  const places = await fetchPlaceParents();
  const current = await countSummary(filters, reader, places);
  const period = summaryPeriod({ context: { filters }, summary: current.summary });
  if (!period) return { summary: current.summary, comparison: null };
  const counted = { from: period.first, to: period.last };
  const before = previousPeriod(counted);
  const previous = await countSummary({ ...filters, ...before }, reader, places);
  const rows = [...current.rows, ...previous.rows];
  return { summary: current.summary, comparison: compareWithPrevious(current.summary, rows, places, counted) };
}

async function countSummary(filters: DashboardFilters, reader: SessionUser | null, places: Places) {
  const builder = createSummaryBuilder();
  for await (const page of iterateFactsByPlace(filters, reader)) builder.add(page);
  const summary = builder.finish({ places, from: filters.from, to: filters.to });
  return { summary, rows: builder.drawnRows() };
}
