jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { renderPdfOutsideJest, type RenderedPdf } from '@/__tests__/helpers/render-pdf';
import { signOutOfRequest } from '@/__tests__/helpers/request-context';
import { summarizeFacts } from '@/lib/export/respond';
import { createFact } from '@/lib/facts/write';
import { prisma } from '@/lib/prisma';
import { FactInputSchema } from '@/lib/validation/fact';
import { parseFilters } from '@/lib/validation/filters';

// Fictional places and organizations in Arabic, Turkish, Polish and Russian: the PDF summary must
// print each name as written (embedded Noto fonts), not Helvetica's "1H2D' 1J/" or "^".
const NAMES = [
  { place: 'مخيم الأمل', org: 'جمعية النور الخيالية', low: 4120 },
  { place: 'Kuşçuğazlı Yaylası', org: 'Yardım Çatısı Derneği', low: 812 },
  { place: 'Łąkowo Zdrój', org: 'Łódź Relief', low: 367 },
  { place: 'Вымышленск', org: 'Помощь Севера', low: 95 },
];

jest.setTimeout(120_000);
let rendered: RenderedPdf;

beforeAll(async () => {
  signOutOfRequest();
  for (const { place, org, low } of NAMES) {
    const input = FactInputSchema.parse({
      metric: 'camp_population',
      low,
      high: low,
      qualifier: 'exact',
      unit: 'people',
      location: place,
      date: '2024-05-02',
      datePrecision: 'day',
      sourceOrg: org,
      excerpt: `${low} people live in ${place}.`,
    });
    await createFact(prisma, input, {
      status: 'confirmed',
      userId: null,
      ownerOrgId: null,
      sourceTitle: `${org}: bulletin`,
      sourceUrl: null,
    });
  }
  const { filters } = parseFilters(new URLSearchParams('from=2024-05-01&to=2024-05-03'));
  const summary = await summarizeFacts(filters, null);
  const context = {
    filters,
    orgNames: [],
    locationNames: NAMES.map((name) => name.place),
    problems: [],
    generatedAt: new Date('2024-05-04T08:00:00Z'),
    includesRestricted: false,
  };
  rendered = renderPdfOutsideJest({ context, summary });
}, 120_000);

/** Runs a poppler tool (pdftotext, pdffonts: .ci/run installs poppler-utils) on the PDF. */
function poppler(tool: string, args: string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-pdf-'));
  try {
    const file = path.join(folder, 'summary.pdf');
    writeFileSync(file, rendered.pdf);
    const run = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr || run.error}`);
    return run.stdout;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The text of each ToUnicode map in the PDF (react-pdf compresses them with Flate). */
function unicodeMaps(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString('latin1');
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)]
    .map((match) => {
      try {
        return inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    })
    .filter((stream) => stream.includes('begincmap'));
}

describe('the PDF summary in every script', () => {
  it('reads every place and organization name back from the PDF’s text, right-to-left names in reading order', () => {
    // Bidi marks and the zero-width spaces around right-to-left names are not letters.
    const text = poppler('pdftotext', ['-enc', 'UTF-8']).replace(/[\u200b\u200e\u200f\u202a-\u202e]/g, '');
    for (const { place, org } of NAMES) {
      expect(text).toContain(place);
      expect(text).toContain(org);
      expect(text).toContain(`${org}: bulletin`);
    }
    expect(text).toContain('Situation summary: مخيم الأمل, Kuşçuğazlı Yaylası');
    expect(text).toMatch(/مخيم الأمل\s+4,120/);
  });

  it('embeds a subset of each font it uses, one per script and style, and no standard font', () => {
    const fonts = poppler('pdffonts', [])
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/));
    const names = fonts.map(([name]) => name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['NotoSans-Regular-Latin', 'NotoSansArabic-Regular-Arabic', 'NotoSans-Regular-Cyrillic']));
    expect(names).toEqual(expect.arrayContaining(['NotoSans-Regular-LatinExtended', 'NotoSans-Bold-Latin']));
    expect(new Set(names).size).toBe(names.length);
    // Columns: name, type (2 words), encoding, emb, sub, uni, object, generation.
    for (const font of fonts) expect(font.slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    // Subsets: a small part of the ~300 KB the scripts' font files weigh.
    expect(rendered.pdf.byteLength).toBeLessThan(80_000);
  });

  it('shapes Arabic: a letter is drawn in its initial, medial and final forms, not one isolated glyph', () => {
    const arabic = unicodeMaps(rendered.pdf).find((map) => map.includes('<0645>'))!;
    // مخيم starts and ends with م, جمعية has it in the middle: three glyphs of the Arabic subset map back to U+0645.
    expect(arabic.match(/<0645>/g)!.length).toBeGreaterThanOrEqual(3);
  });
});
