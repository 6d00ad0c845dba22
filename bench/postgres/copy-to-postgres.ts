/**
 * Copies a filled SQLite bench database into a migrated PostgreSQL one, so that both benchmarks
 * read the very same rows on both databases. Booleans and timestamps are converted from SQLite's
 * storage (0/1, epoch ms or ISO text); foreign keys are not checked during the copy.
 */
import Database from 'better-sqlite3';
import { Client } from 'pg';

type Column = { name: string; type: string };

function convert(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return value === 1 || value === true || value === 'true';
  if (type.startsWith('timestamp')) return new Date(typeof value === 'number' ? value : String(value));
  return value;
}

export async function copySqliteToPostgres(file: string, url: string, tables: string[]): Promise<number> {
  const sqlite = new Database(file, { readonly: true });
  const pg = new Client({ connectionString: url });
  await pg.connect();
  let copied = 0;
  try {
    await pg.query('SET session_replication_role = replica');
    for (const table of tables) {
      const { rows } = await pg.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      const columns: Column[] = rows.map((row) => ({ name: row.column_name, type: row.data_type }));
      const perBatch = Math.floor(30_000 / columns.length);
      let batch: unknown[][] = [];
      const flush = async () => {
        if (!batch.length) return;
        const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
        await pg.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES ${values}`, batch.flat());
        copied += batch.length;
        batch = [];
      };
      for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
        batch.push(columns.map((column) => convert(row[column.name], column.type)));
        if (batch.length >= perBatch) await flush();
      }
      await flush();
    }
    await pg.query('ANALYZE');
  } finally {
    sqlite.close();
    await pg.end();
  }
  return copied;
}
