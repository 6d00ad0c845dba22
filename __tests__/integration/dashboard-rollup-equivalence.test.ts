import { createFact, updateFactVersioned } from '@/lib/facts/write';
import { latestRollupBackfill } from '@/__tests__/helpers/migrate';
import { liveCountRows, liveOrganizationCounts, sortedRows } from '@/__tests__/helpers/live-count';
import { refreshDashboardRollups } from '@/lib/dashboard/write/rollup';
import { rebuildDashboardRollups } from '@/lib/dashboard/write/rebuild';
import { fetchCountRows, fetchKeyFigures, fetchOrganizationCounts, resolveDashboardScope } from '@/lib/dashboard/read';
import { keyFigureOf, CARD_METRICS } from '@/lib/dashboard/cards';
import { previousPeriod } from '@/lib/dashboard/period';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Measure } from '@/lib/facts/counting';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import type { Metric } from '@/lib/facts/vocabulary';
import { databaseKind, resolveDatabaseUrl } from '@/lib/database-url';
import { prisma } from '@/lib/prisma';
import { EMPTY_FILTERS, type DashboardFilters } from '@/lib/validation/filters';
import type { FactInput } from '@/lib/validation/fact';

// The rollups (with the restricted overlay and per-organization rows) must hold exactly the
// observations a direct read of Fact gives (__tests__/helpers/live-count.ts), for every kind of
// view and after every kind of change, with several units, measures and nested places.
// Fictional organizations and places; seeded random data in January 2031.
jest.setTimeout(120_000);
const TODAY = '2031-12-31';
const METRICS: Metric[] = ['trucks', 'people_arrived', 'camp_population', 'people_trapped', 'people_killed'];
// Gammaport contains Alphaville Camp and Betatown; Deltaford contains Epsilon Hill.
const PARENTS: Record<string, string> = { 'Alphaville Camp': 'Gammaport', Betatown: 'Gammaport', 'Epsilon Hill': 'Deltaford' };
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
    metric,
    low,
    high: qualifier === 'range' || qualifier === 'vague' ? low + Math.floor(random() * 20) : low,
    qualifier,
    unit: metric === 'trucks' ? 'vehicles' : pick(['people', 'people', 'families', 'children'], random),
    location: pick(PLACES, random),
    date: `2031-01-${day}`,
    datePrecision: 'day',
    sourceOrg: pick(SOURCES, random),
    excerpt: 'Synthetic equivalence sentence.',
    sensitivity: random() < 0.15 ? 'restricted' : 'public',
  };
}

async function createRandomFacts(count: number, random: () => number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const input = randomFact(random);
    const roll = random();
    const status = roll < 0.8 ? 'confirmed' : roll < 0.9 ? 'candidate' : 'rejected';
    const reportId = random() < 0.6 ? pick(reportIds, random) : null;
    const { id } = await createFact(prisma, input, {
      status,
      userId: null,
      ownerOrgId: input.sensitivity === 'restricted' || random() < 0.3 ? owner.id : null,
      reportId,
    });
    const measure: Measure = ['camp_population', 'people_trapped'].includes(input.metric)
      ? 'stock'
      : random() < 0.3
        ? 'cumulative'
        : 'flow';
    if (measure !== 'flow') {
      const fact = await prisma.fact.update({
        where: { id },
        data: { measure },
        select: { metric: true, locationId: true, date: true, sourceOrgId: true },
      });
      await refreshDashboardRollups(prisma, [fact]);
    }
    ids.push(id);
  }
  return ids;
}

async function slugsOf(names: string[], model: 'organization' | 'location'): Promise<string[]> {
  const rows =
    model === 'organization'
      ? await prisma.organization.findMany({ where: { name: { in: names } } })
      : await prisma.location.findMany({ where: { name: { in: names } } });
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
  return [null, member, outsider].flatMap((reader) =>
    filters.map(([name, f]) => ({ name: `${name} (${reader?.name ?? 'anyone'})`, filters: f, reader })),
  );
}

async function expectRollupsToMatchLive(): Promise<number> {
  let compared = 0;
  for (const view of await views()) {
    const scope = await resolveDashboardScope(view.filters, view.reader, TODAY);
    const metrics = scope.metrics ?? [...new Set([...METRICS, ...CARD_METRICS])];
    const period = { from: previousPeriod(scope.period).from, to: scope.period.to };
    const [rollup, live] = [await fetchCountRows(scope, metrics, period), await liveCountRows(scope, view.reader, metrics, period)];
    expect({ view: view.name, rows: sortedRows(rollup) }).toEqual({ view: view.name, rows: sortedRows(live) });
    const cards = (await fetchKeyFigures(scope)).cards.map((figure) => ({ ...figure, organizations: undefined }));
    // Killed and injured show only when present (isShown): their presence is checked through the live rows.
    const card = (metric: Metric) => live.some((row) => row.metric === metric && row.date >= scope.period.from);
    const expected = CARD_METRICS.filter(
      (metric) => metrics.includes(metric) && (card(metric) || !['people_killed', 'people_injured'].includes(metric)),
    ).map((metric) => ({
      ...keyFigureOf(metric, live, scope.places, scope.period, previousPeriod(scope.period)),
      organizations: undefined,
    }));
    expect({ view: view.name, cards }).toEqual({ view: view.name, cards: expected });
    const counts = Object.fromEntries(
      (await fetchOrganizationCounts(scope, metrics)).map((count) => [`${count.organizationId}|${count.metric}`, count.factCount]),
    );
    expect({ view: view.name, counts }).toEqual({ view: view.name, counts: await liveOrganizationCounts(scope, view.reader, metrics) });
    compared += rollup.length;
  }
  return compared;
}

async function runLatestRollupBackfill(): Promise<void> {
  const statements = latestRollupBackfill(databaseKind(resolveDatabaseUrl()));
  await prisma.$transaction(async (tx) => {
    for (const statement of statements) await tx.$executeRawUnsafe(statement);
  });
}

beforeAll(async () => {
  owner = await prisma.organization.create({ data: { name: 'Equivalence Owner Org', slug: 'equivalence-owner-org' } });
  const other = await prisma.organization.create({ data: { name: 'Equivalence Other Org', slug: 'equivalence-other-org' } });
  member = { id: 'member', email: 'member@example.org', name: 'member', memberships: [{ organizationId: owner.id, role: 'viewer' }] };
  outsider = {
    id: 'outsider',
    email: 'outsider@example.org',
    name: 'outsider',
    memberships: [{ organizationId: other.id, role: 'editor' }],
  };
  for (const [child, parent] of Object.entries(PARENTS)) {
    const [place, container] = [await findOrCreateLocation(prisma, { name: child }), await findOrCreateLocation(prisma, { name: parent })];
    await prisma.location.update({ where: { id: place.id }, data: { parentId: container.id } });
  }
  const publisher = await prisma.organization.create({ data: { name: 'Equivalence Publisher', slug: 'equivalence-publisher' } });
  for (const [day, sensitivity] of [
    ['2031-01-05', 'public'],
    ['2031-01-25', 'public'],
    ['2031-01-15', 'restricted'],
    ['2031-01-02', 'restricted'],
  ] as const) {
    const report = await prisma.report.create({
      data: {
        title: `Equivalence report ${day}`,
        publisherId: publisher.id,
        publishedDate: day,
        text: day,
        textHash: `equivalence-${day}`,
        sensitivity,
        ownerOrgId: owner.id,
      },
    });
    reportIds.push(report.id);
  }
});

describe('rollups and the restricted overlay against the live count', () => {
  it('agree on random data, then after confirm, edit, delete, restore and sensitivity changes', async () => {
    const random = seeded(20311);
    const ids = await createRandomFacts(220, random);
    expect(await expectRollupsToMatchLive()).toBeGreaterThan(100);

    const candidates = await prisma.fact.findMany({ where: { id: { in: ids }, status: 'candidate' }, take: 5 });
    for (const fact of candidates)
      await updateFactVersioned(prisma, {
        factId: fact.id,
        expectedVersion: fact.version,
        changes: { status: 'confirmed' },
        userId: null,
        action: 'confirm',
      });
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

    const deleted = await prisma.fact.findMany({
      where: { id: { in: ids }, status: 'confirmed', deletedAt: null },
      take: 15,
      orderBy: { id: 'desc' },
    });
    for (const fact of deleted)
      await updateFactVersioned(prisma, {
        factId: fact.id,
        expectedVersion: fact.version,
        changes: { deletedAt: new Date() },
        userId: null,
        action: 'delete',
      });
    await expectRollupsToMatchLive();
    for (const fact of deleted.slice(0, 8))
      await updateFactVersioned(prisma, {
        factId: fact.id,
        expectedVersion: fact.version + 1,
        changes: { deletedAt: null },
        userId: null,
        action: 'restore',
      });
    await expectRollupsToMatchLive();
  });

  it('builds the same rollups in bulk (the migration backfill) as fact by fact', async () => {
    const read = async () => ({
      observations: await prisma.observationRollup.findMany({
        orderBy: [{ metric: 'asc' }, { unit: 'asc' }, { measure: 'asc' }, { locationId: 'asc' }, { date: 'asc' }],
      }),
      byOrganization: await prisma.organizationObservationRollup.findMany({
        orderBy: [{ sourceOrgId: 'asc' }, { metric: 'asc' }, { unit: 'asc' }, { measure: 'asc' }, { date: 'asc' }, { locationId: 'asc' }],
      }),
      counts: await prisma.organizationMetricRollup.findMany({ orderBy: [{ sourceOrgId: 'asc' }, { metric: 'asc' }, { period: 'asc' }] }),
    });
    const incremental = await read();
    await prisma.$transaction(async (tx) => rebuildDashboardRollups(tx));
    const rebuilt = await read();
    expect(rebuilt.byOrganization.length).toBeGreaterThan(50);
    expect(new Set(rebuilt.counts.map((row) => row.level))).toEqual(new Set(['day', 'dekad', 'month', 'quarter', 'year']));
    expect(rebuilt).toEqual(incremental);
  });

  it('the latest rollup migration backfills the same rollups as fact by fact', async () => {
    const read = async () => ({
      observations: await prisma.observationRollup.findMany({
        orderBy: [{ metric: 'asc' }, { unit: 'asc' }, { measure: 'asc' }, { locationId: 'asc' }, { date: 'asc' }],
      }),
      byOrganization: await prisma.organizationObservationRollup.findMany({
        orderBy: [{ sourceOrgId: 'asc' }, { metric: 'asc' }, { unit: 'asc' }, { measure: 'asc' }, { date: 'asc' }, { locationId: 'asc' }],
      }),
      counts: await prisma.organizationMetricRollup.findMany({
        orderBy: [{ level: 'asc' }, { sourceOrgId: 'asc' }, { metric: 'asc' }, { period: 'asc' }],
      }),
    });
    const incremental = await read();
    expect(
      incremental.observations.some((row) => row.measure === 'cumulative') &&
        incremental.observations.some((row) => row.unit === 'families'),
    ).toBe(true);
    await runLatestRollupBackfill();
    expect(await read()).toEqual(incremental);
  });
});
