import type { Db } from '@/lib/database';
import { extractFacts, type ExtractedFact } from '@/lib/extract';
import { defaultMeasure, isMovementMetric, MEASURES, type Measure } from '@/lib/facts/vocabulary';
import { createCandidates, factFingerprint } from '@/lib/facts/write';
import { MAX_CANDIDATES_PER_REPORT } from '@/lib/reports/limits';
import { FactInputSchema, type FactInput } from '@/lib/validation/fact';

/** One extracted figure, validated and ready to store as a candidate fact of a report. */
export type Candidate = { input: FactInput; start: number; end: number; cue: string; fingerprint: string; confidence: number | null };

/** What extraction may add to a proposal (lib/extract proposes these as it learns them). */
type Proposal = ExtractedFact & {
  measure?: string | null;
  periodStart?: string | null;
  origin?: string | null;
  destination?: string | null;
  confidence?: number | null;
};

/**
 * Runs extraction on a report's text and keeps what passes the same schema as every other door.
 * The fingerprint is of what extraction proposed; stored in the fact's idempotency key, it stays
 * with the fact after a reviewer edits or rejects it, so running extraction again never brings
 * that figure back.
 */
export function extractCandidates(
  text: string,
  context: { published: string; publisher: string },
): { candidates: Candidate[]; dropped: number } {
  const candidates: Candidate[] = [];
  let dropped = 0;
  for (const fact of extractFacts(text, context) as Proposal[]) {
    const parsed = FactInputSchema.safeParse({ ...fact, ...proposedExtras(fact), sensitivity: 'public' });
    if (!parsed.success) {
      dropped += 1;
      continue;
    }
    const fingerprint = factFingerprint(parsed.data, `extract:${fact.start}`);
    const confidence = typeof fact.confidence === 'number' && fact.confidence >= 0 && fact.confidence <= 1 ? fact.confidence : null;
    candidates.push({ input: parsed.data, start: fact.start, end: fact.end, cue: fact.cue, fingerprint, confidence });
  }
  return { candidates, dropped };
}

/** Measure, period and route as proposed, keeping only what the schema can accept for this metric. */
function proposedExtras(fact: Proposal): Partial<FactInput> {
  const measure = (MEASURES as readonly string[]).includes(fact.measure ?? '') ? (fact.measure as Measure) : defaultMeasure(fact.metric);
  const periodStart = measure !== 'stock' && fact.periodStart && fact.periodStart <= fact.date ? fact.periodStart : null;
  const moves = isMovementMetric(fact.metric);
  return { measure, periodStart, origin: moves ? (fact.origin ?? null) : null, destination: moves ? (fact.destination ?? null) : null };
}

/** The idempotency key of an extracted candidate within one report. */
export function candidateKey(reportId: string, candidate: Candidate): string {
  return `extract:${reportId}:${candidate.fingerprint}`;
}

type Scope = { reportId: string; ownerOrgId: string | null; userId: string | null };

/**
 * Stores the candidates not stored before, in batches, up to MAX_CANDIDATES_PER_REPORT for the
 * report, and records how many were left out. Returns how many were added.
 */
export async function writeCandidates(tx: Db, scope: Scope, candidates: Candidate[]): Promise<number> {
  const stored = await tx.fact.count({ where: { reportId: scope.reportId, cue: { not: null } } });
  const room = Math.max(0, MAX_CANDIDATES_PER_REPORT - stored);
  const keyed = candidates.map((candidate) => ({ ...candidate, key: candidateKey(scope.reportId, candidate) }));
  const known = new Set(
    (await tx.fact.findMany({ where: { reportId: scope.reportId, cue: { not: null } }, select: { idempotencyKey: true } })).map(
      (fact) => fact.idempotencyKey,
    ),
  );
  // known.add returns the set: a key seen twice in this run is kept once.
  const fresh = keyed.filter((candidate) => !known.has(candidate.key) && known.add(candidate.key));
  const added = await createCandidates(tx, scope, fresh.slice(0, room));
  const leftOut = Math.max(0, fresh.length - room);
  await tx.reportExtraction.upsert({
    where: { reportId: scope.reportId },
    create: { reportId: scope.reportId, leftOut, state: 'done' },
    update: { leftOut },
  });
  return added;
}
