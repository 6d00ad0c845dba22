import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Db } from '@/lib/database';
import { visibleReportsWhere } from '@/lib/reports/access';
import { reportTextHash } from '@/lib/reports/fingerprint';

export type ExistingReport = { id: string; reason: 'text' | 'url' };

/**
 * The report this submission repeats: same text (whatever its spacing) or same URL. Only reports
 * the submitter may open count: another organization's unpublished report must stay invisible,
 * so its existence is not revealed and the submitter gets their own copy.
 */
export async function findExistingReport(db: Db, user: SessionUser, { text, url }: { text: string; url: string | null }): Promise<ExistingReport | null> {
  const visible = visibleReportsWhere(user);
  const sameText = await db.report.findFirst({ where: { AND: [visible, { textHash: reportTextHash(text) }] }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  if (sameText) return { id: sameText.id, reason: 'text' };
  if (!url) return null;
  const sameUrl = await db.report.findFirst({ where: { AND: [visible, { url }] }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  return sameUrl ? { id: sameUrl.id, reason: 'url' } : null;
}
