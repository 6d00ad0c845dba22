import type { ExportContext, ExportFact } from '@/lib/export/types';
import { valueOf } from '@/lib/export/types';
import type { Summary } from '@/lib/export/summary';

/**
 * The JSON export (schema: docs/schemas/facts-export.schema.json), written in pieces so a
 * million facts stream: the head, pages of facts, then the summary once every fact is counted.
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

/** One page of facts; `isFirst` says whether a comma must separate it from the page before. */
export function factsToJson(facts: readonly ExportFact[], isFirst: boolean): string {
  let text = '';
  for (let index = 0; index < facts.length; index += 1) {
    text += (isFirst && index === 0 ? '' : ',\n') + JSON.stringify(toJsonFact(facts[index]));
  }
  return text;
}

export function jsonTail(summary: Summary): string {
  const metrics = summary.metrics.map(({ sourceOrgs, ...metric }) => ({ ...metric, sourceOrganizations: sourceOrgs }));
  return `\n],"summary":${JSON.stringify({ ...summary, metrics })}}\n`;
}

function toJsonFact(fact: ExportFact) {
  return {
    id: fact.id,
    metric: fact.metric,
    value: valueOf(fact),
    low: fact.low,
    high: fact.high,
    qualifier: fact.qualifier,
    unit: fact.unit,
    location: fact.locationName,
    locationCode: fact.locationCode,
    date: fact.date,
    datePrecision: fact.datePrecision,
    sourceOrganization: fact.sourceOrg,
    report: fact.reportTitle
      ? { title: fact.reportTitle, publisher: fact.reportPublisher, date: fact.reportDate, url: fact.reportUrl }
      : null,
    excerpt: fact.excerpt,
    sensitivity: fact.sensitivity,
  };
}
