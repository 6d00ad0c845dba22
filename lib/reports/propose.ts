import { extractCandidates, type Candidate } from '@/lib/reports/candidates';
import { inNewText } from '@/lib/reports/versions';

export type ProposalSource = { text: string; publishedDate: string; publisher: string; previousText?: string | null };

/**
 * The candidates to propose for a report: every figure extraction finds, except, in a later
 * version of a story, those in paragraphs the earlier version already had (proposed there).
 */
export function proposeCandidates(report: ProposalSource): Candidate[] {
  const { candidates } = extractCandidates(report.text, { published: report.publishedDate, publisher: report.publisher });
  if (!report.previousText) return candidates;
  const isNew = inNewText(report.previousText, report.text);
  return candidates.filter((candidate) => isNew(candidate.start));
}
