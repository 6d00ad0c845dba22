import { COUNTABLE_FACT_SELECT } from '@/lib/facts/select';
import { calendarKey, calendarUnit, type CalendarLevel } from '@/lib/dashboard/period-split';
import type { Db } from '@/lib/database';
import type { Prisma } from '@/lib/generated/prisma/client';
import { groupObservations, type CountableFact, type Measure, type Observation } from '@/lib/facts/counting';
import { visibleFactsWhere } from '@/lib/facts/visibility';
import type { Metric } from '@/lib/facts/vocabulary';

/** What identifies the rollup rows one fact feeds: its observation, its day, its source's counts. */
export type RollupKey = { metric: string; locationId: string; date: string; sourceOrgId: string };

const PUBLIC_VISIBLE = visibleFactsWhere([]);

/**
 * Recomputes the dashboard rollups a changed fact touches, from Fact itself (never by adding
 * deltas, so a retry or a concurrent edit cannot leave them off by one). createFact and
 * updateFactVersioned call this with the fact's keys before and after the change; pass their
 * transaction so the rollups commit or roll back with the fact. Per key: one read of the
 * observation's facts, then a handful of primary-key reads and upserts (import calls it per row).
 */
export async function refreshDashboardRollups(db: Db, keys: RollupKey[]): Promise<void> {
  for (const key of uniqueBy(keys, (key) => `${key.metric}|${key.locationId}|${key.date}`)) {
    const sourceOrgIds = [
      ...new Set(
        keys
          .filter((other) => other.metric === key.metric && other.locationId === key.locationId && other.date === key.date)
          .map((other) => other.sourceOrgId),
      ),
    ];
    await refreshObservation(db, key, sourceOrgIds);
  }
  for (const key of uniqueBy(keys, (key) => `${key.sourceOrgId}|${key.metric}|${key.date}`)) await refreshOrganizationCounts(db, key);
}

/**
 * A report's level decides whether its facts count on the public dashboard: recounts its facts
 * (not deleted ones, which never count) after it changes; `only` narrows them further.
 */
export async function refreshReportRollups(db: Db, reportId: string, only: Prisma.FactWhereInput = {}): Promise<void> {
  const keys = await db.fact.findMany({
    where: { reportId, deletedAt: null, ...only },
    select: { metric: true, locationId: true, date: true, sourceOrgId: true },
  });
  await refreshDashboardRollups(db, keys);
}

/** The observations (one per unit and measure) for everyone, and the same as each given organization states them. */
async function refreshObservation(db: Db, key: RollupKey, sourceOrgIds: string[]): Promise<void> {
  const where = { metric: key.metric, locationId: key.locationId, date: key.date };
  const rows = await db.fact.findMany({
    where: { AND: [PUBLIC_VISIBLE, where] },
    select: COUNTABLE_FACT_SELECT,
  });
  const facts: CountableFact[] = rows.map(({ report, reviewedAt, ...fact }) => ({
    ...fact,
    metric: fact.metric as Metric,
    measure: fact.measure as Measure,
    publishedDate: report?.publishedDate ?? fact.date,
    confirmedAt: reviewedAt?.toISOString() ?? '',
  }));
  const reviewedAt = new Map(rows.map((fact) => [fact.id, fact.reviewedAt]));
  const observations = groupObservations(facts);
  await db.observationRollup.deleteMany({ where: { ...where, NOT: { OR: observations.map(({ unit, measure }) => ({ unit, measure })) } } });
  for (const observation of observations) {
    const id = { ...where, unit: observation.unit, measure: observation.measure };
    const values = {
      ...drawnValues(observation, reviewedAt),
      spreadLow: observation.spread.low,
      spreadHigh: observation.spread.high,
      isConflict: observation.isConflict,
      chosenSourceOrgId: observation.sourceOrgId,
    };
    await db.observationRollup.upsert({ where: { metric_unit_measure_locationId_date: id }, create: { ...id, ...values }, update: values });
  }
  for (const sourceOrgId of sourceOrgIds)
    await refreshOrganizationObservation(
      db,
      { ...key, sourceOrgId },
      facts.filter((fact) => fact.sourceOrgId === sourceOrgId),
      reviewedAt,
    );
}

function drawnValues(observation: Observation, reviewedAt: Map<string, Date | null>) {
  return {
    low: observation.low,
    high: observation.high,
    qualifier: observation.qualifier,
    periodStart: observation.periodStart,
    factCount: observation.facts.length,
    chosenFactId: observation.factId,
    chosenPublishedDate: observation.facts.find((fact) => fact.id === observation.factId)!.publishedDate,
    chosenConfirmedAt: reviewedAt.get(observation.factId) ?? null,
  };
}

async function refreshOrganizationObservation(
  db: Db,
  key: RollupKey,
  facts: CountableFact[],
  reviewedAt: Map<string, Date | null>,
): Promise<void> {
  const where = { sourceOrgId: key.sourceOrgId, metric: key.metric, date: key.date, locationId: key.locationId };
  const observations = groupObservations(facts);
  await db.organizationObservationRollup.deleteMany({
    where: { ...where, NOT: { OR: observations.map(({ unit, measure }) => ({ unit, measure })) } },
  });
  for (const observation of observations) {
    const id = { ...where, unit: observation.unit, measure: observation.measure };
    const values = drawnValues(observation, reviewedAt);
    await db.organizationObservationRollup.upsert({
      where: { sourceOrgId_metric_unit_measure_date_locationId: id },
      create: { ...id, ...values },
      update: values,
    });
  }
}

/** Facts per organization and metric: the day from its observations, each coarser level from the one below. */
async function refreshOrganizationCounts(db: Db, key: RollupKey): Promise<void> {
  const { sourceOrgId, metric } = key;
  const day = await db.organizationObservationRollup.aggregate({
    where: { sourceOrgId, metric, date: key.date },
    _sum: { factCount: true },
  });
  await putOrganizationCount(db, key, 'day', key.date, day._sum.factCount ?? 0);
  for (const [level, finer] of [
    ['dekad', 'day'],
    ['month', 'dekad'],
    ['quarter', 'month'],
    ['year', 'quarter'],
  ] as const) {
    const unit = calendarUnit(key.date, level);
    const below = await db.organizationMetricRollup.aggregate({
      where: { sourceOrgId, metric, level: finer, period: { gte: calendarKey(unit.from, finer), lte: calendarKey(unit.to, finer) } },
      _sum: { factCount: true },
    });
    await putOrganizationCount(db, key, level, calendarKey(key.date, level), below._sum.factCount ?? 0);
  }
}

async function putOrganizationCount(db: Db, key: RollupKey, level: CalendarLevel, period: string, factCount: number): Promise<void> {
  const id = { level, sourceOrgId: key.sourceOrgId, metric: key.metric, period };
  if (factCount === 0) await db.organizationMetricRollup.deleteMany({ where: id });
  else
    await db.organizationMetricRollup.upsert({
      where: { level_sourceOrgId_metric_period: id },
      create: { ...id, factCount },
      update: { factCount },
    });
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [keyOf(item), item])).values()];
}
