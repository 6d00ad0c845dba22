import { FACT_COLUMNS } from '@/lib/export/columns';

/**
 * HXL 1.1 (https://hxlstandard.org/standard/1-1final/): a row of hashtags under the header,
 * one per column, `#tag` followed by zero or more `+attribute`s, case-insensitive. Every tag
 * of the export is in the HXL 1.1 core dictionary; its attributes are core ones or one of
 * SITREP_HXL_ATTRIBUTES (docs/hxl.md says what each means and why the core has none for it).
 */
export const HXL_HASHTAG_PATTERN = /^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/i;

/** Sitrep's own attributes, for what the core dictionary has no word for. */
export const SITREP_HXL_ATTRIBUTES = ['low', 'high', 'qualifier', 'unit', 'precision', 'parent', 'publisher', 'sensitivity', 'id'] as const;

export function isValidHxlHashtag(spec: string): boolean {
  return HXL_HASHTAG_PATTERN.test(spec);
}

export function hxlHashtagRow(): string[] {
  return FACT_COLUMNS.map((column) => column.hxl);
}
