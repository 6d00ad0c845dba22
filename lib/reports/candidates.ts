import { extractFacts } from '@/lib/extract';
import { factFingerprint } from '@/lib/facts/create';
import { FactInputSchema, type FactInput } from '@/lib/validation/fact';

/** One extracted figure, validated and ready to store as a candidate fact of a report. */
export type Candidate = { input: FactInput; start: number; end: number; cue: string; fingerprint: string };

/**
 * Runs extraction on a report's text and keeps what passes the same schema as every other door.
 * The fingerprint is of what extraction proposed; stored in the fact's idempotency key, it stays
 * with the fact after a reviewer edits or rejects it, so running extraction again never brings
 * that figure back.
 */
export function extractCandidates(text: string, context: { published: string; publisher: string }): { candidates: Candidate[]; dropped: number } {
  const candidates: Candidate[] = [];
  let dropped = 0;
  for (const fact of extractFacts(text, context)) {
    const parsed = FactInputSchema.safeParse({ ...fact, sensitivity: 'public' });
    if (!parsed.success) {
      dropped += 1;
      continue;
    }
    const fingerprint = factFingerprint(parsed.data, `extract:${fact.start}`);
    candidates.push({ input: parsed.data, start: fact.start, end: fact.end, cue: fact.cue, fingerprint });
  }
  return { candidates, dropped };
}
