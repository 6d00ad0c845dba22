import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision, FactStatus, Metric, Qualifier } from '@/lib/facts/vocabulary';

/** One fact as the review screen shows and edits it (names, not ids, for location and source). */
export type ReviewFact = {
  id: string;
  version: number;
  status: FactStatus;
  metric: Metric;
  low: number;
  high: number;
  qualifier: Qualifier;
  unit: string;
  location: string;
  date: string;
  datePrecision: DatePrecision;
  sourceOrg: string;
  excerpt: string;
  excerptStart: number | null;
  excerptEnd: number | null;
  cue: string | null;
  sensitivity: string;
  reviewedBy: string | null;
};

/** Fields a reviewer edits in place; `location` and `sourceOrg` are names resolved on save. */
export const EDITABLE_FIELDS = ['metric', 'low', 'high', 'qualifier', 'unit', 'location', 'date', 'datePrecision', 'sourceOrg'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type FactEdits = Partial<Pick<ReviewFact, EditableField>>;

export const REVIEW_FACT_SELECT = {
  id: true,
  version: true,
  status: true,
  metric: true,
  low: true,
  high: true,
  qualifier: true,
  unit: true,
  locationText: true,
  date: true,
  datePrecision: true,
  excerpt: true,
  excerptStart: true,
  excerptEnd: true,
  cue: true,
  sensitivity: true,
  sourceOrg: { select: { name: true } },
  reviewedBy: { select: { name: true, email: true } },
} satisfies Prisma.FactSelect;

export type ReviewFactRow = Prisma.FactGetPayload<{ select: typeof REVIEW_FACT_SELECT }>;

export function toReviewFact(row: ReviewFactRow): ReviewFact {
  return {
    id: row.id,
    version: row.version,
    status: row.status as FactStatus,
    metric: row.metric as Metric,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier as Qualifier,
    unit: row.unit,
    location: row.locationText,
    date: row.date,
    datePrecision: row.datePrecision as DatePrecision,
    sourceOrg: row.sourceOrg.name,
    excerpt: row.excerpt,
    excerptStart: row.excerptStart,
    excerptEnd: row.excerptEnd,
    cue: row.cue,
    sensitivity: row.sensitivity,
    reviewedBy: row.reviewedBy ? row.reviewedBy.name || row.reviewedBy.email : null,
  };
}
