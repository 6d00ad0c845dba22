import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Db } from '@/lib/database';
import { findOrganizationByName } from '@/lib/organizations/resolve';
import { readableReportsWhere } from '@/lib/reports/access';
import { reportTextHash } from '@/lib/reports/fingerprint';
import { isLaterVersion } from '@/lib/reports/versions';

/**
 * How a submission relates to reports already in Sitrep: the same report again (sent to it), a
 * reprint of one under another outlet, a later version of one (its text plus new text), or new.
 */
export type SubmissionMatch =
  | { kind: 'existing'; id: string; reason: 'text' | 'url' }
  | { kind: 'reprint'; ofId: string }
  | { kind: 'version'; previousId: string; previousText: string }
  | { kind: 'new' };

export type Submission = { text: string; url: string | null; publisher: string; publishedDate: string };

/** Share of the longer text the shorter must cover to be the same report with a line added or dropped. */
const SAME_REPORT_SHARE = 0.9;
/** How far back an earlier version of the same publisher's story is looked for. */
const VERSION_WINDOW_DAYS = 14;

/**
 * Only reports the submitter may open count: another organization's unpublished report must stay
 * invisible, so its existence is not revealed and the submitter gets their own copy.
 */
export async function matchSubmission(db: Db, user: SessionUser, submission: Submission): Promise<SubmissionMatch> {
  const visible = readableReportsWhere(user);
  const publisher = await findOrganizationByName(db, submission.publisher.trim());
  const sameText = await db.report.findFirst({
    where: { AND: [visible, { textHash: reportTextHash(submission.text) }] },
    select: { id: true, publisherId: true, reprintOfId: true },
    orderBy: { createdAt: 'asc' },
  });
  if (sameText && sameText.publisherId === publisher?.id) return { kind: 'existing', id: sameText.id, reason: 'text' };
  if (sameText) return { kind: 'reprint', ofId: sameText.reprintOfId ?? sameText.id };
  const version = await findEarlierVersion(db, visible, submission, publisher?.id ?? null);
  if (version) return { kind: 'version', previousId: version.id, previousText: version.text };
  const nearly = publisher ? await findSameTextWithinAPublisherDay(db, visible, submission, publisher.id) : null;
  if (nearly) return { kind: 'existing', id: nearly, reason: 'text' };
  if (!submission.url) return { kind: 'new' };
  const sameUrl = await db.report.findFirst({
    where: { AND: [visible, { url: submission.url }] },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  return sameUrl ? { kind: 'existing', id: sameUrl.id, reason: 'url' } : { kind: 'new' };
}

type Visible = ReturnType<typeof readableReportsWhere>;

/** The newest report at the same link, or of the same publisher in the days before, that this one extends. */
async function findEarlierVersion(db: Db, visible: Visible, submission: Submission, publisherId: string | null) {
  const since = new Date(Date.parse(`${submission.publishedDate}T00:00:00Z`) - VERSION_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  const near = [
    ...(submission.url ? [{ url: submission.url }] : []),
    ...(publisherId ? [{ publisherId, publishedDate: { gte: since, lte: submission.publishedDate } }] : []),
  ];
  if (near.length === 0) return null;
  const earlier = await db.report.findMany({
    where: { AND: [visible, { OR: near }] },
    select: { id: true, text: true },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  return earlier.find((report) => isLaterVersion(report.text, submission.text)) ?? null;
}

async function findSameTextWithinAPublisherDay(
  db: Db,
  visible: Visible,
  submission: Submission,
  publisherId: string,
): Promise<string | null> {
  const sameDay = await db.report.findMany({
    where: { AND: [visible, { publisherId, publishedDate: submission.publishedDate }] },
    select: { id: true, text: true },
    orderBy: { createdAt: 'asc' },
    take: 50,
  });
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
