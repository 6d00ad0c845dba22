import { z } from 'zod';
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

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const slug = z.string().regex(/^[a-z0-9-]{1,100}$/);
const MAX_VALUES = 50;

export const EMPTY_FILTERS: DashboardFilters = { from: null, to: null, orgs: [], locations: [], metrics: [] };

/** Reads filters from search params. Values that do not parse are dropped and reported, never fatal. */
export function parseFilters(input: SearchParamsInput): { filters: DashboardFilters; problems: string[] } {
  const read = (name: string) => valuesOf(input, name).slice(0, MAX_VALUES);
  const problems: string[] = [];
  const keep = <T>(name: string, values: string[], schema: z.ZodType<T>): T[] =>
    values.flatMap((value) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) problems.push(`Ignored ${name}="${value.slice(0, 40)}": not a valid ${name}.`);
      return parsed.success ? [parsed.data] : [];
    });
  let from = keep('from', read('from').slice(0, 1), day)[0] ?? null;
  let to = keep('to', read('to').slice(0, 1), day)[0] ?? null;
  if (from && to && from > to) {
    problems.push('The start date was after the end date; they were swapped.');
    [from, to] = [to, from];
  }
  return {
    filters: {
      from,
      to,
      orgs: unique(keep('org', read('org'), slug)),
      locations: unique(keep('location', read('location'), slug)),
      metrics: unique(keep('metric', read('metric'), z.enum(METRICS))),
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

function valuesOf(input: SearchParamsInput, name: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(name);
  const value = input[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
