/** Every dashboard query builder, over the parity data, for several filter combinations. */
import {
  FACT_COLUMNS,
  latestDaySql,
  observationRowsSql,
  organizationCountsSql,
  overlayFactsSql,
  runningTotalRowsSql,
} from '@/lib/dashboard/read/sql';
import type { CountingScope } from '@/lib/dashboard/scope';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Metric } from '@/lib/facts/vocabulary';

const METRICS: Metric[] = ['trucks', 'people_arrived', 'camp_population', 'people_trapped'];
const MONTH = { from: '2031-01-01', to: '2031-01-31' };
const ODD = { from: '2031-01-03', to: '2031-01-26' };
const LONG = { from: '2030-06-01', to: '2031-01-31' };

function scope(overrides: Partial<CountingScope>): CountingScope {
  return { period: MONTH, metrics: null, locationIds: null, orgIds: null, memberOf: [], overlay: [], places: new Map(), ...overrides };
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
    const queries: [string, Prisma.Sql][] = [
      ['observations', observationRowsSql(s, METRICS, ODD)],
      ['observations, long period', observationRowsSql(s, METRICS, LONG)],
      ['running totals', runningTotalRowsSql(s, METRICS, ODD)],
      ['organization counts, long period', organizationCountsSql(s, METRICS, LONG)],
      ['organization counts, month', organizationCountsSql(s, METRICS, MONTH)],
      ['organization counts, odd range', organizationCountsSql(s, METRICS, ODD)],
      ['latest day', latestDaySql(s)],
    ];
    if (s.memberOf.length) {
      queries.push(['overlay facts', overlayFactsSql(s, ODD, FACT_COLUMNS)]);
      queries.push(['overlay latest day', overlayFactsSql(s, ODD, Prisma.sql`MAX(f."date") AS "latest"`)]);
    }
    return queries.map(([query, sql]): [string, Prisma.Sql] => [`${name}: ${query}`, sql]);
  });
}
