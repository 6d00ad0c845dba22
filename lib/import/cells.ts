import {
  DATE_PRECISIONS,
  LOCATION_KINDS,
  MAX_FIGURE,
  MEASURES,
  METRIC_LABELS,
  METRICS,
  QUALIFIERS,
  SENSITIVITIES,
  type Metric,
} from '@/lib/facts/vocabulary';

/**
 * Reading one cell of an import: its value, or one problem that quotes what the cell holds and
 * says what to write instead. One cause per cell: a date that is not written as YYYY-MM-DD is
 * not also said not to exist.
 */
export type CellReading<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const bad = (problem: string): CellReading<never> => ({ ok: false, problem });

/** A cell quoted as the user wrote it, shortened so a pasted paragraph does not fill the page. */
export function quoted(text: string): string {
  const trimmed = text.trim();
  return `'${trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed}'`;
}

const METRIC_BY_NAME = new Map<string, Metric>(
  METRICS.flatMap((metric) => [
    [metric, metric],
    [METRIC_LABELS[metric].toLowerCase(), metric],
  ]),
);

export function readMetric(text: string): CellReading<Metric> {
  const metric = METRIC_BY_NAME.get(text.trim().toLowerCase());
  if (metric) return ok(metric);
  if (!text.trim()) return bad(`Enter what is counted: one of ${METRICS.join(', ')}.`);
  return bad(`${quoted(text)} is not a metric: choose one of ${METRICS.join(', ')}.`);
}

/** A word of a closed list; empty gives the fallback. */
export function readChoice<T extends string>(text: string, choices: readonly T[], what: string, fallback: T | null): CellReading<T | null> {
  const word = text.trim().toLowerCase();
  if (!word) return ok(fallback);
  if ((choices as readonly string[]).includes(word)) return ok(word as T);
  return bad(`${quoted(text)} is not ${what}: choose one of ${choices.join(', ')}.`);
}

export const readMeasure = (text: string, fallback: (typeof MEASURES)[number]) => readChoice(text, MEASURES, 'a measure', fallback);
export const readQualifier = (text: string) => readChoice(text, QUALIFIERS, 'a qualifier', null);
export const readPrecision = (text: string) => readChoice(text, DATE_PRECISIONS, 'a date precision', 'day');
export const readSensitivity = (text: string) => readChoice(text, SENSITIVITIES, 'a visibility', 'public');
export const readLocationKind = (text: string) => readChoice(text, LOCATION_KINDS, 'a kind of place', null);

/** A count: digits, with thousands separators allowed; empty is null. */
export function readCount(text: string): CellReading<number | null> {
  const trimmed = text.trim();
  if (!trimmed) return ok(null);
  const number = Number(trimmed.replace(/,/g, ''));
  if (!/^-?[\d,]*\.?\d+$/.test(trimmed) || !Number.isFinite(number))
    return bad(`${quoted(text)} is not a number: write digits only, for example 2000.`);
  if (number < 0) return bad(`${quoted(text)}: a count cannot be negative.`);
  if (number > MAX_FIGURE) return bad(`${quoted(text)} is too large to be a count.`);
  return ok(number);
}

/** An ISO day, real, and not after tomorrow (a report dated today in Asia is tomorrow in UTC). */
export function readDay(text: string, { required }: { required: boolean }): CellReading<string | null> {
  const trimmed = text.trim();
  if (!trimmed) return required ? bad('Enter the date as YYYY-MM-DD, for example 2019-03-14.') : ok(null);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return bad(`${quoted(text)}: use YYYY-MM-DD, for example 2019-03-14.`);
  const [year, month, day] = trimmed.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return bad(`${quoted(text)} does not exist in the calendar.`);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  if (trimmed > tomorrow) return bad(`${quoted(text)} is in the future: a fact reports what happened.`);
  return ok(trimmed);
}

/** Decimal degrees within the given bound; empty is null. */
export function readDegrees(text: string, limit: 90 | 180): CellReading<number | null> {
  const trimmed = text.trim();
  if (!trimmed) return ok(null);
  const number = Number(trimmed);
  if (!/^-?\d+(\.\d+)?$/.test(trimmed) || Math.abs(number) > limit)
    return bad(`${quoted(text)} is not a coordinate: write decimal degrees between -${limit} and ${limit}, for example 36.37.`);
  return ok(number);
}

export function readCountryCode(text: string): CellReading<string | null> {
  const trimmed = text.trim();
  if (!trimmed) return ok(null);
  if (!/^[a-z]{3}$/i.test(trimmed))
    return bad(`${quoted(text)} is not a country code: use the three letters of ISO 3166, for example SYR.`);
  return ok(trimmed.toUpperCase());
}

/** Free text of at most `max` characters; empty is null. */
export function readText(text: string, max: number): CellReading<string | null> {
  const trimmed = text.trim();
  if (trimmed.length > max) return bad(`far too long (at most ${max} characters).`);
  return ok(trimmed || null);
}
