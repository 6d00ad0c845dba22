import Papa from 'papaparse';
import { FACT_COLUMNS } from '@/lib/export/columns';
import { CHUNK_CHARS, chunked, streamText } from '@/lib/export/stream';
import { csvFactLine, csvLine } from '@/lib/export/to-csv';
import { createJsonFactWriter } from '@/lib/export/to-json';
import type { ExportFact, ExportKind, ExportOrganization, ExportPlace, ExportSource } from '@/lib/export/types';

const PLACE: ExportPlace = {
  id: 'A',
  name: 'Camp "A", north',
  code: null,
  kind: null,
  parentName: null,
  countryCode: null,
  adm1: null,
  latitude: null,
  longitude: null,
};
const ORG: ExportOrganization = { id: 'o1', name: '=Org One', shortName: 'O1' };
const UPDATE: ExportSource = { title: 'Update\n1', publisher: null, date: '2020-01-02', url: 'https://example.org/u?a=1,b=2' };

const RANGE_OF_TRUCKS: ExportKind = {
  metric: 'trucks',
  qualifier: 'range',
  unit: 'trucks',
  datePrecision: 'day',
  sensitivity: 'public',
  measure: 'flow',
};

function fact(index: number, overrides: Partial<ExportFact> = {}): ExportFact {
  return {
    id: `f${index}`,
    low: index,
    high: index + 0.5,
    date: '2020-01-01',
    excerpt: '-12 trucks',
    kind: RANGE_OF_TRUCKS,
    place: PLACE,
    periodStart: null,
    origin: null,
    destination: null,
    sourceOrg: ORG,
    source: UPDATE,
    ...overrides,
  };
}

async function* pagesOf<T>(...pages: T[][]): AsyncGenerator<Iterable<T>> {
  for (const page of pages) yield page;
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe('CSV fact line', () => {
  it('is the column list written by csvLine, escaped and neutralized cell by cell', () => {
    const samples = [
      fact(1),
      fact(2, { place: { ...PLACE, code: 'XS01' }, source: null, excerpt: '' }),
      fact(3, { source: { title: null, publisher: null, date: null, url: '+https://example.org' }, low: -4, high: -4 }),
      fact(4, {
        kind: {
          metric: 'aid_delivered',
          qualifier: 'exact',
          unit: '=kits, "large"',
          datePrecision: 'month',
          sensitivity: 'restricted',
          measure: 'flow',
        },
        low: 7,
        high: 7,
      }),
    ];
    for (const sample of samples) {
      expect(csvFactLine(sample)).toBe(csvLine(FACT_COLUMNS.map((column) => column.read(sample))));
    }
    const [cells] = Papa.parse<string[]>(csvFactLine(fact(3)), { skipEmptyLines: true }).data;
    expect(cells[FACT_COLUMNS.findIndex((column) => column.key === 'sourceOrg')]).toBe("'=Org One");
    expect(cells[FACT_COLUMNS.findIndex((column) => column.key === 'location')]).toBe('Camp "A", north');
  });
});

describe('chunked export text', () => {
  it('sends the head alone, then every item in order in chunks of about CHUNK_CHARS', async () => {
    const facts = Array.from({ length: 2_500 }, (_, index) => fact(index));
    const chunks = await collect(chunked('HEAD\r\n', pagesOf(facts.slice(0, 1_000), [], facts.slice(1_000)), csvFactLine));
    expect(chunks[0]).toBe('HEAD\r\n');
    expect(chunks.join('')).toBe(`HEAD\r\n${facts.map(csvFactLine).join('')}`);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(1, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_CHARS);
      expect(chunk.length).toBeLessThan(CHUNK_CHARS + 1_000);
    }
  });

  it('writes JSON entries with commas between them, across pages', async () => {
    const text = (await collect(chunked('[', pagesOf([fact(1)], [fact(2), fact(3)]), createJsonFactWriter()))).join('');
    expect(JSON.parse(`${text}]`).map((entry: { id: string }) => entry.id)).toEqual(['f1', 'f2', 'f3']);
  });

  it('streams as UTF-8 bytes only when pulled, and stops its source when cancelled', async () => {
    let produced = 0;
    let isStopped = false;
    async function* source(): AsyncGenerator<string> {
      try {
        for (;;) {
          produced += 1;
          yield 'é'.repeat(10);
        }
      } finally {
        isStopped = true;
      }
    }
    const reader = streamText(source()).getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('é'.repeat(10));
    expect(produced).toBeLessThan(10);
    await reader.cancel();
    expect(isStopped).toBe(true);
  });
});
