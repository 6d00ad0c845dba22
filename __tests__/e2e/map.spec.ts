import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers/sign-in';

// The webServer seeds the example data: Baghouz, Hajin and al-Hol camp have sourced coordinates
// (data/places/geo.json); the governorates have none; OCHA and the IRC state Baghouz → al-Hol movements.
const SEEDED_ON_MAP = ['al-Hol camp', 'Baghouz', 'Hajin'];

async function expectNoSeriousAxeViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectSeededMap(page: Page, screenshot: string) {
  const map = page.getByRole('figure', { name: /Map/ });
  await expect(map).toBeVisible();
  const drawing = map.getByRole('group', { name: /^Map of \d+ places? and \d+ movements?/ });
  await expect(drawing).toBeVisible();
  // Each seeded place is a circle on the drawing, labelled, and a row of the table alternative.
  for (const name of SEEDED_ON_MAP) await expect(drawing.locator('text', { hasText: name })).toBeVisible();
  expect(await drawing.locator('path').count()).toBeGreaterThan(5);
  await map.getByText('The map as a table').click();
  const places = map.getByRole('table', { name: 'Places on the map' });
  for (const name of SEEDED_ON_MAP) await expect(places.getByRole('rowheader', { name })).toBeVisible();
  await expect(
    map.getByRole('table', { name: 'Arrows on the map' }).getByRole('row', { name: /Baghouz al-Hol camp People arrived/ }),
  ).toBeVisible();
  await expect(
    map.getByRole('list', { name: 'Places not on the map' }).getByRole('link', { name: 'Deir-ez-Zor governorate' }),
  ).toBeVisible();
  await map.getByText('The map as a table').click();
  await map.screenshot({ path: `test-results/${screenshot}` });
}

test('[MAP]: the dashboard draws the seeded places and the Baghouz → al-Hol movements, with their sources and sentences', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expectSeededMap(page, 'map-dashboard-desktop.png');
  const movements = page.getByRole('table', { name: 'Movements' });
  const route = movements
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Baghouz', exact: true }) })
    .filter({ has: page.getByRole('link', { name: 'al-Hol camp' }) });
  await expect(route).toHaveCount(1);
  await expect(route).toContainText('OCHA');
  await expect(route).toContainText('IRC');
  // Each band of the diagram links to its row of the table.
  const band = page
    .getByRole('group', { name: /Diagram of \d+ movements?/ })
    .locator('a')
    .first();
  await expect(band).toHaveAttribute('href', /^#movement-\d+$/);
  await expect(page.locator(`[id="${(await band.getAttribute('href'))!.slice(1)}"]`)).toHaveCount(1);
  await route.getByText(/Facts and sentences/).click();
  await expect(route.getByText(/from Baghouz reached Al Hol between 22 February and 1 March/)).toBeVisible();
  await page.locator('section[aria-labelledby="movements-heading"]').screenshot({ path: 'test-results/movements-dashboard-desktop.png' });
  await expectNoSeriousAxeViolations(page, 'section[aria-labelledby="movements-heading"]');
});

test('[MAP]: on a phone the map and its list of places without coordinates still show', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expectSeededMap(page, 'map-dashboard-phone.png');
});

test("[MAP]: a place's page has its map, its code and coordinates with their source, and its movements", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/locations/baghouz');
  await expect(page.getByRole('heading', { level: 1, name: 'Baghouz' })).toBeVisible();
  await expect(page.getByText('C5184', { exact: true })).toBeVisible();
  await expect(page.getByText(/Al-Baghuz Fawqani .*wikipedia\.org/)).toBeVisible();
  const map = page.getByRole('figure', { name: /Map/ });
  await expect(map.getByRole('group', { name: /Map of/ }).locator('text', { hasText: 'al-Hol camp' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Movements' }).getByRole('link', { name: 'al-Hol camp' }).first()).toBeVisible();
  await map.screenshot({ path: 'test-results/map-place-baghouz.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await map.screenshot({ path: 'test-results/map-place-baghouz-phone.png' });
});

test('[MAP]: an editor places Baghouz in Deir-ez-Zor governorate, and both pages show it', async ({ page }) => {
  await page.goto('/locations/baghouz');
  await expect(page.getByRole('form', { name: /Place Baghouz/ })).toHaveCount(0);
  await signIn(page);
  await page.goto('/locations/baghouz');
  const form = page.getByRole('form', { name: 'Place Baghouz in the hierarchy' });
  await form.getByLabel('Parent place').selectOption({ label: 'Deir-ez-Zor governorate' });
  await form.getByLabel('Kind').selectOption('site');
  await form.getByRole('button', { name: 'Save place' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByRole('definition').getByRole('link', { name: 'Deir-ez-Zor governorate' })).toBeVisible();
  await page.getByRole('definition').getByRole('link', { name: 'Deir-ez-Zor governorate' }).click();
  await expect(
    page.getByRole('list', { name: 'Places inside Deir-ez-Zor governorate' }).getByRole('link', { name: 'Baghouz' }),
  ).toBeVisible();
});
