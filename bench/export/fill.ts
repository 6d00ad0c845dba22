import Database from 'better-sqlite3';
import { METRICS, DEFAULT_UNIT } from '@/lib/facts/vocabulary';
import { migrateSqliteFile } from '@/__tests__/helpers/migrate';

/**
 * A throwaway SQLite database of clearly synthetic facts (fictional organizations "Synthetic
 * Org 001", places "Synthetic Place 001", 3 years), written with raw better-sqlite3 inserts.
 * Mixed in: 3% candidates, 2% restricted, 1% deleted, so the export's visibility filter works.
 * Ids have the length and order of the app's cuids (25 characters, rising with insertion): an
 * export hashes and copies several per row.
 */
export type FillOptions = { file: string; facts: number; orgs?: number; places?: number; reports?: number };

const QUALIFIERS = ['exact', 'exact', 'exact', 'approx', 'min', 'range', 'vague'];
const START = Date.UTC(2021, 0, 1);
const DAY_MS = 86_400_000;

export function fillSyntheticDatabase({ file, facts, orgs = 200, places = 500, reports = 5_000 }: FillOptions): void {
  migrateSqliteFile(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = new Date().toISOString();
  const pad = (n: number) => String(n).padStart(4, '0');
  const random = seededRandom(42);
  db.transaction(() => {
    const org = db.prepare('INSERT INTO Organization (id, name, shortName, slug, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < orgs; i += 1)
      org.run(syntheticId('or', i), `Synthetic Org ${pad(i)}`, `SO${pad(i)}`, `synthetic-org-${pad(i)}`, now, now);
    const place = db.prepare('INSERT INTO Location (id, name, slug, pcode, createdAt) VALUES (?, ?, ?, ?, ?)');
    for (let i = 0; i < places; i += 1)
      place.run(syntheticId('lo', i), `Synthetic Place ${pad(i)}`, `synthetic-place-${pad(i)}`, `XS${pad(i)}`, now);
    const report = db.prepare(
      'INSERT INTO Report (id, title, publisherId, publishedDate, url, text, textHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < reports; i += 1) {
      const day = isoDay(START + Math.floor(random() * 1095) * DAY_MS);
      report.run(
        syntheticId('re', i),
        `Synthetic situation update ${pad(i)}`,
        syntheticId('or', i % orgs),
        day,
        `https://example.org/synthetic/${i}`,
        'Synthetic text.',
        `hash${i}`,
        now,
        now,
      );
    }
  })();
  const fact = db.prepare(
    `INSERT INTO Fact (id, metric, low, high, qualifier, unit, locationId, locationText, date, datePrecision, sourceOrgId, excerpt,
       status, sensitivity, reportId, ownerOrgId, reviewedAt, deletedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const metric = METRICS[i % METRICS.length];
      const qualifier = QUALIFIERS[Math.floor(random() * QUALIFIERS.length)];
      const low = 1 + Math.floor(random() * 5_000);
      const high = qualifier === 'range' || qualifier === 'vague' ? low + Math.floor(random() * 2_000) : low;
      const placeIndex = Math.floor(random() * places);
      const roll = random();
      const status = roll < 0.03 ? 'candidate' : 'confirmed';
      const sensitivity = roll > 0.98 ? 'restricted' : 'public';
      fact.run(
        syntheticId('fa', i),
        metric,
        low,
        high,
        qualifier,
        DEFAULT_UNIT[metric],
        syntheticId('lo', placeIndex),
        `Synthetic Place ${pad(placeIndex)}`,
        isoDay(START + Math.floor(random() * 1095) * DAY_MS),
        syntheticId('or', Math.floor(random() * orgs)),
        `Synthetic excerpt ${i}: "about ${low} ${DEFAULT_UNIT[metric]}", said a fictional spokesperson.`,
        status,
        sensitivity,
        syntheticId('re', Math.floor(random() * reports)),
        sensitivity === 'restricted' ? syntheticId('or', 0) : null,
        now,
        roll > 0.97 && roll < 0.98 ? now : null,
        now,
        now,
      );
    }
  });
  for (let from = 0; from < facts; from += 50_000) batch(from, Math.min(from + 50_000, facts));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** 25 characters like a cuid: a tag, the number in base 36 (so ids sort in insertion order), then a scramble of it. */
function syntheticId(tag: string, n: number): string {
  const scramble = (Math.imul(n + 1, 2_654_435_761) >>> 0).toString(36) + (Math.imul(n + 7, 40_503) >>> 0).toString(36);
  return `c${tag}${n.toString(36).padStart(10, '0')}${scramble.padStart(12, '0').slice(0, 12)}`;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Deterministic, so two runs of the benchmark measure the same data. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}
