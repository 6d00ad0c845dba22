import { z } from 'zod';

/** The audit page's filters, from its query string; anything malformed is simply not applied. */
export const AUDIT_ACTIONS = [
  'create',
  'edit',
  'confirm',
  'reject',
  'delete',
  'restore',
  'sensitivity',
  'import',
  'membership',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'two-factor-on',
  'two-factor-off',
  'api-token-create',
  'api-token-revoke',
] as const;
export const AUDIT_ENTITY_TYPES = ['fact', 'report', 'organization', 'membership', 'location', 'user', 'database'] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const AuditFiltersSchema = z.object({
  organization: z.string().max(100).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});

export type AuditFilters = z.infer<typeof AuditFiltersSchema>;

/** Reads one value per parameter (a repeated parameter counts as its first value). */
export function readAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return AuditFiltersSchema.parse(first);
}
