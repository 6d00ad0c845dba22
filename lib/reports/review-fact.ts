import { FACT_FIGURE_SELECT } from '@/lib/facts/select';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision, FactStatus, Measure, Metric, Qualifier, RejectReason } from '@/lib/facts/vocabulary';

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
  measure: Measure;
  periodStart: string | null;
  origin: string | null;
  destination: string | null;
  sourceOrg: string;
  excerpt: string;
  excerptStart: number | null;
  excerptEnd: number | null;
  cue: string | null;
  sensitivity: string;
  /** Extraction's confidence (0..1); null for figures a person added. */
  confidence: number | null;
  rejectReason: RejectReason | null;
  reviewedBy: string | null;
};

/** Fields a reviewer edits in place; `location` and `sourceOrg` are names resolved on save. */
export const EDITABLE_FIELDS = [
  'metric',
  'low',
  'high',
  'qualifier',
  'unit',
  'measure',
  'location',
  'origin',
  'destination',
  'periodStart',
  'date',
  'datePrecision',
  'sourceOrg',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type FactEdits = Partial<Pick<ReviewFact, EditableField>>;

export const REVIEW_FACT_SELECT = {
  id: true,
  ...FACT_FIGURE_SELECT,
  version: true,
  status: true,
  measure: true,
  periodStart: true,
  origin: { select: { name: true } },
  destination: { select: { name: true } },
  confidence: true,
  rejectReason: true,
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
    measure: row.measure as Measure,
    periodStart: row.periodStart,
    origin: row.origin?.name ?? null,
    destination: row.destination?.name ?? null,
    sourceOrg: row.sourceOrg.name,
    excerpt: row.excerpt,
    excerptStart: row.excerptStart,
    excerptEnd: row.excerptEnd,
    cue: row.cue,
    sensitivity: row.sensitivity,
    confidence: row.confidence,
    rejectReason: row.rejectReason as RejectReason | null,
    reviewedBy: row.reviewedBy ? row.reviewedBy.name || row.reviewedBy.email : null,
  };
}

/** Below this confidence a proposal is marked for a closer look (and counted above the table). */
export const LOW_CONFIDENCE = 0.6;

export function isLowConfidence(fact: Pick<ReviewFact, 'confidence' | 'status'>): boolean {
  return fact.status === 'candidate' && fact.confidence !== null && fact.confidence < LOW_CONFIDENCE;
}
