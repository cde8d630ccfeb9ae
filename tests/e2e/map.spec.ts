/** The map: links, keyboard, lever switch in the URL, tooltip, no-JS, embed, and axe in each state. */
import type { Page } from '@playwright/test';
import { axe, describeViolations, expect, rel, test } from './site.ts';

const stateLinks = (page: Page) => page.locator('lever-map a.map__state');

test('every state and DC is a named link to its page', async ({ page }) => {
  await page.goto(rel('/'));
  await expect(stateLinks(page)).toHaveCount(51);
  const names = await stateLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
  expect(new Set(names.map((n) => n.split(',')[0])).size).toBe(51);
  expect(names).toContain('Wyoming, WY: no program documented yet');
  expect(names.find((n) => n.startsWith('Colorado,'))).toMatch(/^Colorado, CO: \d+ programs? — .*accountability/);
  await expect(page.getByRole('link', { name: /^Colorado, CO:/ })).toHaveAttribute('href', /\/states\/colorado\/$/);
});

test('the map and the table say the same thing', async ({ page }) => {
  await page.goto(rel('/'));
  const rows = await page.locator('.state-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ name: tr.querySelector('th')!.textContent!.trim(), programs: tr.querySelectorAll('td:nth-of-type(1) li').length })),
  );
  expect(rows).toHaveLength(51);
  for (const { name, programs } of rows) {
    const label = await page.locator(`lever-map a.map__state[data-name="${name}"]`).getAttribute('aria-label');
    if (programs === 0) expect(label).toMatch(new RegExp(`^${name}, [A-Z]{2}: no program documented yet$`));
    else expect(label).toMatch(new RegExp(`^${name}, [A-Z]{2}: ${programs} program${programs === 1 ? '' : 's'} — `));
  }
});

test('keyboard: one tab stop, arrows move between states, Enter opens one', async ({ page }) => {
  await page.goto(rel('/'));
  await expect(stateLinks(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await page.getByLabel('Colour the map by').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('lever-map a.map__state:focus');
  await expect(focused).toHaveAttribute('data-state', 'AL');
  await expect(page.locator('.map__tooltip')).toBeVisible();
  await expect(page.locator('.map__tooltip')).toContainText('Alabama');
  // Alabama → east is Georgia; Georgia → north is Tennessee or North Carolina; then back west.
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAttribute('data-state', 'GA');
  await expect(page.locator('.map__tooltip')).toContainText('Georgia');
  await expect(page.locator('.map__live')).toContainText('Programs:');
  await page.keyboard.press('ArrowUp');
  const north = await focused.getAttribute('data-state');
  expect(['TN', 'NC', 'SC', 'KY']).toContain(north);
  // Only the focused state is in the tab order.
  await expect(stateLinks(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.locator('lever-map a.map__state:focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(focused).toHaveAttribute('data-state', north!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/states\/[a-z-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tennessee|North Carolina|South Carolina|Kentucky/);
});

test('choosing a lever recolours the map, keeps it in the URL, and Back undoes it', async ({ page }) => {
  await page.goto(rel('/'));
  const co = page.locator('a.map__state[data-state="CO"]');
  const wy = page.locator('a.map__state[data-state="WY"]');
  await expect(co).toHaveAttribute('data-fill', /^[123]$/);
  await page.getByLabel('Colour the map by').selectOption('accountability');
  await expect(page).toHaveURL(/\?lever=accountability$/);
  await expect(co).toHaveAttribute('data-fill', 'on');
  await expect(wy).toHaveAttribute('data-fill', 'off');
  await expect(co).toHaveAttribute('aria-label', /^Colorado, CO: uses accountability/);
  await expect(page.locator('.map__legend')).toContainText('Uses accountability');
  await expect(page.locator('.map__live')).toContainText(/Map shows the \d+ states? that use accountability/);
  const { violations } = await axe(page);
  expect(violations, describeViolations(violations)).toEqual([]);

  await page.goBack();
  await expect(page).not.toHaveURL(/lever=/);
  await expect(co).toHaveAttribute('data-fill', /^[123]$/);
  await expect(page.getByLabel('Colour the map by')).toHaveValue('');
  await page.goForward();
  await expect(co).toHaveAttribute('data-fill', 'on');
});

test('a shared link reproduces the lever view', async ({ page }) => {
  await page.goto(rel('/?lever=seat-time'));
  await expect(page.getByLabel('Colour the map by')).toHaveValue('seat-time');
  const on = await page.locator('a.map__state[data-fill="on"]').evaluateAll((as) => as.map((a) => a.getAttribute('data-state')));
  await page.goto(rel('/levers/seat-time/'));
  const tableStates = await page.locator('#lever-table-caption').locator('xpath=ancestor::table').locator('tbody tr td:first-child').allTextContents();
  const names = await page.locator('a.map__state[data-fill="on"]').evaluateAll((as) => as.map((a) => a.getAttribute('data-state')));
  expect(on.sort()).toEqual(names.sort());
  expect(new Set(tableStates).size).toBe(names.length);
});

test('tooltip on hover and focus, and axe finds nothing with it open', async ({ page }) => {
  await page.goto(rel('/'));
  await page.locator('a.map__state[data-state="TX"]').hover();
  const tip = page.locator('.map__tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Texas');
  await expect(tip).toContainText('Districts of Innovation');
  const { violations } = await axe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map shows the default colouring and every state link works', async ({ page }) => {
    await page.goto(rel('/'));
    await expect(stateLinks(page)).toHaveCount(51);
    await expect(page.locator('.map__controls')).toBeHidden();
    await expect(page.locator('a.map__state[data-state="CO"]')).toHaveAttribute('data-fill', /^[123]$/);
    await page.locator('a.map__state[data-state="NH"] .map__callout rect').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Hampshire');
  });
});

test('state and lever pages highlight their own subject', async ({ page }) => {
  await page.goto(rel('/states/utah/'));
  await expect(page.locator('a.map__state[data-fill="on"]')).toHaveCount(1);
  await expect(page.locator('a.map__state[data-state="UT"]')).toHaveAttribute('data-fill', 'on');
  await page.goto(rel('/levers/waivers/'));
  const rows = await page.locator('table tbody tr td:first-child').allTextContents();
  await expect(page.locator('a.map__state[data-fill="on"]')).toHaveCount(new Set(rows).size);
});

test('the embed page shows the map, its date and a link back, opening links in the parent', async ({ page }) => {
  await page.goto(rel('/embed/map/?lever=waivers'));
  await expect(stateLinks(page)).toHaveCount(51);
  await expect(page.locator('a.map__state[data-state="TX"]')).toHaveAttribute('data-fill', 'on');
  await expect(page.locator('a.map__state').first()).toHaveAttribute('target', '_top');
  await expect(page.getByText(/data as of/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'State Levers' })).toHaveAttribute('target', '_top');
  const { violations } = await axe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});

test('the home page offers the embed snippet', async ({ page }) => {
  await page.goto(rel('/'));
  await page.getByText('Embed this map').click();
  await expect(page.locator('.embed pre')).toContainText('<iframe src="');
  await expect(page.locator('.embed pre')).toContainText('/embed/map/');
});
