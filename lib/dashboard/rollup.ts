import { calendarKey, calendarUnit, type CalendarLevel } from '@/lib/dashboard/period-split';
import type { Db } from '@/lib/database';
import type { Prisma } from '@/lib/generated/prisma/client';
import { visibleConfirmedFactsWhere } from '@/lib/data/fact-filters';
import { groupObservations, type CountableFact } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';

/** What identifies the rollup rows one fact feeds: its observation, its day, its source's counts. */
export type RollupKey = { metric: string; locationId: string; date: string; sourceOrgId: string };

const PUBLIC_VISIBLE = visibleConfirmedFactsWhere(null);

/**
 * Recomputes the dashboard rollups a changed fact touches, from Fact itself (never by adding
 * deltas, so a retry or a concurrent edit cannot leave them off by one). createFact and
 * updateFactVersioned call this with the fact's keys before and after the change; pass their
 * transaction so the rollups commit or roll back with the fact. Per key: one read of the
 * observation's facts, then a handful of primary-key reads and upserts (import calls it per row).
 */
export async function refreshDashboardRollups(db: Db, keys: RollupKey[]): Promise<void> {
  for (const key of uniqueBy(keys, (key) => `${key.metric}|${key.locationId}|${key.date}`)) {
    const sourceOrgIds = [...new Set(keys.filter((other) => other.metric === key.metric && other.locationId === key.locationId && other.date === key.date).map((other) => other.sourceOrgId))];
    await refreshObservation(db, key, sourceOrgIds);
  }
  for (const key of uniqueBy(keys, (key) => `${key.metric}|${key.date}`)) await refreshMetricDay(db, key.metric, key.date);
  for (const key of uniqueBy(keys, (key) => `${key.sourceOrgId}|${key.metric}|${key.date}`)) await refreshOrganizationCounts(db, key);
}

/**
 * A report's level decides whether its facts count on the public dashboard: recounts its facts
 * (not deleted ones, which never count) after it changes; `only` narrows them further.
 */
export async function refreshReportRollups(db: Db, reportId: string, only: Prisma.FactWhereInput = {}): Promise<void> {
  const keys = await db.fact.findMany({ where: { reportId, deletedAt: null, ...only }, select: { metric: true, locationId: true, date: true, sourceOrgId: true } });
  await refreshDashboardRollups(db, keys);
}

/** The observation for everyone, and the same observation as each given organization states it. */
async function refreshObservation(db: Db, key: RollupKey, sourceOrgIds: string[]): Promise<void> {
  const where = { metric: key.metric, locationId: key.locationId, date: key.date };
  const rows = await db.fact.findMany({
    where: { AND: [PUBLIC_VISIBLE, where] },
    select: { id: true, metric: true, low: true, high: true, qualifier: true, locationId: true, date: true, sourceOrgId: true, reviewedAt: true, report: { select: { publishedDate: true } } },
  });
  const facts: CountableFact[] = rows.map((fact) => ({
    ...fact,
    metric: fact.metric as Metric,
    publishedDate: fact.report?.publishedDate ?? fact.date,
    confirmedAt: fact.reviewedAt?.toISOString() ?? '',
  }));
  const reviewedAt = new Map(rows.map((fact) => [fact.id, fact.reviewedAt]));
  const [observation] = groupObservations(facts);
  if (!observation) await db.observationRollup.deleteMany({ where });
  else {
    const chosen = observation.facts.find((fact) => fact.id === observation.chosenFactId)!;
    const values = {
      low: observation.low,
      high: observation.high,
      qualifier: observation.qualifier,
      spreadLow: observation.spread.low,
      spreadHigh: observation.spread.high,
      isConflict: observation.isConflict,
      factCount: facts.length,
      chosenFactId: chosen.id,
      chosenSourceOrgId: chosen.sourceOrgId,
      chosenPublishedDate: chosen.publishedDate,
      chosenConfirmedAt: reviewedAt.get(chosen.id) ?? null,
    };
    await db.observationRollup.upsert({ where: { metric_locationId_date: where }, create: { ...where, ...values }, update: values });
  }
  for (const sourceOrgId of sourceOrgIds) await refreshOrganizationObservation(db, { ...key, sourceOrgId }, facts.filter((fact) => fact.sourceOrgId === sourceOrgId), reviewedAt);
}

async function refreshOrganizationObservation(db: Db, key: RollupKey, facts: CountableFact[], reviewedAt: Map<string, Date | null>): Promise<void> {
  const id = { sourceOrgId: key.sourceOrgId, metric: key.metric, date: key.date, locationId: key.locationId };
  const [observation] = groupObservations(facts);
  if (!observation) {
    await db.organizationObservationRollup.deleteMany({ where: id });
    return;
  }
  const chosen = observation.facts.find((fact) => fact.id === observation.chosenFactId)!;
  const values = {
    low: observation.low,
    high: observation.high,
    qualifier: observation.qualifier,
    factCount: facts.length,
    chosenFactId: chosen.id,
    chosenPublishedDate: chosen.publishedDate,
    chosenConfirmedAt: reviewedAt.get(chosen.id) ?? null,
  };
  await db.organizationObservationRollup.upsert({ where: { sourceOrgId_metric_date_locationId: id }, create: { ...id, ...values }, update: values });
}

async function refreshMetricDay(db: Db, metric: string, date: string): Promise<void> {
  const where = { metric, date };
  const [totals, estimateCount] = await Promise.all([
    db.observationRollup.aggregate({ where, _sum: { low: true, high: true }, _count: { _all: true } }),
    db.observationRollup.count({ where: { ...where, qualifier: { not: 'exact' } } }),
  ]);
  if (totals._count._all === 0) {
    await db.metricDayRollup.deleteMany({ where });
    return;
  }
  const values = { low: totals._sum.low ?? 0, high: totals._sum.high ?? 0, observationCount: totals._count._all, hasEstimate: estimateCount > 0, estimateCount };
  await db.metricDayRollup.upsert({ where: { metric_date: where }, create: { ...where, ...values }, update: values });
}

/** Facts per organization and metric: the day from its observations, each coarser level from the one below. */
async function refreshOrganizationCounts(db: Db, key: RollupKey): Promise<void> {
  const { sourceOrgId, metric } = key;
  const day = await db.organizationObservationRollup.aggregate({ where: { sourceOrgId, metric, date: key.date }, _sum: { factCount: true } });
  await putOrganizationCount(db, key, 'day', key.date, day._sum.factCount ?? 0);
  for (const [level, finer] of [['dekad', 'day'], ['month', 'dekad'], ['quarter', 'month'], ['year', 'quarter']] as const) {
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
  else await db.organizationMetricRollup.upsert({ where: { level_sourceOrgId_metric_period: id }, create: { ...id, factCount }, update: { factCount } });
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [keyOf(item), item])).values()];
}
