import Link from 'next/link';
import styles from './dashboard.module.css';
import type { KeyFigureCard } from '@/lib/data/dashboard';
import { fetchKeyFigures, type CountingScope } from '@/lib/data/dashboard';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';
import { formatDay, formatFigure } from '@/lib/format';
import { lengthInDays } from '@/lib/dashboard/period';

/** Fetches the key figures once and renders one card per metric (next-learn's CardWrapper). */
export async function KeyFigureCards({ scope, factsQuery }: { scope: CountingScope; factsQuery: string }) {
  const cards = await fetchKeyFigures(scope);
  if (cards.every((card) => card.current === null)) return <p className="empty-state">No figures for these filters. Widen the dates or clear a filter.</p>;
  const days = lengthInDays(scope.period);
  return (
    <ul className={styles.cards} aria-label="Key figures">
      {cards.map((card) => (
        <li key={card.metric}>
          <FigureCard card={card} days={days} factsQuery={factsQuery} />
        </li>
      ))}
    </ul>
  );
}

function FigureCard({ card, days, factsQuery }: { card: KeyFigureCard; days: number; factsQuery: string }) {
  const params = new URLSearchParams(factsQuery);
  params.delete('metric');
  params.set('metric', card.metric);
  const label = card.kind === 'stock' ? `${METRIC_LABELS[card.metric]} (latest)` : METRIC_LABELS[card.metric];
  const { current } = card;
  return (
    <Link href={`/facts?${params}`} className={styles.card}>
      <p className={styles.cardLabel}>{label}</p>
      <p className={styles.cardValue}>{current ? figureText(current) : '—'}</p>
      {current ? (
        <>
          <p className={styles.cardMeta}>
            {card.kind === 'stock' ? `Latest ${formatDay(current.latestDate)}, ${current.placeCount} ${current.placeCount === 1 ? 'place' : 'places'}` : `Up to ${formatDay(current.latestDate)}`}
          </p>
          <p className={styles.cardMeta}>Stated by {sourcesText(card)}</p>
          <ChangeLine card={card} days={days} />
        </>
      ) : (
        <p className={styles.cardMeta}>No figures in this period</p>
      )}
    </Link>
  );
}

function figureText(figure: NonNullable<KeyFigureCard['current']>): string {
  const qualifier = figure.low !== figure.high ? 'range' : figure.isEstimate ? 'approx' : 'exact';
  return formatFigure({ low: figure.low, high: figure.high, qualifier });
}

function sourcesText(card: KeyFigureCard): string {
  const names = card.organizations.map((organization) => organization.shortName ?? organization.name);
  if (names.length <= 3) return names.join(', ') || 'no source';
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

function ChangeLine({ card, days }: { card: KeyFigureCard; days: number }) {
  const period = `previous ${days} ${days === 1 ? 'day' : 'days'}`;
  if (!card.change) return <p className={styles.cardMeta}>No figures in the {period}</p>;
  const { direction, percent } = card.change;
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '＝';
  const amount = direction === 'same' ? 'unchanged' : percent === null ? (direction === 'up' ? 'up from zero' : 'down') : `${direction} ${Math.abs(percent)}%`;
  return (
    <p className={styles.cardMeta}>
      <span aria-hidden="true">{arrow} </span>
      {amount} vs {period}
    </p>
  );
}
