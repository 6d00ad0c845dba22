'use client';

import { useMemo } from 'react';
import { figureSpan, segmentText } from '@/lib/reports/highlight';
import type { ReviewFact } from '@/lib/reports/review-fact';
import styles from './review.module.css';

export type TextSelection = { start: number; text: string };

/**
 * The report text with every figure's passage as a <mark> (announced by screen readers). Each
 * stretch carries its offset, so a selection maps back to the exact place in the stored text.
 */
export function ReportText({ text, facts, activeId, onActivate, onSelect }: { text: string; facts: ReviewFact[]; activeId: string | null; onActivate: (factId: string) => void; onSelect: (selection: TextSelection | null) => void }) {
  const segments = useMemo(() => {
    const spans = facts.map((fact) => ({ id: fact.id, start: fact.excerptStart, end: fact.excerptEnd }));
    const figures = facts.map((fact) => figureSpan(text, { start: fact.excerptStart, end: fact.excerptEnd, low: fact.low, high: fact.high })).filter((span) => span !== null);
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
      {segments.map((segment) => {
        if (segment.factIds.length === 0) return <span key={segment.start} data-start={segment.start}>{segment.text}</span>;
        const statuses = segment.factIds.map((id) => statusOf.get(id));
        const className = [statuses.every((s) => s === 'confirmed') ? styles.markConfirmed : '', statuses.every((s) => s === 'rejected') ? styles.markRejected : '', activeId && segment.factIds.includes(activeId) ? styles.markActive : '', segment.isFigure ? styles.markFigure : ''].join(' ');
        return (
          <mark key={segment.start} data-facts={segment.factIds.join(' ')} data-start={segment.start} className={className} title={`${segment.factIds.length} figure${segment.factIds.length > 1 ? 's' : ''} read here`} onClick={() => onActivate(segment.factIds[0])}>
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
