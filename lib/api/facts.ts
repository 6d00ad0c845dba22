import 'server-only';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { Page } from '@/lib/api/params';
import type { ApiFact as Fact } from '@/lib/api/schemas';
import type { SessionUser } from '@/lib/auth/permissions';
import { buildFactWhere } from '@/lib/data/fact-filters';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';
import { exactValueOf } from '@/lib/export/types';

const named = { select: { slug: true, name: true } } as const;
const FACT_SELECT = {
  id: true,
  metric: true,
  measure: true,
  low: true,
  high: true,
  qualifier: true,
  unit: true,
  date: true,
  datePrecision: true,
  periodStart: true,
  excerpt: true,
  sensitivity: true,
  sourceTitle: true,
  sourceUrl: true,
  location: { select: { slug: true, name: true, pcode: true } },
  origin: named,
  destination: named,
  sourceOrg: named,
  report: { select: { title: true, url: true, publishedDate: true } },
} satisfies Prisma.FactSelect;
type FactRow = Prisma.FactGetPayload<{ select: typeof FACT_SELECT }>;

/** Visible facts matching the filters, by date then id: the same facts the export writes. */
export async function listFacts(
  filters: DashboardFilters,
  reader: SessionUser | null,
  page: Page,
): Promise<{ facts: Fact[]; nextCursor: string | null }> {
  const after = decodeCursor('facts', page.cursor, 2);
  const keyset: Prisma.FactWhereInput = after ? { OR: [{ date: { gt: after[0] } }, { date: after[0], id: { gt: after[1] } }] } : {};
  const rows = await prisma.fact.findMany({
    where: { AND: [buildFactWhere(filters, reader), keyset] },
    select: FACT_SELECT,
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
    take: page.limit + 1,
  });
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return { facts: shown.map(toApiFact), nextCursor: rows.length > page.limit && last ? encodeCursor('facts', [last.date, last.id]) : null };
}

function toApiFact(row: FactRow): Fact {
  const source = row.report
    ? { title: row.report.title, url: row.report.url, publishedDate: row.report.publishedDate }
    : row.sourceTitle || row.sourceUrl
      ? { title: row.sourceTitle, url: row.sourceUrl, publishedDate: null }
      : null;
  return {
    id: row.id,
    metric: row.metric as Fact['metric'],
    measure: row.measure as Fact['measure'],
    value: exactValueOf(row),
    low: row.low,
    high: row.high,
    qualifier: row.qualifier as Fact['qualifier'],
    unit: row.unit,
    date: row.date,
    datePrecision: row.datePrecision as Fact['datePrecision'],
    periodStart: row.periodStart,
    location: row.location,
    origin: row.origin,
    destination: row.destination,
    sourceOrganization: row.sourceOrg,
    source,
    excerpt: row.excerpt,
    sensitivity: row.sensitivity as Fact['sensitivity'],
  };
}
