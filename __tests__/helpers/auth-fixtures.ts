/**
 * People for permission tests: in organization A an admin, an editor and a viewer; in
 * organization B an editor (the "other organization's editor"). Each test file gets its own
 * database, so the fixed addresses are unique per file; `tag` keeps them apart if called twice.
 */
import { createMember } from '@/lib/accounts/create-user';
import { prisma } from '@/lib/prisma';
import { setRequestHeaders, signInAs, TEST_ORIGIN } from '@/__tests__/helpers/request-context';

export const PASSWORD = 'correct-horse-battery';

export type People = {
  orgA: string;
  orgB: string;
  adminA: string;
  editorA: string;
  viewerA: string;
  editorB: string;
};

export async function createPeople(tag = 'p'): Promise<People> {
  const orgAName = `Fictional Relief A ${tag}`;
  const orgBName = `Fictional Relief B ${tag}`;
  const adminA = `admin-a-${tag}@example.org`;
  const editorA = `editor-a-${tag}@example.org`;
  const viewerA = `viewer-a-${tag}@example.org`;
  const editorB = `editor-b-${tag}@example.org`;
  await createMember(prisma, { email: adminA, password: PASSWORD, organization: orgAName, role: 'admin' });
  await createMember(prisma, { email: editorA, password: PASSWORD, organization: orgAName, role: 'editor' });
  await createMember(prisma, { email: viewerA, password: PASSWORD, organization: orgAName, role: 'viewer' });
  await createMember(prisma, { email: editorB, password: PASSWORD, organization: orgBName, role: 'editor' });
  const orgA = (await prisma.organization.findUniqueOrThrow({ where: { name: orgAName } })).id;
  const orgB = (await prisma.organization.findUniqueOrThrow({ where: { name: orgBName } })).id;
  return { orgA, orgB, adminA, editorA, viewerA, editorB };
}

/** A way a request can be refused, and how to make the current request look like it. */
export type Refusal = { name: string; arrange: () => Promise<void> };

/**
 * The requests every mutation must refuse: nobody signed in; a signed-in person with too little
 * or the wrong membership; and the right person, but from a foreign, `null` or missing Origin.
 */
export function refusals(people: () => People, { allowed, tooWeak }: { allowed: keyof People; tooWeak: (keyof People)[] }): Refusal[] {
  const as =
    (who: keyof People, origin: string | null = TEST_ORIGIN) =>
    async () => {
      await signInAs(people()[who], PASSWORD, origin);
    };
  return [
    { name: 'no session', arrange: async () => setRequestHeaders({ origin: TEST_ORIGIN }) },
    ...tooWeak.map((who) => ({ name: `${who} session`, arrange: as(who) })),
    { name: 'Origin: https://evil.example', arrange: as(allowed, 'https://evil.example') },
    { name: 'Origin: null', arrange: as(allowed, 'null') },
    { name: 'no Origin header', arrange: as(allowed, null) },
  ];
}

/** Everything a permission test may change, to prove a refused request changed nothing. */
export async function databaseSnapshot(): Promise<Record<string, unknown>> {
  const [memberships, users, accounts, audit, facts, reports, twoFactors] = await Promise.all([
    prisma.membership.findMany({ orderBy: { id: 'asc' } }),
    prisma.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, email: true, twoFactorEnabled: true } }),
    prisma.account.count(),
    prisma.auditEntry.count(),
    prisma.fact.findMany({ orderBy: { id: 'asc' }, select: { id: true, sensitivity: true, version: true } }),
    prisma.report.findMany({ orderBy: { id: 'asc' }, select: { id: true, sensitivity: true } }),
    prisma.twoFactor.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { memberships, users, accounts, audit, facts, reports, twoFactors };
}
