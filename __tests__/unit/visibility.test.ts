import { hasRole, organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { canSee as canSeeFor } from '@/lib/facts/visibility';

const canSee = (user: SessionUser | null, item: Parameters<typeof canSeeFor>[1]) => canSeeFor(organizationsWithRole(user, 'viewer'), item);
import { buildFactWhere, visibleConfirmedFactsWhere } from '@/lib/data/fact-filters';

const member = (organizationId: string, role: 'viewer' | 'editor' | 'admin'): SessionUser => ({
  id: 'u',
  email: 'u@example.org',
  name: 'U',
  memberships: [{ organizationId, role }],
});

describe('canSee', () => {
  const confirmedPublic = { ownerOrgId: 'A', sensitivity: 'public', status: 'confirmed' };

  it('shows confirmed public facts to everyone, signed in or not', () => {
    expect(canSee(null, confirmedPublic)).toBe(true);
    expect(canSee(member('B', 'viewer'), confirmedPublic)).toBe(true);
  });

  it.each([
    ['restricted', { ...confirmedPublic, sensitivity: 'restricted' }],
    ['a candidate', { ...confirmedPublic, status: 'candidate' }],
    ['rejected', { ...confirmedPublic, status: 'rejected' }],
    ['deleted', { ...confirmedPublic, deletedAt: new Date() }],
    ['from a restricted report', { ...confirmedPublic, report: { ownerOrgId: 'A', sensitivity: 'restricted' } }],
    ['of an unknown level', { ...confirmedPublic, sensitivity: 'Public ' }],
  ])('hides a fact that is %s from the public and from other organizations, not from its own', (_name, fact) => {
    expect(canSee(null, fact)).toBe(false);
    expect(canSee(member('B', 'admin'), fact)).toBe(false);
    expect(canSee(member('A', 'viewer'), fact)).toBe(true);
  });

  it('hides a restricted fact without an owner from everyone', () => {
    expect(canSee(member('A', 'admin'), { ownerOrgId: null, sensitivity: 'restricted', status: 'confirmed' })).toBe(false);
  });

  it('treats reports (no status) by their level', () => {
    expect(canSee(null, { ownerOrgId: 'A', sensitivity: 'public' })).toBe(true);
    expect(canSee(null, { ownerOrgId: 'A', sensitivity: 'restricted' })).toBe(false);
  });
});

describe('roles', () => {
  it('orders viewer < editor < admin, per organization', () => {
    const user = member('A', 'editor');
    expect([hasRole(user, 'A', 'viewer'), hasRole(user, 'A', 'editor'), hasRole(user, 'A', 'admin')]).toEqual([true, true, false]);
    expect(hasRole(user, 'B', 'viewer')).toBe(false);
    expect(hasRole(user, null, 'viewer')).toBe(false);
    expect(organizationsWithRole(user, 'admin')).toEqual([]);
  });
});

describe('visibleConfirmedFactsWhere', () => {
  it('for the public: confirmed, not deleted, public, and not from a restricted report', () => {
    expect(visibleConfirmedFactsWhere(null)).toEqual({
      status: 'confirmed',
      deletedAt: null,
      AND: [{ sensitivity: 'public' }, { OR: [{ reportId: null }, { report: { sensitivity: 'public' } }] }],
    });
  });

  it("for a member: also their organizations' restricted facts and reports, nothing else", () => {
    expect(visibleConfirmedFactsWhere(member('A', 'viewer'))).toEqual({
      status: 'confirmed',
      deletedAt: null,
      AND: [
        { OR: [{ sensitivity: 'public' }, { ownerOrgId: { in: ['A'] } }] },
        { OR: [{ reportId: null }, { report: { sensitivity: 'public' } }, { report: { ownerOrgId: { in: ['A'] } } }] },
      ],
    });
  });

  it('keeps the visibility rule inside every dashboard filter', () => {
    const where = buildFactWhere({ from: '2026-01-01', to: null, orgs: ['x'], locations: [], metrics: [] } as never, null);
    expect((where.AND as unknown[])[0]).toEqual(visibleConfirmedFactsWhere(null));
  });
});
