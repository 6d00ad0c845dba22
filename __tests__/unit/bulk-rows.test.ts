import { emptyBulkRow, parsePastedCells, readBulkRows } from '@/lib/entry/bulk-rows';

const row = (values: Partial<ReturnType<typeof emptyBulkRow>>) => ({ ...emptyBulkRow(), ...values });

describe('readBulkRows', () => {
  it('turns each filled figure of a row into a fact and ignores blank rows', () => {
    const result = readBulkRows(
      [
        row({ date: '2019-03-01', location: 'Fictional Gate', trucks: '15', people_departed: 'about 2,000', note: 'morning convoy' }),
        emptyBulkRow(),
      ],
      'Example Field Office',
    );
    expect(result.ok && result.facts).toEqual([
      expect.objectContaining({ metric: 'trucks', low: 15, unit: 'vehicles', excerpt: 'morning convoy' }),
      expect.objectContaining({ metric: 'people_departed', low: 2000, qualifier: 'approx', unit: 'people' }),
    ]);
  });

  it('marks each bad cell of each row and the missing organization', () => {
    const result = readBulkRows(
      [
        row({ date: '2019-02-30', location: 'A', trucks: '-1' }),
        row({ date: '2019-03-01', location: '', convoys: '2' }),
        row({ location: 'B', date: '2019-03-01' }),
      ],
      '',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.sourceOrgError).toMatch(/Enter who/);
    // Every problem of the row at once, one per cell, quoting what was typed.
    expect(result.rowErrors[0]).toEqual({
      trucks: "'-1': A count cannot be negative.",
      date: "'2019-02-30': This date does not exist in the calendar.",
    });
    expect(result.rowErrors[1].location).toMatch(/Enter the location/);
    expect(result.rowErrors[2].trucks).toMatch(/at least one figure/);
  });
});

describe('readBulkRows: measure, period and route', () => {
  it('carries them onto every figure of the row, the measure defaulting to the metric', () => {
    const result = readBulkRows(
      [
        row({
          date: '2019-03-08',
          location: 'Fictional Camp',
          people_arrived: '600',
          trucks: '4',
          measure: 'cumulative',
          periodStart: '2019-03-01',
          origin: 'Fictional Village',
          destination: 'Fictional Camp',
        }),
      ],
      'Example Field Office',
    );
    expect(result.ok && result.facts).toEqual([
      expect.objectContaining({
        metric: 'trucks',
        measure: 'cumulative',
        periodStart: '2019-03-01',
        origin: 'Fictional Village',
        destination: 'Fictional Camp',
      }),
      expect.objectContaining({ metric: 'people_arrived', low: 600, measure: 'cumulative' }),
    ]);
    const plain = readBulkRows([row({ date: '2019-03-08', location: 'Fictional Camp', trucks: '4' })], 'Example Field Office');
    expect(plain.ok && plain.facts[0]).toMatchObject({ periodStart: null, origin: null });
  });

  it('reports one cause per cell: a bad date format alone, a bad measure quoted, a period ending after its day', () => {
    const result = readBulkRows(
      [
        row({ date: '14/03/2019', location: 'A', trucks: 'tents', measure: 'weekly' }),
        row({ date: '2019-03-01', location: 'A', trucks: '3', periodStart: '2019-03-05' }),
      ],
      'X',
    );
    if (result.ok) throw new Error('expected errors');
    expect(result.rowErrors[0]).toEqual({
      date: "'14/03/2019': Enter the date as YYYY-MM-DD, for example 2019-03-01.",
      trucks: expect.stringMatching(/^'tents': /),
      measure: "'weekly' is not a measure: choose one of flow, stock, cumulative, or leave it empty.",
    });
    expect(result.rowErrors[1]).toEqual({
      periodStart: "'2019-03-05': The period cannot start (2019-03-05) after its last day (2019-03-01).",
    });
  });
});

describe('parsePastedCells', () => {
  it('splits spreadsheet cells on tabs and lines', () => {
    expect(parsePastedCells('2019-03-01\tGate\t15\r\n2019-03-02\tGate\t9\r\n')).toEqual([
      ['2019-03-01', 'Gate', '15'],
      ['2019-03-02', 'Gate', '9'],
    ]);
  });
});
