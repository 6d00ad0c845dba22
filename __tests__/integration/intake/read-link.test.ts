import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReportLink } from '@/lib/intake/article';
import { buildPdf } from '@/__tests__/helpers/minimal-pdf';
import { send, startPageServer, type PageServer } from '@/__tests__/helpers/page-server';

const page = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/pages', name), 'utf8');
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer({
    '/news': send('text/html; charset=utf-8', page('news-article.html')),
    '/press': send('text/html', page('press-release.html')),
    '/sitrep': send('text/html', page('situation-report.html')),
    '/update.pdf': send(
      'application/pdf',
      buildPdf([['Lakeside camp update', 'On Monday, 18 trucks delivered drinking water to the Lakeside camp.']]),
    ),
    '/scan.pdf': send('application/pdf', buildPdf([[]])),
    '/notes.txt': send('text/plain; charset=utf-8', 'Field notes\n\nAbout 1,500 people arrived at the Lakeside camp on Thursday.'),
  });
  process.env.SITREP_FETCH_ALLOW_HOSTS = server.host;
});

afterAll(async () => {
  delete process.env.SITREP_FETCH_ALLOW_HOSTS;
  await server.close();
});

async function read(route: string) {
  const result = await readReportLink(`${server.origin}${route}`);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('reading a report from a link', () => {
  it('a news article: JSON-LD title, publisher and the day as published, the article text without navigation, ads or scripts', async () => {
    const report = await read('/news');
    expect(report).toMatchObject({
      title: 'Thousands reach Lakeside camp as convoys resume',
      publisher: 'The Harbour Courier',
      publishedDate: '2024-05-10',
      missing: [],
    });
    expect(report.text).toContain('On Wednesday, 42 trucks carrying food left Eastport for the Lakeside camp');
    expect(report.text).toContain('about 1,500 people arrived at the Lakeside camp on Thursday');
    for (const noise of ['Advertisement', 'Related stories', 'All rights reserved', 'analytics', 'display: block'])
      expect(report.text).not.toContain(noise);
  });

  it('an agency press release: JSON-LD in a list with a publisher given as a string', async () => {
    const report = await read('/press');
    expect(report).toMatchObject({
      title: 'Northwind Relief scales up water trucking to Lakeside camp',
      publisher: 'Northwind Relief',
      publishedDate: '2024-06-03',
      missing: [],
    });
    expect(report.text).toContain('On Monday, 18 trucks delivered drinking water to the Lakeside camp');
    expect(report.text).not.toContain('Donate');
  });

  it('a situation report page without metadata: the date from <time>, and the publisher named as missing', async () => {
    const report = await read('/sitrep');
    expect(report).toMatchObject({
      title: 'Eastport: Flash Update No. 4',
      publisher: null,
      publishedDate: '2024-05-12',
      missing: ['publisher'],
    });
    expect(report.text).toContain('About 1,500 people arrived at the Lakeside camp on Thursday');
  });

  it('a PDF link through the PDF reader, and a scan refused with what to do', async () => {
    const report = await read('/update.pdf');
    expect(report.title).toBe('Lakeside camp update');
    expect(report.text).toContain('18 trucks delivered drinking water');
    expect(report.missing).toEqual(['publisher', 'published date']);
    const scan = await readReportLink(`${server.origin}/scan.pdf`);
    expect(scan).toEqual({ ok: false, message: expect.stringMatching(/no text layer.*OCR/) });
  });

  it('plain text, and a refused link comes back as a message rather than an exception', async () => {
    expect(await read('/notes.txt')).toMatchObject({ title: 'Field notes', text: expect.stringContaining('1,500 people') });
    expect(await readReportLink('http://169.254.169.254/')).toEqual({ ok: false, message: expect.stringMatching(/link-local/) });
  });
});
