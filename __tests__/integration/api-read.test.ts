import { prisma } from '@/lib/prisma';
import { createApiToken } from '@/lib/api/tokens';
import { MAX_LIMIT } from '@/lib/api/params';
import type { Prisma } from '@/lib/generated/prisma/client';
import { createExportFixtures, OWNER, type ExportFixtures } from '@/__tests__/helpers/export-fixtures';
import { apiGet, walkPages } from '@/__tests__/helpers/api-request';

let fixtures: ExportFixtures;
let token: string;
let ownerId: string;
jest.setTimeout(60_000);

beforeAll(async () => {
  fixtures = await createExportFixtures(prisma);
  ownerId = (await prisma.user.findUniqueOrThrow({ where: { email: OWNER.email } })).id;
  token = (await createApiToken({ id: ownerId }, 'Test script', '127.0.0.1')).token;
}, 120_000);

// Visibility written out here, not taken from lib/facts/visibility.ts, so the API is checked against the rule itself.
const PUBLIC: Prisma.FactWhereInput = {
  status: 'confirmed',
  deletedAt: null,
  sensitivity: 'public',
  OR: [{ reportId: null }, { report: { sensitivity: 'public' } }],
};
const forOwner = (): Prisma.FactWhereInput => ({
  status: 'confirmed',
  deletedAt: null,
  AND: [
    { OR: [{ sensitivity: 'public' }, { ownerOrgId: fixtures.ownerOrgId }] },
    { OR: [{ reportId: null }, { report: { sensitivity: 'public' } }, { report: { ownerOrgId: fixtures.ownerOrgId } }] },
  ],
});

describe('GET /api/v1/facts', () => {
  it('walks every page to exactly the visible facts, each once, without a token', async () => {
    const { items, pages } = await walkPages('/api/v1/facts', 'limit=7', 'facts');
    const ids = items.map((fact) => fact.id);
    expect(pages).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(await prisma.fact.count({ where: PUBLIC }));
    for (const hidden of [
      fixtures.restrictedId,
      fixtures.restrictedReportFactId,
      fixtures.candidateId,
      fixtures.rejectedId,
      fixtures.deletedId,
    ]) {
      expect(ids).not.toContain(hidden);
    }
    const keys = items.map((fact) => `${fact.date} ${fact.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("adds the token owner's restricted facts, never candidates or deleted ones", async () => {
    const { items } = await walkPages('/api/v1/facts', `limit=${MAX_LIMIT}`, 'facts', token);
    const ids = items.map((fact) => fact.id);
    expect(ids.length).toBe(await prisma.fact.count({ where: forOwner() }));
    expect(ids).toEqual(expect.arrayContaining([fixtures.restrictedId, fixtures.restrictedReportFactId]));
    expect(ids).not.toContain(fixtures.candidateId);
    expect(items.find((fact) => fact.id === fixtures.restrictedId).sensitivity).toBe('restricted');
  });

  it("applies the dashboard's filters: days, metric, organization, and a place with the places inside it", async () => {
    const { items: trucks } = await walkPages('/api/v1/facts', 'metric=trucks&from=2019-03-02&to=2019-03-02', 'facts');
    expect(trucks.length).toBe(await prisma.fact.count({ where: { AND: [PUBLIC, { metric: 'trucks', date: '2019-03-02' }] } }));
    expect(trucks.length).toBeGreaterThan(0);
    const anyFact = await prisma.fact.findFirstOrThrow({ where: PUBLIC, select: { sourceOrg: { select: { id: true, slug: true } } } });
    const { items: stated } = await walkPages('/api/v1/facts', `org=${anyFact.sourceOrg.slug}`, 'facts');
    expect(stated.length).toBe(await prisma.fact.count({ where: { AND: [PUBLIC, { sourceOrgId: anyFact.sourceOrg.id }] } }));
    expect(stated.every((fact) => fact.sourceOrganization.slug === anyFact.sourceOrg.slug)).toBe(true);
    const parent = await prisma.location.findFirstOrThrow({ where: { children: { some: { facts: { some: PUBLIC } } } } });
    const within = await placesWithin(parent.id);
    const { items: inside } = await walkPages('/api/v1/facts', `location=${parent.slug}`, 'facts');
    expect(inside.length).toBe(await prisma.fact.count({ where: { AND: [PUBLIC, { locationId: { in: within } }] } }));
    expect(inside.some((fact) => fact.location.slug !== parent.slug)).toBe(true);
  });
});

async function placesWithin(id: string): Promise<string[]> {
  const all = await prisma.location.findMany({ select: { id: true, parentId: true } });
  const found = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const place of all) if (place.parentId && found.has(place.parentId) && !found.has(place.id)) grew = found.add(place.id) !== null;
  }
  return [...found];
}

describe('errors name the parameter to fix', () => {
  it.each([
    ['/api/v1/facts', 'from=2019-02-30', 'from'],
    ['/api/v1/facts', 'to=yesterday', 'to'],
    ['/api/v1/facts', 'from=2019-03-05&to=2019-03-01', 'to'],
    ['/api/v1/observations', 'metric=unicorns', 'metric'],
    ['/api/v1/facts', 'org=No%20Such%20Org', 'org'],
    ['/api/v1/facts', 'org=no-such-organization', 'org'],
    ['/api/v1/observations', 'location=atlantis', 'location'],
    ['/api/v1/facts', 'limit=0', 'limit'],
    ['/api/v1/locations', `limit=${MAX_LIMIT + 1}`, 'limit'],
    ['/api/v1/organizations', 'limit=ten', 'limit'],
    ['/api/v1/facts', 'cursor=not-a-cursor', 'cursor'],
    ['/api/v1/facts', 'metrics=trucks', 'metrics'],
    ['/api/v1/locations', 'metric=trucks', 'metric'],
    ['/api/v1/facts', 'from=2019-03-01&from=2019-03-02', 'from'],
  ])('%s?%s → 400 naming %s', async (path, query, parameter) => {
    const { status, body, response } = await apiGet(path, query);
    expect(status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message.length).toBeGreaterThan(10);
  });

  it("refuses one list's cursor on another", async () => {
    const { body } = await apiGet('/api/v1/locations', 'limit=1');
    const { status, body: refused } = await apiGet('/api/v1/organizations', `cursor=${body.nextCursor}`);
    expect(status).toBe(400);
    expect(refused.error.parameter).toBe('cursor');
  });
});

describe("GET /api/v1/observations (the dashboard's counting)", () => {
  const YEAR = 'from=2019-01-01&to=2019-12-31';

  it('walks to one row per observation of the visible facts (running totals one per source)', async () => {
    for (const [reader, where] of [
      [undefined, PUBLIC],
      [token, forOwner()],
    ] as const) {
      const { items, pages } = await walkPages('/api/v1/observations', `${YEAR}&limit=25`, 'observations', reader);
      const facts = await prisma.fact.findMany({
        where: { AND: [where, { date: { gte: '2019-01-01', lte: '2019-12-31' } }] },
        select: { metric: true, unit: true, measure: true, locationId: true, date: true, sourceOrgId: true },
      });
      const keys = new Set(
        facts.map((f) => [f.metric, f.unit, f.measure, f.locationId, f.date, f.measure === 'cumulative' ? f.sourceOrgId : ''].join('|')),
      );
      expect(pages).toBeGreaterThan(1);
      expect(items.length).toBe(keys.size);
    }
  });

  it("hides restricted figures without a token and draws them with the owner's token", async () => {
    const query = `${YEAR}&metric=trucks&location=testville`;
    const anonymous = await apiGet('/api/v1/observations', query);
    const member = await apiGet('/api/v1/observations', query, token);
    expect(anonymous.status).toBe(200);
    const hidden = [fixtures.restrictedId, fixtures.restrictedReportFactId];
    expect(anonymous.body.observations.map((row: { factId: string }) => row.factId)).not.toEqual(expect.arrayContaining([hidden[0]]));
    expect(JSON.stringify(anonymous.body)).not.toMatch(/4242|8383/);
    const drawn = member.body.observations.find(
      (row: { date: string; unit: string }) => row.date === '2019-03-02' && row.unit === 'vehicles',
    );
    expect(hidden).toContain(drawn.factId);
    // Testville's only trucks are restricted: the public count has none, the member's counts the drawn one.
    const total = (body: { totals: { metric: string; high: number }[] }) => body.totals.find((entry) => entry.metric === 'trucks')?.high;
    expect(total(anonymous.body)).toBeUndefined();
    expect(total(member.body)).toBe(drawn.high);
  });

  it('keeps the first page’s period on later pages', async () => {
    const first = await apiGet('/api/v1/observations', 'limit=1');
    expect(first.body.period.from <= first.body.period.to).toBe(true);
    const second = await apiGet('/api/v1/observations', `limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.period).toEqual(first.body.period);
  });
});

describe('GET /api/v1/locations and /organizations', () => {
  it('walk every place and organization once', async () => {
    const places = await walkPages('/api/v1/locations', 'limit=10', 'locations');
    expect(places.items.map((place) => place.slug)).toEqual(
      (await prisma.location.findMany({ orderBy: { slug: 'asc' } })).map((p) => p.slug),
    );
    const organizations = await walkPages('/api/v1/organizations', 'limit=3', 'organizations');
    expect(organizations.items.length).toBe(await prisma.organization.count());
  });
});
