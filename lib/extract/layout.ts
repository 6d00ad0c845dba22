/**
 * How a report is laid out: its headline, "As of 12 March" headers whose day the figures under
 * them are as of, and heading lines that name the place the lines under them are about
 * ("Umm Sirra camp", "Emergency Tracking: Halbek district").
 */
import type { DateMention, ResolvedDate } from './dates';
import { NOT_PLACES } from './gazetteer';
import { isKnownOrganization } from './organizations';

const AS_OF =
  /^\W*(?:(?:data|figures|situation|information|numbers)\s+)?(?:as of|as at|last updated|updated|valid as of|(?:for the )?week ending|reporting period)\b/i;
const AS_OF_END = /\b(?:as of|as at|week ending)\s+[^.]{3,40}$/i;
const HEADING_MAX = 100;

/** A heading: a short line without a sentence's closing full stop. */
export function isHeading(line: string): boolean {
  return line.length <= HEADING_MAX && !/[.!?]["')\]]?\s*$/.test(line);
}

/** "As of 12 March:", "Last updated: 29 August 2025", "Digest — week ending 10 October 2024". */
export function asOfHeader(line: string, dates: DateMention[]): ResolvedDate | null {
  if (!isHeading(line) || !(AS_OF.test(line) || AS_OF_END.test(line))) return null;
  const days = dates.filter((d) => d.kind === 'point' && d.resolved);
  return days.length ? days[days.length - 1].resolved : null;
}

/** "Shelter & Site Management Update — Ashkal": a name closing a heading after a dash, colon or bar. */
export function headingTailPlace(line: string): string | null {
  const tail = /(?:[—|:]|\s-)\s*(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})\s*$/u.exec(line);
  if (!tail) return null;
  const name = tail[1];
  if (/^\p{Lu}{2,6}$/u.test(name) || NOT_PLACES.has(name) || NOT_PLACES.has(name.split(' ')[0]) || isKnownOrganization(name)) return null;
  return name;
}
