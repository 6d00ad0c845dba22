import { z } from 'zod';

export const LOCATION_KINDS = ['country', 'admin1', 'admin2', 'admin3', 'site'] as const;

/** The place form: which place contains this one, and what kind of place it is (both may be cleared). */
export const LocationPlacementSchema = z.object({
  id: z.string().min(1, 'Which place? Reload the page and try again.'),
  parentId: z.string().transform((value) => value || null),
  kind: z
    .string()
    .transform((value) => value || null)
    .refine((value) => value === null || (LOCATION_KINDS as readonly string[]).includes(value), {
      message: `Pick one of: ${LOCATION_KINDS.join(', ')}, or none.`,
    }),
});
