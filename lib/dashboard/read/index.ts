import 'server-only';

/**
 * The dashboard's read model, the one entry point pages call: resolve a view's scope from the
 * URL, then its cards, charts and organization counts. Every reader of a rollup table is under
 * lib/dashboard/read; the rollups are written by lib/dashboard/write/ (rollup.ts per fact, rebuild.ts in bulk).
 */
export { resolveDashboardScope, type CountingScope } from '@/lib/dashboard/scope';
export {
  fetchFlowSeries,
  fetchKeyFigures,
  fetchStockSeries,
  type FlowSeries,
  type KeyFigureCard,
  type Names,
  type StockSeries,
} from '@/lib/dashboard/read/figures';
export {
  fetchOrganizationActivity,
  fetchOrganizationCounts,
  fetchPublicFactCounts,
  type OrganizationActivity,
  type OrganizationCount,
} from '@/lib/dashboard/read/organizations';
export { fetchFilterOptions } from '@/lib/dashboard/read/options';
export { fetchCountRows } from '@/lib/dashboard/read/rows';
