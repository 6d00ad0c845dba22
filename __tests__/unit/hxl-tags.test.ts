import { FACT_COLUMNS } from '@/lib/export/columns';
import { hxlHashtagRow } from '@/lib/export/hxl';
import { hxlProblems, selectColumns } from '@/__tests__/helpers/hxl-check';

describe('HXL hashtags of the exports', () => {
  it('are all core hashtags with core or documented attributes, one distinct spec per column', () => {
    expect(hxlProblems(hxlHashtagRow(), [])).toEqual([]);
  });

  it('make each count one selector: #indicator+num is the value column alone, #indicator+code the metric', () => {
    const tags = hxlHashtagRow();
    const keyAt = (indexes: number[]) => indexes.map((index) => FACT_COLUMNS[index].key);
    expect(keyAt(selectColumns(tags, '#indicator+num'))).toEqual(['value']);
    expect(keyAt(selectColumns(tags, '#indicator+code'))).toEqual(['metric']);
    expect(keyAt(selectColumns(tags, '#loc+name'))).toEqual(['location']);
    expect(keyAt(selectColumns(tags, '#org+name'))).toEqual(['sourceOrg']);
    expect(keyAt(selectColumns(tags, '#date').filter((index) => tags[index] === '#date'))).toEqual(['date']);
  });

  it('the checker catches what HXL tools would reject', () => {
    expect(hxlProblems(['#date+precision'], [['day']])).toEqual(["#date+precision, data row 1: 'day' is not a date"]);
    expect(hxlProblems(['#affected+killed', '#indicator+num'], [['599.5', 'many']])).toEqual([
      "#indicator+num, data row 1: 'many' is not a number",
    ]);
    expect(hxlProblems(['#people+count', '#loc+name', '#loc+name'], [])).toEqual([
      '#people+count: #people is not an HXL 1.1 core hashtag',
      '#people+count: +count is neither core nor documented',
      '#loc+name: two columns have the same hashtag and attributes',
    ]);
  });
});
