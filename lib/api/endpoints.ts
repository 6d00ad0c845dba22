import 'server-only';
import type { z } from 'zod';
import { assertKnownSlugs, listLocations, listOrganizations } from '@/lib/api/directory';
import { listFacts } from '@/lib/api/facts';
import { listObservations } from '@/lib/api/observations';
import { FILTER_PARAMETERS, PAGE_PARAMETERS, parseApiFilters, parsePage, type ParameterSpec } from '@/lib/api/params';
import { FactPageSchema, LocationPageSchema, ObservationPageSchema, OrganizationPageSchema } from '@/lib/api/schemas';
import type { SessionUser } from '@/lib/auth/permissions';

/** One GET list of /api/v1: what it takes, what it answers (for the OpenAPI document) and how. */
export type Endpoint = {
  path: string;
  summary: string;
  description: string;
  parameters: ParameterSpec[];
  response: z.ZodType;
  /** Whether a token adds restricted figures (places and organizations are public). */
  readsFigures: boolean;
  run: (params: URLSearchParams, reader: SessionUser | null) => Promise<unknown>;
};

const LISTED = [...FILTER_PARAMETERS, ...PAGE_PARAMETERS];

async function filtersOf(params: URLSearchParams) {
  const filters = parseApiFilters(params);
  await assertKnownSlugs(filters);
  return filters;
}

export const ENDPOINTS = {
  facts: {
    path: '/api/v1/facts',
    summary: 'Confirmed facts',
    description:
      'Every confirmed figure you may see that matches the filters, one per source statement, by date then id. The same facts as the CSV/JSON export.',
    parameters: LISTED,
    response: FactPageSchema,
    readsFigures: true,
    run: async (params, reader) => listFacts(await filtersOf(params), reader, parsePage(params)),
  },
  observations: {
    path: '/api/v1/observations',
    summary: "Observations and totals, counted by the dashboard's rules",
    description:
      "The dashboard's observations for the filters (one per metric, unit, measure, place and day; running totals one per source), by day, and each metric's total counted as the dashboard counts it. Without from and to: the last 90 days that have figures.",
    parameters: LISTED,
    response: ObservationPageSchema,
    readsFigures: true,
    run: async (params, reader) =>
      listObservations(await filtersOf(params), reader, parsePage(params), new Date().toISOString().slice(0, 10)),
  },
  locations: {
    path: '/api/v1/locations',
    summary: 'Places',
    description: 'Every place, by slug: the values the `location` filter takes, with P-codes, coordinates and the place each lies inside.',
    parameters: PAGE_PARAMETERS,
    response: LocationPageSchema,
    readsFigures: false,
    run: async (params) => listLocations(parsePage(params)),
  },
  organizations: {
    path: '/api/v1/organizations',
    summary: 'Organizations',
    description: 'Every organization that states figures, by slug: the values the `org` filter takes.',
    parameters: PAGE_PARAMETERS,
    response: OrganizationPageSchema,
    readsFigures: false,
    run: async (params) => listOrganizations(parsePage(params)),
  },
} satisfies Record<string, Endpoint>;
