import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isoDay } from '@/lib/intake/metadata';

/** One entry of an RSS 2.0 or Atom feed: what identifies it, where its page is, and its date. */
export type FeedEntry = { key: string; link: string; title: string; publishedDate: string | null };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
});

type Node = Record<string, unknown>;

/** The entries of an RSS 2.0 or Atom document; throws with a plain message when it is neither. */
export function parseFeed(xml: string): FeedEntry[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`The feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  const document = parser.parse(xml) as Node;
  const rss = document.rss as Node | undefined;
  if (rss?.channel)
    return list((rss.channel as Node).item)
      .map(rssEntry)
      .filter(isEntry);
  if (document.feed)
    return list((document.feed as Node).entry)
      .map(atomEntry)
      .filter(isEntry);
  throw new Error('This address is not an RSS 2.0 or Atom feed.');
}

function rssEntry(item: Node): FeedEntry | null {
  const link = text(item.link);
  if (!link) return null;
  return {
    key: text(item.guid) ?? link,
    link,
    title: text(item.title) ?? link,
    publishedDate: rfc822Day(text(item.pubDate)) ?? isoDay(text(item['dc:date'])),
  };
}

function atomEntry(entry: Node): FeedEntry | null {
  const links = list(entry.link);
  const alternate = links.find((link) => !link['@rel'] || link['@rel'] === 'alternate') ?? links[0];
  const link = alternate ? text(alternate['@href']) : null;
  if (!link) return null;
  return {
    key: text(entry.id) ?? link,
    link,
    title: text(entry.title) ?? link,
    publishedDate: isoDay(text(entry.published)) ?? isoDay(text(entry.updated)),
  };
}

function isEntry(entry: FeedEntry | null): entry is FeedEntry {
  return entry !== null && /^https?:\/\//i.test(entry.link);
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((entry): entry is Node => typeof entry === 'object' && entry !== null);
}

function text(value: unknown): string | null {
  const raw = typeof value === 'object' && value !== null ? (value as Node)['#text'] : value;
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim().replace(/\s+/g, ' ') || null : null;
}

/** RSS dates are RFC 822 ("Fri, 10 May 2024 18:40:00 +0300"): the day as written, not in UTC. */
function rfc822Day(value: string | null): string | null {
  const match = value ? /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(\d{4})/i.exec(value) : null;
  if (!match) return isoDay(value);
  const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(match[2].slice(0, 3).toLowerCase()) / 3 + 1;
  return isoDay(`${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`);
}
