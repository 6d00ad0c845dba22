import { importTemplateCsv } from '@/lib/import/template';

/** GET: the import template (header, HXL hashtag row, one fictional example row). */
export function GET(): Response {
  return new Response(importTemplateCsv(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="sitrep-import-template.csv"',
    },
  });
}
