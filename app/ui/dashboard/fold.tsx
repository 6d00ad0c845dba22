import styles from './dashboard.module.css';

/**
 * A block folded behind one control on a phone and always open on a laptop (CSS in
 * dashboard.module.css), so the first figure is on the phone's first screen.
 */
export function Fold({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className={styles.fold}>
      <summary className="button button-secondary">{summary}</summary>
      {children}
    </details>
  );
}
