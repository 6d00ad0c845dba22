import { figureSpan, segmentText } from '@/lib/reports/highlight';
import { matchConfirmed } from '@/lib/reports/corroboration';
import { summarizeQuality } from '@/lib/reports/quality';

describe('segmentText', () => {
  it('marks each passage once, naming every figure read from it, and keeps the text whole', () => {
    const text = 'Intro. 15 trucks left, the fifth convoy. Then 2,000 arrived.';
    const segments = segmentText(text, [
      { id: 'trucks', start: 7, end: 40 },
      { id: 'convoys', start: 7, end: 40 },
      { id: 'arrived', start: 41, end: 60 },
      { id: 'added', start: null, end: null },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.factIds.length).map((s) => [s.text, s.factIds])).toEqual([
      ['15 trucks left, the fifth convoy.', ['trucks', 'convoys']],
      ['Then 2,000 arrived.', ['arrived']],
    ]);
  });
});

describe('figureSpan', () => {
  const text = 'Intro. On 3 March 2,000 people arrived, and 15 trucks.';
  it('finds the number itself inside its passage, not a day or another figure', () => {
    const span = figureSpan(text, { start: 7, end: text.length, low: 2000, high: 2000 });
    expect(text.slice(span!.start, span!.end)).toBe('2,000');
    const trucks = figureSpan(text, { start: 7, end: text.length, low: 15, high: 15 });
    expect(text.slice(trucks!.start, trucks!.end)).toBe('15');
    expect(figureSpan(text, { start: 7, end: text.length, low: 9, high: 9 })).toBeNull();
  });

  it('cuts the marked passage so only the number is flagged', () => {
    const figure = figureSpan(text, { start: 7, end: 39, low: 2000, high: 2000 })!;
    const segments = segmentText(text, [{ id: 'a', start: 7, end: 39 }], [figure]);
    expect(segments.filter((s) => s.isFigure).map((s) => s.text)).toEqual(['2,000']);
    expect(
      segments
        .filter((s) => s.factIds.length)
        .map((s) => s.text)
        .join(''),
    ).toBe(text.slice(7, 39));
  });
});

describe('matchConfirmed', () => {
  const other = {
    id: 'o',
    metric: 'trucks',
    locationId: 'l',
    date: '2019-02-27',
    low: 15,
    high: 15,
    qualifier: 'exact',
    sourceOrg: 'X',
    reportId: 'r',
    reportFamily: 'r',
    reportTitle: 'T',
    sourceUrl: null,
    sourceTitle: null,
  };
  const fact = { metric: 'trucks', locationId: 'l', date: '2019-02-27', sourceOrg: 'Y', reportFamily: 'mine' };
  it('corroborates on overlap, conflicts otherwise, ignores other days', () => {
    expect(matchConfirmed({ ...fact, low: 10, high: 20 }, [other])[0].relation).toBe('corroborates');
    expect(matchConfirmed({ ...fact, low: 30, high: 30 }, [other])[0].relation).toBe('conflicts');
    expect(matchConfirmed({ ...fact, date: '2019-02-28', low: 15, high: 15 }, [other])).toEqual([]);
  });
  it('counts only an independent source: not the same stating organization, not a reprint of the same text', () => {
    expect(matchConfirmed({ ...fact, sourceOrg: 'x', low: 15, high: 15 }, [other])).toEqual([]);
    expect(matchConfirmed({ ...fact, reportFamily: 'r', low: 15, high: 15 }, [other])).toEqual([]);
    expect(matchConfirmed({ ...fact, reportFamily: 'r', low: 40, high: 40 }, [other])[0].relation).toBe('conflicts');
  });
});

describe('summarizeQuality', () => {
  it('counts right fields among confirmed figures, rejections and misses per proposed metric', () => {
    const at = (n: number) => new Date(2024, 0, 1, 0, n);
    const rows = [
      { factId: 'a', metric: 'trucks', outcome: 'unchanged', field: null, createdAt: at(1) },
      { factId: 'b', metric: 'convoys', outcome: 'corrected', field: 'metric', createdAt: at(1) },
      { factId: 'b', metric: 'trucks', outcome: 'corrected', field: 'low', createdAt: at(2) },
      { factId: 'c', metric: 'trucks', outcome: 'rejected', field: null, createdAt: at(1) },
      { factId: 'd', metric: 'trucks', outcome: 'missed', field: null, createdAt: at(1) },
      { factId: 'e', metric: 'trucks', outcome: 'corrected', field: 'unit', createdAt: at(1) },
    ];
    const facts = [
      { id: 'a', status: 'confirmed' },
      { id: 'b', status: 'confirmed' },
      { id: 'c', status: 'rejected' },
      { id: 'e', status: 'candidate' },
    ];
    const summary = summarizeQuality(rows, facts);
    expect(summary.decided).toBe(3);
    expect(summary.fields.find((f) => f.field === 'metric')).toEqual({ field: 'metric', right: 1, total: 2 });
    expect(summary.fields.find((f) => f.field === 'value')).toEqual({ field: 'value', right: 1, total: 2 });
    expect(summary.fields.find((f) => f.field === 'unit')).toEqual({ field: 'unit', right: 2, total: 2 });
    expect(summary.metrics).toEqual([
      { metric: 'convoys', proposed: 1, confirmed: 1, unchanged: 0, rejected: 0, missed: 0 },
      { metric: 'trucks', proposed: 2, confirmed: 1, unchanged: 1, rejected: 1, missed: 1 },
    ]);
  });
});
