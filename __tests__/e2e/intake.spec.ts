import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { PageServer } from '../helpers/page-server';
import { serveArticles, type Article } from './helpers/article-server';
import { countReportsToReview, openE2eDatabase } from './helpers/database';
import { ADMIN, signIn } from './helpers/sign-in';

const SHOTS = path.join(process.cwd(), 'test-results/intake');

// Invented stories with invented figures, served by the test's own server on 127.0.0.1.
const SHORT: Article = {
  path: '/news/kestrel-camp-convoys',
  title: 'Convoys reach Kestrel camp as the river crossing reopens',
  publisher: 'The Saltmarsh Gazette',
  published: '2025-08-14',
  paragraphs: [
    'SALTMARSH — The river crossing reopened on Tuesday after a long closure, and aid workers said families were again on the move.',
    "On Tuesday, 27 trucks carrying water left Saltmarsh for the Kestrel camp, according to the convoy's organisers.",
    'Heronford Aid said that about 640 people arrived at the Kestrel camp on Wednesday, and that some 90 families remain trapped in Saltmarsh.',
    'Camp managers said they were clearing ground for more tents before the rains.',
  ],
};

// Longer than the 20,000 characters read during the request: its figures are read by the job worker.
const FILLER =
  'Volunteers at the camp described the days as long and quiet, spent mending shelters, sorting donated clothes and walking the ' +
  'new arrivals to the registration desks. Teachers held lessons under the trees while the school tents were being dried out, ' +
  'and the clinic kept its doors open late into the evening for anyone who had walked through the night.';
const LONG: Article = {
  path: '/news/heron-point-winter',
  title: 'Heron Point camp prepares for winter as arrivals continue',
  publisher: 'Heronford Aid',
  published: '2025-09-02',
  paragraphs: [
    'HERON POINT — Camp staff began winter preparations this week as families kept arriving from the flooded valley.',
    'On Friday, 19 trucks carrying blankets left Saltmarsh for the Heron Point camp, the camp management said.',
    ...Array.from({ length: 70 }, () => FILLER),
  ],
};

let server: PageServer;
test.beforeAll(async () => {
  server = await serveArticles([SHORT, LONG]);
});
test.afterAll(async () => {
  await server?.close();
});

async function headerCount(page: Page): Promise<number> {
  const link = page.getByRole('banner').getByRole('link', { name: /^Reports to review: \d+$/ });
  return Number((await link.getAttribute('aria-label'))!.replace(/\D/g, ''));
}

async function fillFromLink(page: Page, article: Article) {
  await page.goto('/reports/new');
  await page.getByLabel('Web address (optional)').fill(`${server.origin}${article.path}`);
  await page.getByRole('button', { name: 'Fill from this address' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The form was filled from the page.' })).toBeVisible();
}

test('[INTAKE]: a pasted link fills the form from the page, and its figures wait in the review queue counted in the header', async ({
  page,
}) => {
  const db = openE2eDatabase();
  try {
    await signIn(page);
    await fillFromLink(page, SHORT);
    const before = await headerCount(page);
    expect(before).toBe(countReportsToReview(db, ADMIN.email));

    await expect(page.getByLabel('Title')).toHaveValue(SHORT.title);
    await expect(page.getByLabel('Publisher')).toHaveValue(SHORT.publisher);
    await expect(page.getByLabel('Published on')).toHaveValue(SHORT.published);
    const text = page.getByLabel('Report text');
    await expect(text).toHaveValue(/27 trucks carrying water left Saltmarsh for the Kestrel camp/);
    await expect(text).not.toHaveValue(/Advertisement|More stories|Harvest festival/);
    await page.screenshot({ path: `${SHOTS}/filled-desktop.png`, fullPage: true });

    await page.getByRole('button', { name: 'Read the figures' }).click();
    await expect(page.getByRole('heading', { level: 1, name: SHORT.title })).toBeVisible();
    const reportId = new URL(page.url()).pathname.split('/').at(-1)!;
    const candidates = (
      db.prepare(`SELECT COUNT(*) AS n FROM Fact WHERE reportId = ? AND status = 'candidate' AND deletedAt IS NULL`).get(reportId) as {
        n: number;
      }
    ).n;
    expect(candidates).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('heading', { name: `Figures (${candidates} to review, ${candidates} in all)` })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Figure \d+: Trucks, 27 / })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Figure \d+: People arrived, .*640/ })).toBeVisible();
    await expect(page.getByText(/published 14 Aug 2025/)).toBeVisible();

    // The header's queue now holds this report too, and says as many as the tables do.
    expect(await headerCount(page)).toBe(countReportsToReview(db, ADMIN.email));
    expect(await headerCount(page)).toBe(before + 1);
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Reports to review/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reports to review' })).toBeVisible();
    await expect(page.getByRole('link', { name: SHORT.title })).toBeVisible();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: `${SHOTS}/queue-375.png`, fullPage: true });
  } finally {
    db.close();
  }
});

test('[INTAKE]: a long report says its figures are still being read, and shows them once the job is done', async ({ page }) => {
  const db = openE2eDatabase();
  // Holds the job back while the page is looked at: the worker takes an extraction only once it is due.
  db.exec(`CREATE TRIGGER e2e_hold_extraction AFTER INSERT ON ReportExtraction BEGIN
             UPDATE ReportExtraction SET nextAttemptAt = '2999-01-01T00:00:00.000+00:00' WHERE reportId = NEW.reportId; END`);
  try {
    await signIn(page);
    await fillFromLink(page, LONG);
    await page.getByRole('button', { name: 'Read the figures' }).click();
    await expect(page.getByRole('heading', { level: 1, name: LONG.title })).toBeVisible();
    const reportId = new URL(page.url()).pathname.split('/').at(-1)!;
    const waiting = page.getByRole('status').filter({ hasText: 'Figures still being read.' });
    await expect(waiting).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Figures (0 to review, 0 in all)' })).toBeVisible();
    expect(db.prepare('SELECT state FROM ReportExtraction WHERE reportId = ?').get(reportId)).toEqual({ state: 'pending' });
    await page.screenshot({ path: `${SHOTS}/reading-desktop.png`, fullPage: false });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: `${SHOTS}/reading-375.png`, fullPage: false });

    db.exec('DROP TRIGGER e2e_hold_extraction');
    db.prepare('UPDATE ReportExtraction SET nextAttemptAt = createdAt WHERE reportId = ?').run(reportId);
    // No reload: the page refreshes itself until the worker has stored the figures.
    await expect(waiting).toBeHidden({ timeout: 30_000 });
    await expect(page.getByRole('row', { name: /^Figure \d+: Trucks, 19 / })).toBeVisible();
    expect(db.prepare('SELECT state FROM ReportExtraction WHERE reportId = ?').get(reportId)).toEqual({ state: 'done' });
    const candidates = (
      db.prepare(`SELECT COUNT(*) AS n FROM Fact WHERE reportId = ? AND status = 'candidate' AND deletedAt IS NULL`).get(reportId) as {
        n: number;
      }
    ).n;
    await expect(page.getByRole('heading', { name: `Figures (${candidates} to review, ${candidates} in all)` })).toBeVisible();
  } finally {
    db.exec('DROP TRIGGER IF EXISTS e2e_hold_extraction');
    db.close();
  }
});
