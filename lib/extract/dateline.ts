/**
 * The dateline of a report ("BEIRUT (Reuters) -", "AFP, NEAR BAGHOUZ, Syria", "Kelpa, 16 August 2024 —",
 * "GENEVA, Oct 17 (Global Wire) -"): the place the report is written from, the wire agency that wrote
 * it when an outlet republishes it, and where the dateline ends. The dateline's day is the report's
 * day and its place is where the writer sits, so neither is read as the day or place of a figure.
 */
import { resolveOrganizationName } from './organizations';

export type Dateline = { place: string | null; wire: string | null; start: number; end: number };

const WIRES = '(AFP|Reuters|AP|Agence France-Presse|Associated Press|Xinhua|Anadolu|dpa|UNHCR|OCHA|UN News)';
const LEAD = new RegExp(
  `^\\s*(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?(?:${WIRES}\\s*[,:]\\s*)?(?:(?:NEAR|OUTSIDE|IN)\\s+)?([A-Z][A-Z'.\\- ]*[A-Z])\\b(?:\\s*,\\s*[A-Z][\\p{L} ]*?)?(?:\\s*,\\s*\\d{1,2}\\s+[A-Z][a-z]+(?:\\s+\\d{4})?)?\\s*(?:\\((?:${WIRES}|[A-Z][\\p{L} .'&-]{1,40})\\))?\\s*(?:[-—]|\\n|$)`,
  'u',
);
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const PLACE = "[A-Z][\\p{L}'.-]+(?:[ /][A-Z][\\p{L}'.-]+){0,3}";
/** A dateline opening a body line after the headline: place, day and/or agency, then a dash. */
const BODY = new RegExp(
  `^(?:(${PLACE})(?:,\\s*[A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+)?)?,?\\s+)?((?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+(\\d{4}))?)?\\s*(?:\\(([^()\\n]{2,40})\\))?\\s*[-—]\\s+(?=\\S)`,
  'gmu',
);
/** "Coastal Press Agency | Zorvak": a byline naming a news agency, near the top. */
const BYLINE =
  /^[ \t]*((?:[A-Z][\p{L}'&.-]*\s+){0,4}(?:Press|News|Wire|Newswire|Agency)(?:\s+[A-Z][\p{L}]+)?)[ \t]*(?:\|[ \t]*([A-Z][\p{L} '-]+))?[ \t]*$/mu;
const KNOWN_WIRE = /^(AFP|Reuters|AP|Agence France-Presse|Associated Press|Xinhua|Anadolu|dpa)$/;
const AGENCY_LIKE = /\b(?:Press|News|Wire|Newswire|Agency|Service|Telegraph)\b|^[A-Z]{2,6}$/;

function titleCase(caps: string): string {
  if (caps !== caps.toUpperCase()) return caps;
  return caps
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/\b(Al|El|Ez|Ad|As)-/g, (m) => m.toLowerCase());
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/** The agency in a dateline's brackets, when it is not the publisher itself ("(CPA)" in a CPA story). */
function wireOf(name: string | undefined, publisher: string): string | null {
  if (!name) return null;
  const trimmed = name.trim();
  if (KNOWN_WIRE.test(trimmed)) return resolveOrganizationName(trimmed);
  const resolved = resolveOrganizationName(trimmed);
  const own =
    resolved.toLowerCase() === publisher.toLowerCase() ||
    trimmed === initials(publisher) ||
    publisher.toLowerCase().includes(trimmed.toLowerCase());
  return !own && AGENCY_LIKE.test(trimmed) ? resolved : null;
}

function readLead(work: string, publisher: string): Dateline | null {
  const head = work.slice(0, 300);
  const lead = LEAD.exec(head);
  const inline = /\((AFP|Reuters|AP)\)|^\s*(?:By\s.*\n)?(AFP|Reuters)\b|[-—]\s*(AFP|Reuters)\s*$/m.exec(head);
  const wireName = lead?.[1] ?? lead?.[3] ?? inline?.[1] ?? inline?.[2] ?? inline?.[3] ?? null;
  const marked = lead && (/\bdate\s+\d/.test(lead[0]) || lead[1] || lead[3] || /[-—]\s*$/.test(lead[0]) || /,/.test(lead[0]));
  if (!lead || !marked) return inline ? { place: null, wire: wireOf(wireName ?? undefined, publisher), start: 0, end: 0 } : null;
  const place = lead[2].length >= 3 && !/^(?:UN|AFP|WFP|IOM|UNHCR|OCHA|UNICEF)$/.test(lead[2]) ? titleCase(lead[2].trim()) : null;
  const bracket = /\(([^()]{2,40})\)/.exec(lead[0])?.[1];
  return { place, wire: wireOf(wireName ?? bracket, publisher), start: lead.index, end: lead.index + lead[0].length };
}

/** The first body line of the opening that starts with a dateline (a day or an agency is required). */
function readBody(work: string, publisher: string): Dateline | null {
  const head = work.slice(0, 800);
  BODY.lastIndex = 0;
  for (let m = BODY.exec(head); m; m = BODY.exec(head)) {
    if (m.index > 0 && head[m.index - 1] !== '\n') continue;
    const [, place, day, year, bracket] = m;
    // a bare day with no place and no year ("12 March - 300 arrived") is a dated line, not a dateline
    if (!(day && (place || year)) && !bracket) continue;
    return { place: place ? titleCase(place) : null, wire: wireOf(bracket, publisher), start: m.index, end: m.index + m[0].length };
  }
  return null;
}

function readByline(work: string, publisher: string): Dateline | null {
  const byline = BYLINE.exec(work.slice(0, 400));
  const wire = byline ? wireOf(byline[1], publisher) : null;
  return wire ? { place: byline![2]?.trim() ?? null, wire, start: 0, end: 0 } : null;
}

export function readDateline(work: string, publisher = ''): Dateline {
  const lead = readLead(work, publisher);
  const body = lead && lead.end > 0 ? null : readBody(work, publisher);
  const byline = readByline(work, publisher);
  const found = lead && lead.end > 0 ? lead : (body ?? lead);
  return {
    place: found?.place ?? byline?.place ?? null,
    wire: found?.wire ?? lead?.wire ?? byline?.wire ?? null,
    start: found?.start ?? 0,
    end: found?.end ?? 0,
  };
}
