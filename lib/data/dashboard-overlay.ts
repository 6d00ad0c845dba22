import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { overlayChanges, type ObservationChange } from '@/lib/dashboard/overlay';
import { observationRowsSql } from '@/lib/data/dashboard-rollup-sql';
import { dateBetween, inList, visibleFacts, type CountingScope, type Overlay, type OverlayQuery } from '@/lib/data/dashboard-sql';
import type { CountableFact } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

/**
 * The "restricted overlay": what a member sees beyond the public rollups is the few facts their
 * organizations own as restricted, or that quote their restricted reports (~3% of all facts).
 * They are read through the owner indexes (Fact.ownerOrgId, Report.ownerOrgId), never by a scan,
 * once per view (resolveDashboardScope), and merged over the rollup rows at the same metric,
 * place and day by CHOICE_RULE.
 */
export function overlayFactsSql(scope: CountingScope, query: OverlayQuery, columns: Prisma.Sql): Prisma.Sql {
  const memberOf = Prisma.join(scope.memberOf);
  return Prisma.sql`SELECT ${columns}
    FROM "Fact" f LEFT JOIN "Report" r ON r."id" = f."reportId"
    WHERE f."id" IN (
        SELECT o."id" FROM "Fact" o WHERE o."ownerOrgId" IN (${memberOf}) AND o."sensitivity" = 'restricted'
        UNION
        SELECT q."id" FROM "Report" rr JOIN "Fact" q ON q."reportId" = rr."id" WHERE rr."ownerOrgId" IN (${memberOf}) AND rr."sensitivity" = 'restricted'
      )
      AND ${visibleFacts(scope.memberOf)}
      AND (f."sensitivity" <> 'public' OR (r."id" IS NOT NULL AND r."sensitivity" <> 'public'))
      AND ${inList(Prisma.sql`f."metric"`, query.metrics)} AND ${dateBetween(Prisma.sql`f."date"`, query.period)}
      AND ${inList(Prisma.sql`f."locationId"`, query.locationIds)} AND ${inList(Prisma.sql`f."sourceOrgId"`, scope.orgIds)}`;
}

export const FACT_COLUMNS = Prisma.sql`f."id", f."metric", f."locationId", f."date", f."low", f."high", f."qualifier", f."sourceOrgId",
  COALESCE(r."publishedDate", f."date") AS "publishedDate", f."reviewedAt"`;

/** The reader's extra facts for a query and the rollup rows at their keys (two indexed queries). */
export async function loadOverlay(scope: CountingScope, query: OverlayQuery): Promise<Overlay | null> {
  if (scope.memberOf.length === 0) return null;
  const keys = overlayFactsSql(scope, query, Prisma.sql`f."metric", f."locationId", f."date"`);
  const [facts, base] = await Promise.all([
    prisma.$queryRaw<Record<string, unknown>[]>(overlayFactsSql(scope, query, FACT_COLUMNS)),
    prisma.$queryRaw<Record<string, unknown>[]>(observationRowsSql(scope, { ...query, keys })),
  ]);
  return { query, facts: facts.map(toFact), base: base.map(toDrawnFact) };
}

/** The latest day of the reader's extra facts (for the default period). */
export async function fetchOverlayLatestDay(scope: CountingScope, query: OverlayQuery): Promise<string | null> {
  if (scope.memberOf.length === 0) return null;
  const [row] = await prisma.$queryRaw<{ latest: string | null }[]>(overlayFactsSql(scope, query, Prisma.sql`MAX(f."date") AS "latest"`));
  return row?.latest ?? null;
}

/** The reader's extra facts for a query: from the scope's overlay when it covers the query. */
export async function overlayFor(scope: CountingScope, query: OverlayQuery): Promise<Overlay | null> {
  if (scope.source === 'live' || scope.memberOf.length === 0 || query.metrics.length === 0) return null;
  const overlay = scope.overlay && covers(scope.overlay.query, query) ? scope.overlay : await loadOverlay(scope, query);
  if (!overlay) return null;
  const inQuery = (fact: CountableFact) =>
    query.metrics.includes(fact.metric) && fact.date >= query.period.from && fact.date <= query.period.to && (query.locationIds === null || query.locationIds.includes(fact.locationId));
  return { query, facts: overlay.facts.filter(inQuery), base: overlay.base.filter(inQuery) };
}

/** How the reader's extra facts change the observations of a query (none for anyone else). */
export async function fetchOverlayChanges(scope: CountingScope, query: OverlayQuery): Promise<ObservationChange[]> {
  const overlay = await overlayFor(scope, query);
  return overlay ? overlayChanges(overlay.base, overlay.facts) : [];
}

function covers(loaded: OverlayQuery, query: OverlayQuery): boolean {
  return (
    loaded.period.from <= query.period.from &&
    loaded.period.to >= query.period.to &&
    query.metrics.every((metric) => loaded.metrics.includes(metric)) &&
    (loaded.locationIds === null || (query.locationIds !== null && query.locationIds.every((id) => loaded.locationIds!.includes(id))))
  );
}

function toFact(row: Record<string, unknown>): CountableFact {
  return { ...valuesOf(row), id: String(row.id), sourceOrgId: String(row.sourceOrgId), publishedDate: String(row.publishedDate), confirmedAt: isoOrEmpty(row.reviewedAt) };
}

/** A rollup row as the fact it drew, so CHOICE_RULE can compare it with the reader's facts. */
function toDrawnFact(row: Record<string, unknown>): CountableFact {
  return { ...valuesOf(row), id: String(row.chosenFactId), sourceOrgId: '', publishedDate: String(row.chosenPublishedDate), confirmedAt: isoOrEmpty(row.chosenConfirmedAt) };
}

function valuesOf(row: Record<string, unknown>) {
  return { metric: row.metric as Metric, locationId: String(row.locationId), date: String(row.date), low: Number(row.low), high: Number(row.high), qualifier: String(row.qualifier) };
}

/** Confirmation times compare as ISO strings, as groupObservations compares them. */
function isoOrEmpty(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) return value.toISOString();
  return new Date(typeof value === 'number' || typeof value === 'bigint' ? Number(value) : String(value)).toISOString();
}
