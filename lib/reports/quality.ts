/**
 * Extraction quality as reviewers saw it. For every extracted figure a reviewer decided on:
 * rejected means extraction was wrong to propose it; confirmed means it was right, and each
 * field was right unless the reviewer corrected it. Figures added as missed count against recall.
 */
export type FeedbackRow = { factId: string | null; metric: string; outcome: string; field: string | null; createdAt: Date };
export type DecidedFact = { id: string; status: string };

export const QUALITY_FIELDS = ['metric', 'value', 'unit', 'location', 'date', 'sourceOrg'] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

export type FieldQuality = { field: QualityField; right: number; total: number };
export type MetricQuality = { metric: string; proposed: number; confirmed: number; unchanged: number; rejected: number; missed: number };

/** Value is low, high and qualifier together; date includes its precision. */
const FIELD_GROUP: Record<string, QualityField> = { low: 'value', high: 'value', qualifier: 'value', datePrecision: 'date' };

export function summarizeQuality(
  rows: FeedbackRow[],
  facts: DecidedFact[],
): { fields: FieldQuality[]; metrics: MetricQuality[]; decided: number } {
  const status = new Map(facts.map((fact) => [fact.id, fact.status]));
  const byFact = new Map<string, FeedbackRow[]>();
  const metrics = new Map<string, MetricQuality>();
  const metricRow = (metric: string) =>
    metrics.get(metric) ?? metrics.set(metric, { metric, proposed: 0, confirmed: 0, unchanged: 0, rejected: 0, missed: 0 }).get(metric)!;
  for (const row of rows) {
    if (row.outcome === 'missed') metricRow(row.metric).missed += 1;
    else if (row.factId) byFact.set(row.factId, [...(byFact.get(row.factId) ?? []), row]);
  }
  const wrongFields = new Map<QualityField, number>();
  let confirmedTotal = 0;
  let decided = 0;
  for (const [factId, factRows] of byFact) {
    const final = status.get(factId);
    if (final !== 'confirmed' && final !== 'rejected') continue;
    decided += 1;
    // The metric extraction proposed: the earliest row names it, before any correction of it.
    const proposedMetric = [...factRows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0].metric;
    const entry = metricRow(proposedMetric);
    entry.proposed += 1;
    if (final === 'rejected') {
      entry.rejected += 1;
      continue;
    }
    confirmedTotal += 1;
    entry.confirmed += 1;
    const corrected = new Set(
      factRows
        .filter((row) => row.outcome === 'corrected' && row.field)
        .map((row) => FIELD_GROUP[row.field!] ?? (row.field as QualityField)),
    );
    if (corrected.size === 0) entry.unchanged += 1;
    for (const field of corrected) wrongFields.set(field, (wrongFields.get(field) ?? 0) + 1);
  }
  return {
    fields: QUALITY_FIELDS.map((field) => ({ field, right: confirmedTotal - (wrongFields.get(field) ?? 0), total: confirmedTotal })),
    metrics: [...metrics.values()].sort((a, b) => a.metric.localeCompare(b.metric)),
    decided,
  };
}
