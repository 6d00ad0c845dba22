import 'server-only';
import { AuthorizationError, requireUser } from '@/lib/auth/guard';
import { hasRole, organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { visibleReportsWhere } from '@/lib/facts/visibility';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/prisma';

export type ReviewableReport = {
  id: string;
  ownerOrgId: string | null;
  sensitivity: string;
  text: string;
  publishedDate: string;
  title: string;
};

/**
 * For review actions: a trusted origin, a session, and the editor role in the organization that
 * owns the report. An unknown report gets the same answer as a forbidden one, so ids cannot be probed.
 */
export async function requireReportEditor(reportId: string): Promise<{ user: SessionUser; report: ReviewableReport }> {
  const user = await requireUser();
  const report = await prisma.report.findUnique({
    where: { id: reportId },
    select: { id: true, ownerOrgId: true, sensitivity: true, text: true, publishedDate: true, title: true },
  });
  if (!report || !hasRole(user, report.ownerOrgId, 'editor')) {
    throw new AuthorizationError('You need the editor role in the organization that owns this report to review it.', 403);
  }
  return { user, report };
}

/** The reports this reader may open (the rule is lib/facts/visibility.ts's). */
export function readableReportsWhere(reader: SessionUser | null): Prisma.ReportWhereInput {
  return visibleReportsWhere(organizationsWithRole(reader, 'viewer'));
}

/** Turns an authorization failure into the message an action returns; anything else is rethrown. */
export function authorizationMessage(error: unknown): string {
  if (error instanceof AuthorizationError) return error.message;
  throw error;
}
