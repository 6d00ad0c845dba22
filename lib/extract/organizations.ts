/**
 * Organizations that state figures in sitreps, with the names and acronyms they go by.
 * The first name of each entry is the canonical one shown on the dashboard.
 */

const ORGANIZATIONS: string[][] = [
  [
    'UNHCR',
    'UN Refugee Agency',
    'United Nations Refugee Agency',
    'UN refugee agency',
    'United Nations High Commissioner for Refugees',
    'Office of the United Nations High Commissioner for Refugees',
    'UN High Commissioner for Refugees',
    'UN refugee body',
  ],
  ['UNICEF', "United Nations Children's Fund", "UN Children's Fund", "UN children's agency", "UN children's fund", 'Unicef'],
  [
    'OCHA',
    'UN Office for the Coordination of Humanitarian Affairs',
    'Office for the Coordination of Humanitarian Affairs',
    'United Nations Office for the Coordination of Humanitarian Affairs',
    'UN humanitarian office',
    'UN humanitarian affairs office',
    'UN aid office',
    'UN humanitarian agency',
    'UNOCHA',
    'UN OCHA',
  ],
  [
    'World Food Programme',
    'WFP',
    'World Food Program',
    'UN World Food Programme',
    'United Nations World Food Programme',
    'UN food agency',
    'UN food aid agency',
  ],
  [
    'International Organization for Migration',
    'IOM',
    'International Organisation for Migration',
    'UN migration agency',
    'UN Migration',
    'IOM DTM',
    'IOM Displacement Tracking Matrix',
    'Displacement Tracking Matrix',
    'DTM',
  ],
  ['World Health Organization', 'WHO', 'World Health Organisation', 'UN health agency'],
  [
    'UNRWA',
    'UN Relief and Works Agency',
    'United Nations Relief and Works Agency',
    'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
    'UN agency for Palestinian refugees',
    'UN Palestinian refugee agency',
  ],
  ['UNFPA', 'UN Population Fund', 'United Nations Population Fund', 'UN sexual and reproductive health agency'],
  ['Food and Agriculture Organization', 'FAO', 'Food and Agriculture Organisation', 'UN food and agriculture agency'],
  ['UNDP', 'United Nations Development Programme', 'UN Development Programme'],
  ['OHCHR', 'UN human rights office', 'UN Human Rights Office', 'Office of the High Commissioner for Human Rights', 'UN rights office'],
  ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ['IFRC', 'International Federation of Red Cross and Red Crescent Societies', 'International Federation of the Red Cross'],
  ['Syrian Arab Red Crescent', 'SARC'],
  ['Palestine Red Crescent Society', 'PRCS', 'Palestinian Red Crescent Society', 'Palestinian Red Crescent', 'Palestine Red Crescent'],
  ['Sudanese Red Crescent', 'Sudan Red Crescent'],
  ['Médecins Sans Frontières', 'MSF', 'Medecins Sans Frontieres', 'Doctors Without Borders', 'Doctors without Borders'],
  ['International Rescue Committee', 'IRC'],
  ['Norwegian Refugee Council', 'NRC'],
  ['Danish Refugee Council'],
  ['Save the Children', 'Save the Children International'],
  ['Oxfam', 'Oxfam International'],
  ['CARE International', 'CARE'],
  ['Mercy Corps'],
  ['World Vision'],
  ['Islamic Relief', 'Islamic Relief Worldwide'],
  ['ACTED'],
  ['REACH'],
  ['Human Rights Watch', 'HRW'],
  ['Amnesty International', 'Amnesty'],
  ['Action Against Hunger', 'Action contre la Faim', 'ACF'],
  ['Concern Worldwide'],
  ['Plan International'],
  ['International Medical Corps', 'IMC'],
  ['Humanity & Inclusion', 'Handicap International', 'Humanity and Inclusion'],
  ['Caritas', 'Caritas Internationalis'],
  ['Catholic Relief Services', 'CRS'],
  ['Relief International'],
  ['Internal Displacement Monitoring Centre', 'IDMC'],
  ['ACLED', 'Armed Conflict Location & Event Data Project'],
  ['Syrian Observatory for Human Rights', 'SOHR', 'Britain-based Syrian Observatory for Human Rights'],
  ['SDF', 'Syrian Democratic Forces'],
  ['White Helmets', 'Syria Civil Defence', 'Syrian Civil Defence'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['AP', 'Associated Press', 'The Associated Press'],
  ['Reuters', 'Thomson Reuters'],
  ['BBC'],
  ['Al Jazeera'],
  ['CNN'],
  ['Xinhua'],
  ['Anadolu Agency', 'Anadolu'],
  ['World Bank'],
  ['European Commission', 'ECHO', 'EU Humanitarian Aid'],
  ['USAID', 'US Agency for International Development'],
  ['United Nations', 'UN', 'U.N.'],
];

const CANONICAL = new Map<string, string>();
for (const names of ORGANIZATIONS) for (const name of names) CANONICAL.set(key(name), names[0]);

/** Place-name checks ask about the same few names again and again. */
const KNOWN_CACHE = new Map<string, boolean>();

function key(name: string): string {
  return name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').replace(/'s$/, '').trim();
}

/** Canonical organization name for a name or acronym; the input trimmed when unknown. */
export function resolveOrganizationName(name: string): string {
  return CANONICAL.get(key(name)) ?? name.trim();
}

export function isKnownOrganization(name: string): boolean {
  let known = KNOWN_CACHE.get(name);
  if (known === undefined) {
    known = CANONICAL.has(key(name));
    if (KNOWN_CACHE.size > 10_000) KNOWN_CACHE.clear();
    KNOWN_CACHE.set(name, known);
  }
  return known;
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

const ALL_NAMES = ORGANIZATIONS.flat().sort((a, b) => b.length - a.length);
/** Acronyms and one-word names must match in their own case ("WHO", not "who"; "CARE", not "care"). */
const EXACT_CASE = new RegExp(`(?<![\\p{L}\\d])(?:${ALL_NAMES.filter(isCaseSensitive).map(escape).join('|')})(?![\\p{L}\\d])`, 'gu');
const ANY_CASE = new RegExp(
  `(?<![\\p{L}\\d])(?:${ALL_NAMES.filter((n) => !isCaseSensitive(n))
    .map(escape)
    .join('|')})(?![\\p{L}\\d])`,
  'giu',
);

function isCaseSensitive(name: string): boolean {
  return !/\s/.test(name);
}

export type OrganizationMention = { start: number; end: number; name: string };

/** Known organizations named in text[from, to), longest names first, without overlaps. */
export function findOrganizations(text: string, from: number, to: number): OrganizationMention[] {
  const slice = text.slice(from, to);
  const found: OrganizationMention[] = [];
  for (const pattern of [ANY_CASE, EXACT_CASE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const longer = /(?:^|[^.!?"]\s)(?!The\s)[A-Z][\p{L}-]+\s$/u.test(slice.slice(Math.max(0, m.index - 30), m.index));
      if (!longer && !found.some((f) => f.start < end && start < f.end)) found.push({ start, end, name: resolveOrganizationName(m[0]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The speaker a publisher line stands for: "AFP (via Naharnet)" is the wire agency, "UNHCR (briefing
 * notes)" the agency; "TRT Afrika (Anadolu Agency copy)" republishes the agency it names.
 */
export function publisherSpeaker(publisher: string): string {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(publisher.trim());
  if (!match) return resolveOrganizationName(publisher);
  const copied = /^(.+?)\s+copy$/i.exec(match[2]);
  if (copied && isKnownOrganization(copied[1])) return resolveOrganizationName(copied[1]);
  return resolveOrganizationName(match[1]);
}
