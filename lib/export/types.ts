import type { DashboardFilters } from '@/lib/validation/filters';

/**
 * What a fact counts and how: metric, qualifier, unit, date precision, sensitivity. A million
 * facts take a few hundred distinct kinds; one object per kind, shared by its facts.
 */
export type ExportKind = { metric: string; qualifier: string; unit: string; datePrecision: string; sensitivity: string; measure: string };

/** A place as the exports name it; one object per place, shared by all its facts. */
export type ExportPlace = {
  id: string;
  name: string;
  /** The P-code (or other administrative code) when known. */
  code: string | null;
  /** country | admin1 | admin2 | admin3 | site, when known. */
  kind: string | null;
  /** The name of the place that contains it. */
  parentName: string | null;
  /** ISO 3166-1 alpha-3 of the place or the nearest containing place that has one. */
  countryCode: string | null;
  /** The place itself when it is an admin 1 area, else the nearest containing admin 1 area. */
  adm1: { name: string; code: string | null } | null;
  latitude: number | null;
  longitude: number | null;
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
  /** The first day the figure covers, when it covers more than its date. */
  periodStart: string | null;
  /** Where a movement came from and went to. */
  origin: ExportPlace | null;
  destination: ExportPlace | null;
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

/**
 * The value column of the data exports: the figure when it is one number. A range has no single
 * value (its bounds go in their own columns); writing its midpoint would publish a number nobody stated.
 */
export function exactValueOf(fact: { low: number; high: number }): number | null {
  return fact.low === fact.high ? fact.low : null;
}
