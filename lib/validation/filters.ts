import { METRICS, type Metric } from '@/lib/facts/vocabulary';

/**
 * The dashboard's filters, as they stand in the URL: `from`, `to` (ISO days), and repeatable
 * `org`, `location` (slugs) and `metric`. The export API takes the same names, so a dashboard
 * view and its export always agree.
 */
export type DashboardFilters = {
  from: string | null;
  to: string | null;
  orgs: string[];
  locations: string[];
  metrics: Metric[];
};

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** A day that exists in the calendar: `2019-13-01` and `2019-02-30` match the shape but are refused. */
export function isCalendarDay(value: string): value is string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// Plain checks, not zod: the filter form imports this file, and zod would add ~30 KB gzipped to `/`.
const isSlug = (value: string): value is string => /^[a-z0-9-]{1,100}$/.test(value);
const isMetric = (value: string): value is Metric => (METRICS as readonly string[]).includes(value);
export const MAX_VALUES = 50;

export const EMPTY_FILTERS: DashboardFilters = { from: null, to: null, orgs: [], locations: [], metrics: [] };

/** Reads filters from search params. Values that do not parse are dropped and reported, never fatal. */
export function parseFilters(input: SearchParamsInput): { filters: DashboardFilters; problems: string[] } {
  const read = (name: string) => valuesOf(input, name).slice(0, MAX_VALUES);
  const problems: string[] = [];
  const keep = <T extends string>(name: string, values: string[], valid: (value: string) => value is T): T[] =>
    values.filter((value): value is T => valid(value) || (problems.push(ignoredMessage(name, value)), false));
  let from = keep('from', read('from').slice(0, 1), isCalendarDay)[0] ?? null;
  let to = keep('to', read('to').slice(0, 1), isCalendarDay)[0] ?? null;
  if (from && to && from > to) {
    problems.push('The start date was after the end date; they were swapped.');
    [from, to] = [to, from];
  }
  return {
    filters: {
      from,
      to,
      orgs: unique(keep('org', read('org'), isSlug)),
      locations: unique(keep('location', read('location'), isSlug)),
      metrics: unique(keep('metric', read('metric'), isMetric)),
    },
    problems,
  };
}

/** The URL query of a filter set, in a stable order so equal views have equal URLs. */
export function filtersToSearchParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const org of filters.orgs) params.append('org', org);
  for (const location of filters.locations) params.append('location', location);
  for (const metric of filters.metrics) params.append('metric', metric);
  return params;
}

const EXPECTED: Record<string, string> = {
  from: 'a day as YYYY-MM-DD that exists in the calendar',
  to: 'a day as YYYY-MM-DD that exists in the calendar',
  org: 'an organization from the list',
  location: 'a place from the list',
  metric: 'a metric from the list',
};

/** The message for a URL value that was dropped: what was ignored and what is expected instead. */
export function ignoredMessage(name: string, value: string): string {
  return `Ignored ${name}="${value.slice(0, 40)}": use ${EXPECTED[name] ?? `a valid ${name}`}.`;
}

function valuesOf(input: SearchParamsInput, name: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(name);
  const value = input[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Messages for the view parameters next to the filters (`date`, `by`, `page`) that are present
 * but unusable; lib/dashboard/view-params then ignores them.
 */
export function viewParamProblems(input: SearchParamsInput): string[] {
  const checks: [string, (value: string) => boolean, string][] = [
    ['date', isCalendarDay, 'a day as YYYY-MM-DD that exists in the calendar'],
    ['by', (value) => ['day', 'week', 'month'].includes(value), 'day, week or month'],
    ['page', (value) => /^[1-9]\d{0,4}$/.test(value), 'a page number from 1'],
  ];
  return checks.flatMap(([name, valid, expected]) => {
    const value = valuesOf(input, name)[0];
    return value === undefined || value === '' || valid(value) ? [] : [`Ignored ${name}="${value.slice(0, 40)}": use ${expected}.`];
  });
}
