import { createMember } from '@/lib/accounts/create-user';
import { prisma } from '@/lib/prisma';

/** A fictional field update (invented organization and places), with three figures extraction finds. */
export function fieldUpdate(tag: string): string {
  return `Northwind Relief field update ${tag}

On Wednesday, 42 trucks carrying food left Eastport for the Lakeside camp.

Northwind Relief said that about 1,500 people arrived at the Lakeside camp on Thursday, and that some 300 families remain trapped in Eastport.`;
}

export const PASSWORD = 'review-test-password';

/** Editors and a viewer of "Org A", an editor of "Org B"; unique per test file through `prefix`. */
export async function createReviewers(prefix: string) {
  const emails = {
    editorA: `${prefix}-editor@a.example`,
    viewerA: `${prefix}-viewer@a.example`,
    editorB: `${prefix}-editor@b.example`,
    secondEditorA: `${prefix}-editor2@a.example`,
  };
  await createMember(prisma, { email: emails.editorA, password: PASSWORD, organization: `${prefix} Org A`, role: 'editor' });
  await createMember(prisma, { email: emails.secondEditorA, password: PASSWORD, organization: `${prefix} Org A`, role: 'editor' });
  await createMember(prisma, { email: emails.viewerA, password: PASSWORD, organization: `${prefix} Org A`, role: 'viewer' });
  await createMember(prisma, { email: emails.editorB, password: PASSWORD, organization: `${prefix} Org B`, role: 'editor' });
  const orgA = await prisma.organization.findUniqueOrThrow({ where: { name: `${prefix} Org A` } });
  return { emails, orgA };
}

export function reportForm(fields: Record<string, string | File>): FormData {
  const form = new FormData();
  const defaults = { title: 'Field update', publisher: 'Northwind Relief', publishedDate: '2024-05-10', url: '', text: '' };
  for (const [name, value] of Object.entries({ ...defaults, ...fields })) form.set(name, value);
  return form;
}

/** Row counts of everything a report submission or a review action may write. */
export async function tableCounts() {
  const [reports, facts, feedback, audit] = await Promise.all([
    prisma.report.count(),
    prisma.fact.count(),
    prisma.reviewFeedback.count(),
    prisma.auditEntry.count(),
  ]);
  return { reports, facts, feedback, audit };
}
