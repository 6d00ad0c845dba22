import { readdirSync, readFileSync } from 'node:fs';
import {
  PG_MIGRATIONS_PATH,
  PG_SCHEMA_PATH,
  SQLITE_MIGRATIONS_PATH,
  SQLITE_SCHEMA_PATH,
  migrationFolders,
  pendingPgMigrationName,
  pgSchemaFrom,
} from '@/scripts/pg-schema';

const FIX = 'Run `npm run db:pg:generate` and commit prisma/pg (docs/database.md).';

describe('the PostgreSQL schema is generated from prisma/schema.prisma', () => {
  it('is exactly what the generator makes (no drift)', () => {
    const expected = pgSchemaFrom(readFileSync(SQLITE_SCHEMA_PATH, 'utf8'));
    const committed = readFileSync(PG_SCHEMA_PATH, 'utf8');
    if (committed !== expected) throw new Error(`prisma/pg/schema.prisma is out of date. ${FIX}`);
  });

  it('has a PostgreSQL migration for the newest SQLite migration', () => {
    const pending = pendingPgMigrationName(readdirSync(SQLITE_MIGRATIONS_PATH), readdirSync(PG_MIGRATIONS_PATH));
    if (pending) throw new Error(`No PostgreSQL migration for ${pending}. ${FIX}`);
    expect(readFileSync(`${PG_MIGRATIONS_PATH}/migration_lock.toml`, 'utf8')).toContain('provider = "postgresql"');
  });

  it('changes only the provider, its URL and the client folder', () => {
    const sqlite = readFileSync(SQLITE_SCHEMA_PATH, 'utf8');
    const pg = pgSchemaFrom(sqlite);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('"../../lib/generated/prisma-pg"');
    const models = (schema: string) => schema.slice(schema.indexOf('\nmodel '));
    expect(models(pg)).toBe(models(sqlite));
  });

  it('refuses a schema it cannot rewrite instead of guessing', () => {
    expect(() => pgSchemaFrom('model A { id String @id }')).toThrow('generator client');
    const twoDatasources =
      'generator client {\n  output = "../lib/generated/prisma"\n}\ndatasource a {\n  provider = "sqlite"\n  url = "file:a"\n}\ndatasource b {\n  provider = "sqlite"\n  url = "file:b"\n}\n';
    expect(() => pgSchemaFrom(twoDatasources)).toThrow('found it 2 times');
  });

  it('names the pending migration after the newest SQLite one', () => {
    expect(pendingPgMigrationName(['20261124000000_init', '20261124100000_review_x', 'migration_lock.toml'], ['20261124000000_init'])).toBe(
      '20261124100000_review_x',
    );
    expect(pendingPgMigrationName(['20261124000000_init'], ['20261124000000_init', 'migration_lock.toml'])).toBeNull();
    expect(migrationFolders(['b', '20261124000001_b', '20261124000000_a'])).toEqual(['20261124000000_a', '20261124000001_b']);
  });
});

describe('PostgreSQL migrations run through Prisma’s pg adapter', () => {
  // The adapter's migrate runs a script cut at every ";" (comments and function bodies included):
  // a semicolon there splits a statement in two and `prisma migrate deploy` fails.
  it.each(migrationFolders(readdirSync(PG_MIGRATIONS_PATH)))('%s has no semicolon inside a comment or a quoted body', (folder) => {
    const sql = readFileSync(`${PG_MIGRATIONS_PATH}/${folder}/migration.sql`, 'utf8');
    const commentsWithSemicolon = sql.split('\n').filter((line) => line.trim().startsWith('--') && line.includes(';'));
    expect(commentsWithSemicolon).toEqual([]);
    expect(sql).not.toMatch(/\$\$[^]*;[^]*\$\$/);
    const quoted = sql.match(/'(?:[^']|'')*'/g) ?? [];
    expect(quoted.filter((text) => text.includes(';'))).toEqual([]);
  });
});
