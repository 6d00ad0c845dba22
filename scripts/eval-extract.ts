/**
 * Measures extraction against labelled reports.
 *   npm run eval:extract [-- --set dev-set|held-out|real|real-tune|real-final|all] [-- --doc ID] [-- --verbose] [-- DIR]
 *
 * `real` reads ../shared/extraction/real-dev/docs (real published reports: read at run time, never
 * copied here). Its final held-out third, fixed before any tuning on it: the documents whose number
 * is a multiple of 3 (r003, r006, ..., r030). `real-tune` is the other two thirds, `real-final` that third.
 *
 * Matching rule: a predicted fact matches a labelled fact of the same report when its metric equals
 * the label's metric or one of its alt_metrics, low and high are equal, and the excerpts overlap in
 * the text. Matching is one-to-one and maximal (augmenting paths): a label is found by at most one
 * prediction and a prediction finds at most one label. On matched pairs:
 * date (day and precision), place (case-insensitive, ignoring "the" and a trailing place noun),
 * speaker (after resolveOrganizationName and the acronyms the report defines; a label's bracket
 * holds a relayer, either is right), qualifier, measure (and period start), and, where the
 * label names them, origin and destination.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts, resolveOrganizationName, type ExtractedFact } from '@/lib/extract';
import { newSpeakers } from '@/lib/extract/attribution';

type Label = {
  metric: string;
  alt_metrics: string[];
  low: number;
  high: number;
  qualifier: string;
  location: string;
  date: string;
  date_precision: string;
  source_org: string;
  excerpt: string;
  measure?: string;
  period_start?: string | null;
  origin?: string | null;
  destination?: string | null;
};
type Report = { id: string; published: string; publisher: string; text: string; facts: Label[] };
const ASPECTS = ['date', 'place', 'speaker', 'qualifier', 'measure', 'period', 'origin', 'destination'] as const;
type Aspect = (typeof ASPECTS)[number];
/** matched counts labels found; per metric, `hits` counts predictions of that metric that matched (a label's alt metric). */
type Count = { predicted: number; labelled: number; matched: number; hits: number };
type Tally = Count & { right: Record<Aspect, number>; seen: Record<Aspect, number>; metrics: Map<string, Count> };

const REAL_DIR = '../shared/extraction/real-dev/docs';
const PLACE_NOUNS =
  /\s+(?:district|province|governorate|region|camp|camps|town|city|village|state|county|municipality|site|centre|center|enclave|settlement|hub|logistics hub|area|point|crossing|border crossing)$/;

function isFinalThird(id: string): boolean {
  return Number(id.replace(/\D/g, '')) % 3 === 0;
}

function placeKey(place: string | null | undefined): string {
  return (place ?? '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PLACE_NOUNS, '');
}

/**
 * Real labels write a place with its context: "Inabao entry point, Burkina Faso", "Rukban
 * (Syrian-Jordanian border)", "Djerba (to Cairo)". The predicted place is right when it equals the
 * label without its bracket, or one of the label's comma-separated parts.
 */
function samePlace(got: string | null | undefined, want: string | null | undefined): boolean {
  const plain = (want ?? '').replace(/\s*\([^)]*\)/g, '');
  const parts = [want ?? '', plain, ...plain.split(/\s*,\s*/)];
  return parts.some((part) => placeKey(part) === placeKey(got));
}

/**
 * Real labels write a relayed statement as "speaker (relayer or person)": "UNHCR (NGO partners)",
 * "OCHA (Jens Laerke)". Either organization of the chain is right; a person alone is not compared.
 */
function sameSpeaker(got: string, want: string, acronyms: Map<string, string>): boolean {
  const bracket = /\(([^)]*)\)/.exec(want)?.[1];
  const parts = [want, want.replace(/\s*\([^)]*\)/g, ''), ...(bracket ? [bracket] : [])];
  return parts.some((part) => orgKey(part, acronyms) === orgKey(got, acronyms));
}

/** An organization after the aliases table and the acronyms the report itself defines ("Long Name (LN)"). */
function orgKey(org: string, acronyms: Map<string, string>): string {
  return resolveOrganizationName(acronyms.get(org.trim()) ?? org).toLowerCase();
}

function matches(fact: ExtractedFact, label: Label, text: string): boolean {
  const start = text.indexOf(label.excerpt);
  const overlap = start >= 0 && fact.start < start + label.excerpt.length && start < fact.end;
  const metricOk = fact.metric === label.metric || label.alt_metrics.includes(fact.metric);
  return metricOk && fact.low === label.low && fact.high === label.high && overlap;
}

function describe(fact: { metric: string; low: number; high: number; location: string; date: string }, excerpt: string): string {
  return `${fact.metric} ${fact.low}-${fact.high} @${fact.location} ${fact.date} | ${excerpt.replace(/\s+/g, ' ').slice(0, 110)}`;
}

/** Each aspect's verdict on a matched pair, or undefined where the label does not say. */
function verdicts(fact: ExtractedFact, label: Label, acronyms: Map<string, string>): Partial<Record<Aspect, [boolean, string, string]>> {
  const out: Partial<Record<Aspect, [boolean, string, string]>> = {
    date: [
      fact.date === label.date && fact.datePrecision === label.date_precision,
      `${fact.date}/${fact.datePrecision}`,
      `${label.date}/${label.date_precision}`,
    ],
    place: [samePlace(fact.location, label.location), fact.location, label.location],
    speaker: [sameSpeaker(fact.sourceOrg, label.source_org, acronyms), fact.sourceOrg, label.source_org],
    qualifier: [fact.qualifier === label.qualifier, fact.qualifier, label.qualifier],
  };
  if (label.measure) out.measure = [fact.measure === label.measure, String(fact.measure), label.measure];
  if (label.period_start !== undefined)
    out.period = [(fact.periodStart ?? null) === label.period_start, String(fact.periodStart ?? null), String(label.period_start)];
  if (label.origin !== undefined) out.origin = [samePlace(fact.origin, label.origin), String(fact.origin ?? null), String(label.origin)];
  if (label.destination !== undefined)
    out.destination = [samePlace(fact.destination, label.destination), String(fact.destination ?? null), String(label.destination)];
  return out;
}

function bump(tally: Tally, metric: string, field: keyof Count): void {
  const count = tally.metrics.get(metric) ?? { predicted: 0, labelled: 0, matched: 0, hits: 0 };
  count[field] += 1;
  tally.metrics.set(metric, count);
  if (field !== 'hits') tally[field] += 1;
}

/** Maximum one-to-one matching of predictions to labels (Kuhn's augmenting paths, text order first). */
function pairUp(predicted: ExtractedFact[], report: Report): Map<number, number> {
  const options = predicted.map((fact) => report.facts.flatMap((label, i) => (matches(fact, label, report.text) ? [i] : [])));
  const owner = new Map<number, number>(); // label index -> prediction index
  const claim = (p: number, seen: Set<number>): boolean => {
    for (const label of options[p]) {
      if (seen.has(label)) continue;
      seen.add(label);
      const held = owner.get(label);
      if (held === undefined || claim(held, seen)) {
        owner.set(label, p);
        return true;
      }
    }
    return false;
  };
  predicted.forEach((_, p) => claim(p, new Set()));
  return new Map([...owner].map(([label, p]) => [p, label]));
}

function scoreReport(report: Report, tally: Tally, show: boolean): void {
  const predicted = extractFacts(report.text, { published: report.published, publisher: report.publisher });
  const pairs = pairUp(predicted, report);
  const acronyms = newSpeakers(report.text).acronyms;
  const found = new Set(pairs.values());
  for (const label of report.facts) bump(tally, label.metric, 'labelled');
  predicted.forEach((fact, p) => {
    bump(tally, fact.metric, 'predicted');
    const index = pairs.get(p);
    if (index === undefined) {
      if (show) console.log(`  ${report.id} FP ${describe(fact, fact.excerpt)} [${fact.cue}]`);
      return;
    }
    const label = report.facts[index];
    bump(tally, label.metric, 'matched');
    bump(tally, fact.metric, 'hits');
    for (const [aspect, [ok, got, want]] of Object.entries(verdicts(fact, label, acronyms)) as [Aspect, [boolean, string, string]][]) {
      tally.seen[aspect] += 1;
      tally.right[aspect] += Number(ok);
      if (show && !ok)
        console.log(
          `  ${report.id} ${aspect.toUpperCase()} got "${got}" want "${want}" | ${fact.metric} ${fact.low} | ${label.excerpt.replace(/\s+/g, ' ').slice(0, 80)}`,
        );
    }
  });
  if (show)
    report.facts.forEach((label, i) => {
      if (!found.has(i)) console.log(`  ${report.id} FN ${describe(label, label.excerpt)}`);
    });
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : (part / whole).toFixed(3);
}

/** F1 of a set (hits = matched) or of one metric (precision from its predictions that hit, recall from its labels found). */
function f1(count: Count): string {
  const p = count.hits / Math.max(1, count.predicted);
  const r = count.matched / Math.max(1, count.labelled);
  return p + r === 0 ? '0.000' : ((2 * p * r) / (p + r)).toFixed(3);
}

function print(name: string, files: number, tally: Tally): void {
  console.log(`[${name}] reports ${files}  labelled ${tally.labelled}  predicted ${tally.predicted}  matched ${tally.matched}`);
  tally.hits = tally.matched;
  console.log(`precision ${ratio(tally.matched, tally.predicted)}  recall ${ratio(tally.matched, tally.labelled)}  F1 ${f1(tally)}`);
  console.log(
    `on matched facts: ${ASPECTS.filter((a) => tally.seen[a] > 0)
      .map((a) => `${a} ${ratio(tally.right[a], tally.seen[a])} (${tally.seen[a]})`)
      .join('  ')}`,
  );
  console.log('per metric (labelled/predicted/labels found  P  R  F1; P counts predictions of the metric that matched):');
  for (const [metric, c] of [...tally.metrics].sort()) {
    console.log(
      `  ${metric.padEnd(17)} ${String(c.labelled).padStart(3)}/${String(c.predicted).padStart(3)}/${String(c.matched).padStart(3)}  ${ratio(c.hits, c.predicted)}  ${ratio(c.matched, c.labelled)}  ${f1(c)}`,
    );
  }
}

function readReports(dir: string, keep: (id: string) => boolean): Report[] {
  if (!existsSync(dir)) {
    console.error(`no labelled set at ${dir}`);
    process.exit(2);
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Report)
    .filter((r) => keep(r.id));
}

const SETS: Record<string, { dir: string; keep: (id: string) => boolean }> = {
  'dev-set': { dir: 'data/extraction/dev-set', keep: () => true },
  'held-out': { dir: 'data/extraction/held-out', keep: () => true },
  real: { dir: REAL_DIR, keep: () => true },
  'real-tune': { dir: REAL_DIR, keep: (id) => !isFinalThird(id) },
  'real-final': { dir: REAL_DIR, keep: isFinalThird },
};

function scoreSet(name: string, dir: string, keep: (id: string) => boolean, options: { verbose: boolean; doc?: string }): void {
  const reports = readReports(dir, (id) => keep(id) && (!options.doc || id === options.doc));
  const tally: Tally = { predicted: 0, labelled: 0, matched: 0, hits: 0, right: blank(), seen: blank(), metrics: new Map() };
  for (const report of reports) scoreReport(report, tally, options.verbose || Boolean(options.doc));
  print(name, reports.length, tally);
}

function blank(): Record<Aspect, number> {
  return Object.fromEntries(ASPECTS.map((a) => [a, 0])) as Record<Aspect, number>;
}

function valueOf(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) {
    console.error(`${flag} needs a value (--set one of: ${[...Object.keys(SETS), 'all'].join(', ')}; --doc a report id such as r012)`);
    process.exit(2);
  }
  return value;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const set = valueOf(args, '--set');
  const doc = valueOf(args, '--doc');
  if (set && set !== 'all' && !SETS[set]) {
    console.error(`--set needs one of: ${[...Object.keys(SETS), 'all'].join(', ')}`);
    process.exit(2);
  }
  const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--set' && args[i - 1] !== '--doc');
  if (folder) return scoreSet(folder, folder, () => true, { verbose, doc });
  const names = set === 'all' ? ['dev-set', 'held-out', 'real-tune'] : [set ?? 'dev-set'];
  for (const name of names) scoreSet(name, SETS[name].dir, SETS[name].keep, { verbose, doc });
}

main();
