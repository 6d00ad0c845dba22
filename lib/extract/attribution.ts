/**
 * Who states a figure: "the IRC said", "according to UNHCR", "said Jens Laerke, spokesman for OCHA",
 * "it said" (the last speaker), or an organization acting as subject ("WFP delivered ...").
 */
import { findOrganizations, isKnownOrganization, resolveOrganizationName, type OrganizationMention } from './organizations';

export type Speakers = { last: string | null };

const SAID = /\b(?:said|says|say|told|tells|reported|reports|estimated|estimates|announced|announces|stated|states|noted|notes|warned|warns|added|adds|confirmed|confirms|recorded|records|registered|documented|counted|tallied|tweeted|posted|cited|revealed|showed|shows|show|indicated|indicates|according to)\b/g;
const BOUNDARY = /[,;:"()—\[\]]/;
const PRONOUN = /^(?:he|she|they|it|we|the (?:agency|organi[sz]ation|group|charity|ngo|body|office|fund|committee|council|programme|aid group|network|alliance|mission|monitor)|officials?|a spokesman|a spokeswoman|a spokesperson|its spokesperson|the spokesperson)$/i;
const ORG_WORD = /\b(?:Agency|Committee|Council|Organi[sz]ation|Programme|Program|Fund|Office|Ministry|Department|Federation|Society|Association|Foundation|Network|Alliance|Coalition|Forces|Army|Police|Authority|Authorities|Commission|Mission|Observatory|Institute|Relief|Aid|Services|Initiative|Trust|Union|Directorate|Cluster|Group|Crescent|Cross|Watch|Corps|Action|Bank|Defence|Defense|Government|Administration|Partners|Consortium|Collective|Response|Secretariat|Service)\b/;
const INSTITUTION = /\b((?:[A-Z][\p{L}'-]+(?:'s)?\s+)?(?:health|interior|defence|defense|foreign) ministry|(?:[A-Z][\p{L}'-]+\s+)?civil defen[cs]e)\b/u;

/** The organization stating the figure at `figure`, or null when the report gives none. */
export function attribute(work: string, start: number, end: number, figure: number, speakers: Speakers): string | null {
  const orgs = findOrganizations(work, start, end);
  let best: { org: string; distance: number } | null = null;
  SAID.lastIndex = 0;
  const text = work.slice(start, end);
  for (let m = SAID.exec(text); m; m = SAID.exec(text)) {
    const org = speakerOf(work, start, end, start + m.index, start + m.index + m[0].length, m[0].toLowerCase(), orgs, speakers);
    if (!org) continue;
    const distance = Math.abs(start + m.index - figure);
    if (!best || distance < best.distance) best = { org, distance };
  }
  const org = best?.org ?? subjectOrganization(work, start, figure, orgs);
  if (org) speakers.last = org;
  return org;
}

function speakerOf(work: string, start: number, end: number, verbStart: number, verbEnd: number, verb: string, orgs: OrganizationMention[], speakers: Speakers): string | null {
  if (verb === 'according to') return nameIn(work, verbEnd, segmentEnd(work, verbEnd, end), orgs);
  const before = segmentStart(work, start, verbStart);
  const subject = work.slice(before, verbStart).trim();
  const fromSubject = nameIn(work, before, verbStart, orgs);
  if (fromSubject) return fromSubject;
  if (PRONOUN.test(subject.replace(/^(?:and|but)\s+/i, ''))) return speakers.last;
  if (verb === 'told') return null;
  const after = nameIn(work, verbEnd, segmentEnd(work, verbEnd, end), orgs);
  if (after) return after;
  // appositive before the verb: "Jens Laerke, a spokesman for OCHA, said"
  return before > start ? nameIn(work, segmentStart(work, start, before - 1), before, orgs) : null;
}

function segmentStart(work: string, start: number, at: number): number {
  let i = at - 1;
  while (i >= start && at - i < 120 && !BOUNDARY.test(work[i])) i -= 1;
  return i + 1;
}

function segmentEnd(work: string, at: number, end: number): number {
  let i = at;
  while (i < end && i - at < 120 && !(BOUNDARY.test(work[i]) && i > at + 1) && work[i] !== '.') i += 1;
  return i;
}

/** A known organization in the span, else a capitalized name that looks like one, else a named ministry. */
function nameIn(work: string, from: number, to: number, orgs: OrganizationMention[]): string | null {
  const known = orgs.find((o) => o.start >= from && o.end <= to);
  if (known) return known.name;
  const span = work.slice(from, to);
  const named = /(?:[A-Z][\p{L}'&-]*|of|for|the|and|on|&)(?:\s+(?:[A-Z][\p{L}'&-]*|of|for|the|and|on|&))*/gu;
  for (let m = named.exec(span); m; m = named.exec(span)) {
    const name = m[0].replace(/^(?:(?:the|of|for|and|on|&)\s+)+|(?:\s+(?:the|of|for|and|on|&))+$/gi, '').replace(/'s$/, '');
    if (ORG_WORD.test(name) || /^[A-Z]{2,7}$/.test(name)) return resolveOrganizationName(name);
  }
  const institution = INSTITUTION.exec(span);
  return institution ? institution[1].replace(/'s\b/, '') : null;
}

/** "WFP delivered 300 tonnes": an organization opening the sentence, before the figure, states it. */
function subjectOrganization(work: string, start: number, figure: number, orgs: OrganizationMention[]): string | null {
  const first = orgs.find((o) => o.start < figure && o.start - start < 40);
  if (!first) return null;
  const lead = work.slice(start, first.start);
  return /^(?:(?:the|a|in|on|[A-Z][\p{L}-]*|,|\s)+)?$/u.test(lead) && isKnownOrganization(first.name) ? first.name : null;
}
