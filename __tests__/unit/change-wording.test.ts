import { changeBetween } from '@/lib/dashboard/period';
import { formatChange, formatCountedFigure } from '@/lib/format';

/** The words the dashboard card and the summaries share for a change against the period before. */
describe('formatChange', () => {
  it('words each change as the card does', () => {
    expect(formatChange(changeBetween(125, 100)!)).toBe('up 25%');
    expect(formatChange(changeBetween(80, 100)!)).toBe('down 20%');
    expect(formatChange(changeBetween(100, 100)!)).toBe('unchanged');
    expect(formatChange(changeBetween(5, 0)!)).toBe('up from zero');
  });
});

describe('formatCountedFigure', () => {
  it('keeps a range and marks an estimate', () => {
    expect(formatCountedFigure({ low: 1200, high: 1200, isEstimate: false })).toBe('1,200');
    expect(formatCountedFigure({ low: 1200, high: 1200, isEstimate: true })).toBe('about 1,200');
    expect(formatCountedFigure({ low: 10, high: 15, isEstimate: true })).toBe('10–15');
  });
});
