/**
 * Issue 19, points 3 and 6: a slug never maps a different name onto an existing organization,
 * and organizations and locations created on the way are audited.
 */
import { prisma } from '@/lib/prisma';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { findOrCreateLocation } from '@/lib/locations/resolve';

jest.setTimeout(30_000);

it('"Save-the-Children" is not filed under "Save the Children!": same slug, different names', async () => {
  const first = await findOrCreateOrganization(prisma, { name: 'Fictional Save the Children!' });
  const second = await findOrCreateOrganization(prisma, { name: 'Fictional-Save-the-Children' });
  expect(second.id).not.toBe(first.id);
  expect(second.name).toBe('Fictional-Save-the-Children');
  const slugs = await prisma.organization.findMany({ where: { id: { in: [first.id, second.id] } }, select: { slug: true } });
  expect(new Set(slugs.map((row) => row.slug)).size).toBe(2);
});

it('still finds an organization by its name in another case or Unicode spelling, and by its short name', async () => {
  const org = await findOrCreateOrganization(prisma, { name: 'Fictional Caf\u00e9 Relief', shortName: 'FCR' });
  expect((await findOrCreateOrganization(prisma, { name: 'fictional cafe\u0301 relief' })).id).toBe(org.id);
  expect((await findOrCreateOrganization(prisma, { name: 'FCR' })).id).toBe(org.id);
});

it('audits organizations and locations created implicitly, with who made them', async () => {
  const user = await prisma.user.create({ data: { id: 'names-user', name: 'Fictional Editor', email: 'names-editor@example.org' } });
  const org = await findOrCreateOrganization(prisma, { name: 'Fictional Implicit Org', createdBy: user.id });
  const place = await findOrCreateLocation(prisma, { name: 'Fictional Implicit Camp', createdBy: user.id });
  await findOrCreateLocation(prisma, { name: 'fictional implicit camp' });
  const entries = await prisma.auditEntry.findMany({ where: { entityId: { in: [org.id, place.id] } }, orderBy: { createdAt: 'asc' } });
  expect(entries.map((entry) => [entry.entityType, entry.action, entry.actorName, entry.organizationId])).toEqual([
    ['organization', 'create', 'Fictional Editor', org.id],
    ['location', 'create', 'Fictional Editor', null],
  ]);
});
