import { z } from 'zod';
import { MAX_TITLE_LENGTH } from '@/lib/reports/limits';
import { cleanText, placeName } from '@/lib/validation/strict';

/** One day of slack, as for facts: a report dated today in Asia is tomorrow in UTC terms. */
function isNotInFuture(value: string): boolean {
  return value <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The fields of /reports/new other than the text itself (pasted or uploaded, read separately). */
export const ReportSubmissionSchema = z.object({
  title: cleanText('report title', MAX_TITLE_LENGTH),
  // Strict (lib/validation/strict.ts): no control or direction characters, at least one letter.
  publisher: placeName('publisher'),
  publishedDate: z
    .string({ error: 'Enter the date the report was published.' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD, for example 2019-03-01.')
    .refine(isRealDate, 'This date does not exist in the calendar.')
    .refine(isNotInFuture, 'The published date cannot be in the future.'),
  url: z
    .string()
    .trim()
    .max(2000, 'The address is too long.')
    .refine(
      (value) => value === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value),
      'Enter a web address starting with http:// or https://, or leave it empty.',
    )
    .transform((value) => (value === '' ? null : value)),
});

export type ReportSubmission = z.infer<typeof ReportSubmissionSchema>;
