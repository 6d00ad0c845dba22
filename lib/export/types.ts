import type { DashboardFilters } from '@/lib/validation/filters';

/**
 * What a fact counts and how: metric, qualifier, unit, date precision, sensitivity. A million
 * facts take a few hundred distinct kinds; one object per kind, shared by its facts.
 */
export type ExportKind = { metric: string; qualifier: string; unit: string; datePrecision: string; sensitivity: string };

/** A place as the exports name it; one object per place, shared by all its facts. */
export type ExportPlace = {
  id: string;
  name: string;
  /** The P-code (or other administrative code) when known. */
  code: string | null;
};

/** An organization that states figures; one object per organization. */
export type ExportOrganization = { id: string; name: string; shortName: string };

/**
 * Where a figure was published: its report (one object per report), or for seeded public
 * figures without a stored report, the title and URL kept on the fact.
 */
export type ExportSource = { title: string | null; publisher: string | null; date: string | null; url: string | null };

/**
 * One confirmed fact as every export writes it: the figure, where, when, who says so, and from
 * which report. Kind, place, organization and source are shared objects, so a million facts carry
 * references rather than copies of the same names, and writers can render each of them once.
 */
export type ExportFact = {
  id: string;
  low: number;
  high: number;
  date: string;
  excerpt: string;
  kind: ExportKind;
  place: ExportPlace;
  sourceOrg: ExportOrganization;
  source: ExportSource | null;
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
