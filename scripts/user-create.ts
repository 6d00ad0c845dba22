// Creates a user (or gives an existing one a role): `npm run user:create -- --email E --org O --role admin`.
// The password comes from SITREP_USER_PASSWORD, or is asked for on the terminal without echo.
// Safe while the server runs: it migrates nothing (it refuses, saying so, when migrations are
// pending) and writes in one short transaction, audited as the command line.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { loadEnvConfig } from '@next/env';
import { parseUserCreateArgs, USER_CREATE_USAGE } from '@/lib/accounts/user-create-args';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/account';

loadEnvConfig(process.cwd());

function fail(message: string, code: number): never {
  console.error(`user:create: ${message}`);
  process.exit(code);
}

/** Reads a line from the terminal while printing nothing of what is typed. */
function askHidden(question: string): Promise<string> {
  process.stderr.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const terminal = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    terminal.question('', (answer) => {
      terminal.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.SITREP_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) fail('no terminal to ask for the password; set SITREP_USER_PASSWORD.', 2);
  const first = await askHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await askHidden('Same password again: ');
  if (first !== second) fail('the two passwords differ; nothing was created.', 2);
  return first;
}

/**
 * A busy server may hold SQLite's one write lock for a moment. A transaction that has already read
 * gets SQLITE_BUSY at once when it then writes (SQLite calls no busy handler on that upgrade), which
 * Prisma reports as P1008: the whole transaction is tried again until the lock is free.
 */
async function retryWhileBusy<T>(run: () => Promise<T>, waitMs = 30_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      const busy = (error as { code?: string }).code === 'P1008';
      if (!busy || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function main(): Promise<void> {
  const parsed = parseUserCreateArgs(process.argv.slice(2));
  if (!parsed.ok) fail(`${parsed.error} ${USER_CREATE_USAGE}`, 2);
  const { email, organization, role, name } = parsed.args;
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) fail(`the password needs at least ${MIN_PASSWORD_LENGTH} characters; nothing was created.`, 2);
  // Imported after the environment is loaded: the client reads DATABASE_URL when created.
  const { prisma } = await import('@/lib/prisma');
  const { createMember } = await import('@/lib/accounts/create-user');
  const { pendingMigrations } = await import('@/lib/accounts/pending-migrations');
  const { recordAudit } = await import('@/lib/audit/record');
  try {
    const pending = await pendingMigrations(prisma);
    if (pending.length > 0)
      fail(`the database lacks ${pending.length} migration(s) (${pending[0]}…): run \`npm run db:migrate\` first; nothing was created.`, 1);
    const { isNew } = await retryWhileBusy(() =>
      prisma.$transaction(
        async (tx) => {
          const created = await createMember(tx, { email, name, password, organization, role });
          const after = { email, organizationId: created.organizationId, role, newAccount: created.isNew };
          await recordAudit(tx, {
            entityType: 'membership',
            entityId: created.membershipId,
            action: 'membership',
            userId: null,
            actorName: 'npm run user:create',
            after,
          });
          return created;
        },
        { maxWait: 15_000, timeout: 30_000 },
      ),
    );
    console.log(
      isNew
        ? `Created ${email} as ${role} of ${organization}.`
        : `${email} already had an account (password unchanged); now ${role} of ${organization}.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
