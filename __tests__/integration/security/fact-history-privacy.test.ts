/**
 * Issue 19, point 8: anonymous readers (and other organizations) see a public fact and its
 * history, but not the name of the person who entered or changed it.
 */
import { prisma } from '@/lib/prisma';
import { createMember } from '@/lib/accounts/create-user';
import { createFact } from '@/lib/facts/write';
import { fetchFactDetail, fetchFactHistory } from '@/lib/data/fact-detail';
import { FactInputSchema } from '@/lib/validation/fact';
import type { SessionUser } from '@/lib/auth/permissions';

jest.setTimeout(30_000);
const FACT = {
  metric: 'people_departed',
  low: 40,
  high: 40,
  qualifier: 'exact',
  unit: 'people',
  location: 'Fictional Privacy Camp',
  date: '2019-03-08',
  datePrecision: 'day',
  sourceOrg: 'Fictional Privacy Org',
};

let factId: string;
let member: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  const editor = await createMember(prisma, {
    email: 'privacy-editor@example.org',
    name: 'Fictional Enterer',
    password: 'privacy-password-1',
    organization: 'Fictional Privacy Team',
    role: 'editor',
  });
  const other = await createMember(prisma, {
    email: 'other-org@example.org',
    password: 'privacy-password-2',
    organization: 'Fictional Other Team',
    role: 'admin',
  });
  factId = (
    await createFact(prisma, FactInputSchema.parse(FACT), { status: 'confirmed', userId: editor.userId, ownerOrgId: editor.organizationId })
  ).id;
  member = {
    id: editor.userId,
    email: 'privacy-editor@example.org',
    name: 'Fictional Enterer',
    memberships: [{ organizationId: editor.organizationId, role: 'viewer' }],
  };
  outsider = {
    id: other.userId,
    email: 'other-org@example.org',
    name: 'Other',
    memberships: [{ organizationId: other.organizationId, role: 'admin' }],
  };
});

it.each([
  ['an anonymous reader', () => null],
  ['an admin of another organization', () => outsider],
])('%s sees the history without names', async (_who, reader) => {
  const detail = await fetchFactDetail(factId, reader());
  expect(detail?.fact.enteredBy).toBeNull();
  const history = await fetchFactHistory(factId, reader());
  expect(history.map((entry) => entry.who)).toEqual(['A member of the owning organization']);
  expect(JSON.stringify(history)).not.toContain('Fictional Enterer');
  expect(JSON.stringify(history)).not.toContain('privacy-editor@example.org');
});

it('members of the owning organization see who entered it', async () => {
  expect((await fetchFactDetail(factId, member))?.fact.enteredBy?.name).toBe('Fictional Enterer');
  expect((await fetchFactHistory(factId, member)).map((entry) => entry.who)).toEqual(['Fictional Enterer']);
});
