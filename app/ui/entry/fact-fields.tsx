import Link from 'next/link';
import type { FactDetail } from '@/lib/data/fact-detail';
import { MEASURE_LABELS, METRIC_LABELS, REJECT_REASON_LABELS, type Measure, type Metric, type RejectReason } from '@/lib/facts/vocabulary';
import { formatDay, formatFigure } from '@/lib/format';

/** A fact's fields as a description list; every value is plain text, escaped by React. */
export function FactFields({ fact }: { fact: FactDetail }) {
  const rows: [string, React.ReactNode][] = [
    ['Metric', METRIC_LABELS[fact.metric as Metric] ?? fact.metric],
    ['Value', `${formatFigure(fact)} ${fact.unit}`],
    ['Qualifier', `${fact.qualifier} (low ${fact.low}, high ${fact.high})`],
    ['Measure', MEASURE_LABELS[fact.measure as Measure] ?? fact.measure],
    [
      'Date',
      fact.periodStart
        ? `${formatDay(fact.periodStart)} to ${formatDay(fact.date)} (${fact.datePrecision})`
        : `${formatDay(fact.date)} (${fact.datePrecision})`,
    ],
    [
      'Location',
      (fact.locationText === fact.location.name ? fact.location.name : `${fact.location.name} (written “${fact.locationText}”)`) +
        (fact.location.parent ? `, inside ${fact.location.parent.name}` : ''),
    ],
    ...(fact.origin || fact.destination
      ? [['Route', `From ${fact.origin?.name ?? 'unknown'} to ${fact.destination?.name ?? 'unknown'}`] as [string, React.ReactNode]]
      : []),
    ['Organization', fact.sourceOrg.shortName ? `${fact.sourceOrg.name} (${fact.sourceOrg.shortName})` : fact.sourceOrg.name],
    ['Excerpt', fact.excerpt || '—'],
    [
      'Status',
      fact.status === 'rejected' && fact.rejectReason
        ? `rejected (${REJECT_REASON_LABELS[fact.rejectReason as RejectReason] ?? fact.rejectReason})`
        : fact.status,
    ],
    ...(fact.confidence !== null ? [['Extraction confidence', `${Math.round(fact.confidence * 100)}%`] as [string, React.ReactNode]] : []),
    ['Who may see it', fact.sensitivity === 'public' ? 'Everyone' : `Only ${fact.ownerOrg?.name ?? 'its organization'}`],
    ['Entered for', fact.ownerOrg?.name ?? '—'],
    ['Entered by', fact.enteredBy?.name || fact.enteredBy?.email || '—'],
    [
      'From',
      fact.report ? (
        <Link href={`/reports/${fact.report.id}`}>{fact.report.title}</Link>
      ) : fact.sourceUrl ? (
        <a href={fact.sourceUrl} rel="noopener noreferrer nofollow">
          {fact.sourceTitle ?? fact.sourceUrl}
        </a>
      ) : (
        'Entered by hand'
      ),
    ],
    ['Version', String(fact.version)],
  ];
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', gap: '4px 16px' }}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className="muted">{term}</dt>
          <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
