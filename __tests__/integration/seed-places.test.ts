import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prisma } from '@/lib/prisma';
import { seedExamples } from '@/prisma/seed/seed-examples';

const DATA = path.join(process.cwd(), 'data');
const figures = JSON.parse(readFileSync(path.join(DATA, 'figures', 'baghouz-al-hol-2019.json'), 'utf8')) as {
  facts: { origin?: string; destination?: string }[];
};
const geo = JSON.parse(readFileSync(path.join(DATA, 'places', 'geo.json'), 'utf8')) as {
  places: { name: string; latitude: number | null; longitude: number | null; pcode: string | null }[];
};

describe('seeded places and movements', () => {
  beforeAll(async () => {
    await seedExamples(prisma, DATA);
  }, 300_000);

  it('stores each sourced coordinate and P-code, with its source, and leaves the rest empty', async () => {
    for (const place of geo.places) {
      const location = await prisma.location.findFirstOrThrow({ where: { name: place.name } });
      if (place.latitude !== null) {
        expect([location.latitude, location.longitude]).toEqual([place.latitude, place.longitude]);
        expect(location.geoSource).toMatch(/^Coordinates: .*wikipedia\.org/);
      } else {
        expect(location.latitude).toBeNull();
      }
      expect(location.pcode).toBe(place.pcode);
    }
    const baghouz = await prisma.location.findFirstOrThrow({ where: { name: 'Baghouz' } });
    expect(baghouz.geoSource).toMatch(/P-code: Al-Baghuz Fawqani/);
  });

  it('loads the origin and destination of every movement whose source states both ends', async () => {
    const labelled = figures.facts.filter((fact) => fact.origin || fact.destination);
    const stored = await prisma.fact.findMany({
      where: { OR: [{ originId: { not: null } }, { destinationId: { not: null } }] },
      include: { origin: true, destination: true },
    });
    expect(stored).toHaveLength(labelled.length);
    const route = (origin?: string | null, destination?: string | null) => `${origin} -> ${destination}`;
    expect(stored.map((fact) => route(fact.origin?.name, fact.destination?.name)).sort()).toEqual(
      labelled.map((fact) => route(fact.origin, fact.destination)).sort(),
    );
    expect(
      stored.filter((fact) => fact.origin?.name === 'Baghouz' && fact.destination?.name === 'al-Hol camp').length,
    ).toBeGreaterThanOrEqual(7);
  });
});
