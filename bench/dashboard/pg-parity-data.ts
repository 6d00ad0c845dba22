/** The parity check's data: fictional organizations and places, seeded random facts in January 2031. */
type Statement = [string, unknown[]];

const NOW = '2031-02-01T00:00:00.000Z';
const METRICS = ['trucks', 'people_arrived', 'camp_population', 'people_trapped'];
const QUALIFIERS = ['exact', 'approx', 'range', 'vague'];

export function parityData(): Statement[] {
  const random = seeded(7);
  const statements: Statement[] = [];
  const orgs = ['parity-a', 'parity-b', 'parity-c', 'parity-owner'];
  for (const id of orgs)
    statements.push([
      'INSERT INTO "Organization" ("id", "name", "slug", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5)',
      [id, `Parity Org ${id}`, id, NOW, NOW],
    ]);
  const places = Array.from({ length: 8 }, (_, n) => `parity-place-${n}`);
  for (const id of places)
    statements.push([
      'INSERT INTO "Location" ("id", "name", "slug", "createdAt") VALUES ($1, $2, $3, $4)',
      [id, `Parity Place ${id}`, id, NOW],
    ]);
  const reports = [
    ['parity-r1', '2031-01-05', 'public'],
    ['parity-r2', '2031-01-25', 'public'],
    ['parity-r3', '2031-01-15', 'restricted'],
    ['parity-r4', '2031-01-02', 'restricted'],
  ];
  for (const [id, day, sensitivity] of reports) {
    statements.push([
      'INSERT INTO "Report" ("id", "title", "publisherId", "ownerOrgId", "publishedDate", "text", "textHash", "sensitivity", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      [id, `Parity report ${id}`, 'parity-a', 'parity-owner', day, id, id, sensitivity, NOW, NOW],
    ]);
  }
  for (let n = 0; n < 500; n++)
    statements.push(
      fact(
        n,
        random,
        orgs,
        places,
        reports.map(([id]) => id),
      ),
    );
  return statements;
}

function fact(n: number, random: () => number, orgs: string[], places: string[], reports: string[]): Statement {
  const low = 1 + Math.floor(random() * 60);
  const qualifier = pick(QUALIFIERS, random);
  const roll = random();
  const status = roll < 0.8 ? 'confirmed' : roll < 0.9 ? 'candidate' : 'rejected';
  const sensitivity = random() < 0.15 ? 'restricted' : 'public';
  const reviewedAt = status === 'candidate' ? null : new Date(Date.UTC(2031, 1, 1, 0, 0, Math.floor(random() * 40))).toISOString();
  const values = [
    `parity-fact-${String(n).padStart(4, '0')}`,
    pick(METRICS, random),
    low,
    qualifier === 'range' || qualifier === 'vague' ? low + Math.floor(random() * 30) : low,
    qualifier,
    'people',
    pick(places, random),
    'Parity place',
    `2031-01-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    'day',
    pick(orgs.slice(0, 3), random),
    'Parity sentence.',
    status,
    sensitivity,
    random() < 0.6 ? pick(reports, random) : null,
    sensitivity === 'restricted' || random() < 0.3 ? 'parity-owner' : null,
    reviewedAt,
    random() < 0.05 ? NOW : null,
    NOW,
    NOW,
  ];
  return [
    `INSERT INTO "Fact" ("id", "metric", "low", "high", "qualifier", "unit", "locationId", "locationText", "date", "datePrecision", "sourceOrgId", "excerpt", "status", "sensitivity", "reportId", "ownerOrgId", "reviewedAt", "deletedAt", "createdAt", "updatedAt")
     VALUES (${values.map((_, index) => `$${index + 1}`).join(', ')})`,
    values,
  ];
}

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.floor(random() * values.length)];
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
