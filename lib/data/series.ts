import 'server-only';
import type { Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import { PUBLIC_FACT_WHERE } from '@/lib/data/facts';

/** One bar or point of a chart: the value drawn and the range it stands for. */
export type SeriesPoint = { date: string; value: number; low: number; high: number };

/** Per-day totals of one metric over confirmed public facts (the midpoint of each range is drawn). */
export async function fetchDailySeries(metric: Metric): Promise<SeriesPoint[]> {
  try {
    const rows = await prisma.fact.groupBy({
      by: ['date'],
      where: { ...PUBLIC_FACT_WHERE, metric },
      _sum: { low: true, high: true },
      orderBy: { date: 'asc' },
    });
    return rows.map((row) => {
      const low = row._sum.low ?? 0;
      const high = row._sum.high ?? 0;
      return { date: row.date, low, high, value: (low + high) / 2 };
    });
  } catch (error) {
    console.error('fetchDailySeries failed', error);
    throw new Error('Could not load the chart data.');
  }
}
