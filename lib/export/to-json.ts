import type { ExportContext, ExportFact } from '@/lib/export/types';
import { exactValueOf, type ExportPlace } from '@/lib/export/types';
import type { Summary } from '@/lib/export/summary';

/**
 * The JSON export (schema: docs/schemas/facts-export.schema.json), written in pieces so a
 * million facts stream: the head, the facts in chunks, then the summary once every fact is counted.
 */
export const JSON_EXPORT_VERSION = 1;

export function jsonHead(context: ExportContext): string {
  const head = {
    format: 'sitrep-facts',
    version: JSON_EXPORT_VERSION,
    generatedAt: context.generatedAt.toISOString(),
    filters: {
      from: context.filters.from,
      to: context.filters.to,
      organizations: context.filters.orgs,
      locations: context.filters.locations,
      metrics: context.filters.metrics,
    },
    ignoredFilters: context.problems,
    includesRestricted: context.includesRestricted,
  };
  return `${JSON.stringify(head).slice(0, -1)},"facts":[\n`;
}

/** Writes the facts one by one as entries of the "facts" array: a comma before all but the first. */
export function createJsonFactWriter(): (fact: ExportFact) => string {
  let isFirst = true;
  return (fact) => {
    const entry = JSON.stringify(toJsonFact(fact));
    if (!isFirst) return `,\n${entry}`;
    isFirst = false;
    return entry;
  };
}

export function jsonTail(summary: Summary): string {
  const metrics = summary.metrics.map(({ sourceOrgs, series, ...metric }) => ({
    ...metric,
    series: series.map(({ date, low, high }) => ({ date, low, high })),
    sourceOrganizations: sourceOrgs,
  }));
  // The table by place is for the PDF and Markdown summaries; the JSON's facts carry their places.
  return `\n],"summary":${JSON.stringify({ ...summary, places: undefined, metrics })}}\n`;
}

function toJsonFact(fact: ExportFact) {
  return {
    id: fact.id,
    metric: fact.kind.metric,
    measure: fact.kind.measure,
    value: exactValueOf(fact),
    low: fact.low,
    high: fact.high,
    qualifier: fact.kind.qualifier,
    unit: fact.kind.unit,
    location: fact.place.name,
    locationCode: fact.place.code,
    countryCode: fact.place.countryCode,
    adm1: fact.place.adm1,
    latitude: fact.place.latitude,
    longitude: fact.place.longitude,
    origin: placeName(fact.origin),
    destination: placeName(fact.destination),
    date: fact.date,
    periodStart: fact.periodStart,
    datePrecision: fact.kind.datePrecision,
    sourceOrganization: fact.sourceOrg.name,
    report: fact.source?.title
      ? { title: fact.source.title, publisher: fact.source.publisher, date: fact.source.date, url: fact.source.url }
      : null,
    excerpt: fact.excerpt,
    sensitivity: fact.kind.sensitivity,
  };
}

function placeName(place: ExportPlace | null): string | null {
  return place?.name ?? null;
}
