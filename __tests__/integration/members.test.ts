jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { prisma } from '@/lib/prisma';
import { addMember, changeMemberRole, removeMember } from '@/lib/actions/members';
import { createPeople, databaseSnapshot, PASSWORD, refusals, type People } from '@/__tests__/helpers/auth-fixtures';
import { signInAs } from '@/__tests__/helpers/request-context';

let people: People;

beforeAll(async () => {
  people = await createPeople('members');
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function membershipOf(email: string, organizationId: string) {
  return prisma.membership.findFirst({ where: { organizationId, user: { email } } });
}

const cases = () => refusals(() => people, { allowed: 'adminA', tooWeak: ['viewerA', 'editorA', 'editorB'] });

describe('members: refused requests change nothing', () => {
  it.each(cases().map((c) => [c.name, c] as const))('addMember refuses %s', async (_name, refusal) => {
    await refusal.arrange();
    const before = await databaseSnapshot();
    const state = await addMember(
      {},
      form({ organizationId: people.orgA, email: 'intruder@example.org', name: 'X', password: 'a-long-password', role: 'admin' }),
    );
    expect(state.ok).toBeFalsy();
    expect(state.message).toMatch(/Sign in|role|did not come from a Sitrep page/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it.each(cases().map((c) => [c.name, c] as const))('changeMemberRole refuses %s', async (_name, refusal) => {
    const target = (await membershipOf(people.viewerA, people.orgA))!;
    await refusal.arrange();
    const before = await databaseSnapshot();
    const state = await changeMemberRole({}, form({ membershipId: target.id, role: 'admin' }));
    expect(state.ok).toBeFalsy();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it.each(cases().map((c) => [c.name, c] as const))('removeMember refuses %s', async (_name, refusal) => {
    const target = (await membershipOf(people.editorA, people.orgA))!;
    await refusal.arrange();
    const before = await databaseSnapshot();
    const state = await removeMember({}, form({ membershipId: target.id }));
    expect(state.ok).toBeFalsy();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("an admin of A cannot touch B's memberships", async () => {
    const target = (await membershipOf(people.editorB, people.orgB))!;
    await signInAs(people.adminA, PASSWORD);
    const before = await databaseSnapshot();
    expect((await changeMemberRole({}, form({ membershipId: target.id, role: 'viewer' }))).ok).toBeFalsy();
    expect((await removeMember({}, form({ membershipId: target.id }))).ok).toBeFalsy();
    expect(
      (
        await addMember(
          {},
          form({ organizationId: people.orgB, email: 'new-b@example.org', name: '', password: 'a-long-password', role: 'admin' }),
        )
      ).ok,
    ).toBeFalsy();
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe('members: an admin manages their organization', () => {
  beforeEach(async () => {
    await signInAs(people.adminA, PASSWORD);
  });

  it('adds a new person who can then sign in, with an audit entry naming the admin', async () => {
    const state = await addMember(
      {},
      form({
        organizationId: people.orgA,
        email: ' New.Person@Example.org ',
        name: 'New Person',
        password: 'initial-password-1',
        role: 'editor',
      }),
    );
    expect(state).toMatchObject({ ok: true });
    const membership = (await membershipOf('new.person@example.org', people.orgA))!;
    expect(membership.role).toBe('editor');
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'membership', entityId: membership.id } });
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: people.adminA } });
    expect(audit.userId).toBe(admin.id);
    await expect(signInAs('new.person@example.org', 'initial-password-1')).resolves.toContain('session_token');
  });

  it('adds an existing user without changing their password', async () => {
    const state = await addMember(
      {},
      form({ organizationId: people.orgA, email: people.editorB, name: '', password: 'ignored-password-9', role: 'viewer' }),
    );
    expect(state).toMatchObject({ ok: true, message: expect.stringContaining('keep their own password') });
    await expect(signInAs(people.editorB, PASSWORD)).resolves.toContain('session_token');
  });

  it('reports every bad field at once and stores nothing', async () => {
    const before = await databaseSnapshot();
    const state = await addMember(
      {},
      form({ organizationId: people.orgA, email: 'not-an-email', name: 'x'.repeat(201), password: 'short', role: 'owner' }),
    );
    expect(Object.keys(state.errors ?? {}).sort()).toEqual(['email', 'name', 'password', 'role']);
    expect(state.values).toEqual({ email: 'not-an-email', name: 'x'.repeat(201), role: 'owner' });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('refuses to add someone twice', async () => {
    const before = await databaseSnapshot();
    const state = await addMember(
      {},
      form({ organizationId: people.orgA, email: people.viewerA, name: '', password: 'whatever-long', role: 'viewer' }),
    );
    expect(state.errors?.email?.[0]).toMatch(/already a member/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('changes a role, with before and after in the audit log', async () => {
    const target = (await membershipOf(people.viewerA, people.orgA))!;
    expect(await changeMemberRole({}, form({ membershipId: target.id, role: 'editor' }))).toMatchObject({ ok: true });
    expect((await membershipOf(people.viewerA, people.orgA))!.role).toBe('editor');
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: target.id }, orderBy: { createdAt: 'desc' } });
    expect(JSON.parse(audit.before!)).toEqual({ role: 'viewer' });
    expect(JSON.parse(audit.after!)).toEqual({ role: 'editor' });
    await changeMemberRole({}, form({ membershipId: target.id, role: 'viewer' }));
  });

  it('rejects an unknown role', async () => {
    const target = (await membershipOf(people.viewerA, people.orgA))!;
    const before = await databaseSnapshot();
    expect((await changeMemberRole({}, form({ membershipId: target.id, role: 'superuser' }))).ok).toBeFalsy();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('never removes or demotes the last admin, not even yourself', async () => {
    const own = (await membershipOf(people.adminA, people.orgA))!;
    const before = await databaseSnapshot();
    expect((await removeMember({}, form({ membershipId: own.id }))).message).toMatch(/at least one admin/);
    expect((await changeMemberRole({}, form({ membershipId: own.id, role: 'viewer' }))).message).toMatch(/at least one admin/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('removes a member; their access ends at once', async () => {
    await addMember(
      {},
      form({ organizationId: people.orgA, email: 'leaving@example.org', name: 'Leaving', password: 'leaving-password', role: 'editor' }),
    );
    const target = (await membershipOf('leaving@example.org', people.orgA))!;
    expect(await removeMember({}, form({ membershipId: target.id }))).toMatchObject({ ok: true });
    expect(await membershipOf('leaving@example.org', people.orgA)).toBeNull();
    expect(await prisma.auditEntry.count({ where: { entityId: target.id, action: 'delete' } })).toBe(1);
  });
});
