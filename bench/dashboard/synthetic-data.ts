import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { METRICS, DEFAULT_UNIT, type Metric } from '@/lib/facts/vocabulary';

/**
 * Fills a benchmark SQLite file with clearly synthetic facts: "Synthetic Org 001" … and
 * "Synthplace 001" …, never real organizations or places, never shipped as example data.
 * Shape: each observation (metric, place, day) is stated by 1–3 sources, so deduplication
 * matters; about 8% of facts are candidates or rejected and 3% restricted, so visibility does.
 */
export type SyntheticShape = { facts: number; organizations: number; places: number; days: number; firstDay: string };

export const DEFAULT_SHAPE: SyntheticShape = { facts: 1_000_000, organizations: 200, places: 500, days: 1096, firstDay: '2021-01-01' };
const REPORTS_PER_DAY = 20;
const NOW = '2026-11-24T00:00:00.000+00:00';

export function fillSyntheticDatabase(file: string, shape: SyntheticShape = DEFAULT_SHAPE): { facts: number; reports: number } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const random = seededRandom(42);
  const days = Array.from({ length: shape.days }, (_, index) => addDays(shape.firstDay, index));
  const orgIds = insertOrganizations(db, shape.organizations);
  const placeIds = insertPlaces(db, shape.places);
  const reports = insertReports(db, days, orgIds, random);
  const facts = insertFacts(db, shape, { days, orgIds, placeIds, reports }, random);
  db.pragma('optimize');
  db.close();
  return { facts, reports: reports.length };
}

function insertOrganizations(db: Database.Database, count: number): string[] {
  const insert = db.prepare('INSERT INTO Organization (id, name, shortName, slug, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)');
  const ids = Array.from({ length: count }, (_, index) => `synorg${pad(index + 1)}`);
  db.transaction(() =>
    ids.forEach((id, index) =>
      insert.run(id, `Synthetic Org ${pad(index + 1)}`, `SYN${pad(index + 1)}`, `synthetic-org-${pad(index + 1)}`, NOW, NOW),
    ),
  )();
  return ids;
}

function insertPlaces(db: Database.Database, count: number): string[] {
  const insert = db.prepare('INSERT INTO Location (id, name, slug, createdAt) VALUES (?, ?, ?, ?)');
  const ids = Array.from({ length: count }, (_, index) => `synplace${pad(index + 1)}`);
  db.transaction(() => ids.forEach((id, index) => insert.run(id, `Synthplace ${pad(index + 1)}`, `synthplace-${pad(index + 1)}`, NOW)))();
  return ids;
}

type SyntheticReport = { id: string; publishedDate: string };

function insertReports(db: Database.Database, days: string[], orgIds: string[], random: () => number): SyntheticReport[] {
  // Every report has an owner, as in the app (the organization that added it): here its publisher.
  const insert = db.prepare(
    'INSERT INTO Report (id, title, publisherId, ownerOrgId, publishedDate, text, textHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const reports: SyntheticReport[] = [];
  db.transaction(() => {
    days.forEach((day, dayIndex) => {
      for (let n = 0; n < REPORTS_PER_DAY; n++) {
        const id = `synrep${dayIndex}x${n}`;
        const publishedDate = addDays(day, Math.floor(random() * 3));
        const text = `Synthetic benchmark report ${id}.`;
        const publisherId = pick(orgIds, random);
        insert.run(
          id,
          `Synthetic report ${id}`,
          publisherId,
          publisherId,
          publishedDate,
          text,
          createHash('sha256').update(text).digest('hex'),
          NOW,
          NOW,
        );
        reports.push({ id, publishedDate });
      }
    });
  })();
  return reports;
}

type Pools = { days: string[]; orgIds: string[]; placeIds: string[]; reports: SyntheticReport[] };

const FACT_COLUMNS =
  'id, metric, low, high, qualifier, unit, locationId, locationText, date, datePrecision, sourceOrgId, excerpt, status, sensitivity, reportId, ownerOrgId, reviewedAt, version, createdAt, updatedAt';

function insertFacts(db: Database.Database, shape: SyntheticShape, pools: Pools, random: () => number): number {
  const insert = db.prepare(
    `INSERT INTO Fact (${FACT_COLUMNS}) VALUES (${FACT_COLUMNS.split(',')
      .map(() => '?')
      .join(', ')})`,
  );
  let written = 0;
  db.transaction(() => {
    while (written < shape.facts) {
      const dayIndex = Math.floor(random() * pools.days.length);
      const metric = pickMetric(random);
      const placeId = pick(pools.placeIds, random);
      const base = Math.round(10 + random() * (metric === 'camp_population' ? 60_000 : 2_000));
      const sources = 1 + Math.floor(random() * random() * 3);
      for (let s = 0; s < sources && written < shape.facts; s++, written++) {
        const report = pools.reports[dayIndex * REPORTS_PER_DAY + Math.floor(random() * REPORTS_PER_DAY)];
        const value = s === 0 ? base : Math.round(base * (0.8 + random() * 0.4));
        const isVague = random() < 0.05;
        const status = random() < 0.92 ? 'confirmed' : random() < 0.6 ? 'candidate' : 'rejected';
        const isRestricted = random() < 0.03;
        insert.run(
          `synfact${written}`,
          metric,
          value,
          isVague ? value * 3 : value,
          isVague ? 'vague' : random() < 0.3 ? 'approx' : 'exact',
          DEFAULT_UNIT[metric],
          placeId,
          'Synthplace',
          pools.days[dayIndex],
          'day',
          pick(pools.orgIds, random),
          'Synthetic benchmark figure.',
          status,
          isRestricted ? 'restricted' : 'public',
          report.id,
          isRestricted ? pick(pools.orgIds, random) : null,
          status === 'candidate' ? null : NOW,
          1,
          NOW,
          NOW,
        );
      }
    }
  })();
  return written;
}

// Flows are reported more often than stocks, as in real sitreps.
const METRIC_WEIGHTS: [Metric, number][] = METRICS.map((metric) => [
  metric,
  metric === 'trucks' || metric === 'people_departed' || metric === 'people_arrived' ? 3 : 1,
]);
const TOTAL_WEIGHT = METRIC_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

function pickMetric(random: () => number): Metric {
  let roll = random() * TOTAL_WEIGHT;
  for (const [metric, weight] of METRIC_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return metric;
  }
  return 'trucks';
}

function pick<T>(values: T[], random: () => number): T {
  return values[Math.floor(random() * values.length)];
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** mulberry32: the same synthetic database on every run, so numbers compare across runs. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
