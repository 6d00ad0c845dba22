/**
 * People a report introduces as speaking for an organization ("ICRC spokesperson Ana Weber",
 * "Maria Ruiz, a UNHCR spokeswoman", "the head of the Norwegian Refugee Council in Sorel, Jan
 * Smit,"), by surname, so that "Ruiz said" later is that organization speaking.
 */
import { isKnownOrganization, resolveOrganizationName } from './organizations';

const ROLE = String.raw`(?:spokesperson|spokesman|spokeswoman|official|director|head|chief|representative|coordinator|manager)`;
const NAME = String.raw`([A-Z][\p{L}'-]+)\s+([A-Z][\p{L}'-]+)`;
const ORG = String.raw`([A-Z][\p{L}&'-]*(?:\s+(?:of|for|the|and|on|&|[A-Z][\p{L}&'-]*)){0,7})`;
/** "ICRC spokesperson Ana Weber" */
const ORG_ROLE_NAME = new RegExp(String.raw`\b([A-Z]{2,8}|[A-Z][\p{L}-]+)\s+${ROLE}\s+${NAME}`, 'gu');
/** "Ana Weber, a UNHCR spokeswoman" */
const NAME_ORG_ROLE = new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+(?:senior\s+)?${ORG}\s+${ROLE}\b`, 'gu');
/** "Ana Weber, a spokeswoman for UNHCR"; "the head of UNHCR in Sorel, Ana Weber," */
const NAME_ROLE_ORG = new RegExp(
  String.raw`${NAME},\s+(?:a|an|the)\s+(?:senior\s+)?${ROLE}\s+(?:for|of|at|with)\s+(?:the\s+)?${ORG}`,
  'gu',
);
const ROLE_ORG_NAME = new RegExp(String.raw`\b${ROLE}\s+(?:of|for|at)\s+(?:the\s+)?${ORG}(?:\s+in\s+[A-Z][\p{L}'-]+)?,\s+${NAME},`, 'gu');

/** The organization a name stands for: known, an acronym the report defined, or none. */
function organizationOf(name: string, acronyms: Map<string, string>): string | null {
  const plain = name.replace(/\s+(?:in|on|at|and|of|for|the)$/, '').trim();
  if (acronyms.has(plain)) return acronyms.get(plain)!;
  return isKnownOrganization(plain) ? resolveOrganizationName(plain) : null;
}

export function findSpokespeople(work: string, acronyms: Map<string, string>): Map<string, string> {
  const people = new Map<string, string>();
  const add = (surname: string, org: string) => {
    const resolved = organizationOf(org, acronyms);
    if (resolved && !people.has(surname)) people.set(surname, resolved);
  };
  for (const m of work.matchAll(ORG_ROLE_NAME)) add(m[3], m[1]);
  for (const m of work.matchAll(NAME_ORG_ROLE)) add(m[2], m[3]);
  for (const m of work.matchAll(NAME_ROLE_ORG)) add(m[2], m[3]);
  for (const m of work.matchAll(ROLE_ORG_NAME)) add(m[3], m[1]);
  return people;
}

/** The organization of a spokesperson named in the span ("Weber said", "according to Weber"). */
export function spokespersonIn(span: string, people: Map<string, string>): string | null {
  if (people.size === 0) return null;
  for (const m of span.matchAll(/[A-Z][\p{L}'-]+/gu)) {
    const org = people.get(m[0]);
    if (org) return org;
  }
  return null;
}
