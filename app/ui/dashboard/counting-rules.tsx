import styles from './dashboard.module.css';
import { CHOICE_RULE } from '@/lib/facts/counting';

/** How the numbers on this page are counted, in words: readers must be able to check them. */
export function CountingRules() {
  return (
    <details className={`panel ${styles.rule}`}>
      <summary>How these figures are counted</summary>
      <ul>
        <li>Several sources giving a figure for the same metric, place and day are one observation, not a sum.</li>
        <li>{CHOICE_RULE}</li>
        <li>Flows (trucks, departures, arrivals, casualties) add up across places and days. Stocks (camp population, people trapped) are never added over days: each place counts with its latest figure.</li>
        <li>Ranges and estimates stay ranges: bars carry error bars, lines a shaded band, and “about” marks an approximation.</li>
        <li>Only confirmed figures count; restricted figures only for members of the organization that owns them.</li>
      </ul>
    </details>
  );
}
