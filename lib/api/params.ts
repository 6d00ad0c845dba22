import { z } from 'zod';
import { badParameter } from '@/lib/api/errors';
import { METRICS } from '@/lib/facts/vocabulary';
import { MAX_VALUES, parseFilters, type DashboardFilters } from '@/lib/validation/filters';

/** Page sizes: `limit` defaults to 100 and may go up to 500 items. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;

/** One query parameter: its schema (for the OpenAPI document) and what it means. */
export type ParameterSpec = { name: string; description: string; schema: z.ZodType; repeatable?: boolean };

const slug = z.string().regex(/^[a-z0-9-]{1,100}$/);

export const FILTER_PARAMETERS: ParameterSpec[] = [
  { name: 'from', schema: z.iso.date(), description: 'First day, YYYY-MM-DD (inclusive).' },
  { name: 'to', schema: z.iso.date(), description: 'Last day, YYYY-MM-DD (inclusive); not before `from`.' },
  {
    name: 'org',
    schema: slug,
    repeatable: true,
    description: 'Stating organization by slug (see /api/v1/organizations); repeat for several.',
  },
  {
    name: 'location',
    schema: slug,
    repeatable: true,
    description: 'Place by slug (see /api/v1/locations); includes every place inside it. Repeat for several.',
  },
  { name: 'metric', schema: z.enum(METRICS), repeatable: true, description: 'What is counted; repeat for several.' },
];

export const PAGE_PARAMETERS: ParameterSpec[] = [
  {
    name: 'limit',
    schema: z.int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
    description: `Items per page, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
  },
  { name: 'cursor', schema: z.string(), description: 'The `nextCursor` of the previous page; leave out for the first page.' },
];

export type Page = { limit: number; cursor: string | null };

/** Refuses parameters the list does not take, so a typo (`metrics=`) is not silently ignored. */
export function checkKnownParameters(params: URLSearchParams, specs: ParameterSpec[]): void {
  const known = new Set(specs.map((spec) => spec.name));
  for (const name of params.keys()) {
    if (!known.has(name)) throw badParameter(name, `Unknown parameter "${name.slice(0, 40)}". This list takes: ${[...known].join(', ')}.`);
  }
  for (const spec of specs) {
    if (!spec.repeatable && params.getAll(spec.name).length > 1) throw badParameter(spec.name, `Give ${spec.name} once.`);
  }
}

export function parsePage(params: URLSearchParams): Page {
  const raw = params.get('limit');
  const limit = raw === null ? DEFAULT_LIMIT : Number(raw);
  if (raw !== null && (!/^\d{1,6}$/.test(raw) || limit < 1 || limit > MAX_LIMIT)) {
    throw badParameter('limit', `Use a whole number from 1 to ${MAX_LIMIT} for limit (got "${raw.slice(0, 20)}").`);
  }
  return { limit, cursor: params.get('cursor') };
}

/**
 * The dashboard's filters, read by lib/validation/filters.ts, but strict: where the dashboard
 * drops a value that does not parse and says so, the API refuses it and names the parameter.
 */
export function parseApiFilters(params: URLSearchParams): DashboardFilters {
  for (const spec of FILTER_PARAMETERS) {
    const values = params.getAll(spec.name);
    if (values.length > MAX_VALUES) throw badParameter(spec.name, `Give at most ${MAX_VALUES} values of ${spec.name}.`);
    for (const value of values) {
      const { problems } = parseFilters(new URLSearchParams([[spec.name, value]]));
      if (problems.length) throw badParameter(spec.name, problems[0].replace(/^Ignored/, 'Cannot use'));
    }
  }
  const { filters } = parseFilters(params);
  if (filters.from && filters.to && params.get('from')! > params.get('to')!) {
    throw badParameter('to', `The end date ${params.get('to')} is before the start date ${params.get('from')}.`);
  }
  return filters;
}
