/**
 * Axis scales shared by the dashboard's charts and the PDF summary: time on a real calendar
 * scale (an empty week takes a week's width) and values at 1, 2 or 5 times a power of ten.
 */
export const DAY_MS = 86_400_000;

export function dayTime(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

export function timeDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12];

/** At most `maxTicks` ISO days between `from` and `to`: every n days, Mondays, or month starts. */
export function timeTicks(from: string, to: string, maxTicks = 6): string[] {
  const days = (dayTime(to) - dayTime(from)) / DAY_MS + 1;
  const dayStep = DAY_STEPS.find((step) => days / step <= maxTicks);
  if (dayStep) {
    const first = dayStep >= 7 ? nextMonday(from) : from;
    return everyDays(first, to, dayStep);
  }
  const months = days / 30.4;
  const monthStep = MONTH_STEPS.find((step) => months / step <= maxTicks) ?? Math.ceil(months / maxTicks / 12) * 12;
  return everyMonths(from, to, monthStep);
}

/** Tick label: a day ("20 Feb") while ticks are days or weeks apart, a month ("Mar 2019") beyond. */
export function formatTimeTick(isoDay: string, ticks: string[]): string {
  const monthly = ticks.length > 1 && dayTime(ticks[1]) - dayTime(ticks[0]) >= 28 * DAY_MS;
  return (monthly ? MONTH : DAY).format(new Date(dayTime(isoDay)));
}

/** 1, 2 or 5 times a power of ten at or above `value`, so the axis reads 50K rather than 47.3K. */
export function niceTop(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= value) ?? value;
}

/** Value ticks from 0 to a nice top in 2 to 5 even steps. */
export function valueTicks(max: number): number[] {
  const top = niceTop(max);
  const first = String(top)[0];
  const steps = first === '2' ? 4 : 5;
  return Array.from({ length: steps + 1 }, (_, index) => (top * index) / steps);
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function nextMonday(isoDay: string): string {
  const time = dayTime(isoDay);
  const untilMonday = (8 - new Date(time).getUTCDay()) % 7;
  return timeDay(time + untilMonday * DAY_MS);
}

function everyDays(first: string, to: string, step: number): string[] {
  const ticks: string[] = [];
  for (let time = dayTime(first); time <= dayTime(to); time += step * DAY_MS) ticks.push(timeDay(time));
  return ticks;
}

function everyMonths(from: string, to: string, step: number): string[] {
  const date = new Date(dayTime(from));
  date.setUTCDate(1);
  if (timeDay(date.getTime()) < from) date.setUTCMonth(date.getUTCMonth() + 1);
  date.setUTCMonth(Math.ceil(date.getUTCMonth() / step) * step);
  const ticks: string[] = [];
  for (; timeDay(date.getTime()) <= to; date.setUTCMonth(date.getUTCMonth() + step)) ticks.push(timeDay(date.getTime()));
  return ticks;
}
