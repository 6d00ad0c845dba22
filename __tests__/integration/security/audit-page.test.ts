/** Issue 19, point 6: the admins' audit page lists their organization's events, with filters. */
import { prisma } from '@/lib/prisma';
import { createMember } from '@/lib/accounts/create-user';
import { recordAccountEvent } from '@/lib/audit/account-events';
import { recordAudit } from '@/lib/audit/record';
import { readAuditFilters } from '@/lib/audit/filters';
import { fetchAuditEvents } from '@/lib/data/audit';

jest.setTimeout(30_000);
let ours: { userId: string; organizationId: string };
let theirs: { userId: string; organizationId: string };

beforeAll(async () => {
  ours = await createMember(prisma, {
    email: 'audit-admin@example.org',
    name: 'Fictional Audit Admin',
    password: 'audit-password-1',
    organization: 'Fictional Audit Team',
    role: 'admin',
  });
  theirs = await createMember(prisma, {
    email: 'audit-other@example.org',
    password: 'audit-password-2',
    organization: 'Fictional Other Audit Team',
    role: 'admin',
  });
  await recordAccountEvent({ action: 'sign-in', userId: ours.userId, clientAddress: '192.0.2.80' });
  await recordAccountEvent({ action: 'sign-in-failed', userId: theirs.userId, clientAddress: '192.0.2.81' });
  await recordAudit(prisma, {
    entityType: 'organization',
    entityId: ours.organizationId,
    action: 'import',
    userId: ours.userId,
    after: { file: 'a.csv' },
  });
  await recordAudit(prisma, {
    entityType: 'organization',
    entityId: theirs.organizationId,
    action: 'import',
    userId: theirs.userId,
    after: { file: 'b.csv' },
  });
});

it("lists the organization's events and its members' sign-ins, never another organization's", async () => {
  const { rows } = await fetchAuditEvents(ours.organizationId, {});
  const direct = await prisma.auditEntry.count({
    where: { OR: [{ organizationId: ours.organizationId }, { entityType: 'user', userId: ours.userId }] },
  });
  expect(rows).toHaveLength(direct);
  expect(rows.map((row) => row.clientAddress)).toContain('192.0.2.80');
  expect(JSON.stringify(rows)).not.toContain('b.csv');
  expect(JSON.stringify(rows)).not.toContain('192.0.2.81');
  expect(rows.find((row) => row.action === 'sign-in')?.who).toBe('Fictional Audit Admin');
});

it('filters by event, record and day; malformed filters are ignored', async () => {
  expect((await fetchAuditEvents(ours.organizationId, readAuditFilters({ action: 'import' }))).rows.map((row) => row.details)).toEqual([
    '{"file":"a.csv"}',
  ]);
  expect((await fetchAuditEvents(ours.organizationId, readAuditFilters({ entityType: 'user' }))).rows.map((row) => row.action)).toEqual([
    'sign-in',
  ]);
  expect((await fetchAuditEvents(ours.organizationId, readAuditFilters({ to: '2000-01-01' }))).rows).toEqual([]);
  expect(readAuditFilters({ action: 'drop table', from: '0x10', to: ['2019-01-01', 'x'] })).toEqual({ to: '2019-01-01' });
});
