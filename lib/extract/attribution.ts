/**
 * Who states a figure: "the IRC said", "according to UNHCR", "said Jens Laerke, spokesman for OCHA",
 * "it said" (the last speaker), or an organization acting as subject ("WFP delivered ...").
 */
import { COUNTRIES } from './gazetteer';
import { findSpokespeople, spokespersonIn } from './people';
import { findOrganizations, isKnownOrganization, resolveOrganizationName, type OrganizationMention } from './organizations';

/** What the report has said so far about who speaks: the last speaker, organizations named, acronyms it defined. */
export type Speakers = {
  last: string | null;
  named: string[];
  acronyms: Map<string, string>;
  /** surnames of people introduced as speaking for an organization */
  people: Map<string, string>;
  /** the country named last, whose government "the government" is */
  country: string | null;
  /** organizations of the sentence read last, as several figures of one sentence ask in turn */
  sentence: { start: number; orgs: OrganizationMention[] } | null;
};

/** Acronyms the report defines ("Rescue Action International (RAI)"), and the publisher's own initials ("MTU teams"). */
export function newSpeakers(work: string, publisher = ''): Speakers {
  const acronyms = new Map<string, string>();
  const initials = publisher
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  if (initials.length >= 2) acronyms.set(initials, publisher);
  const definition = /([A-Z][\p{L}'-]+(?:\s+(?:of|for|the|and|on|&|[A-Z][\p{L}'-]+)){1,8})\s+\(([A-Z]{2,8})\)/gu;
  for (let m = definition.exec(work); m; m = definition.exec(work)) acronyms.set(m[2], m[1].replace(/^The\s+/, ''));
  return {
    last: null,
    named: publisher ? [publisher] : [],
    acronyms,
    people: findSpokespeople(work, acronyms),
    country: null,
    sentence: null,
  };
}

const SAID =
  /\b(?:said|says|say|told|tells|reported|reports|estimated|estimates|announced|announces|stated|states|noted|notes|warned|warns|added|adds|confirmed|confirms|recorded|records|registered|documented|counted|tallied|tweeted|posted|cited|revealed|showed|shows|show|indicated|indicates|[Aa]ccording to)\b/g;
const BOUNDARY = /[,;:"()—\[\]]/;
const PRONOUN =
  /^(?:he|she|they|it|we|officials?|a spokesman|a spokeswoman|a spokesperson|its spokesperson|the spokesperson|the spokesman|the spokeswoman|the statement|the report|the update|the release|an agency spokesman|an agency spokeswoman)$/i;
/** "the agency", "The Group", "the consortium": the organization named earlier whose name has that word. */
const DEFINITE =
  /^the (agency|organi[sz]ation|group|charity|ngo|body|office|fund|committee|council|programme|network|alliance|mission|monitor|commission|consortium|cluster|society|association|platform|forum|unit|partnership|trust|initiative|service|directorate|coalition|team|federation)(?:'s (?:secretariat|spokesperson|spokesman|spokeswoman|director|head|chief|staff|teams?|partners?))?$/i;
const ORG_WORD =
  /\b(?:Agency|Committee|Council|Organi[sz]ation|Programme|Program|Fund|Office|Ministry|Department|Federation|Society|Association|Foundation|Network|Alliance|Coalition|Forces|Army|Police|Authority|Authorities|Commission|Mission|Observatory|Institute|Relief|Aid|Services|Initiative|Trust|Union|Directorate|Cluster|Group|Crescent|Cross|Watch|Corps|Action|Bank|Defence|Defense|Government|Administration|Partners|Partnership|Consortium|Collective|Response|Secretariat|Service|Unit|Platform|Forum|Team|Protection|Board|Centre|Center|Agency|Hub)\b/;
const INSTITUTION =
  /\b((?:[A-Z][\p{L}'-]+(?:'s)?\s+)?(?:health|interior|defence|defense|foreign) ministry|(?:[A-Z][\p{L}'-]+\s+)?civil defen[cs]e|(?:[A-Z][\p{L}'-]+\s+)?(?:local|provincial|regional|municipal|district|city|state) (?:authorities|council|government|administration)|(?:camp|site) (?:managers?|management)|(?:(?<=\b[Tt]he )|[A-Z][\p{L}'-]+\s+)(?:coast ?guard|border guards?|border police|navy)|(?:prefect|governor|mayor) of [A-Z][\p{L}'-]+)\b/u;

/** The organization stating the figure at `figure`, or null when the report gives none. */
export function attribute(work: string, start: number, end: number, figure: number, speakers: Speakers): string | null {
  if (speakers.sentence?.start !== start) speakers.sentence = { start, orgs: findOrganizations(work, start, end) };
  const orgs = speakers.sentence.orgs;
  let best: { org: string; distance: number } | null = null;
  SAID.lastIndex = 0;
  const text = work.slice(start, end);
  for (let m = SAID.exec(text); m; m = SAID.exec(text)) {
    // "an estimated 2,000" qualifies a figure; nobody speaks
    if (m[0] === 'estimated' && /\b(?:an|the|were|was|are|is|be|been)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const org = speakerOf(work, start, end, start + m.index, start + m.index + m[0].length, m[0].toLowerCase(), orgs, speakers);
    if (!org) continue;
    const distance = Math.abs(start + m.index - figure);
    if (!best || distance < best.distance) best = { org, distance };
  }
  const org = best?.org ?? subjectOrganization(work, start, figure, orgs, speakers);
  if (org) speakers.last = org;
  return org ? (speakers.acronyms.get(org) ?? org) : null;
}

function speakerOf(
  work: string,
  start: number,
  end: number,
  verbStart: number,
  verbEnd: number,
  verb: string,
  orgs: OrganizationMention[],
  speakers: Speakers,
): string | null {
  if (verb === 'according to') return nameIn(work, verbEnd, segmentEnd(work, verbEnd, end), orgs, speakers);
  const before = segmentStart(work, start, verbStart);
  const subject = work
    .slice(before, verbStart)
    .trim()
    .replace(/^(?:and|but)\s+/i, '');
  const definite = DEFINITE.exec(subject);
  if (definite) return speakers.named.findLast((name) => name.toLowerCase().includes(definite[1].toLowerCase())) ?? speakers.last;
  const fromSubject = nameIn(work, before, verbStart, orgs, speakers, true);
  if (fromSubject) return fromSubject;
  if (PRONOUN.test(subject)) return speakers.last;
  // '... trucks," Ana Weber, a spokeswoman for OCHA, told reporters': the appositive before the verb
  if (verb === 'told')
    return before > start && subject === '' ? nameIn(work, segmentStart(work, start, before - 1), before, orgs, speakers) : null;
  // "said Jens Laerke, a spokesman for OCHA": the name, then its appositive
  const afterEnd = segmentEnd(work, verbEnd, end);
  const after =
    nameIn(work, verbEnd, afterEnd, orgs, speakers) ??
    (work[afterEnd] === ',' ? nameIn(work, afterEnd + 1, segmentEnd(work, afterEnd + 1, end), orgs, speakers) : null);
  if (after) return after;
  // appositive before the verb: "Jens Laerke, a spokesman for OCHA, said"
  return before > start ? nameIn(work, segmentStart(work, start, before - 1), before, orgs, speakers) : null;
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
function nameIn(work: string, from: number, to: number, orgs: OrganizationMention[], speakers: Speakers, subject = false): string | null {
  const known = orgs.find((o) => o.start >= from && o.end <= to);
  const span = work.slice(from, to);
  const name = known?.name ?? namedOrganization(span, speakers, subject) ?? spokespersonIn(span, speakers.people);
  if (name && !speakers.named.includes(name)) speakers.named.push(name);
  return name;
}

/** A capitalized name that looks like an organization: an organization word, a defined acronym, or three or more words as subject. */
function namedOrganization(span: string, speakers: Speakers, subject: boolean): string | null {
  const named = /(?:[A-Z][\p{L}'&-]*|of|for|the|and|on|&)(?:\s+(?:[A-Z][\p{L}'&-]*|of|for|the|and|on|&))*(?!\s*:)/gu;
  const names: string[] = [];
  for (let m = named.exec(span); m; m = named.exec(span)) {
    names.push(m[0].replace(/^(?:(?:the|of|for|and|on|&)\s+)+|(?:\s+(?:the|of|for|and|on|&))+$/gi, '').replace(/'s$/, ''));
  }
  // a lone organization word ("Aid agencies say", "Relief groups") names no organization
  const organization =
    names.find((name) => ORG_WORD.test(name) && /\s/.test(name)) ??
    // "the UN humanitarian agency OCHA": the agency's own acronym, not the UN's
    names.find((name) => /^[A-Z]{2,7}$/.test(name) && name !== 'UN') ??
    names.find((name) => /^[A-Z]{2,7}$/.test(name)) ??
    (subject ? names.find((name) => name.split(/\s+/).length >= 3 && /^[A-Z]/.test(name)) : undefined);
  if (organization) return speakers.acronyms.get(organization) ?? resolveOrganizationName(organization);
  const institution = INSTITUTION.exec(span);
  if (institution) return institution[1].replace(/'s\b/, '');
  // "according to the government", "Norvania says": the government of the country in question
  const country = speakers.country;
  if (country && /\bthe [Gg]overnment\b/.test(span)) return `Government of ${country}`;
  return subject && names.length === 1 && COUNTRIES.has(names[0]) && span.trim() === names[0] ? `Government of ${names[0]}` : null;
}

/**
 * "WFP delivered 300 tonnes", "Global Food Relief has since provided ...": an organization opening
 * the sentence, before the figure, states it; an unknown name must look like an organization.
 */
function subjectOrganization(work: string, start: number, figure: number, orgs: OrganizationMention[], speakers: Speakers): string | null {
  const first = orgs.find((o) => o.start < figure && o.start - start < 40);
  if (first) {
    const lead = work.slice(start, first.start);
    return /^(?:(?:the|a|in|on|[A-Z][\p{L}-]*|,|\s)+)?$/u.test(lead) && isKnownOrganization(first.name) ? first.name : null;
  }
  const opening =
    /^(?:The\s+)?((?:[A-Z][\p{L}'&-]*\s+){1,5}?(?:[A-Z][\p{L}'&-]*))(?:'s)?\s+(?:has|have|had|is|are|was|were|teams?|staff|partners|and|[a-z]+ed)\b/u.exec(
      work.slice(start, Math.min(figure, start + 80)),
    );
  if (!opening) return null;
  const name = opening[1].replace(/'s$/, '');
  const definite = /^The\s+(\p{L}+)$/u.exec(name);
  // "The Platform's partners": the organization named earlier with that word
  if (definite) return speakers.named.findLast((n) => n.toLowerCase().includes(definite[1].toLowerCase())) ?? null;
  if (speakers.acronyms.has(name)) return speakers.acronyms.get(name)!;
  return ORG_WORD.test(name) && /\s/.test(name) && !/^(?:In|On|At|By|Since|After)\b/.test(name) ? resolveOrganizationName(name) : null;
}

/**
 * A figure inside a quotation that names no speaker: the speaker named right after the quotation
 * closes ('"... 1,052 refugees are sheltering in Tilfa. ...," the district official said.').
 */
export function quotedSpeaker(work: string, paragraphStart: number, figure: number, speakers: Speakers): string | null {
  let open = 0;
  // bounded: a long paragraph of many figures must not be rescanned from its start for each
  const from = Math.max(paragraphStart, figure - 2000);
  for (let i = work.indexOf('"', from); i >= 0 && i < figure; i = work.indexOf('"', i + 1)) open ^= 1;
  if (!open) return null;
  const close = work.indexOf('"', figure);
  if (close < 0 || close - figure > 1500 || work.slice(figure, close).includes('\n')) return null;
  let end = close + 1;
  while (end < work.length && end - close < 200 && work[end] !== '.' && work[end] !== '\n' && work[end] !== '"') end += 1;
  return attribute(work, close + 1, end, close + 1, speakers);
}
