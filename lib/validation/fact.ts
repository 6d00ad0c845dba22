import { z } from 'zod';
import { DATE_PRECISIONS, METRICS, QUALIFIERS, SENSITIVITIES } from '@/lib/facts/vocabulary';
import { cleanText, placeName, strictCount } from '@/lib/validation/strict';

/** Largest figure accepted: above the world's population is a typing error, not a fact. */
export const MAX_FIGURE = 10_000_000_000;
const MAX_TEXT = 2_000;

const isoDate = z
  .string({ error: 'Enter a date.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD, for example 2019-03-01.')
  .refine(isRealDate, 'This date does not exist in the calendar.')
  .refine(isNotInFuture, 'A fact reports what happened: the date cannot be in the future.');

// Strict (lib/validation/strict.ts): null, true, [7], "", "0x10", "1e3" and -0 are refused, not read as numbers.
const figure = strictCount(MAX_FIGURE);

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
