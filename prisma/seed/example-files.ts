import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATE_PRECISIONS, METRICS, QUALIFIERS } from '@/lib/facts/vocabulary';
import { MEASURES } from '@/lib/facts/counting';

const LOCATION_KINDS = ['country', 'admin1', 'admin2', 'admin3', 'site'] as const;

// The example files use the snake_case field names of ../shared/docs/facts.md.
const LabelledFact = z.object({
  metric: z.enum(METRICS),
  low: z.number(),
  high: z.number(),
  qualifier: z.enum(QUALIFIERS),
  unit: z.string(),
  location: z.string(),
  // The two ends of a movement, when its source states both (names from the locations list).
  origin: z.string().optional(),
  destination: z.string().optional(),
  date: z.string(),
  date_precision: z.enum(DATE_PRECISIONS),
  // Facts of the example reports may leave these out: the metric's default measure, one day.
  measure: z.enum(MEASURES).optional(),
  period_start: z.string().nullable().optional(),
  source_org: z.string(),
  excerpt: z.string(),
  source_title: z.string().optional(),
  source_url: z.string().optional(),
  excerpt_is_summary: z.boolean().optional(),
});
export type LabelledFact = z.infer<typeof LabelledFact>;

const ExampleReport = z.object({
  title: z.string(),
  published: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
  text: z.string(),
  facts: z.array(LabelledFact),
});
export type ExampleReport = z.infer<typeof ExampleReport>;

const FigureCollection = z.object({
  organizations: z.array(z.object({ name: z.string(), short_name: z.string().optional() })),
  locations: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(LOCATION_KINDS).optional(),
      /** The name of the place it lies in, itself listed in the same file. */
      parent: z.string().optional(),
      aliases: z.array(z.string()).optional(),
      country: z.string().optional(),
      pcode: z.string().optional(),
      latitude: z.number().optional(),
      longitude: z.number().optional(),
    }),
  ),
  facts: z.array(LabelledFact),
});
export type FigureCollection = z.infer<typeof FigureCollection>;

function readJsonFiles<T>(folder: string, schema: z.ZodType<T>): T[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = schema.safeParse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

export function readExampleReports(dataDir: string): ExampleReport[] {
  return readJsonFiles(path.join(dataDir, 'reports'), ExampleReport);
}

export function readFigureCollections(dataDir: string): FigureCollection[] {
  return readJsonFiles(path.join(dataDir, 'figures'), FigureCollection);
}
