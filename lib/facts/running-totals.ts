import type { Drawn, Period } from '@/lib/facts/counting';

/**
 * Running totals (measure cumulative) are never added to anything. Each place and source has
 * its own line: the latest total as of its day and the change since that source's previous
 * total there. Where a place has only running totals, the increase between two successive
 * totals of one source is a flow for the days between them; a decrease is a correction, shown
 * and never counted. Only totals dated within the period counted take part, so a view and its
 * export (which holds the same facts) state the same numbers.
 */
export type TotalRef = { factId: string; date: string; low: number; high: number };

export type RunningTotal = TotalRef & {
  locationId: string;
  sourceOrgId: string;
  unit: string;
  periodStart: string | null;
  previous: TotalRef | null;
  /** Since the previous total (interval arithmetic on ranges); null without one. */
  change: { low: number; high: number } | null;
};

export type DerivedFlow = {
  locationId: string;
  sourceOrgId: string;
  unit: string;
  /** The later total's day: the flow covers the days after `from.date` up to it. */
  date: string;
  low: number;
  high: number;
  from: TotalRef;
  to: TotalRef;
  isCorrection: boolean;
};

/** The latest total of each place and source in the period, with its previous one. */
export function runningTotalsOf(rows: Drawn[], period: Period): RunningTotal[] {
  const totals: RunningTotal[] = [];
  for (const series of seriesOf(within(rows, period))) {
    const latest = series.at(-1)!;
    const before = series.at(-2);
    totals.push({
      ...ref(latest),
      locationId: latest.locationId,
      sourceOrgId: latest.sourceOrgId,
      unit: latest.unit,
      periodStart: latest.periodStart,
      previous: before ? ref(before) : null,
      change: before ? changeBetween(before, latest) : null,
    });
  }
  return totals.sort(
    (a, b) => b.date.localeCompare(a.date) || a.locationId.localeCompare(b.locationId) || a.sourceOrgId.localeCompare(b.sourceOrgId),
  );
}

/** Flows derived per place from one source's successive totals (the source with the most totals there). */
export function deriveFlows(rows: Drawn[], period: Period): DerivedFlow[] {
  const bySource = seriesOf(within(rows, period));
  const places = [...new Set(bySource.map((series) => series[0].locationId))];
  return places.flatMap((place) => {
    const candidates = bySource.filter((series) => series[0].locationId === place);
    const chosen = candidates.reduce((best, series) => (ranksAbove(series, best) ? series : best));
    return chosen.slice(1).flatMap((to, index) => {
      const from = chosen[index];
      const isCorrection = midpoint(to) < midpoint(from);
      const change = changeBetween(from, to);
      return [
        {
          locationId: place,
          sourceOrgId: to.sourceOrgId,
          unit: to.unit,
          date: to.date,
          ...change,
          from: ref(from),
          to: ref(to),
          isCorrection,
        },
      ];
    });
  });
}

function within(rows: Drawn[], period: Period): Drawn[] {
  return rows.filter((row) => row.date >= period.from && row.date <= period.to);
}

function ranksAbove(series: Drawn[], best: Drawn[]): boolean {
  if (series.length !== best.length) return series.length > best.length;
  const [a, b] = [series.at(-1)!, best.at(-1)!];
  return a.date !== b.date ? a.date > b.date : a.sourceOrgId < b.sourceOrgId;
}

/** One series per metric, unit, place and source, in date order. */
function seriesOf(rows: Drawn[]): Drawn[][] {
  const series = new Map<string, Drawn[]>();
  for (const row of rows) {
    const key = `${row.metric}|${row.unit}|${row.locationId}|${row.sourceOrgId}`;
    series.set(key, [...(series.get(key) ?? []), row]);
  }
  return [...series.values()].map((list) => list.sort((a, b) => a.date.localeCompare(b.date)));
}

/** From [a, b] to [c, d]: at least c − b, at most d − a; a decrease keeps its sign. */
function changeBetween(from: Drawn, to: Drawn): { low: number; high: number } {
  const low = to.low - from.high;
  const high = to.high - from.low;
  return midpoint(to) >= midpoint(from) ? { low: Math.max(0, low), high } : { low, high: Math.min(0, high) };
}

function ref(row: Drawn): TotalRef {
  return { factId: row.factId, date: row.date, low: row.low, high: row.high };
}

function midpoint({ low, high }: { low: number; high: number }): number {
  return (low + high) / 2;
}
