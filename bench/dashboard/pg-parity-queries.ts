/** Every dashboard query builder, over the parity data, for several filter combinations. */
import { FACT_COLUMNS, overlayFactsSql } from '@/lib/data/dashboard-overlay';
import { flowTotalsSql, latestDaySql, latestPerPlaceSql, observationRowsSql, organizationCountsSql, stockTotalsSql, topLatestSql } from '@/lib/data/dashboard-rollup-sql';
import { latestOfObservationsSql, liveDailyTotalsSql, liveObservationsSql, type CountingScope } from '@/lib/data/dashboard-sql';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Metric } from '@/lib/facts/vocabulary';

const METRICS: Metric[] = ['trucks', 'people_arrived', 'camp_population', 'people_trapped'];
const FLOWS: Metric[] = ['trucks', 'people_arrived'];
const STOCKS: Metric[] = ['camp_population', 'people_trapped'];
const MONTH = { from: '2031-01-01', to: '2031-01-31' };
const ODD = { from: '2031-01-03', to: '2031-01-26' };
const LONG = { from: '2030-06-01', to: '2031-01-31' };

function scope(overrides: Partial<CountingScope>): CountingScope {
  return { source: 'rollup', period: MONTH, metrics: null, locationIds: null, orgIds: null, memberOf: [], overlay: null, factWhere: {}, ...overrides };
}

const SCOPES: [string, CountingScope][] = [
  ['anyone', scope({})],
  ['places', scope({ locationIds: ['parity-place-1', 'parity-place-2', 'parity-place-5'] })],
  ['one organization', scope({ orgIds: ['parity-a'] })],
  ['two organizations', scope({ orgIds: ['parity-a', 'parity-b'] })],
  ['two organizations and places', scope({ orgIds: ['parity-b', 'parity-c'], locationIds: ['parity-place-1', 'parity-place-3'] })],
  ['member', scope({ memberOf: ['parity-owner'] })],
  ['member, two organizations', scope({ memberOf: ['parity-owner'], orgIds: ['parity-a', 'parity-c'] })],
];

export function parityQueries(): [string, Prisma.Sql][] {
  return SCOPES.flatMap(([name, s]) => {
    const overlayQuery = { metrics: METRICS, period: ODD, locationIds: s.locationIds };
    const queries: [string, Prisma.Sql][] = [
      ['observations', observationRowsSql(s, { metrics: METRICS, period: ODD, locationIds: s.locationIds })],
      ...(['day', 'week', 'month', 'metric'] as const).map((grouping): [string, Prisma.Sql] => [`flows by ${grouping}`, flowTotalsSql(s, FLOWS, MONTH, grouping)]),
      ['latest per place', latestPerPlaceSql(s, STOCKS, ODD)],
      ['top 3 latest', topLatestSql(s, STOCKS, MONTH, 3)],
      ['stock totals', stockTotalsSql(s, STOCKS, ODD)],
      ['latest per place, long period', latestPerPlaceSql(s, STOCKS, LONG)],
      ['top 3 latest, long period', topLatestSql(s, STOCKS, LONG, 3)],
      ['stock totals, long period', stockTotalsSql(s, STOCKS, LONG)],
      ['organization counts, long period', organizationCountsSql(s, METRICS, LONG)],
      ['organization counts, month', organizationCountsSql(s, METRICS, MONTH)],
      ['organization counts, odd range', organizationCountsSql(s, METRICS, ODD)],
      ['latest day', latestDaySql(s, null)],
      ['live observations', liveObservationsSql(s, METRICS, ODD)],
      ['live daily totals', liveDailyTotalsSql(s, FLOWS, MONTH)],
      ['live latest per place', latestOfObservationsSql(liveObservationsSql(s, STOCKS, ODD))],
    ];
    if (s.memberOf.length) {
      queries.push(['overlay facts', overlayFactsSql(s, overlayQuery, FACT_COLUMNS)]);
      queries.push(['overlay latest day', overlayFactsSql(s, overlayQuery, Prisma.sql`MAX(f."date") AS "latest"`)]);
      queries.push(['rollup rows at overlay keys', observationRowsSql(s, { ...overlayQuery, keys: overlayFactsSql(s, overlayQuery, Prisma.sql`f."metric", f."locationId", f."date"`) })]);
    }
    return queries.map(([query, sql]): [string, Prisma.Sql] => [`${name}: ${query}`, sql]);
  });
}
