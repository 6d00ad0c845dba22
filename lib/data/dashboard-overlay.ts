import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { overlayChanges, type ObservationChange } from '@/lib/dashboard/overlay';
import type { Period } from '@/lib/dashboard/period';
import { observationRowsSql } from '@/lib/data/dashboard-rollup-sql';
import { dateBetween, inList, visibleFacts, type CountingScope } from '@/lib/data/dashboard-sql';
import type { CountableFact } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

/**
 * The "restricted overlay": what a member sees beyond the public rollups is the few facts their
 * organizations own as restricted, or that quote their restricted reports (~3% of all facts).
 * They are read through the owner indexes (Fact.ownerOrgId, Report.ownerOrgId), never by a scan,
 * and merged over the rollup rows at the same metric, place and day by CHOICE_RULE.
 */
export type OverlayQuery = { metrics: readonly Metric[]; period: Period; locationIds: string[] | null };

function overlayFactsSql(scope: CountingScope, query: OverlayQuery): Prisma.Sql {
  const memberOf = Prisma.join(scope.memberOf);
  return Prisma.sql`SELECT f."id", f."metric", f."locationId", f."date", f."low", f."high", f."qualifier", f."sourceOrgId",
      COALESCE(r."publishedDate", f."date") AS "publishedDate", f."reviewedAt"
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

/** The reader's extra facts for a query, as the counting rules take them. */
export async function fetchOverlayFacts(scope: CountingScope, query: OverlayQuery): Promise<CountableFact[]> {
  if (scope.memberOf.length === 0 || query.metrics.length === 0) return [];
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(overlayFactsSql(scope, query));
  return rows.map((row) => ({
    id: String(row.id),
    metric: row.metric as Metric,
    locationId: String(row.locationId),
    date: String(row.date),
    low: Number(row.low),
    high: Number(row.high),
    qualifier: String(row.qualifier),
    sourceOrgId: String(row.sourceOrgId),
    publishedDate: String(row.publishedDate),
    confirmedAt: isoOrEmpty(row.reviewedAt),
  }));
}

const KEYS_PER_QUERY = 300;

/** How the reader's extra facts change the observations of a query (empty for anyone else). */
export async function fetchOverlayChanges(scope: CountingScope, query: OverlayQuery): Promise<{ facts: CountableFact[]; changes: ObservationChange[] }> {
  const facts = await fetchOverlayFacts(scope, query);
  if (facts.length === 0) return { facts, changes: [] };
  const keys = [...new Map(facts.map((fact) => [`${fact.metric}|${fact.locationId}|${fact.date}`, fact])).values()];
  const base: CountableFact[] = [];
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const chunk = keys.slice(start, start + KEYS_PER_QUERY);
    const rows = await prisma.$queryRaw<Record<string, unknown>[]>(observationRowsSql(scope, { ...query, keys: chunk }));
    base.push(...rows.map(toDrawnFact));
  }
  return { facts, changes: overlayChanges(base, facts) };
}

/** A rollup row as the fact it drew, so CHOICE_RULE can compare it with the reader's facts. */
function toDrawnFact(row: Record<string, unknown>): CountableFact {
  return {
    id: String(row.chosenFactId),
    metric: row.metric as Metric,
    locationId: String(row.locationId),
    date: String(row.date),
    low: Number(row.low),
    high: Number(row.high),
    qualifier: String(row.qualifier),
    sourceOrgId: '',
    publishedDate: String(row.chosenPublishedDate),
    confirmedAt: isoOrEmpty(row.chosenConfirmedAt),
  };
}

function isoOrEmpty(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}
