import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';

const FILTERED = '/?from=2019-02-01&to=2019-03-31&location=al-hol-camp&metric=camp_population&metric=people_arrived';

async function download(page: Page, name: RegExp): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { fileName: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test.describe('[EXPORT]: downloads from a filtered dashboard', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(FILTERED);
    await expect(page.getByRole('navigation', { name: /export the figures of this view/i })).toBeVisible();
  });

  test('CSV with HXL tags holds only the filtered facts', async ({ page }) => {
    const { fileName, bytes } = await download(page, /download csv with hxl tags/i);
    expect(fileName).toBe('sitrep-facts-hxl_2019-02-01_to_2019-03-31.csv');
    const [header, hashtags, ...rows] = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true }).data;
    expect(hashtags[header.indexOf('Date')]).toBe('#date');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row[header.indexOf('Location')]).toBe('al-Hol camp');
      expect(['camp_population', 'people_arrived']).toContain(row[header.indexOf('Metric')]);
      expect(row[header.indexOf('Date')] >= '2019-02-01' && row[header.indexOf('Date')] <= '2019-03-31').toBe(true);
    }
  });

  test('plain CSV has no hashtag row', async ({ page }) => {
    const { bytes } = await download(page, /download plain csv/i);
    const [, first] = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true }).data;
    expect(first[0]).not.toMatch(/^#/);
  });

  test('JSON carries the filters, the facts and the summary', async ({ page }) => {
    const { fileName, bytes } = await download(page, /download json/i);
    expect(fileName).toBe('sitrep-facts_2019-02-01_to_2019-03-31.json');
    const body = JSON.parse(bytes.toString('utf8'));
    expect(body.filters).toMatchObject({ from: '2019-02-01', to: '2019-03-31', locations: ['al-hol-camp'] });
    expect(body.facts.length).toBeGreaterThan(5);
    expect(body.summary.metrics.map((line: { metric: string }) => line.metric)).toEqual(
      expect.arrayContaining(['camp_population', 'people_arrived']),
    );
  });

  test('Excel workbook has typed Facts and a Summary', async ({ page }) => {
    const { fileName, bytes } = await download(page, /download excel/i);
    expect(fileName).toBe('sitrep-facts_2019-02-01_to_2019-03-31.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const facts = workbook.getWorksheet('Facts')!;
    expect(facts.actualRowCount).toBeGreaterThan(5);
    const headers = facts.getRow(1).values as unknown[];
    expect(facts.getRow(2).getCell(headers.indexOf('Date')).value).toBeInstanceOf(Date);
    expect(typeof facts.getRow(2).getCell(headers.indexOf('Low')).value).toBe('number');
    expect(workbook.getWorksheet('Summary')!.getColumn(1).values).toContain('Camp population');
  });

  test('PDF summary reads as a sitrep for the filtered period and place', async ({ page }) => {
    const { fileName, bytes } = await download(page, /download pdf summary/i);
    expect(fileName).toBe('sitrep-summary_2019-02-01_to_2019-03-31.pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Situation summary: al-Hol camp');
    expect(flat).toContain('1 Feb 2019 – 31 Mar 2019');
    expect(flat).toContain('Camp population');
    expect(flat).toMatch(/Sources \(\d+\)/);
    // Key messages come first, each a sentence made from the figures with its sources.
    expect(flat.indexOf('Key messages')).toBeLessThan(flat.indexOf('Key figures'));
    expect(flat).toMatch(/Camp population (rose|fell) from [\d,]+ on \d+ \w+ 2019 to [\d,]+ people on \d+ \w+ 2019\. Sources: [A-Z]/);
    expect(flat).toMatch(/By place Place .*al-Hol camp/);
    expect(flat).not.toContain('observation(s)');
    expect(flat).not.toContain('[no headline in seed]');
  });

  test('the table by place in the summary agrees with its key figures', async ({ page }) => {
    const { bytes } = await download(page, /download markdown summary/i);
    const markdown = bytes.toString('utf8');
    const card = markdown.match(/\| Camp population \(latest\) \| ([^|]+?) people/)![1].trim();
    const placeRow = markdown.split('\n').find((line) => line.startsWith('| al-Hol camp |'))!;
    // One place is filtered on: its latest camp population is the card's figure.
    // The place table states it as the card does, "about" included when it is an estimate.
    expect(placeRow.split('|').map((cell) => cell.trim())).toContain(card);
    expect(markdown.indexOf('## Key messages')).toBeGreaterThan(0);
    expect(markdown.indexOf('## Key messages')).toBeLessThan(markdown.indexOf('## Key figures'));
  });

  test("the summary compares a key figure with the period before in the dashboard card's words", async ({ page }) => {
    const card = page.getByRole('list', { name: 'Key figures' }).getByRole('listitem').filter({ hasText: 'Camp population (latest)' });
    // al-Hol has camp population figures in both periods: the card states a change, not "no comparable figures".
    const change = (await card.getByText(/vs previous 59 days/).textContent())!
      .replace(/^[▲▼＝]\s*/, '')
      .replace(' vs previous 59 days', '');
    const { bytes } = await download(page, /download markdown summary/i);
    const line = bytes
      .toString('utf8')
      .split('\n')
      .find((entry) => entry.startsWith('- Camp population: Previous 59 days: '));
    expect(line).toMatch(new RegExp(`people \\(${change}\\)$`));
  });

  test('Markdown summary has key figures and sources', async ({ page }) => {
    const { fileName, bytes } = await download(page, /download markdown summary/i);
    expect(fileName).toBe('sitrep-summary_2019-02-01_to_2019-03-31.md');
    const markdown = bytes.toString('utf8');
    expect(markdown).toMatch(/^# Situation summary: al-Hol camp/);
    expect(markdown).toContain('## Key figures');
    expect(markdown).toContain('| Camp population (latest) |');
    expect(markdown).toContain('## Sources');
  });
});
