import { createFact } from '@/lib/facts/write';
import { updateFactVersioned } from '@/lib/facts/write';
import { rebuildDashboardRollups } from '@/lib/dashboard/write/rebuild';
import {
  fetchFlowSeries,
  fetchKeyFigures,
  fetchOrganizationActivity,
  resolveDashboardScope,
  type CountingScope,
} from '@/lib/dashboard/read';
import { buildFactWhere } from '@/lib/data/fact-filters';
import { countMetric, type Drawn } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';
import { liveCountRows } from '@/__tests__/helpers/live-count';
import type { SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/prisma';
import { EMPTY_FILTERS, type DashboardFilters } from '@/lib/validation/filters';
import type { FactInput } from '@/lib/validation/fact';

// Fictional organizations and places only; each test uses its own metric-free day window.
const TODAY = '2026-11-24';
const ORG_A = 'Testland Relief Agency';
const ORG_B = 'Fictional Monitoring Group';

function input(overrides: Partial<FactInput>): FactInput {
  return {
    metric: 'trucks',
    low: 10,
    high: 10,
    qualifier: 'exact',
    unit: 'vehicles',
    location: 'Northtown',
    date: '2020-01-01',
    datePrecision: 'day',
    sourceOrg: ORG_A,
    excerpt: 'Synthetic test sentence.',
    sensitivity: 'public',
    ...overrides,
  };
}

async function confirmed(overrides: Partial<FactInput>, extra: Partial<Parameters<typeof createFact>[2]> = {}) {
  return createFact(prisma, input(overrides), { status: 'confirmed', userId: null, ownerOrgId: null, ...extra });
}

function filters(overrides: Partial<DashboardFilters>): DashboardFilters {
  return { ...EMPTY_FILTERS, ...overrides };
}

async function scopeFor(overrides: Partial<DashboardFilters>, reader: SessionUser | null = null): Promise<CountingScope> {
  return resolveDashboardScope(filters(overrides), reader, TODAY);
}

/** The flow bars of one metric per day, as the dashboard draws them. */
async function fetchDailyTotals(scope: CountingScope, [metric]: Metric[]) {
  const series = (await fetchFlowSeries(scope, 'day')).find((entry) => entry.metric === metric);
  return (series?.points ?? []).map((point) => ({
    metric,
    date: point.start,
    low: point.low,
    high: point.high,
    observationCount: point.observationCount,
    hasEstimate: point.hasEstimate,
  }));
}

/** The same from a direct read of Fact (the tests' reference), counted by lib/facts/counting.ts. */
async function liveDailyTotals(scope: CountingScope, [metric]: Metric[], reader: SessionUser | null = null) {
  const rows: Drawn[] = await liveCountRows(scope, reader, [metric], scope.period);
  return countMetric(metric, rows, { places: scope.places, period: scope.period }).days.map((day) => ({
    metric,
    date: day.date,
    low: day.low,
    high: day.high,
    observationCount: day.observationCount,
    hasEstimate: day.isEstimate,
  }));
}

describe('dashboard data', () => {
  it('counts several sources of the same metric, place and day once, drawing the latest published', async () => {
    const report = await prisma.report.create({
      data: {
        title: 'Later report',
        publisherId: (await prisma.organization.create({ data: { name: 'Later Publisher', slug: 'later-publisher' } })).id,
        publishedDate: '2020-02-10',
        text: 'x',
        textHash: 'h1',
      },
    });
    await confirmed({ date: '2020-02-01', low: 100, high: 100 });
    await confirmed({ date: '2020-02-01', low: 140, high: 140, sourceOrg: ORG_B }, { reportId: report.id });
    await confirmed({ date: '2020-02-02', low: 5, high: 5 });
    const scope = await scopeFor({ from: '2020-02-01', to: '2020-02-05', metrics: ['trucks'] });
    const days = await fetchDailyTotals(scope, ['trucks']);
    expect(days).toEqual([
      { metric: 'trucks', date: '2020-02-01', low: 140, high: 140, observationCount: 1, hasEstimate: false },
      { metric: 'trucks', date: '2020-02-02', low: 5, high: 5, observationCount: 1, hasEstimate: false },
    ]);
    expect(await liveDailyTotals(scope, ['trucks'])).toEqual(days);
    const observation = await prisma.observationRollup.findFirstOrThrow({ where: { metric: 'trucks', date: '2020-02-01' } });
    expect(observation).toMatchObject({ spreadLow: 100, spreadHigh: 140, isConflict: true, factCount: 2 });
  });

  it('sums flows across places and days but carries only the latest stock per place', async () => {
    await confirmed({ metric: 'people_departed', unit: 'people', date: '2020-03-01', low: 300, high: 300, location: 'Easttown' });
    await confirmed({
      metric: 'people_departed',
      unit: 'people',
      date: '2020-03-02',
      low: 200,
      high: 250,
      qualifier: 'range',
      location: 'Westtown',
    });
    await confirmed({ metric: 'camp_population', unit: 'people', date: '2020-03-01', low: 1000, high: 1000, location: 'Camp Alpha' });
    await confirmed({ metric: 'camp_population', unit: 'people', date: '2020-03-03', low: 1200, high: 1200, location: 'Camp Alpha' });
    await confirmed({
      metric: 'camp_population',
      unit: 'people',
      date: '2020-03-02',
      low: 500,
      high: 500,
      qualifier: 'approx',
      location: 'Camp Beta',
    });
    const scope = await scopeFor({ from: '2020-03-01', to: '2020-03-04', metrics: ['people_departed', 'camp_population'] });
    const { cards } = await fetchKeyFigures(scope);
    const departed = cards.find((card) => card.metric === 'people_departed');
    const population = cards.find((card) => card.metric === 'camp_population');
    expect(departed?.current).toMatchObject({ low: 500, high: 550, isEstimate: true, latestDate: '2020-03-02' });
    expect(population?.current).toMatchObject({
      low: 1700,
      high: 1700,
      isEstimate: true,
      latestDate: '2020-03-03',
      placeIds: expect.any(Array),
    });
    expect(population?.current?.placeIds).toHaveLength(2);
    expect(departed?.organizations.map((o) => o.name)).toEqual([ORG_A]);
    const live = await liveCountRows(scope, null, ['camp_population'], scope.period);
    expect(countMetric('camp_population', live, { places: scope.places, period: scope.period }).figure).toMatchObject({
      low: 1700,
      high: 1700,
    });
  });

  it('compares a period with the previous period of the same length', async () => {
    await confirmed({ metric: 'people_arrived', unit: 'people', date: '2020-04-03', low: 50, high: 50 });
    await confirmed({ metric: 'people_arrived', unit: 'people', date: '2020-04-13', low: 75, high: 75 });
    const scope = await scopeFor({ from: '2020-04-11', to: '2020-04-20', metrics: ['people_arrived'] });
    const {
      cards: [card],
    } = await fetchKeyFigures(scope);
    expect(card.current?.low).toBe(75);
    expect(card.previous?.low).toBe(50);
    expect(card.change).toEqual({ direction: 'up', percent: 50 });
  });

  it('never counts candidates, rejected or deleted facts, and restricted ones only for members', async () => {
    const day = { date: '2020-05-01', metric: 'people_injured' as const, unit: 'people' };
    await confirmed({ ...day, low: 7, high: 7 });
    await createFact(prisma, input({ ...day, low: 1000, high: 1000, location: 'Candidate Town' }), {
      status: 'candidate',
      userId: null,
      ownerOrgId: null,
    });
    await createFact(prisma, input({ ...day, low: 2000, high: 2000, location: 'Rejected Town' }), {
      status: 'rejected',
      userId: null,
      ownerOrgId: null,
    });
    const owner = await prisma.organization.create({ data: { name: 'Restricted Owner Org', slug: 'restricted-owner-org' } });
    await confirmed({ ...day, low: 30, high: 30, location: 'Secret Town', sensitivity: 'restricted' }, { ownerOrgId: owner.id });
    const member: SessionUser = {
      id: 'u1',
      email: 'm@example.org',
      name: 'M',
      memberships: [{ organizationId: owner.id, role: 'viewer' }],
    };
    const publicScope = await scopeFor({ from: '2020-05-01', to: '2020-05-01', metrics: ['people_injured'] });
    const memberScope = await scopeFor({ from: '2020-05-01', to: '2020-05-01', metrics: ['people_injured'] }, member);
    expect(memberScope.memberOf).toEqual([owner.id]);
    expect((await fetchDailyTotals(publicScope, ['people_injured']))[0].low).toBe(7);
    expect((await liveDailyTotals(publicScope, ['people_injured']))[0].low).toBe(7);
    expect((await liveDailyTotals(memberScope, ['people_injured'], member))[0].low).toBe(37);
    expect((await fetchDailyTotals(memberScope, ['people_injured']))[0].low).toBe(37);
    expect(
      await prisma.fact.count({ where: buildFactWhere({ ...EMPTY_FILTERS, ...memberScope.period, metrics: ['people_injured'] }, member) }),
    ).toBe(2);
  });

  it('filters by organization and place through their slugs, and an unknown slug matches nothing', async () => {
    await confirmed({ metric: 'convoys', unit: 'convoys', date: '2020-06-01', low: 3, high: 3, location: 'Southtown' });
    await confirmed({ metric: 'convoys', unit: 'convoys', date: '2020-06-01', low: 4, high: 4, location: 'Southtown', sourceOrg: ORG_B });
    await confirmed({ metric: 'convoys', unit: 'convoys', date: '2020-06-02', low: 9, high: 9, location: 'Northtown', sourceOrg: ORG_B });
    const orgB = await prisma.organization.findFirstOrThrow({ where: { name: ORG_A } });
    const base = { from: '2020-06-01', to: '2020-06-30', metrics: ['convoys' as const] };
    const byOrg = await scopeFor({ ...base, orgs: [orgB.slug] });
    expect((await fetchFlowSeries(byOrg, 'month'))[0].points[0].low).toBe(3);
    const byPlace = await scopeFor({ ...base, locations: ['southtown'] });
    expect((await fetchFlowSeries(byPlace, 'month'))[0].points[0].low).toBe(4);
    expect(await fetchFlowSeries(await scopeFor({ ...base, orgs: ['no-such-org'] }), 'month')).toEqual([]);
    const activity = await fetchOrganizationActivity(await scopeFor(base));
    expect(activity.organizations.map((o) => [o.name, o.total])).toEqual([
      [ORG_B, 2],
      [ORG_A, 1],
    ]);
  });

  it('keeps the rollups right when a fact is confirmed, edited and deleted', async () => {
    const day = { metric: 'people_killed' as const, unit: 'people', date: '2020-07-15', location: 'Rivertown' };
    // A scope is one request's view (its rows are read once): each look after a write is a new request.
    const scope = () => scopeFor({ from: '2020-07-01', to: '2020-07-31', metrics: ['people_killed'] });
    const candidate = await createFact(prisma, input({ ...day, low: 12, high: 12 }), {
      status: 'candidate',
      userId: null,
      ownerOrgId: null,
    });
    expect(await fetchDailyTotals(await scope(), ['people_killed'])).toEqual([]);
    await updateFactVersioned(prisma, {
      factId: candidate.id,
      expectedVersion: 1,
      changes: { status: 'confirmed' },
      userId: null,
      action: 'confirm',
    });
    expect((await fetchDailyTotals(await scope(), ['people_killed']))[0].low).toBe(12);
    await updateFactVersioned(prisma, {
      factId: candidate.id,
      expectedVersion: 2,
      changes: { low: 15, high: 20, qualifier: 'range', date: '2020-07-16' },
      userId: null,
      action: 'edit',
    });
    expect(await fetchDailyTotals(await scope(), ['people_killed'])).toEqual([
      { metric: 'people_killed', date: '2020-07-16', low: 15, high: 20, observationCount: 1, hasEstimate: true },
    ]);
    expect((await fetchOrganizationActivity(await scope())).organizations[0].total).toBe(1);
    await updateFactVersioned(prisma, {
      factId: candidate.id,
      expectedVersion: 3,
      changes: { deletedAt: new Date() },
      userId: null,
      action: 'delete',
    });
    expect(await fetchDailyTotals(await scope(), ['people_killed'])).toEqual([]);
    expect((await fetchOrganizationActivity(await scope())).organizations).toEqual([]);
  });

  it('builds the same rollups in bulk (migration backfill) as fact by fact', async () => {
    const read = async () => ({
      observations: await prisma.observationRollup.findMany({
        orderBy: [{ metric: 'asc' }, { unit: 'asc' }, { measure: 'asc' }, { locationId: 'asc' }, { date: 'asc' }],
      }),
      organizations: await prisma.organizationMetricRollup.findMany({
        orderBy: [{ sourceOrgId: 'asc' }, { metric: 'asc' }, { period: 'asc' }],
      }),
    });
    const incremental = await read();
    await prisma.$transaction(async (tx) => rebuildDashboardRollups(tx));
    const rebuilt = await read();
    expect(rebuilt.observations.length).toBeGreaterThan(5);
    expect(rebuilt).toEqual(incremental);
  });
});
