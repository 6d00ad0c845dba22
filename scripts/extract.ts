/**
 * Extract facts from report text.
 *   npm run --silent extract -- --date 2019-03-01 --publisher AFP FILE   -> {"facts": [...]}
 *   npm run --silent extract -- --jsonl < reports.jsonl                 -> one {"id", "facts"} line per input line
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractFacts } from '@/lib/extract';
import { isReportDate, toFactJson } from '@/lib/extract/serialize';

const USAGE =
  'usage: npm run --silent extract -- --date YYYY-MM-DD --publisher NAME FILE  |  npm run --silent extract -- --jsonl < reports.jsonl (lines of {"id","text","published","publisher"})';

type Options = { jsonl: boolean; date?: string; publisher?: string; file?: string };

function fail(message: string): never {
  process.stderr.write(`extract: ${message} (${USAGE})\n`);
  process.exit(2);
}

function parseArguments(args: string[]): Options {
  const options: Options = { jsonl: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--date' || arg === '--publisher') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value`);
      if (arg === '--date') options.date = value;
      else options.publisher = value;
      i += 1;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (options.file) fail(`one FILE only (got ${options.file} and ${arg})`);
    else options.file = arg;
  }
  return options;
}

function runFile(options: Options): void {
  if (!options.file) fail('missing FILE: pass the path of a report text file');
  if (!options.date) fail('missing --date: pass the report date as --date YYYY-MM-DD');
  if (!isReportDate(options.date)) fail(`--date must be a real date as YYYY-MM-DD, got "${options.date}"`);
  if (!options.publisher?.trim()) fail('missing --publisher: pass who published the report, e.g. --publisher AFP');
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    fail(`cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const facts = extractFacts(text, { published: options.date, publisher: options.publisher });
  process.stdout.write(JSON.stringify({ facts: facts.map(toFactJson) }) + '\n');
}

/** What is wrong with a JSONL report line, or null when it can be extracted. */
function problemWith(report: Record<string, unknown>): string | null {
  if (typeof report.text !== 'string') return '"text" must be a string';
  if (!isReportDate(report.published)) return '"published" must be a real date as YYYY-MM-DD';
  if (typeof report.publisher !== 'string' || !report.publisher.trim()) return '"publisher" must be a non-empty string';
  return null;
}

function extractLine(line: string, number: number): { output: object; ok: boolean } {
  let report: unknown;
  try {
    report = JSON.parse(line);
  } catch {
    return { output: { id: null, error: `line ${number}: not valid JSON` }, ok: false };
  }
  if (!report || typeof report !== 'object' || Array.isArray(report)) {
    return { output: { id: null, error: `line ${number}: expected a JSON object {"id","text","published","publisher"}` }, ok: false };
  }
  const fields = report as Record<string, unknown>;
  const id = fields.id ?? null;
  const problem = problemWith(fields);
  if (problem) return { output: { id, error: `line ${number}: ${problem}` }, ok: false };
  const facts = extractFacts(fields.text as string, { published: fields.published as string, publisher: fields.publisher as string });
  return { output: { id, facts: facts.map(toFactJson) }, ok: true };
}

async function runJsonl(options: Options): Promise<void> {
  if (options.file || options.date || options.publisher) fail('--jsonl reads reports from stdin: pass no FILE, --date or --publisher');
  let failures = 0;
  let number = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    number += 1;
    if (!line.trim()) continue;
    const { output, ok } = extractLine(line, number);
    if (!ok) failures += 1;
    process.stdout.write(JSON.stringify(output) + '\n');
  }
  if (failures > 0) {
    process.stderr.write(`extract: ${failures} line(s) could not be extracted\n`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (options.jsonl) await runJsonl(options);
  else runFile(options);
}

void main();
