import { loadEnvConfig } from '@next/env';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseKind, resolveDatabaseUrl } from './lib/database-url';

// The Prisma CLI skips .env when a config file exists, so load it the way Next does.
loadEnvConfig(process.cwd());

const url = resolveDatabaseUrl();
const isPostgres = databaseKind(url) === 'postgresql';

export default defineConfig({
  schema: isPostgres ? 'prisma/pg/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: isPostgres ? 'prisma/pg/migrations' : 'prisma/migrations' },
  experimental: { adapter: true },
  // "js" keeps the CLI on the wasm engines: the native ones would be downloaded, and cannot be here.
  engine: 'js',
  async adapter() {
    if (isPostgres) {
      // The CLI's migrate needs the 7.x pg adapter (6.19.3 cannot read `name` columns); see docs/database.md.
      const { PrismaPg } = await import('@prisma/adapter-pg-v7');
      return new PrismaPg({ connectionString: url });
    }
    return new PrismaBetterSQLite3({ url });
  },
});
