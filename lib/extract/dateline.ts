/**
 * The dateline of wire copy ("BEIRUT (Reuters) -", "AFP, NEAR BAGHOUZ, Syria"): the place the
 * report is written from, and the wire agency that wrote it when an outlet republishes it.
 */
import { resolveOrganizationName } from './organizations';

export type Dateline = { place: string | null; wire: string | null };

const WIRES = '(AFP|Reuters|AP|Agence France-Presse|Associated Press|Xinhua|Anadolu|dpa|UNHCR|OCHA|UN News)';
const LEAD = new RegExp(
  `^\\s*(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?(?:${WIRES}\\s*[,:]\\s*)?(?:(?:NEAR|OUTSIDE|IN)\\s+)?([A-Z][A-Z'.\\- ]*[A-Z])\\b(?:\\s*,\\s*[A-Z][\\p{L} ]*?)?(?:\\s*,\\s*\\d{1,2}\\s+[A-Z][a-z]+(?:\\s+\\d{4})?)?\\s*(?:\\(${WIRES}\\))?\\s*(?:[-—:]|\\n|$)`,
  'u',
);

function titleCase(caps: string): string {
  return caps.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/\b(Al|El|Ez|Ad|As)-/g, (m) => m.toLowerCase());
}

export function readDateline(work: string): Dateline {
  const head = work.slice(0, 300);
  const lead = LEAD.exec(head);
  const inline = /\((AFP|Reuters|AP)\)|^\s*(?:By\s.*\n)?(AFP|Reuters)\b|[-—]\s*(AFP|Reuters)\s*$/m.exec(head);
  const wireName = lead?.[1] ?? lead?.[3] ?? inline?.[1] ?? inline?.[2] ?? inline?.[3] ?? null;
  const place = lead && lead[2].length >= 3 && !/^(?:UN|AFP|WFP|IOM|UNHCR|OCHA|UNICEF)$/.test(lead[2]) ? titleCase(lead[2].trim()) : null;
  const wire = wireName && /^(AFP|Reuters|AP|Agence France-Presse|Associated Press|Xinhua|Anadolu|dpa)$/.test(wireName) ? resolveOrganizationName(wireName) : null;
  return { place, wire };
}
