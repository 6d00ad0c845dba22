'use server';

import { revalidatePath } from 'next/cache';
import { AuthorizationError, requireRole } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';
import { parseFeed } from '@/lib/intake/feed';
import { FEED_TYPES, FetchRefusal, safeFetch } from '@/lib/intake/fetch';
import { prisma } from '@/lib/prisma';
import { NewFeedSchema } from '@/lib/validation/feed';
import { fieldErrorsOf, formValues, type FormState } from '@/lib/validation/form-state';

export type FeedFormState = FormState<'organizationId' | 'name' | 'url' | 'intervalMinutes'> & { values?: Record<string, string> };

/**
 * Subscribes an organization (its editors only) to a feed. The feed is read once here, so a
 * wrong address is refused with the reason now rather than as a failed poll later; the job
 * worker polls it from then on.
 */
export async function subscribeFeed(_previous: FeedFormState, formData: FormData): Promise<FeedFormState> {
  const values = formValues(formData, ['organizationId', 'name', 'url', 'intervalMinutes']);
  try {
    const editor = await requireRole(values.organizationId, 'editor');
    const parsed = NewFeedSchema.safeParse(values);
    if (!parsed.success)
      return { errors: fieldErrorsOf(parsed.error), message: 'The feed was not added. Check the fields marked below.', values };
    const feed = parsed.data;
    if (await prisma.feed.findUnique({ where: { ownerOrgId_url: { ownerOrgId: feed.organizationId, url: feed.url } } })) {
      return { errors: { url: ['Your organization already follows this feed.'] }, values };
    }
    const problem = await checkFeed(feed.url);
    if (problem) return { errors: { url: [problem] }, values };
    await prisma.$transaction(async (tx) => {
      const created = await tx.feed.create({
        data: {
          name: feed.name,
          url: feed.url,
          intervalMinutes: feed.intervalMinutes,
          ownerOrgId: feed.organizationId,
          createdById: editor.id,
        },
      });
      await recordAudit(tx, {
        entityType: 'feed',
        entityId: created.id,
        action: 'create',
        userId: editor.id,
        after: { name: feed.name, url: feed.url, intervalMinutes: feed.intervalMinutes, organizationId: feed.organizationId },
      });
    });
    revalidatePath('/feeds');
    return { ok: true, message: `Subscribed to ${feed.name}. Its new items arrive as reports to review within a minute or two.` };
  } catch (error) {
    if (error instanceof AuthorizationError) return { message: error.message, values };
    throw error;
  }
}

async function checkFeed(url: string): Promise<string | null> {
  try {
    const fetched = await safeFetch(url, { accept: [...FEED_TYPES, 'text/plain', 'text/html'] });
    parseFeed(fetched.body.toString('utf8'));
    return null;
  } catch (error) {
    if (error instanceof FetchRefusal || error instanceof Error) return error.message;
    throw error;
  }
}

/** Stops following a feed; the reports it brought stay. */
export async function unsubscribeFeed(formData: FormData): Promise<void> {
  const feed = await prisma.feed.findUnique({
    where: { id: String(formData.get('feedId') ?? '') },
    select: { id: true, ownerOrgId: true, name: true, url: true },
  });
  if (!feed) return;
  const editor = await requireRole(feed.ownerOrgId, 'editor');
  await prisma.$transaction(async (tx) => {
    await tx.feed.delete({ where: { id: feed.id } });
    await recordAudit(tx, {
      entityType: 'feed',
      entityId: feed.id,
      action: 'delete',
      userId: editor.id,
      before: { name: feed.name, url: feed.url },
    });
  });
  revalidatePath('/feeds');
}
