import type { FactHistoryEntry } from '@/lib/data/fact-detail';

const ACTION_WORDS: Record<string, string> = {
  create: 'Entered',
  edit: 'Edited',
  confirm: 'Confirmed',
  reject: 'Rejected',
  delete: 'Deleted',
  restore: 'Restored',
  sensitivity: 'Visibility changed',
  import: 'Imported',
};

const FIELD_WORDS: Record<string, string> = {
  metric: 'Metric',
  low: 'Low',
  high: 'High',
  qualifier: 'Qualifier',
  unit: 'Unit',
  location: 'Location',
  locationText: 'Location as written',
  date: 'Date',
  datePrecision: 'Date precision',
  sourceOrg: 'Organization',
  excerpt: 'Excerpt',
  sensitivity: 'Visibility',
  status: 'Status',
  deletedAt: 'Deleted at',
};

/** The fact's audit log: who did what, when, and each changed field as before → after. */
export function FactHistory({ entries }: { entries: FactHistoryEntry[] }) {
  if (entries.length === 0) return <p className="empty-state">No history recorded for this figure.</p>;
  return (
    <ol className="stack" style={{ paddingLeft: 'var(--space-4)' }}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <strong>{ACTION_WORDS[entry.action] ?? entry.action}</strong> by {entry.who},{' '}
          <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().replace('T', ' ').slice(0, 16)} UTC</time>
          <ChangeList before={entry.before} after={entry.after} />
        </li>
      ))}
    </ol>
  );
}

function ChangeList({ before, after }: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (field) => field in FIELD_WORDS && show(before?.[field]) !== show(after?.[field]),
  );
  if (fields.length === 0) return null;
  return (
    <ul className="muted">
      {fields.map((field) => (
        <li key={field}>
          {FIELD_WORDS[field]}: {before ? <del>{show(before[field])}</del> : null}
          {before ? ' → ' : ''}
          <ins>{show(after?.[field])}</ins>
        </li>
      ))}
    </ul>
  );
}

/** Values are rendered as text (React escapes them), so stored markup never runs. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
