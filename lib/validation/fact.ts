import { z } from 'zod';
import {
  DATE_PRECISIONS,
  defaultMeasure,
  isMovementMetric,
  MAX_FIGURE,
  MEASURES,
  METRICS,
  QUALIFIERS,
  SENSITIVITIES,
} from '@/lib/facts/vocabulary';
import { cleanText, placeName, strictCount } from '@/lib/validation/strict';

const MAX_TEXT = 2_000;

const isoDate = z
  .string({ error: 'Enter a date.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter the date as YYYY-MM-DD, for example 2019-03-01.', abort: true })
  .refine(isRealDate, { message: 'This date does not exist in the calendar.', abort: true })
  .refine(isNotInFuture, 'A fact reports what happened: the date cannot be in the future.');

/** An optional day or place: an empty box means none. */
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const optionalDate = z.preprocess(blankToNull, isoDate.nullable().optional());

// Strict (lib/validation/strict.ts): null, true, [7], "", "0x10", "1e3" and -0 are refused, not read as numbers.
const figure = strictCount(MAX_FIGURE);

const optionalPlace = (label: string) => z.preprocess(blankToNull, placeName(label).nullable().optional());

/**
 * One fact as facts.md defines it. Used by the entry form, the extraction step, the review
 * screen and CSV/JSON import, so that every door applies the same rules.
 */
export const FactInputSchema = z
  .object({
    metric: z.enum(METRICS, { error: 'Choose what is counted from the list.' }),
    low: figure,
    high: figure,
    qualifier: z.enum(QUALIFIERS, { error: 'Choose how exact the figure is.' }),
    unit: cleanText('unit', 50),
    location: placeName('location'),
    date: isoDate,
    datePrecision: z.enum(DATE_PRECISIONS, { error: 'Choose day, week, month or year.' }),
    measure: z.preprocess(blankToNull, z.enum(MEASURES, { error: 'Choose flow, stock or running total.' }).nullable().optional()),
    periodStart: optionalDate,
    origin: optionalPlace('origin'),
    destination: optionalPlace('destination'),
    /** The place a new location lies inside (only used when the location is new or has no parent yet). */
    locationParent: optionalPlace('place it lies inside'),
    sourceOrg: placeName('source organization'),
    excerpt: cleanText('excerpt', MAX_TEXT, { optional: true, multiline: true }).optional().default(''),
    sensitivity: z.enum(SENSITIVITIES).optional().default('public'),
  })
  .superRefine((fact, ctx) => {
    if (fact.low > fact.high) {
      ctx.addIssue({
        code: 'custom',
        path: ['high'],
        message: 'The upper bound must be at least the lower bound.',
      });
    }
    if (fact.qualifier !== 'range' && fact.qualifier !== 'vague' && fact.low !== fact.high) {
      ctx.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: 'Two different bounds make a range: choose "range".',
      });
    }
    checkPeriodAndPlaces(fact, ctx);
  });

type PeriodAndPlaces = {
  metric: (typeof METRICS)[number];
  measure?: string | null;
  date: string;
  periodStart?: string | null;
  origin?: string | null;
  destination?: string | null;
  location: string;
  locationParent?: string | null;
};

function normalized(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

function checkPeriodAndPlaces(fact: PeriodAndPlaces, ctx: z.RefinementCtx): void {
  const measure = fact.measure ?? defaultMeasure(fact.metric);
  if (fact.periodStart && fact.periodStart > fact.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodStart'],
      message: `The period cannot start (${fact.periodStart}) after its last day (${fact.date}).`,
    });
  } else if (fact.periodStart && measure === 'stock') {
    ctx.addIssue({
      code: 'custom',
      path: ['periodStart'],
      message: 'A stock is a level on one day: leave the period start empty, or choose flow or running total.',
    });
  }
  if (fact.locationParent && fact.location && normalized(fact.locationParent) === normalized(fact.location)) {
    ctx.addIssue({
      code: 'custom',
      path: ['locationParent'],
      message: 'A place cannot lie inside itself: choose the larger place that contains it.',
    });
  }
  if (!isMovementMetric(fact.metric)) {
    for (const field of ['origin', 'destination'] as const) {
      if (fact[field])
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `Only movements (departures, arrivals, displacement, trucks, convoys) have an ${field}: leave it empty.`,
        });
    }
  }
}

/** A valid fact. measure, periodStart, origin and destination may be absent: the write module fills the metric's default measure. */
export type FactInput = z.infer<typeof FactInputSchema>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** One day of slack, because a report dated today in Asia is tomorrow in UTC terms. */
function isNotInFuture(value: string): boolean {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  return value <= tomorrow;
}
