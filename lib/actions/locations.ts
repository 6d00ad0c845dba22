'use server';

import { revalidatePath } from 'next/cache';
import { refusalMessage } from '@/lib/auth/api-errors';
import { AuthorizationError, requireUser } from '@/lib/auth/guard';
import { organizationsWithRole } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/record';
import { descendantsOf } from '@/lib/locations/nesting';
import { prisma } from '@/lib/prisma';
import { LocationPlacementSchema } from '@/lib/validation/location';
import { fieldErrorsOf, formValues, type FormState } from '@/lib/validation/form-state';

export type PlacementState = FormState<'id' | 'parentId' | 'kind'>;

/**
 * Sets which place contains a place, and its kind. Places are shared by every organization, so
 * any editor may place them; a parent inside the place itself would make a loop and is refused.
 */
export async function setLocationPlacement(_previous: PlacementState, formData: FormData): Promise<PlacementState> {
  const raw = formValues(formData, ['id', 'parentId', 'kind']);
  let slug: string;
  try {
    const user = await requireUser();
    if (organizationsWithRole(user, 'editor').length === 0)
      throw new AuthorizationError('You need the editor role in an organization to change places.', 403);
    const parsed = LocationPlacementSchema.safeParse(raw);
    if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: 'Check the highlighted fields.' };
    const { id, parentId, kind } = parsed.data;
    const places = await prisma.location.findMany({ select: { id: true, parentId: true } });
    const place = await prisma.location.findUnique({ where: { id }, select: { id: true, slug: true, parentId: true, kind: true } });
    if (!place) return { message: 'That place no longer exists.' };
    if (parentId && !places.some((other) => other.id === parentId))
      return { errors: { parentId: ['That parent no longer exists; pick another.'] }, message: 'Check the highlighted fields.' };
    if (parentId && (parentId === id || descendantsOf(id, places).has(parentId))) {
      return {
        errors: { parentId: ['A place cannot lie inside itself or inside a place it contains.'] },
        message: 'Check the highlighted fields.',
      };
    }
    await prisma.$transaction(async (tx) => {
      await tx.location.update({ where: { id }, data: { parentId, kind } });
      await recordAudit(tx, {
        entityType: 'location',
        entityId: id,
        action: 'edit',
        userId: user.id,
        before: { parentId: place.parentId, kind: place.kind },
        after: { parentId, kind },
      });
    });
    slug = place.slug;
  } catch (error) {
    const refusal = refusalMessage(error);
    if (refusal) return { message: refusal };
    console.error('Place change failed', error);
    return { message: 'The change could not be saved. Nothing was changed; try again.' };
  }
  revalidatePath(`/locations/${slug}`);
  revalidatePath('/');
  return { ok: true, message: 'Saved.' };
}
