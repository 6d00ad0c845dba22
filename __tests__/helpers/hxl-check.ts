import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITREP_HXL_ATTRIBUTES } from '@/lib/export/hxl';

/**
 * An HXL check of a table (header row, hashtag row, data rows), after the HXL 1.1 core
 * dictionary (../shared/docs/hxl-core.json) and HXL's default validation rules: every hashtag
 * core; every attribute core or one of Sitrep's documented own; no two columns with the same
 * spec; #date columns hold ISO dates; numeric columns (#population, #affected, #inneed,
 * #targeted, #reached, #value, +num, and Sitrep's +low/+high bounds, #geo+lat/+lon) hold numbers.
 * Returns every problem found, so a test failure lists them all.
 */
const core = JSON.parse(readFileSync(path.join(process.cwd(), '..', 'shared', 'docs', 'hxl-core.json'), 'utf8')) as {
  hashtags: string[];
  attributes: string[];
};
const HASHTAGS = new Set(core.hashtags);
const ATTRIBUTES = new Set<string>([...core.attributes, ...SITREP_HXL_ATTRIBUTES]);
const NUMERIC_TAGS = new Set(['population', 'affected', 'inneed', 'targeted', 'reached', 'value']);
const NUMERIC_ATTRIBUTES = new Set(['num', 'low', 'high', 'lat', 'lon']);

export type HxlSpec = { tag: string; attributes: string[] };

export function parseHxlSpec(spec: string): HxlSpec {
  const [tag, ...attributes] = spec.trim().toLowerCase().replace(/\s+/g, '').replace(/^#/, '').split('+');
  return { tag, attributes };
}

export function hxlProblems(hashtags: string[], rows: string[][]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  hashtags.forEach((spec, column) => {
    const { tag, attributes } = parseHxlSpec(spec);
    if (!HASHTAGS.has(tag)) problems.push(`${spec}: #${tag} is not an HXL 1.1 core hashtag`);
    for (const attribute of attributes)
      if (!ATTRIBUTES.has(attribute)) problems.push(`${spec}: +${attribute} is neither core nor documented`);
    const key = [tag, ...[...attributes].sort()].join('+');
    if (seen.has(key)) problems.push(`${spec}: two columns have the same hashtag and attributes`);
    seen.add(key);
    const check = tag === 'date' ? isIsoDate : NUMERIC_TAGS.has(tag) || attributes.some((a) => NUMERIC_ATTRIBUTES.has(a)) ? isNumber : null;
    if (!check) return;
    rows.forEach((row, index) => {
      const value = (row[column] ?? '').trim();
      if (value !== '' && !check(value))
        problems.push(`${spec}, data row ${index + 1}: '${value}' is not ${tag === 'date' ? 'a date' : 'a number'}`);
    });
  });
  return problems;
}

/** The columns a tag pattern selects, HXL style: "#indicator+num" matches every column with that tag and attribute. */
export function selectColumns(hashtags: string[], pattern: string): number[] {
  const wanted = parseHxlSpec(pattern);
  return hashtags.flatMap((spec, index) => {
    const { tag, attributes } = parseHxlSpec(spec);
    return tag === wanted.tag && wanted.attributes.every((a) => attributes.includes(a)) ? [index] : [];
  });
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function isNumber(value: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(value);
}
