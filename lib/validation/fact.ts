import { z } from 'zod';
import { DATE_PRECISIONS, METRICS, QUALIFIERS, SENSITIVITIES } from '@/lib/facts/vocabulary';

/** Largest figure accepted: above the world's population is a typing error, not a fact. */
export const MAX_FIGURE = 10_000_000_000;
const MAX_TEXT = 2_000;

const isoDate = z
  .string({ error: 'Enter a date.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD, for example 2019-03-01.')
  .refine(isRealDate, 'This date does not exist in the calendar.')
  .refine(isNotInFuture, 'A fact reports what happened: the date cannot be in the future.');

const figure = z.coerce
  .number({ error: 'Enter a number, for example 2000.' })
  .refine(Number.isFinite, 'Enter a number, for example 2000.')
  .min(0, 'A count cannot be negative.')
  .max(MAX_FIGURE, 'This number is too large to be a count.');

const shortText = (label: string, max = 200) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} is too long (at most ${max} characters).`);

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
    unit: shortText('unit', 50),
    location: shortText('location'),
    date: isoDate,
    datePrecision: z.enum(DATE_PRECISIONS, { error: 'Choose day, week, month or year.' }),
    sourceOrg: shortText('source organization'),
    excerpt: z
      .string()
      .trim()
      .max(MAX_TEXT, `The excerpt is too long (at most ${MAX_TEXT} characters).`)
      .optional()
      .default(''),
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
  });

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
