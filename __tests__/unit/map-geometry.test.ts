import { descendantsOf } from '@/lib/locations/nesting';
import { mapFrame } from '@/lib/map/geometry';

describe('the base map', () => {
  const places = [
    { longitude: 41.14861, latitude: 36.37556 },
    { longitude: 40.95056, latitude: 34.45861 },
  ];

  it('fits every place inside the frame and draws the countries around them from the shipped outlines', () => {
    const frame = mapFrame(places, 640, 420);
    for (const place of places) {
      const [x, y] = frame.project(place);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(640);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(420);
    }
    const names = frame.countries.map((country) => country.name);
    expect(names).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'Turkey']));
    expect(names).not.toContain('Brazil');
    expect(frame.countries.find((country) => country.name === 'Syria')?.d).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('puts the north above the south, as a map must', () => {
    const frame = mapFrame(places, 640, 420);
    expect(frame.project(places[0])[1]).toBeLessThan(frame.project(places[1])[1]);
  });

  it('shows the whole world when no place has coordinates', () => {
    expect(mapFrame([], 640, 420).countries.length).toBeGreaterThan(150);
  });
});

describe('places inside places', () => {
  it('finds children at every depth and survives a loop in the data', () => {
    const places = [
      { id: 'country', parentId: null },
      { id: 'province', parentId: 'country' },
      { id: 'camp', parentId: 'province' },
      { id: 'other', parentId: null },
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect([...descendantsOf('country', places)].sort()).toEqual(['camp', 'province']);
    expect(descendantsOf('camp', places).size).toBe(0);
    expect([...descendantsOf('a', places)]).toEqual(['b']);
  });
});
