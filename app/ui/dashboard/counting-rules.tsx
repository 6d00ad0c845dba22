import styles from './dashboard.module.css';
import { CHOICE_RULE } from '@/lib/facts/visibility';
import { NESTING_RULE } from '@/lib/facts/nesting';

/** How the numbers on this page are counted, in words: readers must be able to check them. */
export function CountingRules() {
  return (
    <details className={`panel ${styles.rule}`}>
      <summary>How these figures are counted</summary>
      <ul>
        <li>Several sources giving a figure for the same metric, unit, place and day are one observation, not a sum.</li>
        <li>{CHOICE_RULE}</li>
        <li>{NESTING_RULE}</li>
        <li>
          Flows (trucks, departures, arrivals, casualties) add up across places and days, and only flow figures do. Stocks (camp population,
          people trapped) are never added over days: each place counts with its latest figure.
        </li>
        <li>
          A running total (“63,323 arrived since 4 December”, “the toll rose to 122”) is never added to anything: it is shown as of its day
          with the change since the same source’s previous total at that place. Where a place has only running totals, the rise between two
          totals of one source counts as a flow, marked as derived; a fall is a correction and is not counted.
        </li>
        <li>
          Each metric counts one unit (people, vehicles, convoys, tonnes); figures in other units (families, children …) are listed beside
          it, never added.
        </li>
        <li>A change against the previous period is shown only when that period has figures for the same places.</li>
        <li>Ranges and estimates stay ranges: bars carry error bars, lines a shaded band, and “about” marks an approximation.</li>
        <li>Only confirmed figures count; restricted figures only for members of the organization that owns them.</li>
      </ul>
    </details>
  );
}
