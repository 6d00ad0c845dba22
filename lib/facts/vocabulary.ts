/**
 * The fact vocabulary of ../shared/docs/facts.md, as constants every layer shares:
 * extraction, validation, the dashboard's counting rules and the exports.
 */

/** Largest figure accepted anywhere: above the world's population is a typing error, not a fact. */
export const MAX_FIGURE = 10_000_000_000;

export const METRICS = [
  'trucks',
  'convoys',
  'people_departed',
  'people_arrived',
  'camp_population',
  'people_displaced',
  'people_trapped',
  'people_killed',
  'people_injured',
  'people_in_need',
  'people_reached',
  'aid_delivered',
] as const;
export type Metric = (typeof METRICS)[number];

export const QUALIFIERS = ['exact', 'approx', 'min', 'max', 'range', 'vague'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const FACT_STATUSES = ['candidate', 'confirmed', 'rejected'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export const SENSITIVITIES = ['public', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Units seen in sitreps; free text is allowed in storage, these are the suggestions. */
export const UNITS = [
  'people',
  'households',
  'families',
  'children',
  'women',
  'vehicles',
  'convoys',
  'tonnes',
  'food parcels',
  'kits',
] as const;

/**
 * Flows are counted per period and sum across places and days; stocks are a level at a
 * point in time, so only the latest value per place is carried (never summed over days).
 */
export const FLOW_METRICS: ReadonlySet<Metric> = new Set<Metric>([
  'trucks',
  'convoys',
  'people_departed',
  'people_arrived',
  'people_displaced',
  'people_killed',
  'people_injured',
  'people_reached',
  'aid_delivered',
]);
export const STOCK_METRICS: ReadonlySet<Metric> = new Set<Metric>(['camp_population', 'people_trapped', 'people_in_need']);

export function isFlowMetric(metric: Metric): boolean {
  return FLOW_METRICS.has(metric);
}

/** How a figure counts (facts.md, "Measure and period"): new in its period, a level, or a running total. */
export const MEASURES = ['flow', 'stock', 'cumulative'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  flow: 'New in the period (flow)',
  stock: 'Present on the day (stock)',
  cumulative: 'Running total (cumulative)',
};

/** The measure a figure has unless its text says otherwise: stock metrics are stocks, the rest flows. */
export function defaultMeasure(metric: Metric): Measure {
  return STOCK_METRICS.has(metric) ? 'stock' : 'flow';
}

/** Metrics of things that move: these may name an origin and a destination beside their place. */
export const MOVEMENT_METRICS: ReadonlySet<Metric> = new Set<Metric>([
  'people_departed',
  'people_arrived',
  'people_displaced',
  'trucks',
  'convoys',
]);

export function isMovementMetric(metric: Metric): boolean {
  return MOVEMENT_METRICS.has(metric);
}

/** Why a reviewer rejects a proposal; stored in Fact.rejectReason so extraction can learn from it. */
export const REJECT_REASONS = ['not_a_figure', 'duplicate', 'wrong_report', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REJECT_REASON_LABELS: Record<RejectReason, string> = {
  not_a_figure: 'Not a figure',
  duplicate: 'Duplicate',
  wrong_report: 'Wrong report',
  other: 'Other',
};

export const METRIC_LABELS: Record<Metric, string> = {
  trucks: 'Trucks',
  convoys: 'Convoys',
  people_departed: 'People departed',
  people_arrived: 'People arrived',
  camp_population: 'Camp population',
  people_displaced: 'People displaced',
  people_trapped: 'People trapped',
  people_killed: 'People killed',
  people_injured: 'People injured',
  people_in_need: 'People in need',
  people_reached: 'People reached',
  aid_delivered: 'Aid delivered',
};

export const DEFAULT_UNIT: Record<Metric, string> = {
  trucks: 'vehicles',
  convoys: 'convoys',
  people_departed: 'people',
  people_arrived: 'people',
  camp_population: 'people',
  people_displaced: 'people',
  people_trapped: 'people',
  people_killed: 'people',
  people_injured: 'people',
  people_in_need: 'people',
  people_reached: 'people',
  aid_delivered: 'tonnes',
};

/** Location.kind, from the largest to the smallest. */
export const LOCATION_KINDS = ['country', 'admin1', 'admin2', 'admin3', 'site'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
