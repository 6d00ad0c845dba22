import type { ExportFact } from '@/lib/export/types';

/** One source in the summary's list: a report (or a seeded figure's publication) and how many facts it gave. */
/** `date`: the source's own publication date; null when none was recorded (never a figure's date). */
export type SourceEntry = { title: string; publisher: string | null; date: string | null; url: string | null; facts: number };

/**
 * The sources of the summarized facts, newest first. Kept by title, then the few entries sharing
 * a title told apart by URL and publisher: no joined key string to build and hash for each of a
 * million facts. A source's date is its report's publication date; seeded figures have none.
 */
export function createSourceList() {
  const byTitle = new Map<string, SourceEntry[]>();

  function add(fact: Pick<ExportFact, 'source'>): void {
    const { source } = fact;
    // Seeded titles carry notes such as "[no headline in seed]" before the real headline.
    const title = source?.title?.replace(/^\[[^\]]*\]\s*/, '');
    if (!source || !title) return;
    const date = source.date;
    const sameTitle = byTitle.get(title) ?? [];
    const entry = sameTitle.find((known) => known.url === source.url && known.publisher === source.publisher);
    if (entry) {
      entry.facts += 1;
      if (date && (!entry.date || date > entry.date)) entry.date = date;
    } else {
      sameTitle.push({ title, publisher: source.publisher, date, url: source.url, facts: 1 });
      byTitle.set(title, sameTitle);
    }
  }

  function entries(): SourceEntry[] {
    return [...byTitle.values()].flat().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  }

  return { add, entries };
}
