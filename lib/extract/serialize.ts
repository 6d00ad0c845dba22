/** Facts in the snake_case JSON of examples/*.facts.json, for the CLI and exports. */
import type { ExtractedFact } from './pipeline';

export type FactJson = {
  metric: string;
  alt_metrics: string[];
  low: number;
  high: number;
  qualifier: string;
  unit: string;
  location: string;
  date: string;
  date_precision: string;
  source_org: string;
  excerpt: string;
  start: number;
  end: number;
  cue: string;
  measure: string;
  period_start: string | null;
  origin: string | null;
  destination: string | null;
  confidence: number;
};

export function toFactJson(fact: ExtractedFact): FactJson {
  return {
    metric: fact.metric,
    alt_metrics: fact.altMetrics,
    low: fact.low,
    high: fact.high,
    qualifier: fact.qualifier,
    unit: fact.unit,
    location: fact.location,
    date: fact.date,
    date_precision: fact.datePrecision,
    source_org: fact.sourceOrg,
    excerpt: fact.excerpt,
    start: fact.start,
    end: fact.end,
    cue: fact.cue,
    measure: fact.measure ?? 'flow',
    period_start: fact.periodStart ?? null,
    origin: fact.origin ?? null,
    destination: fact.destination ?? null,
    confidence: fact.confidence ?? 0.5,
  };
}

/** A report date the extractor can resolve against: YYYY-MM-DD and a real calendar day. */
export function isReportDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
