import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * The browser tests' database (playwright.config.ts: data/e2e.db), opened beside the running
 * server so a test counts what a page shows straight from the tables, not through the read model.
 */
export function openE2eDatabase(): Database.Database {
  const db = new Database(path.join(process.cwd(), 'data/e2e.db'));
  db.pragma('busy_timeout = 10000');
  return db;
}

/** Reports of the user's organizations (editor or admin there) with at least one figure still a candidate. */
export function countReportsToReview(db: Database.Database, email: string): number {
  const row = db
    .prepare(
      `SELECT COUNT(DISTINCT r.id) AS n FROM Report r
       JOIN Fact f ON f.reportId = r.id AND f.status = 'candidate' AND f.deletedAt IS NULL
       WHERE r.ownerOrgId IN (SELECT m.organizationId FROM Membership m JOIN User u ON u.id = m.userId
                              WHERE u.email = ? AND m.role IN ('editor', 'admin'))`,
    )
    .get(email) as { n: number };
  return row.n;
}
