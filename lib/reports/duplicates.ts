import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Db } from '@/lib/database';
import { findOrganizationByName } from '@/lib/organizations/resolve';
import { visibleReportsWhere } from '@/lib/reports/access';
import { reportTextHash } from '@/lib/reports/fingerprint';

export type ExistingReport = { id: string; reason: 'text' | 'url' };

/** Share of the longer text the shorter must cover to be the same report with a line added or dropped. */
const SAME_REPORT_SHARE = 0.9;

/**
 * The report this submission repeats: same text (whatever its spacing), the same text with a
 * dateline or heading added or dropped (same publisher and day), or the same URL. Only reports
 * the submitter may open count: another organization's unpublished report must stay invisible,
 * so its existence is not revealed and the submitter gets their own copy.
 */
export async function findExistingReport(db: Db, user: SessionUser, submission: { text: string; url: string | null; publisher: string; publishedDate: string }): Promise<ExistingReport | null> {
  const visible = visibleReportsWhere(user);
  const sameText = await db.report.findFirst({ where: { AND: [visible, { textHash: reportTextHash(submission.text) }] }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  if (sameText) return { id: sameText.id, reason: 'text' };
  const nearly = await findSameTextWithinAPublisherDay(db, visible, submission);
  if (nearly) return { id: nearly, reason: 'text' };
  if (!submission.url) return null;
  const sameUrl = await db.report.findFirst({ where: { AND: [visible, { url: submission.url }] }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  return sameUrl ? { id: sameUrl.id, reason: 'url' } : null;
}

async function findSameTextWithinAPublisherDay(db: Db, visible: ReturnType<typeof visibleReportsWhere>, submission: { text: string; publisher: string; publishedDate: string }): Promise<string | null> {
  const publisher = await findOrganizationByName(db, submission.publisher.trim());
  if (!publisher) return null;
  const sameDay = await db.report.findMany({ where: { AND: [visible, { publisherId: publisher.id, publishedDate: submission.publishedDate }] }, select: { id: true, text: true }, orderBy: { createdAt: 'asc' }, take: 50 });
  const text = normalize(submission.text);
  const match = sameDay.find((report) => {
    const other = normalize(report.text);
    const [shorter, longer] = other.length < text.length ? [other, text] : [text, other];
    return shorter.length >= SAME_REPORT_SHARE * longer.length && longer.includes(shorter);
  });
  return match?.id ?? null;
}

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
