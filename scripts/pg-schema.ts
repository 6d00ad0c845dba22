/**
 * The PostgreSQL schema is derived from prisma/schema.prisma (the one source of truth) by a
 * mechanical rewrite: only the datasource provider, its placeholder URL and the generated
 * client's folder differ. The model blocks are copied unchanged, so the two can never disagree.
 * Pure functions: scripts/generate-pg-schema.ts writes the files, a unit test checks for drift.
 */

export const PG_SCHEMA_PATH = 'prisma/pg/schema.prisma';
export const PG_MIGRATIONS_PATH = 'prisma/pg/migrations';
export const SQLITE_SCHEMA_PATH = 'prisma/schema.prisma';
export const SQLITE_MIGRATIONS_PATH = 'prisma/migrations';

const BANNER = [
  '// GENERATED from prisma/schema.prisma by scripts/generate-pg-schema.ts: do not edit.',
  '// Change prisma/schema.prisma, then run `npm run db:pg:generate` (docs/database.md).',
  '',
  '',
].join('\n');

type Rewrite = { what: string; pattern: RegExp; replacement: string };

const REWRITES: Rewrite[] = [
  {
    what: 'the generated client folder',
    pattern: /^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/m,
    replacement: '$1"../../lib/generated/prisma-pg"',
  },
  { what: 'the datasource provider', pattern: /^(\s*provider\s*=\s*)"sqlite"/m, replacement: '$1"postgresql"' },
  // Prisma 6 offline needs a literal URL (stack.md G4); the real one comes from DATABASE_URL.
  { what: 'the datasource url', pattern: /^(\s*url\s*=\s*)"file:[^"]*"/m, replacement: '$1"postgresql://localhost:5432/sitrep"' },
];

/** prisma/pg/schema.prisma's exact text for a given prisma/schema.prisma. */
export function pgSchemaFrom(sqliteSchema: string): string {
  const start = sqliteSchema.indexOf('generator client');
  if (start < 0) throw new Error('prisma/schema.prisma has no `generator client` block.');
  let schema = sqliteSchema.slice(start);
  for (const { what, pattern, replacement } of REWRITES) {
    const matches = schema.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
    if (matches.length !== 1) throw new Error(`Expected ${what} once in prisma/schema.prisma, found it ${matches.length} times.`);
    schema = schema.replace(pattern, replacement);
  }
  return BANNER + schema;
}

/** Migration folders in order (what `prisma migrate deploy` applies). */
export function migrationFolders(entries: string[]): string[] {
  return entries.filter((entry) => /^\d{14}_/.test(entry)).sort();
}

/**
 * Each PostgreSQL migration is named after the newest SQLite migration it catches up with, so
 * "is PostgreSQL behind?" is a comparison of folder names (the drift test checks it).
 */
export function pendingPgMigrationName(sqliteFolders: string[], pgFolders: string[]): string | null {
  const newest = migrationFolders(sqliteFolders).at(-1);
  if (!newest) return null;
  return migrationFolders(pgFolders).includes(newest) ? null : newest;
}
