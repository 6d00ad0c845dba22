/**
 * `tsx --conditions=react-server bench/load/prepare.ts --db sqlite|postgresql --facts N`: makes
 * the load bench's database once (bench/load/databases.ts) and prints its URL on the last line.
 */
import { parseArgs } from 'node:util';
import { preparePostgres, prepareSqlite } from './databases';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string', default: 'sqlite' }, facts: { type: 'string', default: '1000000' } } });
  const facts = Number(values.facts);
  const url = values.db === 'postgresql' ? await preparePostgres(facts) : `file:${await prepareSqlite(facts)}`;
  console.log(url);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
