import styles from '@/app/ui/dashboard/dashboard.module.css';

/** Placeholders with the size of what is loading, so nothing jumps when it arrives. */
export function CardsSkeleton() {
  return (
    <div className={styles.cards} aria-hidden="true">
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="skeleton" style={{ height: 150 }} />
      ))}
    </div>
  );
}

export function ChartSkeleton({ label }: { label: string }) {
  return (
    <div role="status" className="panel">
      <span className="visually-hidden">Loading {label}…</span>
      <div className="skeleton" aria-hidden="true" style={{ height: 260 }} />
    </div>
  );
}
