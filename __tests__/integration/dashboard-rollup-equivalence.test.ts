import { createFact } from '@/lib/facts/write';
import { updateFactVersioned } from '@/lib/facts/write';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REBUILD_DASHBOARD_ROLLUPS_SQL, rebuildDashboardRollups } from '@/lib/dashboard/rollup-rebuild';
import { fetchDailyTotals, fetchFlowSeries, fetchKeyFigures, fetchLatestPerPlace, fetchStockSeries, resolveDashboardScope, type CountingScope } from '@/lib/data/dashboard';
import { fetchOrganizationActivity } from '@/lib/data/dashboard-organizations';
import { isoWeekSql } from '@/lib/data/dashboard-rollup-sql';
import { bucketStart } from '@/lib/dashboard/buckets';
import { addDays } from '@/lib/dashboard/period';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import { EMPTY_FILTERS, type DashboardFilters } from '@/lib/validation/filters';
import type { FactInput } from '@/lib/validation/fact';

// The rollups (with the restricted overlay and per-organization rows) must count exactly what
// the live SQL over Fact counts, for every kind of view and after every kind of change.
// Fictional organizations and places; seeded random data in January 2031.
jest.setTimeout(120_000);
const TODAY = '2031-12-31';
const METRICS: Metric[] = ['trucks', 'people_arrived', 'camp_population', 'people_trapped'];
const PLACES = ['Alphaville Camp', 'Betatown', 'Gammaport', 'Deltaford', 'Epsilon Hill', 'Zetaford', 'Etaville', 'Thetaport'];
const SOURCES = ['Equivalence Source One', 'Equivalence Source Two', 'Equivalence Source Three'];
const QUALIFIERS = ['exact', 'approx', 'range', 'vague', 'min'] as const;
const WINDOW = { from: '2031-01-01', to: '2031-01-20' };

let owner: { id: string };
let member: SessionUser;
let outsider: SessionUser;
const reportIds: string[] = [];

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.floor(random() * values.length)];
}

function randomFact(random: () => number): FactInput {
  const metric = pick(METRICS, random);
  const low = 1 + Math.floor(random() * 50);
  const qualifier = pick(QUALIFIERS, random);
  const day = String(1 + Math.floor(random() * 20)).padStart(2, '0');
  return {
    metric, low, high: qualifier === 'range' || qualifier === 'vague' ? low + Math.floor(random() * 20) : low, qualifier, unit: metric === 'trucks' ? 'vehicles' : 'people',
    location: pick(PLACES, random), date: `2031-01-${day}`, datePrecision: 'day', sourceOrg: pick(SOURCES, random), excerpt: 'Synthetic equivalence sentence.', sensitivity: random() < 0.15 ? 'restricted' : 'public',
  };
}

async function createRandomFacts(count: number, random: () => number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const input = randomFact(random);
    const roll = random();
    const status = roll < 0.8 ? 'confirmed' : roll < 0.9 ? 'candidate' : 'rejected';
    const reportId = random() < 0.6 ? pick(reportIds, random) : null;
    const { id } = await createFact(prisma, input, { status, userId: null, ownerOrgId: input.sensitivity === 'restricted' || random() < 0.3 ? owner.id : null, reportId });
    ids.push(id);
  }
  return ids;
}

async function slugsOf(names: string[], model: 'organization' | 'location'): Promise<string[]> {
  const rows = model === 'organization' ? await prisma.organization.findMany({ where: { name: { in: names } } }) : await prisma.location.findMany({ where: { name: { in: names } } });
  return rows.map((row) => row.slug);
}

/** Views to compare: every filter kind, alone and combined, for anyone and for a member. */
async function views(): Promise<{ name: string; filters: DashboardFilters; reader: SessionUser | null }[]> {
  const [one, two] = [await slugsOf([SOURCES[0]], 'organization'), await slugsOf(SOURCES.slice(0, 2), 'organization')];
  const places = await slugsOf(PLACES.slice(1, 3), 'location');
  const base = { ...EMPTY_FILTERS, ...WINDOW };
  const filters: [string, DashboardFilters][] = [
    ['whole window', base],
    ['default period', { ...EMPTY_FILTERS }],
    ['short period', { ...base, from: '2031-01-08', to: '2031-01-13' }],
    ['long period (index seeks for stocks)', { ...base, from: '2030-08-01', to: '2031-01-31' }],
    ['long period and places', { ...base, from: '2030-08-01', to: '2031-01-31', locations: places }],
    ['one organization', { ...base, orgs: one }],
    ['two organizations', { ...base, orgs: two }],
    ['places', { ...base, locations: places }],
    ['places and two organizations, two metrics', { ...base, locations: places, orgs: two, metrics: ['trucks', 'camp_population'] }],
  ];
  return [null, member, outsider].flatMap((reader) => filters.map(([name, f]) => ({ name: `${name} (${reader?.name ?? 'anyone'})`, filters: f, reader })));
}

async function everything(scope: CountingScope) {
  const metrics = scope.metrics ?? METRICS;
  const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    days: sorted(await fetchDailyTotals(scope, metrics, scope.period)),
    latest: sorted(await fetchLatestPerPlace(scope, metrics, scope.period)),
    cards: await fetchKeyFigures(scope),
    flowsByWeek: await fetchFlowSeries(scope, 'week'),
    flowsByMonth: await fetchFlowSeries(scope, 'month'),
    stocks: await fetchStockSeries(scope, 'day'),
    organizations: await fetchOrganizationActivity(scope),
  };
}

async function expectRollupsToMatchLive(): Promise<number> {
  let compared = 0;
  for (const view of await views()) {
    const scope = await resolveDashboardScope(view.filters, view.reader, TODAY);
    expect({ view: view.name, source: scope.source }).toEqual({ view: view.name, source: 'rollup' });
    const [rollup, live] = [await everything(scope), await everything({ ...scope, source: 'live' })];
    expect({ view: view.name, ...rollup }).toEqual({ view: view.name, ...live });
    compared += rollup.days.length + rollup.latest.length;
  }
  return compared;
}

beforeAll(async () => {
  owner = await prisma.organization.create({ data: { name: 'Equivalence Owner Org', slug: 'equivalence-owner-org' } });
  const other = await prisma.organization.create({ data: { name: 'Equivalence Other Org', slug: 'equivalence-other-org' } });
  member = { id: 'member', email: 'member@example.org', name: 'member', memberships: [{ organizationId: owner.id, role: 'viewer' }] };
  outsider = { id: 'outsider', email: 'outsider@example.org', name: 'outsider', memberships: [{ organizationId: other.id, role: 'editor' }] };
  const publisher = await prisma.organization.create({ data: { name: 'Equivalence Publisher', slug: 'equivalence-publisher' } });
  for (const [day, sensitivity] of [['2031-01-05', 'public'], ['2031-01-25', 'public'], ['2031-01-15', 'restricted'], ['2031-01-02', 'restricted']] as const) {
    const report = await prisma.report.create({ data: { title: `Equivalence report ${day}`, publisherId: publisher.id, publishedDate: day, text: day, textHash: `equivalence-${day}`, sensitivity, ownerOrgId: owner.id } });
    reportIds.push(report.id);
  }
});

describe('rollups and the restricted overlay against the live count', () => {
  it('agree on random data, then after confirm, edit, delete, restore and sensitivity changes', async () => {
    const random = seeded(20311);
    const ids = await createRandomFacts(220, random);
    expect(await expectRollupsToMatchLive()).toBeGreaterThan(100);

    const candidates = await prisma.fact.findMany({ where: { id: { in: ids }, status: 'candidate' }, take: 5 });
    for (const fact of candidates) await updateFactVersioned(prisma, { factId: fact.id, expectedVersion: fact.version, changes: { status: 'confirmed' }, userId: null, action: 'confirm' });
    const edited = await prisma.fact.findMany({ where: { id: { in: ids }, status: 'confirmed' }, take: 12, orderBy: { id: 'asc' } });
    const places = await prisma.location.findMany({ where: { name: { in: PLACES } } });
    const sources = await prisma.organization.findMany({ where: { name: { in: SOURCES } } });
    for (const [n, fact] of edited.entries()) {
      const changes = [
        { low: 77, high: 90, qualifier: 'range' },
        { date: '2031-01-19' },
        { locationId: places.find((place) => place.id !== fact.locationId)!.id },
        { sourceOrgId: sources.find((source) => source.id !== fact.sourceOrgId)!.id },
        { sensitivity: fact.sensitivity === 'public' ? 'restricted' : 'public' },
        { metric: 'people_trapped', unit: 'people' },
      ][n % 6];
      await updateFactVersioned(prisma, { factId: fact.id, expectedVersion: fact.version, changes, userId: null, action: 'edit' });
    }
    expect(await expectRollupsToMatchLive()).toBeGreaterThan(100);

    const deleted = await prisma.fact.findMany({ where: { id: { in: ids }, status: 'confirmed', deletedAt: null }, take: 15, orderBy: { id: 'desc' } });
    for (const fact of deleted) await updateFactVersioned(prisma, { factId: fact.id, expectedVersion: fact.version, changes: { deletedAt: new Date() }, userId: null, action: 'delete' });
    await expectRollupsToMatchLive();
    for (const fact of deleted.slice(0, 8)) await updateFactVersioned(prisma, { factId: fact.id, expectedVersion: fact.version + 1, changes: { deletedAt: null }, userId: null, action: 'restore' });
    await expectRollupsToMatchLive();
  });

  it('groups days into the same ISO weeks in SQL as bucketStart does, across leap years and centuries', async () => {
    const days = [...Array.from({ length: 500 }, (_, n) => addDays('1999-11-20', n)), ...Array.from({ length: 120 }, (_, n) => addDays('2099-12-01', n)), ...Array.from({ length: 30 }, (_, n) => addDays('1969-12-15', n))];
    const rows: { day: string; week: unknown }[] = [];
    for (let start = 0; start < days.length; start += 200) {
      const chunk = days.slice(start, start + 200).map((day) => Prisma.sql`SELECT CAST(${day} AS TEXT) AS "day"`);
      rows.push(...(await prisma.$queryRaw<{ day: string; week: unknown }[]>(Prisma.sql`SELECT "day", ${isoWeekSql(Prisma.sql`"day"`)} AS "week" FROM (${Prisma.join(chunk, ' UNION ALL ')}) days`)));
    }
    expect(rows).toHaveLength(days.length);
    const mondayOfWeek = new Map<string, string>();
    for (const row of rows) {
      const week = String(row.week);
      expect(Number.isInteger(Number(row.week))).toBe(true);
      expect(mondayOfWeek.get(week) ?? bucketStart(row.day, 'week')).toBe(bucketStart(row.day, 'week'));
      mondayOfWeek.set(week, bucketStart(row.day, 'week'));
    }
    expect(new Set(mondayOfWeek.values()).size).toBe(mondayOfWeek.size);
    expect(mondayOfWeek.size).toBeGreaterThan(90);
  });

  it('builds the same rollups in bulk (the migration backfill) as fact by fact', async () => {
    const read = async () => ({
      observations: await prisma.observationRollup.findMany({ orderBy: [{ metric: 'asc' }, { locationId: 'asc' }, { date: 'asc' }] }),
      byOrganization: await prisma.organizationObservationRollup.findMany({ orderBy: [{ sourceOrgId: 'asc' }, { metric: 'asc' }, { date: 'asc' }, { locationId: 'asc' }] }),
      days: await prisma.metricDayRollup.findMany({ orderBy: [{ metric: 'asc' }, { date: 'asc' }] }),
      counts: await prisma.organizationMetricRollup.findMany({ orderBy: [{ sourceOrgId: 'asc' }, { metric: 'asc' }, { period: 'asc' }] }),
    });
    const incremental = await read();
    await prisma.$transaction(async (tx) => rebuildDashboardRollups(tx));
    const rebuilt = await read();
    expect(rebuilt.byOrganization.length).toBeGreaterThan(50);
    expect(new Set(rebuilt.counts.map((row) => row.level))).toEqual(new Set(['day', 'dekad', 'month', 'quarter', 'year']));
    expect(rebuilt).toEqual(incremental);
  });

  it('backfills with exactly the rebuild statements in the migration', () => {
    const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();
    const migration = squash(readFileSync(path.join(process.cwd(), 'prisma/migrations/20261124130000_perf_rollup_levels/migration.sql'), 'utf8'));
    for (const statement of REBUILD_DASHBOARD_ROLLUPS_SQL) expect(migration).toContain(`${squash(statement)};`);
  });
});
