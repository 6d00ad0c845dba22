'use client';

import { useMemo } from 'react';
import { figureSpan, segmentText, type TextSegment } from '@/lib/reports/highlight';
import type { ReviewFact } from '@/lib/reports/review-fact';
import styles from './review.module.css';

export type TextSelection = { start: number; text: string };

/**
 * The report text with every figure's passage as a <mark> (announced by screen readers). Each
 * stretch carries its offset, so a selection maps back to the exact place in the stored text.
 */
export function ReportText({
  text,
  facts,
  activeId,
  onActivate,
  onSelect,
}: {
  text: string;
  facts: ReviewFact[];
  activeId: string | null;
  onActivate: (factId: string) => void;
  onSelect: (selection: TextSelection | null) => void;
}) {
  const segments = useMemo(() => {
    const spans = facts.map((fact) => ({ id: fact.id, start: fact.excerptStart, end: fact.excerptEnd }));
    const figures = facts
      .map((fact) => figureSpan(text, { start: fact.excerptStart, end: fact.excerptEnd, low: fact.low, high: fact.high }))
      .filter((span) => span !== null);
    return segmentText(text, spans, figures);
  }, [text, facts]);
  const statusOf = new Map(facts.map((fact) => [fact.id, fact.status]));
  function readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return onSelect(null);
    const range = selection.getRangeAt(0);
    const from = range.startContainer.parentElement?.closest<HTMLElement>('[data-start]');
    const selected = selection.toString();
    if (!from || !selected.trim()) return onSelect(null);
    onSelect({ start: Number(from.dataset.start) + range.startOffset, text: selected });
  }
  return (
    <div className={`panel ${styles.text}`} onMouseUp={readSelection} onKeyUp={readSelection} aria-label="Report text" role="region">
      {passagesOf(segments).map((passage) => {
        const first = passage[0];
        if (first.factIds.length === 0)
          return (
            <span key={first.start} data-start={first.start}>
              {first.text}
            </span>
          );
        const statuses = first.factIds.map((id) => statusOf.get(id));
        const className = [
          statuses.every((s) => s === 'confirmed') ? styles.markConfirmed : '',
          statuses.every((s) => s === 'rejected') ? styles.markRejected : '',
          activeId && first.factIds.includes(activeId) ? styles.markActive : '',
        ].join(' ');
        return (
          <mark
            key={first.start}
            data-facts={first.factIds.join(' ')}
            data-start={first.start}
            className={className}
            title={`${first.factIds.length} figure${first.factIds.length > 1 ? 's' : ''} read here`}
            onClick={() => onActivate(first.factIds[0])}
          >
            {passage.map((piece) =>
              piece.isFigure ? (
                <strong key={piece.start} data-start={piece.start} className={styles.markFigure}>
                  {piece.text}
                </strong>
              ) : (
                <span key={piece.start} data-start={piece.start}>
                  {piece.text}
                </span>
              ),
            )}
          </mark>
        );
      })}
    </div>
  );
}

/** Neighbouring segments read by the same figures form one passage (one <mark>), the number inside it set apart. */
function passagesOf(segments: TextSegment[]): TextSegment[][] {
  const passages: TextSegment[][] = [];
  for (const segment of segments) {
    const last = passages[passages.length - 1];
    if (last && segment.factIds.length > 0 && last[0].factIds.join(' ') === segment.factIds.join(' ')) last.push(segment);
    else passages.push([segment]);
  }
  return passages;
}
