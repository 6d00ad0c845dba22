import Link from 'next/link';
import type { FactRole } from '@/lib/data/drilldown-choice';
import type { FactRow } from '@/lib/data/facts';
import { METRIC_LABELS, type Metric } from '@/lib/facts/vocabulary';
import { formatDay, formatFigure } from '@/lib/format';

/** Facts with the sentence each was read from and where it was published: the drill-down's answer. Signed in, each links to its own page. */
export function FactList({ facts, signedIn, roles }: { facts: FactRow[]; signedIn: boolean; roles: Map<string, FactRole> }) {
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
          <RoleNote role={roles.get(fact.id)} />
          <p className="muted" style={{ margin: 0 }}>
            Stated by <Link href={`/organizations/${fact.sourceOrg.slug}`}>{fact.sourceOrg.name}</Link>
          </p>
          {fact.excerpt ? (
            <blockquote style={{ margin: '8px 0', paddingLeft: 12, borderLeft: '3px solid var(--color-border)' }}>
              {fact.excerpt}
            </blockquote>
          ) : null}
          <p style={{ margin: 0 }}>
            <FactSource fact={fact} />
            {signedIn ? (
              <>
                {' · '}
                <Link href={`/facts/${fact.id}`}>
                  Open figure
                  <span className="visually-hidden">
                    : {formatFigure(fact)} {fact.unit}, {formatDay(fact.date)}
                  </span>
                </Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

const ROLE_NOTES: Record<Exclude<FactRole, 'alone'>, string> = {
  counted: 'Counted: other sources give this metric, place and day too; this one is drawn.',
  spread: 'Spread only: another source for this metric, place and day is the one counted.',
};

/** Says which fact of a metric, place and day the figures count, and which only widen the spread. */
function RoleNote({ role }: { role: FactRole | undefined }) {
  if (!role || role === 'alone') return null;
  return (
    <p style={{ margin: 0 }} className={role === 'counted' ? 'fact-counted' : 'fact-spread'}>
      {ROLE_NOTES[role]}
    </p>
  );
}

function FactSource({ fact }: { fact: FactRow }) {
  if (fact.report) return <Link href={`/reports/${fact.report.id}`}>Report: {fact.report.title}</Link>;
  if (fact.sourceUrl) return <a href={fact.sourceUrl}>Source: {fact.sourceTitle ?? fact.sourceUrl}</a>;
  return <span className="muted">Entered by hand</span>;
}
