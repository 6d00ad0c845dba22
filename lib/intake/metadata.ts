/** What a page says about itself: the fields /reports/new needs, each null when the page does not say. */
export type PageMetadata = { title: string | null; publisher: string | null; publishedDate: string | null };

type JsonLd = { headline?: unknown; name?: unknown; datePublished?: unknown; publisher?: unknown; '@type'?: unknown; '@graph'?: unknown };

const REPORT_TYPES = new Set(['NewsArticle', 'Report', 'Article', 'AnalysisNewsArticle', 'ReportageNewsArticle', 'PressRelease']);

/**
 * Reads a page's own metadata, most specific first: JSON-LD NewsArticle/Report, then Open Graph
 * and `article:published_time`, then the first `<time datetime>`, then `<title>`.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const ld = readJsonLd(document);
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() || null;
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    title:
      text(ld?.headline) ??
      text(ld?.name) ??
      meta('og:title') ??
      meta('twitter:title') ??
      (document.querySelector('title')?.textContent?.trim() || null),
    publisher: publisherName(ld?.publisher) ?? meta('og:site_name') ?? meta('publisher') ?? null,
    publishedDate: isoDay(text(ld?.datePublished)) ?? isoDay(meta('article:published_time')) ?? isoDay(meta('date')) ?? isoDay(time),
  };
}

function readJsonLd(document: Document): JsonLd | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = flatten(parsed).find((node) => types(node).some((type) => REPORT_TYPES.has(type)));
    if (found) return found;
  }
  return null;
}

function flatten(value: unknown): JsonLd[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!value || typeof value !== 'object') return [];
  const node = value as JsonLd;
  return [node, ...(node['@graph'] ? flatten(node['@graph']) : [])];
}

function types(node: JsonLd): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((entry): entry is string => typeof entry === 'string');
}

function publisherName(value: unknown): string | null {
  if (Array.isArray(value)) return publisherName(value[0]);
  if (typeof value === 'string') return text(value);
  return value && typeof value === 'object' ? text((value as { name?: unknown }).name) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().replace(/\s+/g, ' ') : null;
}

/**
 * The day a timestamp names, as written: "2019-03-08T23:30:00+01:00" is 8 March where it was
 * published, so the date part is kept rather than converted to UTC.
 */
export function isoDay(value: string | null): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!match) return null;
  const day = new Date(`${match[0]}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== match[0] ? null : match[0];
}
