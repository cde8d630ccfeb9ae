/**
 * Search: the header combobox and the /search/ page on the built site. What people type (accents,
 * typos, bill numbers, state codes), the keyboard, the URL as state, hostile input, and no JavaScript.
 */
import type { Page } from '@playwright/test';
import { builtPages, dist, expect, readBuilt, rel, test } from './site.ts';
import { join } from 'node:path';

const LASG = '/states/colorado/local-accountability-system-grant/';

/** Runs a query on the search page and returns the result links' paths, best first. */
async function searchPage(page: Page, query: string): Promise<string[]> {
  await page.goto(`${rel('/search/')}?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).not.toBeEmpty();
  return page.locator('.search-results__list h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

function top(paths: string[], n = 3): string[] {
  return paths.slice(0, n).map((p) => p.replace(/^.*?\/states\//, '/states/'));
}

test.describe('matching', () => {
  test('is case- and accent-insensitive: "Canon City" finds Cañon City', async ({ page }) => {
    expect(top(await searchPage(page, 'canon CITY'), 1)).toEqual([LASG]);
    // The matched words are highlighted in context, as written in the entry.
    await expect(page.locator('.search-results__list li').first().locator('mark', { hasText: 'Cañon' }).first()).toBeVisible();
    expect(top(await searchPage(page, 'Cañon'), 1)).toEqual([LASG]);
  });

  test('tolerates typos: "mastry" finds mastery-based learning', async ({ page }) => {
    const found = top(await searchPage(page, 'mastry'));
    expect(found.some((p) => p.includes('mastery-based'))).toBe(true);
    await expect(page.locator('.search-results__list mark', { hasText: /^mastery$/i }).first()).toBeVisible();
    expect(top(await searchPage(page, 'comptency based educaton kentuky'), 1)[0]).toMatch(/^\/states\/kentucky\//);
  });

  test('finds bill numbers with or without spaces', async ({ page }) => {
    for (const q of ['SB19-204', 'SB 19-204', 'sb 19 204', 'SB19204']) expect(top(await searchPage(page, q), 1), q).toEqual([LASG]);
  });

  test('finds state names and codes', async ({ page }) => {
    for (const q of ['ND', 'north dakota', 'North Dakota', 'nd']) {
      const found = await searchPage(page, q);
      expect(found.length, q).toBeGreaterThan(0);
      expect(found.every((p) => p.includes('/states/north-dakota/')), q).toBe(true);
    }
  });

  test('takes several words in any order, and words found only in the body', async ({ page }) => {
    const a = await searchPage(page, 'seat time waivers michigan');
    const b = await searchPage(page, 'michigan waivers time seat');
    expect(top(a, 1)).toEqual(['/states/michigan/seat-time-waivers/']);
    expect(b).toEqual(a);
    // "Greeley-Evans" appears only in the body of one entry.
    expect(top(await searchPage(page, 'greeley evans'), 1)).toEqual([LASG]);
  });

  test('ranks title matches above body matches', async ({ page }) => {
    const found = top(await searchPage(page, 'seat time'), 1);
    expect(found).toEqual(['/states/michigan/seat-time-waivers/']);
  });
});

test.describe('the search page', () => {
  test('keeps the query and filters in the URL; Back and Forward restore the results', async ({ page }) => {
    await searchPage(page, 'waiver');
    await expect(page.locator('.search-note')).toBeHidden();
    const waiverCount = await page.locator('.search-results__list > li').count();
    expect(waiverCount).toBeGreaterThan(1);
    await page.getByLabel('Words, a state, a district or a bill number').fill('learn everywhere');
    await page.getByLabel('Words, a state, a district or a bill number').press('Enter');
    await expect(page).toHaveURL(/[?&]q=learn\+everywhere/);
    await expect(page.locator('.search-results__list h3 a').first()).toHaveText(/Learn Everywhere/i);

    await page.getByLabel('State', { exact: true }).selectOption('KY');
    await expect(page).toHaveURL(/state=KY/);
    await page.getByLabel('Words, a state, a district or a bill number').fill('innovation');
    await page.getByLabel('Words, a state, a district or a bill number').press('Enter');
    const kentucky = await page.locator('.search-results__list h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(kentucky.length).toBeGreaterThan(0);
    expect(kentucky.every((p) => p.includes('/states/kentucky/'))).toBe(true);

    await page.goBack();
    await page.goBack();
    await expect(page.getByLabel('Words, a state, a district or a bill number')).toHaveValue('learn everywhere');
    await page.goBack();
    await expect(page.getByLabel('Words, a state, a district or a bill number')).toHaveValue('waiver');
    await expect(page.locator('.search-results__list > li')).toHaveCount(waiverCount);
    await page.goForward();
    await expect(page.locator('.search-results__list h3 a').first()).toHaveText(/Learn Everywhere/i);

    // A shared link reproduces the same results in a fresh page.
    const shared = await page.context().newPage();
    await shared.goto(`${rel('/search/')}?q=innovation&state=KY`);
    await expect(shared.getByLabel('State', { exact: true })).toHaveValue('KY');
    await expect(shared.locator('.search-results__list h3 a')).toHaveCount(kentucky.length);
    await shared.close();
  });

  test('the lever filter keeps only programs using that lever', async ({ page }) => {
    await page.goto(`${rel('/search/')}?q=competency&lever=seat-time`);
    await expect(page.getByLabel('Lever', { exact: true })).toHaveValue('seat-time');
    const metas = await page.locator('.search-hit__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toContain('Seat time');
  });

  test('a query that matches nothing gets a helpful empty state with a correction', async ({ page }) => {
    await page.goto(`${rel('/search/')}?q=${encodeURIComponent('xqzzvw')}`);
    await expect(page.locator('#search-status')).toHaveText('No program matches “xqzzvw”.');
    const empty = page.getByRole('region', { name: 'No program matches' });
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: 'lever' })).toBeVisible();
    await expect(empty.getByRole('link', { name: 'state' })).toBeVisible();

    await page.goto(`${rel('/search/')}?q=${encodeURIComponent('profficiency dipolma')}`);
    const hint = page.locator('.search-empty__suggestion a');
    // Either the typo still finds the program, or the page offers the corrected words.
    const results = page.locator('.search-results__list h3 a');
    await expect(results.first().or(hint).first()).toBeVisible();
    if (await hint.isVisible()) await expect(hint).toHaveText('proficiency diploma');
    else await expect(results.first()).toHaveText(/Proficiency-Based Diploma/i);
  });
});

test.describe('the header search box', () => {
  test('loads the index on first use, not with the page', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('search-index.json')) fetched.push(r.url());
    });
    await page.goto(rel('/'));
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.getByRole('combobox', { name: 'Search programs' }).focus();
    await expect.poll(() => fetched.length).toBe(1);
  });

  test('is a combobox: arrows choose, Enter opens, Escape closes, the count is announced', async ({ page }) => {
    await page.goto(rel('/levers/'));
    const box = page.getByRole('combobox', { name: 'Search programs' });
    await box.click();
    await box.pressSequentially('seat time', { delay: 20 });
    const listbox = page.getByRole('listbox', { name: 'Suggested programs' });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#site-search-status')).toContainText(/\d+ programs? found/);

    await box.press('ArrowDown');
    const first = listbox.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await box.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await box.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');

    await box.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('seat time');
    await box.press('Escape');
    await expect(box).toHaveValue('');

    await box.pressSequentially('seat time', { delay: 20 });
    await expect(listbox.getByRole('option').first()).toContainText('Seat-Time');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/states\/michigan\/seat-time-waivers\/$/);
  });

  test('Enter without a chosen option opens the search page with the query', async ({ page }) => {
    await page.goto(rel('/about/'));
    const box = page.getByRole('combobox', { name: 'Search programs' });
    await box.fill('SB 19-204');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=SB\+19-204$/);
    await expect(page.locator('.search-results__list h3 a').first()).toHaveText('Local Accountability System Grant Program');
  });
});

test.describe('hostile input', () => {
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '"><script>window.__pwned=1</script>',
    '<svg/onload=window.__pwned=1> waiver',
    "javascript:window.__pwned=1//'\"><iframe src=javascript:window.__pwned=1>",
  ];

  for (const payload of payloads) {
    test(`a query is shown as text: ${payload.slice(0, 30)}`, async ({ page }) => {
      page.on('dialog', (d) => void d.dismiss());
      await page.goto(`${rel('/search/')}?q=${encodeURIComponent(payload)}`);
      await expect(page.locator('#search-status')).toContainText(payload.trim());
      await expect(page.getByLabel('Words, a state, a district or a bill number')).toHaveValue(payload);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main img, main script:not([src]), main svg[onload], main iframe').count()).toBe(0);
      const box = page.getByRole('combobox', { name: 'Search programs' });
      await box.fill(payload);
      await expect(page.locator('#site-search-options [role="option"]').last()).toContainText(payload.trim().slice(0, 20));
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('header img, header iframe').count()).toBe(0);
    });
  }

  test('an entry with markup in its text cannot run script', async ({ page }) => {
    const index = JSON.parse(readBuilt(join(dist, 'search-index.json'))) as { programs: [string, string, string, string[]][]; fuse: { words: string[] }; postings: string[] };
    const hostile = '<img src=x onerror="window.__pwned=1"> Local Accountability';
    index.programs[index.programs.findIndex((p) => p[0] === 'colorado/local-accountability-system-grant')]![1] = hostile;
    await page.route('**/search-index.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(index) }));
    await page.route('**/search-text/colorado/local-accountability-system-grant.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ sections: [{ heading: '<script>window.__pwned=1</script>', text: 'Cañon City <img src=x onerror="window.__pwned=1"> and more' }] }) }),
    );
    await page.goto(`${rel('/search/')}?q=canon+city`);
    const hit = page.locator('.search-results__list li').first();
    await expect(hit.locator('h3')).toContainText('<img src=x');
    await expect(hit.locator('.search-hit__context')).toContainText('<img src=x onerror');
    await expect(hit.locator('mark').first()).toHaveText('Cañon');
    const box = page.getByRole('combobox', { name: 'Search programs' });
    await box.fill('canon city');
    await expect(page.locator('#site-search-options [role="option"]').first()).toContainText('<img src=x');
    expect(await page.locator('main img, header img, .search-results__list script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form leads to a page listing every program by state and lever', async ({ page }) => {
    await page.goto(rel('/states/'));
    await page.getByRole('searchbox', { name: 'Search programs' }).fill('waiver');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await expect(page).toHaveURL(/\/search\/\?q=waiver$/);
    const byState = page.getByRole('region', { name: 'All programs by state' });
    const programPages = builtPages().filter((p) => /^\/states\/[a-z-]+\/[a-z0-9-]+\/$/.test(p.path) && !readBuilt(p.file).includes('http-equiv="refresh"'));
    await expect(byState.locator('li a')).toHaveCount(programPages.length);
    await expect(page.getByRole('region', { name: 'All programs by lever' }).getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(page.getByText(/^Searching needs JavaScript/)).toBeVisible();
  });
});
