import { z } from 'zod';
import { DATE_PRECISIONS, MEASURES, METRICS, QUALIFIERS, SENSITIVITIES } from '@/lib/facts/vocabulary';

/**
 * The read API's responses as zod schemas: the OpenAPI document is generated from them
 * (lib/api/openapi.ts), and the tests validate every response against that document.
 */
const day = z.iso.date();
const nextCursor = z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' });
const named = z.object({ slug: z.string(), name: z.string() });

export const ApiErrorSchema = z
  .object({
    error: z.object({
      parameter: z.string().nullable().meta({ description: 'The query parameter (or header) to fix; null when none is to blame.' }),
      message: z.string().meta({ description: 'What is wrong and what to send instead.' }),
    }),
  })
  .meta({ id: 'Error' });

export const FactSchema = z
  .object({
    id: z.string(),
    metric: z.enum(METRICS),
    measure: z.enum(MEASURES),
    value: z.number().nullable().meta({ description: 'The figure when low equals high; null for a range (never a midpoint).' }),
    low: z.number(),
    high: z.number(),
    qualifier: z.enum(QUALIFIERS),
    unit: z.string(),
    date: day,
    datePrecision: z.enum(DATE_PRECISIONS),
    periodStart: day.nullable().meta({ description: 'The first day the figure covers, when it covers more than its date.' }),
    location: named.extend({ pcode: z.string().nullable() }),
    origin: named.nullable(),
    destination: named.nullable(),
    sourceOrganization: named,
    source: z
      .object({ title: z.string().nullable(), url: z.string().nullable(), publishedDate: day.nullable() })
      .nullable()
      .meta({ description: 'The report the figure was taken from (or the publication kept on a seeded figure).' }),
    excerpt: z.string(),
    sensitivity: z.enum(SENSITIVITIES),
  })
  .meta({ id: 'Fact', description: 'One confirmed figure as a source stated it.' });

export const FactPageSchema = z.object({ facts: z.array(FactSchema), nextCursor }).meta({ id: 'FactPage' });

export const ObservationSchema = z
  .object({
    metric: z.enum(METRICS),
    unit: z.string(),
    measure: z.enum(MEASURES),
    location: z.string().meta({ description: 'Place slug.' }),
    date: day,
    periodStart: day.nullable(),
    low: z.number(),
    high: z.number(),
    qualifier: z.enum(QUALIFIERS),
    factId: z.string().meta({ description: 'The fact drawn for this observation by the choice rule.' }),
    sourceOrganization: z.string().meta({ description: 'Slug of the organization whose fact is drawn.' }),
  })
  .meta({
    id: 'Observation',
    description:
      'One metric, unit, measure, place and day, however many sources state it, with the value drawn by the choice rule. Running totals are one observation per source.',
  });

export const MetricTotalSchema = z
  .object({
    metric: z.enum(METRICS),
    unit: z.string(),
    kind: z.enum(['flow', 'stock']),
    low: z.number(),
    high: z.number(),
    isEstimate: z.boolean(),
    observationCount: z.int(),
    latestDate: day,
  })
  .meta({
    id: 'MetricTotal',
    description:
      "A metric counted over the period by the dashboard's rules: flows added up, stocks as each place's latest, main unit only.",
  });

export const ObservationPageSchema = z
  .object({
    period: z
      .object({ from: day, to: day })
      .meta({ description: 'The days counted (without from/to: the last 90 days that have figures).' }),
    totals: z.array(MetricTotalSchema),
    observations: z.array(ObservationSchema),
    nextCursor,
  })
  .meta({ id: 'ObservationPage' });

export const LocationSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.string().nullable(),
    pcode: z.string().nullable(),
    countryIso3: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    parent: z.string().nullable().meta({ description: 'Slug of the place that contains it.' }),
  })
  .meta({ id: 'Location' });

export const LocationPageSchema = z.object({ locations: z.array(LocationSchema), nextCursor }).meta({ id: 'LocationPage' });

export const OrganizationSchema = z
  .object({ slug: z.string(), name: z.string(), shortName: z.string().nullable() })
  .meta({ id: 'Organization' });

export const OrganizationPageSchema = z.object({ organizations: z.array(OrganizationSchema), nextCursor }).meta({ id: 'OrganizationPage' });

export type ApiFact = z.infer<typeof FactSchema>;
export type ApiObservation = z.infer<typeof ObservationSchema>;
export type MetricTotal = z.infer<typeof MetricTotalSchema>;
export type ApiLocation = z.infer<typeof LocationSchema>;
