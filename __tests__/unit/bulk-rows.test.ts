import { emptyBulkRow, parsePastedCells, readBulkRows } from '@/lib/entry/bulk-rows';

const row = (values: Partial<ReturnType<typeof emptyBulkRow>>) => ({ ...emptyBulkRow(), ...values });

describe('readBulkRows', () => {
  it('turns each filled figure of a row into a fact and ignores blank rows', () => {
    const result = readBulkRows([row({ date: '2019-03-01', location: 'Fictional Gate', trucks: '15', people_departed: 'about 2,000', note: 'morning convoy' }), emptyBulkRow()], 'Example Field Office');
    expect(result.ok && result.facts).toEqual([
      expect.objectContaining({ metric: 'trucks', low: 15, unit: 'vehicles', excerpt: 'morning convoy' }),
      expect.objectContaining({ metric: 'people_departed', low: 2000, qualifier: 'approx', unit: 'people' }),
    ]);
  });

  it('marks each bad cell of each row and the missing organization', () => {
    const result = readBulkRows([row({ date: '2019-02-30', location: 'A', trucks: '-1' }), row({ date: '2019-03-01', location: '' , convoys: '2' }), row({ location: 'B', date: '2019-03-01' })], '');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.sourceOrgError).toMatch(/Enter who/);
    expect(result.rowErrors[0]).toEqual({ trucks: 'A count cannot be negative.' });
    expect(result.rowErrors[1].location).toMatch(/Enter the location/);
    expect(result.rowErrors[2].trucks).toMatch(/at least one figure/);
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
