import type { Db } from '@/lib/database';
import { findLocationByName } from '@/lib/locations/resolve';
import { findOrganizationByName } from '@/lib/organizations/resolve';
import { slugify } from '@/lib/slug';

/**
 * A name that is not an existing organization or place, but reads as one: it differs from it
 * only in punctuation, symbols or accents ("Save-the-Children" and "Save the Children!"), so its
 * slug is the same. The resolvers never merge such names (lib/organizations/resolve.ts); forms
 * ask the person to pick instead, through the field message below.
 */
export type Lookalike = { kind: 'organization' | 'place'; typed: string; existing: string };

async function lookalikeOf(db: Db, kind: Lookalike['kind'], typed: string): Promise<Lookalike | null> {
  const name = typed.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!name) return null;
  const known = kind === 'organization' ? await findOrganizationByName(db, name) : await findLocationByName(db, name);
  if (known) return null;
  const base = slugify(name);
  if (base === 'unnamed') return null;
  const where = { slug: { startsWith: base } };
  // Stored slugs may carry a -2 suffix (uniqueSlug), so compare the names' own slugs.
  const select = { name: true };
  const rows = kind === 'organization' ? await db.organization.findMany({ where, select }) : await db.location.findMany({ where, select });
  const match = rows.find((row) => slugify(row.name) === base);
  return match ? { kind, typed: name, existing: match.name } : null;
}

export function lookalikeMessage({ kind, typed, existing }: Lookalike): string {
  return (
    `"${typed}" differs from the existing ${kind} "${existing}" only in punctuation, symbols or accents. ` +
    `If you mean it, choose "${existing}"; if not, type a name that differs in its letters or digits.`
  );
}

export type NamedFields = { sourceOrg?: string | null; location?: string | null; origin?: string | null; destination?: string | null };

/** One field message per name in a fact that looks like an existing record without being it. */
export async function lookalikeErrors(find: LookalikeFinder, fact: NamedFields): Promise<Partial<Record<keyof NamedFields, string[]>>> {
  const errors: Partial<Record<keyof NamedFields, string[]>> = {};
  const checks: [keyof NamedFields, Lookalike['kind']][] = [
    ['sourceOrg', 'organization'],
    ['location', 'place'],
    ['origin', 'place'],
    ['destination', 'place'],
  ];
  for (const [field, kind] of checks) {
    const value = fact[field];
    const found = value ? await find(kind, value) : null;
    if (found) errors[field] = [lookalikeMessage(found)];
  }
  return errors;
}

/** Looks each distinct name up once: an import asks for the same few names on every row. */
export type LookalikeFinder = (kind: Lookalike['kind'], name: string) => Promise<Lookalike | null>;

export function lookalikeFinder(db: Db): LookalikeFinder {
  const seen = new Map<string, Promise<Lookalike | null>>();
  return (kind: Lookalike['kind'], name: string) => {
    const key = `${kind}\u001f${name}`;
    if (!seen.has(key)) seen.set(key, lookalikeOf(db, kind, name));
    return seen.get(key)!;
  };
}
