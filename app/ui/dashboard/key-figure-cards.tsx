import Link from 'next/link';
import styles from './dashboard.module.css';
import { fetchKeyFigures, type CountingScope, type KeyFigureCard, type Names } from '@/lib/dashboard/read';
import { lengthInDays } from '@/lib/dashboard/period';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';
import { formatChange, formatCountedFigure, formatDay, formatFigure, formatSignedChange } from '@/lib/format';

/** Fetches the key figures once and renders one card per metric (next-learn's CardWrapper). */
export async function KeyFigureCards({ scope, factsQuery }: { scope: CountingScope; factsQuery: string }) {
  const { cards, names } = await fetchKeyFigures(scope);
  if (cards.every((card) => card.current === null && card.runningTotals.length === 0 && card.alsoReported.length === 0)) {
    return <p className="empty-state">No figures for these filters. Widen the dates or clear a filter.</p>;
  }
  const days = lengthInDays(scope.period);
  return (
    <ul className={styles.cards} aria-label="Key figures">
      {cards.map((card) => (
        <li key={card.metric}>
          <FigureCard card={card} days={days} factsQuery={factsQuery} names={names} />
        </li>
      ))}
    </ul>
  );
}

function FigureCard({ card, days, factsQuery, names }: { card: KeyFigureCard; days: number; factsQuery: string; names: Names }) {
  const params = new URLSearchParams(factsQuery);
  params.set('metric', card.metric);
  const label = `${METRIC_LABELS[card.metric]}${card.kind === 'stock' ? ' (latest)' : ''}, ${card.unit}`;
  const { current } = card;
  return (
    <div className={styles.card}>
      {/* The card's main figure links to its facts; the lines below link to the totals they name. */}
      <Link href={`/facts?${params}`} className={styles.cardLink}>
        <p className={styles.cardLabel}>{label}</p>
        <p className={styles.cardValue}>{current ? formatCountedFigure(current) : '—'}</p>
        {current ? (
          <>
            <p className={styles.cardMeta}>
              {card.kind === 'stock'
                ? `Latest ${formatDay(current.latestDate)}, ${current.placeIds.length} ${current.placeIds.length === 1 ? 'place' : 'places'}`
                : `Up to ${formatDay(current.latestDate)}`}
            </p>
            <p className={styles.cardMeta}>Stated by {sourcesText(card)}</p>
            <ChangeLine card={card} days={days} />
          </>
        ) : (
          <p className={styles.cardMeta}>No figures in {card.unit} in this period</p>
        )}
      </Link>
      <DerivedLines card={card} names={names} />
      <RunningTotalLines card={card} names={names} />
      {card.alsoReported.length > 0 ? (
        <p className={styles.cardMeta}>
          Also reported:{' '}
          {card.alsoReported
            .map((other) => `${formatFigure({ ...other, qualifier: other.low === other.high ? 'exact' : 'range' })} ${other.unit}`)
            .join(', ')}
        </p>
      ) : null}
    </div>
  );
}

function sourcesText(card: KeyFigureCard): string {
  const names = card.organizations.map((organization) => organization.shortName ?? organization.name);
  if (names.length <= 3) return names.join(', ') || 'no source';
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** Flows derived from running totals, each linked to the two totals it comes from. */
function DerivedLines({ card, names }: { card: KeyFigureCard; names: Names }) {
  if (card.derived.length === 0) return null;
  return (
    <ul className={styles.cardMeta} aria-label={`${METRIC_LABELS[card.metric]}: derived flows`}>
      {card.derived.map((flow) => (
        <li key={`${flow.from.factId}-${flow.to.factId}`}>
          {flow.isCorrection ? 'Correction (not counted)' : 'Derived'}: {formatSignedChange(flow)} at{' '}
          {names.places[flow.locationId] ?? 'a place'} ({names.organizations[flow.sourceOrgId] ?? 'a source'}), from the totals of{' '}
          <Link href={`/facts/${flow.from.factId}`}>{formatDay(flow.from.date)}</Link> and{' '}
          <Link href={`/facts/${flow.to.factId}`}>{formatDay(flow.to.date)}</Link>
        </li>
      ))}
    </ul>
  );
}

/** Running totals: never added to anything, each as of its day with the change since its source's previous total. */
function RunningTotalLines({ card, names }: { card: KeyFigureCard; names: Names }) {
  if (card.runningTotals.length === 0) return null;
  return (
    <ul className={styles.cardMeta} aria-label={`${METRIC_LABELS[card.metric]}: cumulative figures`}>
      {card.runningTotals.map((total) => (
        <li key={`${total.locationId}-${total.sourceOrgId}-${total.unit}`}>
          Running total:{' '}
          <Link href={`/facts/${total.factId}`}>
            {formatFigure({ ...total, qualifier: total.low === total.high ? 'exact' : 'range' })} {total.unit}
          </Link>{' '}
          at {names.places[total.locationId] ?? 'a place'} ({names.organizations[total.sourceOrgId] ?? 'a source'}) as of{' '}
          {formatDay(total.date)}
          {total.periodStart ? `, since ${formatDay(total.periodStart)}` : ''}
          {total.change && total.previous ? `; ${formatSignedChange(total.change)} since ${formatDay(total.previous.date)}` : ''}
        </li>
      ))}
    </ul>
  );
}

function ChangeLine({ card, days }: { card: KeyFigureCard; days: number }) {
  const period = `previous ${days} ${days === 1 ? 'day' : 'days'}`;
  if (!card.change) return <p className={styles.cardMeta}>No comparable figures in the {period}</p>;
  const { direction } = card.change;
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '＝';
  return (
    <p className={styles.cardMeta}>
      <span aria-hidden="true">{arrow} </span>
      {formatChange(card.change)} vs {period}
    </p>
  );
}
