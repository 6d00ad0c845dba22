import type { Period } from '@/lib/dashboard/period';

/** The whole months inside a period ('YYYY-MM' bounds) and the day ranges left at its edges. */
export function splitIntoMonthsAndDays(period: Period): { months: Period | null; days: Period[] } {
  const firstFull = period.from.endsWith('-01') ? period.from.slice(0, 7) : nextMonth(period.from.slice(0, 7));
  const lastFull = isLastDayOfMonth(period.to) ? period.to.slice(0, 7) : previousMonth(period.to.slice(0, 7));
  if (firstFull > lastFull) return { months: null, days: [period] };
  const days: Period[] = [];
  if (`${firstFull}-01` > period.from) days.push({ from: period.from, to: `${previousMonth(firstFull)}-31` });
  if (lastFull < period.to.slice(0, 7)) days.push({ from: `${nextMonth(lastFull)}-01`, to: period.to });
  return { months: { from: firstFull, to: lastFull }, days };
}

/** Whole years ('YYYY' bounds), then whole months ('YYYY-MM') and days at the edges: at most ~80 rows per series, whatever the length. */
export function splitIntoLevels(period: Period): { years: Period | null; months: Period[]; days: Period[] } {
  const { months, days } = splitIntoMonthsAndDays(period);
  if (!months) return { years: null, months: [], days };
  const firstFull = months.from.endsWith('-01') ? Number(months.from.slice(0, 4)) : Number(months.from.slice(0, 4)) + 1;
  const lastFull = months.to.endsWith('-12') ? Number(months.to.slice(0, 4)) : Number(months.to.slice(0, 4)) - 1;
  if (firstFull > lastFull) return { years: null, months: [months], days };
  const edges: Period[] = [];
  if (months.from < `${firstFull}-01`) edges.push({ from: months.from, to: `${firstFull - 1}-12` });
  if (months.to > `${lastFull}-12`) edges.push({ from: `${lastFull + 1}-01`, to: months.to });
  return { years: { from: String(firstFull), to: String(lastFull) }, months: edges, days };
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

function isLastDayOfMonth(day: string): boolean {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}
