/**
 * Measures extraction against a labelled set of synthetic reports (data/extraction/<set>/*.json):
 * `dev-set` (default; written with the extractor) and `held-out` (written independently of it).
 *   npm run eval:extract [-- --set dev-set|held-out|all] [-- --verbose] [-- DIR]
 *
 * Matching rule: a predicted fact matches a labelled fact of the same report when
 *   - its metric equals the label's metric or one of the label's alt_metrics,
 *   - low and high are equal, and
 *   - the predicted excerpt (start..end) overlaps the labelled excerpt in the text.
 * Each labelled fact matches at most one prediction (greedy, in text order). Precision, recall
 * and F1 count matches; on matched pairs we report the share with the same date and
 * date_precision, the same location (case-insensitive, ignoring "the" and a trailing place noun
 * such as "district" or "camp"), and the same source_org (after resolveOrganizationName).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts, resolveOrganizationName, type ExtractedFact } from '@/lib/extract';

type Label = {
  metric: string; alt_metrics: string[]; low: number; high: number; qualifier: string; unit: string;
  location: string; date: string; date_precision: string; source_org: string; excerpt: string;
};
type Report = { id: string; published: string; publisher: string; text: string; facts: Label[] };
type Tally = { predicted: number; labelled: number; matched: number; date: number; location: number; source: number; qualifier: number };

const PLACE_NOUNS = /\s+(?:district|province|governorate|region|camp|camps|town|city|village|state|county|municipality|site|centre|center)$/;

function placeKey(place: string): string {
  return place.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim().replace(PLACE_NOUNS, '');
}

function orgKey(org: string): string {
  return resolveOrganizationName(org).toLowerCase();
}

function overlaps(fact: ExtractedFact, label: Label, text: string): boolean {
  const start = text.indexOf(label.excerpt);
  if (start < 0) return false;
  return fact.start < start + label.excerpt.length && start < fact.end;
}

function matches(fact: ExtractedFact, label: Label, text: string): boolean {
  const metricOk = fact.metric === label.metric || label.alt_metrics.includes(fact.metric);
  return metricOk && fact.low === label.low && fact.high === label.high && overlaps(fact, label, text);
}

function describe(fact: { metric: string; low: number; high: number; location: string; date: string }, excerpt: string): string {
  return `${fact.metric} ${fact.low}-${fact.high} @${fact.location} ${fact.date} | ${excerpt.slice(0, 90)}`;
}

function scoreReport(report: Report, tally: Tally, verbose: boolean): void {
  const predicted = extractFacts(report.text, { published: report.published, publisher: report.publisher });
  const free = new Set(report.facts.map((_, i) => i));
  tally.predicted += predicted.length;
  tally.labelled += report.facts.length;
  for (const fact of predicted) {
    const index = [...free].find((i) => matches(fact, report.facts[i], report.text));
    if (index === undefined) {
      if (verbose) console.log(`  ${report.id} FP ${describe(fact, fact.excerpt)} [${fact.cue}]`);
      continue;
    }
    free.delete(index);
    const label = report.facts[index];
    tally.matched += 1;
    const dateOk = fact.date === label.date && fact.datePrecision === label.date_precision;
    const placeOk = placeKey(fact.location) === placeKey(label.location);
    const sourceOk = orgKey(fact.sourceOrg) === orgKey(label.source_org);
    tally.date += Number(dateOk);
    tally.location += Number(placeOk);
    tally.source += Number(sourceOk);
    tally.qualifier += Number(fact.qualifier === label.qualifier);
    if (verbose && !dateOk) console.log(`  ${report.id} DATE got ${fact.date}/${fact.datePrecision} want ${label.date}/${label.date_precision} | ${label.excerpt.slice(0, 70)}`);
    if (verbose && !placeOk) console.log(`  ${report.id} PLACE got "${fact.location}" want "${label.location}" | ${label.excerpt.slice(0, 70)}`);
    if (verbose && !sourceOk) console.log(`  ${report.id} ORG got "${fact.sourceOrg}" want "${label.source_org}" | ${label.excerpt.slice(0, 70)}`);
  }
  if (verbose) for (const i of free) console.log(`  ${report.id} FN ${describe(report.facts[i], report.facts[i].excerpt)}`);
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : (part / whole).toFixed(3);
}

function scoreSet(dir: string, verbose: boolean): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const tally: Tally = { predicted: 0, labelled: 0, matched: 0, date: 0, location: 0, source: 0, qualifier: 0 };
  for (const file of files) scoreReport(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Report, tally, verbose);
  const precision = tally.matched / Math.max(1, tally.predicted);
  const recall = tally.matched / Math.max(1, tally.labelled);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(`[${dir}] reports ${files.length}  labelled ${tally.labelled}  predicted ${tally.predicted}  matched ${tally.matched}`);
  console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  console.log(`on matched facts: date ${ratio(tally.date, tally.matched)}  location ${ratio(tally.location, tally.matched)}  source_org ${ratio(tally.source, tally.matched)}  qualifier ${ratio(tally.qualifier, tally.matched)}`);
}

const SETS = ['dev-set', 'held-out'];

/** `--set NAME` picks data/extraction/NAME (`all` scores every set in turn); a bare argument is a folder. */
function setDirectories(args: string[]): string[] {
  const at = args.indexOf('--set');
  const name = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && (!name || (name !== 'all' && !SETS.includes(name)))) {
    console.error(`--set needs one of: ${[...SETS, 'all'].join(', ')}`);
    process.exit(2);
  }
  const folder = args.find((a, i) => !a.startsWith('--') && i !== at + 1);
  if (folder) return [folder];
  const names = name === 'all' ? SETS : [name ?? 'dev-set'];
  return names.map((n) => `data/extraction/${n}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  for (const dir of setDirectories(args)) scoreSet(dir, verbose);
}

main();
