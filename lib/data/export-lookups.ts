import 'server-only';
import type { ExportKind, ExportOrganization, ExportPlace, ExportSource } from '@/lib/export/types';
import { loadExportPlaces } from '@/lib/data/export-places';
import { prisma } from '@/lib/prisma';

/**
 * The places, organizations and reports an export names, loaded once each as the pages need
 * them and shared by every fact that names them: a fact holds references, not copies of names.
 */
export type ExportLookups = {
  places: Map<string, ExportPlace>;
  orgs: Map<string, ExportOrganization>;
  reports: Map<string, ExportSource>;
  /** Sources of seeded public figures (no stored report), by organization, title and URL. */
  seededSources: Map<string, ExportSource>;
  kinds: Map<string, ExportKind>;
};

/**
 * A fact's kind (metric, qualifier, date precision, sensitivity, measure and unit) is read as one text
 * value and split once per distinct value: a million facts take a few hundred kinds, and each
 * value handed from SQLite to JavaScript costs more than the lookup that replaces four of them.
 * The first five are words of lib/facts/vocabulary ([a-z_]), which never hold the separator;
 * the unit, free text, comes last, so splitting at the first five separators is exact.
 */
const KIND_SEPARATOR = '|';
export const FACT_KIND_SQL = ['"metric"', '"qualifier"', '"datePrecision"', '"sensitivity"', '"measure"', '"unit"'].join(
  ` || '${KIND_SEPARATOR}' || `,
);

export function kindOf(lookups: ExportLookups, key: string): ExportKind {
  let kind = lookups.kinds.get(key);
  if (kind === undefined) {
    const parts: string[] = [];
    let start = 0;
    for (let index = 0; index < 5; index += 1) {
      const end = key.indexOf(KIND_SEPARATOR, start);
      parts.push(key.slice(start, end));
      start = end + 1;
    }
    const [metric, qualifier, datePrecision, sensitivity, measure] = parts;
    kind = { metric, qualifier, datePrecision, sensitivity, measure, unit: key.slice(start) };
    lookups.kinds.set(key, kind);
  }
  return kind;
}

/** Where a fact row (an array of column values) holds the ids it names. */
export type ReferenceColumns = { locationId: number; sourceOrgId: number; reportId: number; originId: number; destinationId: number };

export function newExportLookups(): ExportLookups {
  return { places: new Map(), orgs: new Map(), reports: new Map(), seededSources: new Map(), kinds: new Map() };
}

/** Loads what this page names that no earlier page did: a few queries per export, not per fact. */
export async function loadExportLookups(lookups: ExportLookups, rows: readonly unknown[][], columns: ReferenceColumns): Promise<void> {
  const missingReports = new Set<string>();
  const missingOrgs = new Set<string>();
  const missingPlaces = new Set<string>();
  for (const row of rows) {
    const reportId = row[columns.reportId] as string | null;
    const sourceOrgId = row[columns.sourceOrgId] as string;
    const locationId = row[columns.locationId] as string;
    if (reportId !== null && !lookups.reports.has(reportId)) missingReports.add(reportId);
    if (!lookups.orgs.has(sourceOrgId)) missingOrgs.add(sourceOrgId);
    for (const placeId of [locationId, row[columns.originId], row[columns.destinationId]] as (string | null)[]) {
      if (placeId !== null && !lookups.places.has(placeId)) missingPlaces.add(placeId);
    }
  }
  const reports = missingReports.size
    ? await prisma.report.findMany({
        where: { id: { in: [...missingReports] } },
        select: { id: true, title: true, url: true, publishedDate: true, publisherId: true },
      })
    : [];
  for (const report of reports) if (!lookups.orgs.has(report.publisherId)) missingOrgs.add(report.publisherId);
  const [orgs] = await Promise.all([
    missingOrgs.size
      ? prisma.organization.findMany({ where: { id: { in: [...missingOrgs] } }, select: { id: true, name: true, shortName: true } })
      : [],
    missingPlaces.size ? loadExportPlaces(lookups.places, missingPlaces) : null,
  ]);
  for (const org of orgs) lookups.orgs.set(org.id, { id: org.id, name: org.name, shortName: org.shortName ?? org.name });
  for (const report of reports) {
    const publisher = lookups.orgs.get(report.publisherId);
    lookups.reports.set(report.id, {
      title: report.title,
      publisher: publisher?.name ?? null,
      date: report.publishedDate,
      url: report.url,
    });
  }
}

/**
 * Where a fact was published: its report; for seeded public figures the title and URL kept on
 * the fact itself, published by the stating organization; null when neither is known.
 */
export function sourceOf(
  lookups: ExportLookups,
  reportId: string | null,
  org: ExportOrganization,
  seededTitle: string | null,
  seededUrl: string | null,
): ExportSource | null {
  if (reportId !== null) return lookups.reports.get(reportId) ?? null;
  if (seededTitle === null && seededUrl === null) return null;
  const key = JSON.stringify([org.id, seededTitle, seededUrl]);
  let source = lookups.seededSources.get(key);
  if (!source) {
    source = { title: seededTitle, publisher: seededTitle ? org.name : null, date: null, url: seededUrl };
    lookups.seededSources.set(key, source);
  }
  return source;
}
