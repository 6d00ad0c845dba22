import { FACT_COLUMNS } from '@/lib/export/columns';

/**
 * HXL 1.1 (https://hxlstandard.org/standard/1-1final/): a row of hashtags under the header,
 * one per column, `#tag` followed by zero or more `+attribute`s. Tags come from the HXL core
 * dictionary (#indicator, #loc, #date, #org, #meta, #description); attributes are lower-case
 * words (+num marks numbers, +code, +name, +url, +min, +max …).
 */
export const HXL_HASHTAG_PATTERN = /^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/;

export function isValidHxlHashtag(spec: string): boolean {
  return HXL_HASHTAG_PATTERN.test(spec);
}

export function hxlHashtagRow(): string[] {
  return FACT_COLUMNS.map((column) => column.hxl);
}
