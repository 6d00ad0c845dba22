import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The webServer seeds the example data: trucks observed 20–28 Feb 2019 sum to 148 (AFP, SDF, OCHA …).
async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('[DASHBOARD]: filters applied through the form go into the URL and change the numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Situation dashboard' })).toBeVisible();
  await expect(page.getByText('the last 90 days with figures')).toBeVisible();
  await page.getByLabel('From').fill('2019-02-20');
  await page.getByLabel('To').fill('2019-03-05');
  await page.getByLabel('Metrics').selectOption(['trucks']);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/\?from=2019-02-20&to=2019-03-05&metric=trucks/);
  const cards = page.getByRole('list', { name: 'Key figures' });
  const trucks = cards.getByRole('link', { name: /Trucks/ });
  await expect(trucks).toContainText('148');
  await expect(trucks).toContainText('Up to 28 Feb 2019');
  await expect(cards.getByRole('link')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Trucks per day' })).toBeVisible();
  // The export links carry the same filters.
  await expect(page.getByRole('link', { name: 'Download CSV with HXL tags' })).toHaveAttribute(
    'href',
    /from=2019-02-20&to=2019-03-05&metric=trucks/,
  );

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('list', { name: 'Key figures' }).getByRole('link')).not.toHaveCount(1);
});

test('[DASHBOARD]: a card and a table row open the facts behind them, with excerpts and sources', async ({ page }) => {
  await page.goto('/?from=2019-02-20&to=2019-03-05&metric=trucks');
  await page
    .getByRole('list', { name: 'Key figures' })
    .getByRole('link', { name: /Trucks/ })
    .click();
  await expect(page).toHaveURL(/\/facts\?.*metric=trucks/);
  await expect(page.getByRole('heading', { name: 'Facts behind the figures' })).toBeVisible();
  await expect(page.getByText(/15 trucks rumbled out of Baghouz/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Report:/ }).first()).toBeVisible();

  await page.goto('/?from=2019-02-27&to=2019-02-27&metric=trucks');
  await page.getByText('Table of these figures').first().click();
  await page.getByRole('link', { name: /Facts for 27 Feb 2019/ }).click();
  await expect(page).toHaveURL(/\/facts\?from=2019-02-27&to=2019-02-27&metric=trucks/);
  await expect(page.getByText(/1 confirmed fact\./)).toBeVisible();
});

test('[DASHBOARD]: the per-date view lists everything known about that day', async ({ page }) => {
  await page.goto('/?date=2019-02-27');
  await expect(page.getByRole('heading', { level: 1, name: 'Everything known on 27 Feb 2019' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /All figures for this day/ })).toBeVisible();
  await expect(page.getByText(/15 trucks rumbled out of Baghouz/).first()).toBeVisible();
});

test('[DASHBOARD]: filters with no results say so in every widget', async ({ page }) => {
  await page.goto('/?from=2025-01-01&to=2025-02-01');
  await expect(page.getByText('No figures for these filters. Widen the dates or clear a filter.')).toBeVisible();
  await expect(page.getByText(/No flow figures/)).toBeVisible();
  await expect(page.getByText('No organization has figures for these filters.')).toBeVisible();
});

test('[DASHBOARD]: an organization page shows its figures and reports', async ({ page }) => {
  await page.goto('/organizations');
  await page.getByRole('link', { name: 'Agence France-Presse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agence France-Presse' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reports it published' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Key figures' })).toBeVisible();
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 800 },
]) {
  test(`[DASHBOARD]: no serious or critical axe violations at ${viewport.name} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Key figures' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.goto('/facts?metric=trucks');
    await expectNoSeriousAxeViolations(page);
  });
}
