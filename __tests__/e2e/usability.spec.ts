import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers/sign-in';

const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };

// Routes a reader opens without signing in, and the ones behind sign-in (the review screen has its own spec).
const PUBLIC_ROUTES = [
  '/',
  '/?from=2019-02-20&to=2019-03-05&metric=trucks',
  '/facts?metric=trucks',
  '/organizations',
  '/organizations/afp',
  '/reports',
  '/reports/quality',
  '/reports/new',
  '/docs/api',
  '/login',
  '/facts/nope',
  '/nope',
];
const SIGNED_IN_ROUTES = [
  '/',
  '/facts/new',
  '/facts/bulk',
  '/facts/import',
  '/members',
  '/account/security',
  '/account/api-tokens',
  '/facts?metric=trucks&from=2019-02-27&to=2019-02-27',
];

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${page.url()} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function chosen(page: Page, label: string): Promise<string[]> {
  return page.getByLabel(label).evaluate((select: HTMLSelectElement) => [...select.selectedOptions].map((option) => option.value));
}

test('[USABILITY]: the filter form matches the URL after Apply, Back and Reset', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto('/');
  await page.getByLabel('Organizations').selectOption(['who']);
  await page.getByLabel('Metrics').selectOption(['trucks']);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/org=who&metric=trucks/);
  await expect(page.getByText(/stated by World Health Organization; all places; Trucks\./)).toBeVisible();

  await page.getByLabel('Organizations').selectOption([]);
  await page.getByLabel('From').fill('2019-02-20');
  await page.getByLabel('To').fill('2019-03-05');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/\?from=2019-02-20&to=2019-03-05&metric=trucks$/);
  expect(await chosen(page, 'Organizations')).toEqual([]);

  await page.goBack();
  await expect(page).toHaveURL(/org=who&metric=trucks/);
  await expect(page.getByText(/stated by World Health Organization/)).toBeVisible();
  expect(await chosen(page, 'Organizations')).toEqual(['who']);
  expect(await chosen(page, 'Metrics')).toEqual(['trucks']);

  await page.getByRole('link', { name: 'Reset' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(/all organizations; all places; all metrics\./)).toBeVisible();
  expect(await chosen(page, 'Organizations')).toEqual([]);
  expect(await chosen(page, 'Metrics')).toEqual([]);
  // Changing only the dates now sends no organization.
  await page.getByLabel('From').fill('2019-02-20');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/from=2019-02-20/);
  expect(page.url()).not.toContain('org=');
});

test('[USABILITY]: bars sit on a real time scale, so days without figures leave a gap', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  // Ends on 28 Feb: figures other browser tests confirm (early March) stay out of this view.
  await page.goto('/?from=2019-02-20&to=2019-02-28&metric=trucks&by=day');
  const chart = page.locator('[data-chart="Trucks per day"]');
  const bars = chart.locator('.recharts-bar-rectangle');
  await expect(bars.first()).toBeVisible();
  // The days that have trucks, read from the chart's own table: 20, 22, 25, 26, 27, 28 Feb.
  await page.getByText('Table of these figures').first().click();
  const days = await page.getByRole('table', { name: 'Trucks per day' }).locator('tbody th').allTextContents();
  expect(days).toEqual(['20 Feb 2019', '22 Feb 2019', '25 Feb 2019', '26 Feb 2019', '27 Feb 2019', '28 Feb 2019']);
  const centres = await bars.evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return box.x + box.width / 2;
    }),
  );
  const dayNumbers = [20, 22, 25, 26, 27, 28];
  const perDay = (centres[centres.length - 1] - centres[0]) / (dayNumbers[dayNumbers.length - 1] - dayNumbers[0]);
  centres.forEach((centre, index) => expect(Math.abs(centre - centres[0] - (dayNumbers[index] - 20) * perDay)).toBeLessThan(2));
  // The gap from 22 to 25 Feb is three days wide, the step from 25 to 26 Feb one.
  expect(centres[2] - centres[1]).toBeGreaterThan(2.5 * (centres[3] - centres[2]));
});

test('[USABILITY]: a bad URL value is named and ignored; a missing fact answers 404 with a message', async ({ page }) => {
  const response = await page.goto('/?from=2019-13-01');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Situation dashboard' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ignored from="2019-13-01": use a day as YYYY-MM-DD that exists in the calendar.' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Key figures' })).toBeVisible();

  await page.goto('/facts?metric=tents&page=zero');
  await expect(page.getByText('Ignored metric="tents": use a metric from the list.')).toBeVisible();
  await expect(page.getByText('Ignored page="zero": use a page number from 1.')).toBeVisible();

  const missing = await page.goto('/facts/nope');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Figure not found' })).toBeVisible();
  await expect(page).toHaveTitle('Figure not found · Sitrep');
  expect((await page.goto('/reports/nope'))?.status()).toBe(404);
  await expect(page).toHaveTitle('Report not found · Sitrep');
  expect((await page.goto('/organizations/nope'))?.status()).toBe(404);
});

test('[USABILITY]: every page has its own title', async ({ page }) => {
  for (const [route, title] of [
    ['/', 'Situation dashboard · Sitrep'],
    ['/reports', 'Reports · Sitrep'],
    ['/reports/quality', 'Extraction quality · Sitrep'],
    ['/organizations', 'Organizations · Sitrep'],
    ['/facts', 'Facts behind the figures · Sitrep'],
    ['/nope', 'Page not found · Sitrep'],
  ]) {
    await page.goto(route);
    await expect(page).toHaveTitle(title);
  }
  await page.goto('/reports');
  const first = page.getByRole('table').getByRole('link').first();
  const reportTitle = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page).toHaveTitle(`${reportTitle} · Sitrep`);
});

test('[USABILITY]: on a phone, filters and downloads fold behind one control each; on a laptop they are open', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  await expect(page.getByLabel('Organizations')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download PDF summary' })).toBeHidden();
  const firstCard = page.getByRole('list', { name: 'Key figures' }).getByRole('link').first();
  expect((await firstCard.boundingBox())!.y).toBeLessThan(PHONE.height);
  await page.getByText('Filter', { exact: true }).click();
  await expect(page.getByLabel('Organizations')).toBeVisible();
  await page.getByText('Download', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Download PDF summary' })).toBeVisible();

  await page.setViewportSize(LAPTOP);
  await page.goto('/');
  await expect(page.getByLabel('Organizations')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download PDF summary' })).toBeVisible();
  await expect(page.getByText('Filter', { exact: true })).toBeHidden();
});

for (const viewport of [
  { name: 'laptop', size: LAPTOP },
  { name: 'phone', size: PHONE },
]) {
  test(`[USABILITY]: no sideways scroll and no serious axe violations on any route at ${viewport.name} width`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport.size);
    const violations: string[] = [];
    const overflowing: string[] = [];
    const visit = async (route: string) => {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      if ((await sidewaysScroll(page)) > 0) overflowing.push(`${route}: ${await sidewaysScroll(page)} px`);
      violations.push(...(await seriousAxeViolations(page)));
      if (viewport.name === 'phone')
        await page.screenshot({ path: `test-results/usability-${viewport.name}${route.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true });
    };
    for (const route of PUBLIC_ROUTES) await visit(route);
    await signIn(page);
    for (const route of SIGNED_IN_ROUTES) await visit(route);
    await page.goto('/facts?metric=trucks&from=2019-02-27&to=2019-02-27');
    await page
      .getByRole('link', { name: /^Open figure/ })
      .first()
      .click();
    await visit(new URL(page.url()).pathname);
    // The review screen of a report, reached as an editor finds it.
    await page.goto('/reports');
    await page.getByRole('main').locator('a[href^="/reports/c"]').first().click();
    await visit(new URL(page.url()).pathname);
    expect(overflowing).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('[USABILITY]: the drill-down says which fact is counted and which are the spread, and goes back to the whole view', async ({
  page,
}) => {
  const view = '/?from=2019-03-04&to=2019-03-04&metric=camp_population&location=al-hol-camp&by=day';
  await page.goto(view);
  const card = page.getByRole('list', { name: 'Key figures' }).getByRole('link', { name: /Camp population/ });
  const cardValue = (await card.locator('p').nth(1).textContent())!.trim();
  await page.goto('/facts?from=2019-03-04&to=2019-03-04&metric=camp_population&location=al-hol-camp');
  const items = page.getByRole('listitem').filter({ hasText: 'al-Hol camp, 4 Mar 2019' });
  await expect(items).toHaveCount(2);
  const counted = items.filter({ hasText: 'Counted:' });
  await expect(counted).toHaveCount(1);
  await expect(items.filter({ hasText: 'Spread only:' })).toHaveCount(1);
  // The counted fact is the figure the card shows.
  expect((await counted.locator('strong').textContent())!).toContain(cardValue.replace(/^about /, ''));
  await expect(page.getByRole('link', { name: /^Open figure/ })).toHaveCount(0);
  await signIn(page);
  await page.reload();
  await expect(page.getByRole('link', { name: /^Open figure/ })).toHaveCount(2);

  // From one bar's row in a chart table, Back returns to the whole view, not to the bar.
  // Ends on 28 Feb: figures other browser tests confirm (early March) stay out of this view.
  await page.goto('/?from=2019-02-20&to=2019-02-28&metric=trucks&by=day');
  await page.getByText('Table of these figures').first().click();
  await page.getByRole('link', { name: /Facts for 27 Feb 2019/ }).click();
  await expect(page).toHaveURL(/\/facts\?from=2019-02-27&to=2019-02-27/);
  await page.getByRole('link', { name: 'Back to the dashboard for this view' }).click();
  await expect(page).toHaveURL(/\/\?from=2019-02-20&to=2019-02-28&metric=trucks&by=day$/);
});
