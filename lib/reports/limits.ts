/** Limits stated on /reports/new and enforced by the submit action (the page reads them from here). */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
export const MAX_REPORT_LABEL = '5 MB';
export const MAX_TITLE_LENGTH = 300;
export const REPORT_FILE_TYPES = ['.txt', '.md', '.html', '.htm', '.pdf'] as const;

/**
 * At most this many candidates are stored per report: a reviewer cannot check more in one
 * sitting, and a pasted text that repeats one sentence 250,000 times must not fill the database.
 * The review screen states the cap and how many figures were left out.
 */
export const MAX_CANDIDATES_PER_REPORT = 1_000;

/** Longer texts are extracted by the job worker, so no request waits on thousands of figures. */
export const INLINE_EXTRACTION_CHARS = 20_000;
