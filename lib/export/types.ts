import type { DashboardFilters } from '@/lib/validation/filters';

/** One confirmed fact as every export writes it: the figure, where, when, who says so, and from which report. */
export type ExportFact = {
  id: string;
  metric: string;
  low: number;
  high: number;
  qualifier: string;
  unit: string;
  locationName: string;
  /** The place's P-code (or other administrative code) when known. */
  locationCode: string | null;
  date: string;
  datePrecision: string;
  sourceOrg: string;
  reportTitle: string | null;
  reportPublisher: string | null;
  reportDate: string | null;
  reportUrl: string | null;
  excerpt: string;
  sensitivity: string;
  /** Identifiers and dates the counting rules need (lib/facts/counting.ts); not written as columns. */
  locationId: string;
  sourceOrgId: string;
  sourceOrgShortName: string;
  /** When the figure was published: the report's date, else the fact's own date. */
  publishedDate: string;
  confirmedAt: string;
};

/** What an export describes: the filters as people read them, and when it was made. */
export type ExportContext = {
  filters: DashboardFilters;
  /** Organization and location names for the slugs in the filters. */
  orgNames: string[];
  locationNames: string[];
  /** Filter values that did not parse and were ignored. */
  problems: string[];
  generatedAt: Date;
  /** True when the reader is signed in and may see restricted facts of their organization. */
  includesRestricted: boolean;
};

/** The figure one fact stands for: itself when exact, else the middle of its range (as the charts draw it). */
export function valueOf(fact: { low: number; high: number }): number {
  return fact.low === fact.high ? fact.low : (fact.low + fact.high) / 2;
}
