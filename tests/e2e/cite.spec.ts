/** Citing an entry: visible citations, copy buttons, downloads, and the metadata reference managers read. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { axe, describeViolations, expect, rel, test } from './site.ts';

const PROGRAM = '/states/colorado/local-accountability-system-grant/';

test('a program page offers APA, MLA and Chicago citations that copy to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(rel(PROGRAM));
  const section = page.getByRole('region', { name: 'Cite this entry' });
  await expect(section).toBeVisible();
  const apa = section.locator('#cite-apa');
  await expect(apa).toContainText('State Levers. (2026');
  await expect(apa.locator('i')).toHaveText('Local Accountability System Grant Program (Colorado)');
  await section.getByRole('button', { name: 'Copy APA (7th edition) citation' }).click();
  await expect(page.locator('.copy-text__status')).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await apa.textContent())!.trim());
  expect(copied).toContain(new URL(PROGRAM, 'http://x').pathname);
});

test('downloads parse as BibTeX, RIS and CSL-JSON with title, date and URL intact', async ({ page, request }) => {
  await page.goto(rel(PROGRAM));
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  await page.getByText('BibTeX, RIS and CSL-JSON for reference managers').click();
  for (const ext of ['bib', 'ris', 'json']) {
    const link = page.getByRole('link', { name: `Download .${ext}` });
    const res = await request.get(new URL((await link.getAttribute('href'))!, page.url()).toString());
    expect(res.ok()).toBe(true);
    const body = await res.text();
    const [item] = new Cite(ext === 'json' ? JSON.parse(body) : body).data as { title: string; URL: string; issued: { 'date-parts': number[][] } }[];
    expect(item!.title).toBe('Local Accountability System Grant Program (Colorado)');
    expect(item!.URL).toBe(canonical);
    expect(item!.issued['date-parts'][0]![0]).toBe(2026);
  }
});

test('the head carries Highwire tags and JSON-LD that match the visible citation', async ({ page }) => {
  await page.goto(rel(PROGRAM));
  const meta = async (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('citation_title')).toBe('Local Accountability System Grant Program (Colorado)');
  expect(await meta('citation_author')).toBe('State Levers');
  expect(await meta('citation_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(await meta('citation_public_url')).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Article');
  expect(ld.headline).toBe(await meta('citation_title'));
  expect(ld.url).toBe(await meta('citation_public_url'));
  expect(ld.citation.length).toBeGreaterThanOrEqual(3);
  await expect(page.locator('#cite-apa')).toContainText(ld.url);
});

test('state and lever pages can be cited too', async ({ page }) => {
  for (const path of ['/states/utah/', '/levers/waivers/', '/states/wyoming/']) {
    await page.goto(rel(path));
    await expect(page.getByRole('region', { name: 'Cite this page' })).toBeVisible();
    await expect(page.locator('meta[name="citation_title"]')).toHaveCount(1);
  }
});

test('every source links to archived copies as of the day it was read', async ({ page }) => {
  await page.goto(rel(PROGRAM));
  const archive = page.locator('#sources-title + ol li').first().locator('a.sources__archive');
  await expect(archive).toHaveAttribute('href', /^https:\/\/web\.archive\.org\/web\/\d{8}\/https?:\/\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('citations are readable and copy buttons do not appear', async ({ page }) => {
    await page.goto(rel(PROGRAM));
    await expect(page.locator('#cite-mla')).toBeVisible();
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  });
});

test('the citation panel is accessible open, in light and dark mode, after a copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(rel(PROGRAM));
    await page.getByText('BibTeX, RIS and CSL-JSON for reference managers').click();
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(page.locator('.copy-text__status')).not.toBeEmpty();
    const { violations } = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }
});
