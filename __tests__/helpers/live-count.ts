import type { SessionUser } from '@/lib/auth/permissions';
import type { Period } from '@/lib/dashboard/period';
import type { CountingScope } from '@/lib/dashboard/scope';
import { visibleConfirmedFactsWhere } from '@/lib/data/fact-filters';
import { drawnOf, groupObservations, type CountableFact, type Drawn, type Measure } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

/**
 * The tests' reference count: the observations of a view read straight from Fact through Prisma
 * (no rollup, no SQL of the read model), grouped by lib/facts/counting.ts. The dashboard's rollup
 * reads with the reader's overlay must give exactly these rows.
 */
export async function liveCountRows(
  scope: CountingScope,
  reader: SessionUser | null,
  metrics: readonly Metric[],
  period: Period,
): Promise<Drawn[]> {
  const facts = await prisma.fact.findMany({
    where: {
      AND: [
        visibleConfirmedFactsWhere(reader),
        { metric: { in: [...metrics] }, date: { gte: period.from, lte: period.to } },
        scope.locationIds === null ? {} : { locationId: { in: scope.locationIds } },
        scope.orgIds === null ? {} : { sourceOrgId: { in: scope.orgIds } },
      ],
    },
    include: { report: { select: { publishedDate: true } } },
  });
  const countable: CountableFact[] = facts.map((fact) => ({
    id: fact.id,
    metric: fact.metric as Metric,
    unit: fact.unit,
    measure: fact.measure as Measure,
    low: fact.low,
    high: fact.high,
    qualifier: fact.qualifier,
    locationId: fact.locationId,
    date: fact.date,
    periodStart: fact.periodStart,
    sourceOrgId: fact.sourceOrgId,
    publishedDate: fact.report?.publishedDate ?? fact.date,
    confirmedAt: fact.reviewedAt?.toISOString() ?? '',
  }));
  return drawnRowsOf(countable);
}

/** Flows and stocks grouped across sources, running totals per source (each source's totals are a series). */
export function drawnRowsOf(countable: CountableFact[]): Drawn[] {
  const perSource = new Map<string, CountableFact[]>();
  for (const fact of countable.filter((candidate) => candidate.measure === 'cumulative'))
    perSource.set(fact.sourceOrgId, [...(perSource.get(fact.sourceOrgId) ?? []), fact]);
  const observations = [
    ...groupObservations(countable.filter((fact) => fact.measure !== 'cumulative')),
    ...[...perSource.values()].flatMap(groupObservations),
  ];
  return observations.map(drawnOf);
}

/** Facts per organization and metric in a view, counted directly. */
export async function liveOrganizationCounts(
  scope: CountingScope,
  reader: SessionUser | null,
  metrics: readonly Metric[],
): Promise<Record<string, number>> {
  const groups = await prisma.fact.groupBy({
    by: ['sourceOrgId', 'metric'],
    where: {
      AND: [
        visibleConfirmedFactsWhere(reader),
        { metric: { in: [...metrics] }, date: { gte: scope.period.from, lte: scope.period.to } },
        scope.locationIds === null ? {} : { locationId: { in: scope.locationIds } },
        scope.orgIds === null ? {} : { sourceOrgId: { in: scope.orgIds } },
      ],
    },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((group) => [`${group.sourceOrgId}|${group.metric}`, group._count._all]));
}

/** Rows in a stable order, for comparing sets. */
const DRAWN_KEYS = [
  'metric',
  'unit',
  'measure',
  'locationId',
  'date',
  'periodStart',
  'low',
  'high',
  'qualifier',
  'factId',
  'sourceOrgId',
] as const;

export function sortedRows(rows: Drawn[]): string[] {
  return rows.map((row) => JSON.stringify(DRAWN_KEYS.map((key) => row[key]))).sort();
}
