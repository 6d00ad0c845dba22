import type { SessionUser } from '@/lib/auth/permissions';
import { fetchMovements, fetchPlacesInView, type MovementView } from '@/lib/data/movements';
import { createFact } from '@/lib/facts/write';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { prisma } from '@/lib/prisma';
import type { FactInput } from '@/lib/validation/fact';
import { EMPTY_FILTERS, type DashboardFilters } from '@/lib/validation/filters';
import { directMovementCount } from '@/__tests__/helpers/movement-oracle';

// Fictional organizations and places only.
const ORG_A = 'Testland Relief Agency';
const ORG_B = 'Fictional Monitoring Group';
const WINDOW: DashboardFilters = { ...EMPTY_FILTERS, from: '2020-05-01', to: '2020-05-31' };

type Ends = { origin: string; destination: string; measure?: string };

async function movement(overrides: Partial<FactInput>, ends: Ends, extra: Partial<Parameters<typeof createFact>[2]> = {}) {
  const input: FactInput = {
    metric: 'people_arrived',
    low: 10,
    high: 10,
    qualifier: 'exact',
    unit: 'people',
    location: ends.destination,
    date: '2020-05-01',
    datePrecision: 'day',
    sourceOrg: ORG_A,
    excerpt: 'Synthetic test sentence.',
    sensitivity: 'public',
    ...overrides,
  };
  const fact = await createFact(prisma, input, { status: 'confirmed', userId: null, ownerOrgId: null, ...extra });
  const [origin, destination] = await Promise.all([ends.origin, ends.destination].map((name) => findOrCreateLocation(prisma, { name })));
  await prisma.fact.update({
    where: { id: fact.id },
    data: { originId: origin.id, destinationId: destination.id, measure: ends.measure ?? 'flow' },
  });
  return fact;
}

const NORTH = { origin: 'Northtown', destination: 'Camp Alpha' };
const WEST = { origin: 'Westtown', destination: 'Camp Alpha' };

function tableOf(view: MovementView): Map<string, number> {
  const table = new Map<string, number>();
  for (const row of view.movements) {
    const route = `${view.places.get(row.originId ?? '')?.name ?? ''} -> ${view.places.get(row.destinationId ?? '')?.name ?? ''}`;
    for (const flow of [...row.people, row.trucks, row.convoys]) if (flow) table.set(`${route}|${flow.metric}`, flow.low);
  }
  return table;
}

describe('movements between places', () => {
  let orgX: string;
  let member: SessionUser;

  beforeAll(async () => {
    orgX = (await prisma.organization.create({ data: { name: 'Fictional Owner', slug: 'fictional-owner' } })).id;
    member = { id: 'u1', email: 'member@example.org', name: 'Member', memberships: [{ organizationId: orgX, role: 'viewer' }] };
    const later = await prisma.report.create({
      data: { title: 'Later report', publisherId: orgX, publishedDate: '2020-06-10', text: 'x', textHash: 'movements-h1' },
    });
    await movement({ low: 100, high: 100 }, NORTH);
    await movement({ low: 120, high: 120, sourceOrg: ORG_B }, NORTH, { reportId: later.id });
    await movement({ low: 50, high: 50, date: '2020-05-03' }, NORTH);
    await movement({ low: 900, high: 900, date: '2020-05-04' }, { ...NORTH, measure: 'cumulative' });
    await movement({ low: 30, high: 30, unit: 'families', date: '2020-05-02' }, NORTH);
    await movement({ metric: 'people_departed', low: 200, high: 200, date: '2020-05-02', location: 'Northtown' }, NORTH);
    await movement({ metric: 'trucks', unit: 'vehicles', low: 7, high: 7, date: '2020-05-02' }, NORTH);
    await movement({ metric: 'trucks', unit: 'vehicles', low: 3, high: 3, date: '2020-05-02' }, WEST);
    await movement({ low: 5000, high: 5000, sensitivity: 'restricted', date: '2020-05-05' }, WEST, { ownerOrgId: orgX });
    await movement(
      { low: 40, high: 40, sensitivity: 'restricted', date: '2020-05-05', location: 'Hidden Valley' },
      { origin: 'Hidden Valley', destination: 'Camp Alpha' },
      { ownerOrgId: orgX },
    );
    const candidate = await movement({ low: 777, high: 777, date: '2020-05-06' }, WEST);
    await prisma.fact.update({ where: { id: candidate.id }, data: { status: 'candidate' } });
    const deleted = await movement({ low: 888, high: 888, date: '2020-05-07' }, WEST);
    await prisma.fact.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  });

  it('counts one figure per route, metric and day, adds only flows in the main unit, and equals a direct count', async () => {
    const view = await fetchMovements(WINDOW, null);
    expect(tableOf(view)).toEqual(await directMovementCount([]));
    expect(tableOf(view)).toEqual(
      new Map([
        ['Northtown -> Camp Alpha|people_arrived', 170],
        ['Northtown -> Camp Alpha|people_departed', 200],
        ['Northtown -> Camp Alpha|trucks', 7],
        ['Westtown -> Camp Alpha|trucks', 3],
      ]),
    );
    const north = view.movements.find((row) => view.places.get(row.originId ?? '')?.name === 'Northtown');
    expect(north?.beside.map((figure) => [figure.reason, figure.low])).toEqual([
      ['other unit', 30],
      ['running total', 900],
    ]);
    expect(north?.period).toEqual({ from: '2020-05-01', to: '2020-05-04' });
    expect(north?.sourceOrgIds.map((id) => view.sources.get(id)).sort()).toEqual([ORG_B, ORG_A].sort());
  });

  it('shows restricted movements only to members of the owning organization', async () => {
    const view = await fetchMovements(WINDOW, member);
    expect(tableOf(view)).toEqual(await directMovementCount([orgX]));
    expect(tableOf(view).get('Westtown -> Camp Alpha|people_arrived')).toBe(5000);
  });

  it('follows the dashboard filters: a place matches either end, and metrics and dates narrow the view', async () => {
    const west = await fetchMovements({ ...WINDOW, locations: ['westtown'] }, null);
    expect(tableOf(west)).toEqual(new Map([['Westtown -> Camp Alpha|trucks', 3]]));
    const trucks = await fetchMovements({ ...WINDOW, metrics: ['trucks', 'camp_population'] }, null);
    expect([...tableOf(trucks).keys()].every((key) => key.endsWith('|trucks'))).toBe(true);
    const firstDay = await fetchMovements({ ...WINDOW, to: '2020-05-01' }, null);
    expect(tableOf(firstDay)).toEqual(new Map([['Northtown -> Camp Alpha|people_arrived', 120]]));
  });

  it('includes the places inside a filtered place: a region filter shows the moves from its towns', async () => {
    const region = await prisma.location.create({ data: { name: 'Fictional West Region', slug: 'fictional-west-region', kind: 'admin1' } });
    await prisma.location.update({ where: { slug: 'westtown' }, data: { parentId: region.id } });
    const inRegion = await fetchMovements({ ...WINDOW, locations: ['fictional-west-region'] }, null);
    expect(tableOf(inRegion)).toEqual(new Map([['Westtown -> Camp Alpha|trucks', 3]]));
    const places = await fetchPlacesInView({ ...WINDOW, locations: ['fictional-west-region'] }, null);
    expect(JSON.stringify(places)).toContain('Westtown');
    await prisma.location.update({ where: { slug: 'westtown' }, data: { parentId: null } });
  });

  it('lists on the map only places with a fact the reader may see in the view', async () => {
    const names = async (reader: SessionUser | null, filters = WINDOW) =>
      (await fetchPlacesInView(filters, reader)).places.map((place) => place.name);
    expect(await names(null)).toEqual(['Camp Alpha', 'Northtown', 'Westtown']);
    expect(await names(member)).toEqual(['Camp Alpha', 'Hidden Valley', 'Northtown', 'Westtown']);
    expect(await names(null, { ...WINDOW, from: '2021-01-01', to: '2021-12-31' })).toEqual([]);
  });
});
