'use client';

import { REJECT_REASONS, REJECT_REASON_LABELS, type RejectReason } from '@/lib/facts/vocabulary';
import styles from './review.module.css';

/** The short list of reasons a reviewer picks from when rejecting; Escape or Cancel keeps the figure. */
export function RejectReasons({
  label,
  onPick,
  onCancel,
}: {
  label: string;
  onPick: (reason: RejectReason) => void;
  onCancel: () => void;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className={styles.reasons}
      onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onCancel())}
    >
      <span className={styles.reasonsLabel}>Why?</span>
      {REJECT_REASONS.map((reason, index) => (
        <button key={reason} type="button" className="button button-secondary" autoFocus={index === 0} onClick={() => onPick(reason)}>
          {REJECT_REASON_LABELS[reason]}
        </button>
      ))}
      <button type="button" className="button button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
