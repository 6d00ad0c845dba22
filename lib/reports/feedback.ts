import type { Db } from '@/lib/database';

/** What a reviewer did to one fact: the raw material of /reports/quality. */
export type FeedbackOutcome = 'unchanged' | 'corrected' | 'rejected' | 'missed';

export type FeedbackEntry = {
  reportId: string;
  factId: string;
  metric: string;
  outcome: FeedbackOutcome;
  userId: string;
  field?: string;
  fromValue?: string;
  toValue?: string;
};

export async function recordFeedback(db: Db, entry: FeedbackEntry): Promise<void> {
  await db.reviewFeedback.create({
    data: {
      reportId: entry.reportId,
      factId: entry.factId,
      metric: entry.metric,
      outcome: entry.outcome,
      field: entry.field ?? null,
      fromValue: entry.fromValue ?? null,
      toValue: entry.toValue ?? null,
      userId: entry.userId,
    },
  });
}

/** A fact confirmed as extraction proposed it: no reviewer ever corrected one of its fields. */
export async function wasCorrected(db: Db, factId: string): Promise<boolean> {
  return (await db.reviewFeedback.count({ where: { factId, outcome: 'corrected' } })) > 0;
}
