import type { Db } from '@/lib/database';
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
 * transaction so the rollups commit or roll back with the fact.
 */
export async function refreshDashboardRollups(db: Db, keys: RollupKey[]): Promise<void> {
  const observations = uniqueBy(keys, (key) => `${key.metric}|${key.locationId}|${key.date}`);
  for (const key of observations) await refreshObservation(db, key);
  for (const key of uniqueBy(keys, (key) => `${key.metric}|${key.date}`)) await refreshMetricDay(db, key.metric, key.date);
  for (const key of uniqueBy(keys, (key) => `${key.sourceOrgId}|${key.metric}|${key.date}`)) {
    await refreshOrganizationCount(db, key, key.date, { date: key.date });
    const month = key.date.slice(0, 7);
    await refreshOrganizationCount(db, key, month, { date: { gte: `${month}-01`, lte: `${month}-31` } });
  }
}

async function refreshObservation(db: Db, key: RollupKey): Promise<void> {
  const where = { metric: key.metric, locationId: key.locationId, date: key.date };
  const facts = await db.fact.findMany({
    where: { ...PUBLIC_VISIBLE, ...where },
    select: { id: true, metric: true, low: true, high: true, qualifier: true, locationId: true, date: true, sourceOrgId: true, reviewedAt: true, report: { select: { publishedDate: true } } },
  });
  if (facts.length === 0) {
    await db.observationRollup.deleteMany({ where });
    return;
  }
  const countable: CountableFact[] = facts.map((fact) => ({
    ...fact,
    metric: fact.metric as Metric,
    publishedDate: fact.report?.publishedDate ?? fact.date,
    confirmedAt: fact.reviewedAt?.toISOString() ?? '',
  }));
  const [observation] = groupObservations(countable);
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
  };
  await db.observationRollup.upsert({ where: { metric_locationId_date: where }, create: { ...where, ...values }, update: values });
}

async function refreshMetricDay(db: Db, metric: string, date: string): Promise<void> {
  const where = { metric, date };
  const [totals, estimates] = await Promise.all([
    db.observationRollup.aggregate({ where, _sum: { low: true, high: true }, _count: { _all: true } }),
    db.observationRollup.count({ where: { ...where, qualifier: { not: 'exact' } } }),
  ]);
  if (totals._count._all === 0) {
    await db.metricDayRollup.deleteMany({ where });
    return;
  }
  const values = { low: totals._sum.low ?? 0, high: totals._sum.high ?? 0, observationCount: totals._count._all, hasEstimate: estimates > 0 };
  await db.metricDayRollup.upsert({ where: { metric_date: where }, create: { ...where, ...values }, update: values });
}

async function refreshOrganizationCount(db: Db, key: RollupKey, period: string, dateWhere: { date: string | { gte: string; lte: string } }): Promise<void> {
  const id = { sourceOrgId: key.sourceOrgId, metric: key.metric, period };
  const factCount = await db.fact.count({ where: { ...PUBLIC_VISIBLE, sourceOrgId: key.sourceOrgId, metric: key.metric, ...dateWhere } });
  if (factCount === 0) await db.organizationMetricRollup.deleteMany({ where: id });
  else await db.organizationMetricRollup.upsert({ where: { sourceOrgId_metric_period: id }, create: { ...id, factCount }, update: { factCount } });
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [keyOf(item), item])).values()];
}
