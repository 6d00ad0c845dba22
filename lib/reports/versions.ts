/**
 * Versions of a story: an updated wire story repeats every paragraph of the earlier one and adds
 * new ones. Paragraphs are compared whitespace-normalized, so re-wrapping does not hide a repeat.
 */

/** Added text shorter than this is a heading or dateline, not an update worth a new version. */
const MIN_ADDED_WORDS = 8;

function normalize(line: string): string {
  return line.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function paragraphSet(text: string): Set<string> {
  return new Set(text.split('\n').map(normalize).filter(Boolean));
}

/** True when `later` keeps every paragraph of `earlier` and adds at least a sentence of its own. */
export function isLaterVersion(earlier: string, later: string): boolean {
  const before = paragraphSet(earlier);
  const after = paragraphSet(later);
  if (before.size === 0) return false;
  for (const paragraph of before) if (!after.has(paragraph)) return false;
  const added = [...after].filter((paragraph) => !before.has(paragraph));
  return (
    added
      .join(' ')
      .split(' ')
      .filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= MIN_ADDED_WORDS
  );
}

/**
 * A test for offsets of `later`: true inside a paragraph the earlier version did not have, so
 * extraction proposes only the figures that are new.
 */
export function inNewText(earlier: string, later: string): (offset: number) => boolean {
  const before = paragraphSet(earlier);
  const fresh: [number, number][] = [];
  let start = 0;
  for (const line of later.split('\n')) {
    const end = start + line.length;
    if (normalize(line) && !before.has(normalize(line))) fresh.push([start, end]);
    start = end + 1;
  }
  return (offset) => fresh.some(([from, to]) => offset >= from && offset < to);
}
