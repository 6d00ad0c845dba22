import { randomUUID } from 'node:crypto';
import { createMember } from '@/lib/accounts/create-user';
import type { Role } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import type { FactFormValues } from '@/lib/validation/fact-form';

export const PASSWORD = 'entry-test-password';

/** A member with a role in an organization; unique per call so tests in one file never collide. */
export async function makeMember(role: Role, organization: string) {
  const email = `${role}-${randomUUID().slice(0, 8)}@entry.example`;
  const { userId } = await createMember(prisma, { email, password: PASSWORD, organization, role });
  const org = await prisma.organization.findUniqueOrThrow({ where: { name: organization } });
  return { email, userId, orgId: org.id };
}

export const FORM_VALUES: FactFormValues = {
  metric: 'people_arrived',
  value: 'about 2,000',
  unit: 'people',
  location: 'Fictional Camp North',
  date: '2019-03-01',
  datePrecision: 'day',
  sourceOrg: 'Example Relief Agency',
  excerpt: 'About 2,000 people arrived at the camp.',
  sensitivity: 'public',
};

export function formDataOf(fields: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return formData;
}

export function newToken(): string {
  return randomUUID();
}

/** Everything an action could have changed, to assert "nothing changed" after a rejection. */
export async function snapshotCounts() {
  const [facts, audit, locations, organizations] = await Promise.all([
    prisma.fact.count(),
    prisma.auditEntry.count(),
    prisma.location.count(),
    prisma.organization.count(),
  ]);
  return { facts, audit, locations, organizations };
}
