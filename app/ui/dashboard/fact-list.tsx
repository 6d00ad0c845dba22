import Link from 'next/link';
import type { FactRow } from '@/lib/data/facts';
import { METRIC_LABELS, type Metric } from '@/lib/facts/vocabulary';
import { formatDay, formatFigure } from '@/lib/format';

/** Facts with the sentence each was read from and where it was published: the drill-down's answer. Signed in, each links to its own page. */
export function FactList({ facts, signedIn }: { facts: FactRow[]; signedIn: boolean }) {
  if (facts.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  return (
    <ol className="stack" style={{ listStyle: 'none', padding: 0 }}>
      {facts.map((fact) => (
        <li key={fact.id} className="panel">
          <p style={{ margin: 0 }}>
            <strong>
              {formatFigure(fact)} {fact.unit}
            </strong>{' '}
            — {METRIC_LABELS[fact.metric as Metric] ?? fact.metric}, {fact.location.name}, {formatDay(fact.date)}
            {fact.datePrecision !== 'day' ? ` (that ${fact.datePrecision})` : ''}
          </p>
          <p className="muted" style={{ margin: 0 }}>
            Stated by <Link href={`/organizations/${fact.sourceOrg.slug}`}>{fact.sourceOrg.name}</Link>
          </p>
          {fact.excerpt ? <blockquote style={{ margin: '8px 0', paddingLeft: 12, borderLeft: '3px solid var(--color-border)' }}>{fact.excerpt}</blockquote> : null}
          <p style={{ margin: 0 }}>
            <FactSource fact={fact} />
            {signedIn ? (
              <>
                {' · '}
                <Link href={`/facts/${fact.id}`}>
                  Open figure<span className="visually-hidden">: {formatFigure(fact)} {fact.unit}, {formatDay(fact.date)}</span>
                </Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

function FactSource({ fact }: { fact: FactRow }) {
  if (fact.report) return <Link href={`/reports/${fact.report.id}`}>Report: {fact.report.title}</Link>;
  if (fact.sourceUrl) return <a href={fact.sourceUrl}>Source: {fact.sourceTitle ?? fact.sourceUrl}</a>;
  return <span className="muted">Entered by hand</span>;
}
