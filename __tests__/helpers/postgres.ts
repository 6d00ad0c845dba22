import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

/** Creates the per-test-file database and applies the committed PostgreSQL migrations. */
export async function createPostgresDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const client = new Client({ connectionString: url });
  await client.connect();
  const dir = path.join(process.cwd(), 'prisma/pg/migrations');
  for (const folder of readdirSync(dir)
    .filter((entry) => !entry.endsWith('.toml'))
    .sort()) {
    await client.query(readFileSync(path.join(dir, folder, 'migration.sql'), 'utf8'));
  }
  await client.end();
}

export async function dropPostgresDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
