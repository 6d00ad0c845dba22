import 'server-only';
import { previousPeriod, type Period } from '@/lib/dashboard/period';
import { mergeOverlay, type RollupRow } from '@/lib/dashboard/overlay';
import { observationRowsSql, runningTotalRowsSql } from '@/lib/dashboard/read/sql';
import { isoOrEmpty, type CountingScope } from '@/lib/dashboard/scope';
import type { Drawn, Measure } from '@/lib/facts/counting';
import { METRICS, type Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

/**
 * What lib/facts/counting.ts countMetric takes for a view: the observations of a period (running
 * totals per source), with the reader's restricted facts merged over the public rows. The cards,
 * bars and lines of one view all count from one read of its metrics over this period and the one
 * before (kept per scope, which is made once per request): on a million facts each read of the
 * default view took about a second, and the page made four.
 */
export async function fetchCountRows(scope: CountingScope, metrics: readonly Metric[], period: Period): Promise<Drawn[]> {
  if (metrics.length === 0) return [];
  const wide = { from: previousPeriod(scope.period).from, to: scope.period.to };
  const inView = scope.metrics ?? METRICS;
  if (period.from < wide.from || period.to > wide.to || metrics.some((metric) => !inView.includes(metric))) {
    return readCountRows(scope, metrics, period);
  }
  let read = viewRows.get(scope);
  if (!read) viewRows.set(scope, (read = readCountRows(scope, inView, wide)));
  return (await read).filter((row) => metrics.includes(row.metric) && row.date >= period.from && row.date <= period.to);
}

const viewRows = new WeakMap<CountingScope, Promise<Drawn[]>>();

async function readCountRows(scope: CountingScope, metrics: readonly Metric[], period: Period): Promise<Drawn[]> {
  const [observations, totals] = await Promise.all([
    prisma.$queryRaw<Record<string, unknown>[]>(observationRowsSql(scope, metrics, period)),
    prisma.$queryRaw<Record<string, unknown>[]>(runningTotalRowsSql(scope, metrics, period)),
  ]);
  const extra = scope.overlay.filter((fact) => metrics.includes(fact.metric) && fact.date >= period.from && fact.date <= period.to);
  return [
    ...mergeOverlay(
      observations.map(toRow),
      extra.filter((fact) => fact.measure !== 'cumulative'),
      false,
    ),
    ...mergeOverlay(
      totals.map(toRow),
      extra.filter((fact) => fact.measure === 'cumulative'),
      true,
    ),
  ];
}

function toRow(row: Record<string, unknown>): RollupRow {
  return {
    metric: row.metric as Metric,
    unit: String(row.unit),
    measure: row.measure as Measure,
    locationId: String(row.locationId),
    date: String(row.date),
    periodStart: row.periodStart === null || row.periodStart === undefined ? null : String(row.periodStart),
    low: Number(row.low),
    high: Number(row.high),
    qualifier: String(row.qualifier),
    factId: String(row.chosenFactId),
    sourceOrgId: String(row.sourceOrgId),
    publishedDate: String(row.chosenPublishedDate),
    confirmedAt: isoOrEmpty(row.chosenConfirmedAt),
  };
}
